using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Reports;

/// <summary>
/// Turns indicator rows into display cells and tables: ok values as numbers, suppressed and undefined values as
/// their marks with the reason as a note, so that every presentation (HTML, Markdown, terminal) marks them alike.
/// </summary>
/// <remarks>Thread safety: stateless.</remarks>
public static class IndicatorDisplay
{
    /// <summary>Gets the display cell of a row; a missing row is a missing cell.</summary>
    /// <param name="row">The row, or null.</param>
    /// <returns>The cell.</returns>
    public static DisplayCell Cell(IndicatorRow? row) => row switch
    {
        null => DisplayCell.Missing(),
        { Status: IndicatorStatus.Suppressed } => DisplayCell.Suppressed(row.Reason),
        { Status: IndicatorStatus.Undefined } => DisplayCell.Undefined(row.Reason),
        _ => DisplayCell.FromNumber(row.Value, row.Reason),
    };

    /// <summary>Gets the display column of an indicator: its name, unit and number format.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="culture">The language of the header.</param>
    /// <returns>The column.</returns>
    public static DisplayColumn Column(IndicatorId indicator, CultureInfo culture)
    {
        var definition = IndicatorCatalog.Get(indicator);
        var name = definition.Name.For(culture);
        return definition.Unit switch
        {
            IndicatorUnit.Nok => DisplayColumn.ForAmount(name, DisplayFormat.IsNorwegian(culture) ? "kr" : "NOK"),
            IndicatorUnit.Ratio => DisplayColumn.ForPercent(name),
            IndicatorUnit.Count => DisplayColumn.ForCount(name),
            IndicatorUnit.Fte => DisplayColumn.ForNumber(name, DisplayFormat.IsNorwegian(culture) ? "årsverk" : "FTE"),
            _ => DisplayColumn.ForAmount(name, DisplayFormat.IsNorwegian(culture) ? "kr per årsverk" : "NOK/FTE"),
        };
    }

    /// <summary>Gets the name of a group for people: a segment's or link's name, a county, a size class, or the total.</summary>
    /// <param name="group">The group.</param>
    /// <param name="taxonomy">The taxonomy that names segments and links.</param>
    /// <param name="culture">The language.</param>
    /// <returns>The name.</returns>
    public static string GroupName(GroupKey group, Taxonomy taxonomy, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(taxonomy);
        if (group.IsTotal)
        {
            return DisplayFormat.IsNorwegian(culture) ? "Helsenæringen i alt" : "Health industry, total";
        }

        return string.Join(", ", group.Pairs.Select(p => p.Key switch
        {
            GroupDimension.Segment => taxonomy.FindSegment(p.Value)?.Name.For(culture) ?? p.Value,
            GroupDimension.Link => taxonomy.FindLink(p.Value)?.Name.For(culture) ?? p.Value,
            _ => p.Value,
        }));
    }

    /// <summary>
    /// Builds a table of indicators (columns) for every group (rows) of one year.
    /// </summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="year">The year.</param>
    /// <param name="indicators">The indicators, one column each.</param>
    /// <param name="title">The table's title.</param>
    /// <param name="taxonomy">The taxonomy that names groups; null means the default.</param>
    /// <param name="culture">The language of names and headers.</param>
    /// <returns>The display table, total last.</returns>
    public static DisplayTable ForYear(IndicatorTable table, int year, IReadOnlyList<IndicatorId> indicators, string title, Taxonomy? taxonomy, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(indicators);
        taxonomy ??= Taxonomy.Default;
        var columns = new List<DisplayColumn> { DisplayColumn.ForText(DisplayFormat.IsNorwegian(culture) ? "Gruppe" : "Group") };
        columns.AddRange(indicators.Select(i => Column(i, culture)));
        var groups = table.Groups.Where(g => !g.IsTotal).Append(GroupKey.Total);
        var rows = groups.Select(g =>
            new[] { DisplayCell.FromText(GroupName(g, taxonomy, culture)) }
                .Concat(indicators.Select(i => Cell(table.Find(i, year, g)))));
        return new DisplayTable(title, columns, rows);
    }

    /// <summary>
    /// Builds a table of one indicator with groups as rows and years as columns (the pivot people read).
    /// </summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="taxonomy">The taxonomy that names groups; null means the default.</param>
    /// <param name="culture">The language.</param>
    /// <param name="title">The title; null gives the indicator's name and unit.</param>
    /// <returns>The display table.</returns>
    public static DisplayTable ForIndicator(IndicatorTable table, IndicatorId indicator, Taxonomy? taxonomy, CultureInfo culture, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        taxonomy ??= Taxonomy.Default;
        var definition = IndicatorCatalog.Get(indicator);
        var template = Column(indicator, culture);
        var columns = new List<DisplayColumn> { DisplayColumn.ForText(DisplayFormat.IsNorwegian(culture) ? "Gruppe" : "Group") };
        columns.AddRange(table.Years.Select(y => new DisplayColumn(y.ToString(CultureInfo.InvariantCulture), null, template.Format, decimals: template.Decimals)));
        var rows = table.Groups.Select(g =>
            new[] { DisplayCell.FromText(GroupName(g, taxonomy, culture)) }
                .Concat(table.Years.Select(y => Cell(table.Find(indicator, y, g)))));
        return new DisplayTable(title ?? template.HeaderText, columns, rows);
    }
}
