using HelseIndicators.Data.JsonStat;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// <c>ToHtml</c> and <c>ToMarkdown</c> for a <see cref="JsonStatDataset"/>: its tidy rows (one per cell, in row-major
/// order), a column per dimension with the category labels, the value, and the status when any cell has one.
/// </summary>
/// <remarks>
/// The value column's header carries the unit when all categories of the dataset's units agree on one, and its
/// decimals come from that unit (else from the values, at most 2). A null value is marked missing (".."), its
/// status as the tooltip. The dataset's label is the caption; its source, update time and notes follow the table. At
/// most <see cref="DisplayOptions.MaxRows"/> cells are shown; a dataset of more than
/// <see cref="MaxMaterialisedCells"/> cells is not copied whole for display. Thread safety: stateless.
/// </remarks>
public static class JsonStatDatasetDisplay
{
    /// <summary>The most cells copied into a display table; beyond it only the shown rows are, and a note counts the
    /// rest: 100 000.</summary>
    public const int MaxMaterialisedCells = 100_000;

    /// <summary>Builds the display table of the dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static DisplayTable ToDisplayTable(this JsonStatDataset dataset, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= DisplayOptions.Default;
        var nb = options.IsNorwegian;
        var units = dataset.Dimensions.SelectMany(d => d.Categories).Select(c => c.Unit).OfType<JsonStatUnit>().ToList();
        var unitTexts = units.Select(u => u.DisplayText).Distinct(StringComparer.Ordinal).ToList();
        var unit = unitTexts.Count == 1 ? unitTexts[0] : null;
        var unitDecimals = units.Select(u => u.Decimals).Distinct().ToList();

        var take = dataset.CellCount <= MaxMaterialisedCells || options.MaxRows is null
            ? dataset.CellCount
            : Math.Min(dataset.CellCount, options.MaxRows.Value);
        var tidy = dataset.ToTidyRows().Take((int)Math.Min(take, int.MaxValue)).ToList();
        var hasStatus = tidy.Any(r => r.Status is not null);
        var decimals = unitDecimals is [{ } ud] ? Math.Clamp(ud, 0, 10) : Math.Min(2, tidy.Select(r => r.Cell.ExactValue is { } v ? v.Scale : 0).DefaultIfEmpty(0).Max());

        var columns = dataset.Dimensions.Select(d => DisplayColumn.ForText(d.Label)).ToList();
        columns.Add(DisplayColumn.ForNumber(nb ? "Verdi" : "Value", unit, decimals));
        if (hasStatus)
        {
            columns.Add(DisplayColumn.ForText("Status"));
        }

        var rows = tidy.Select(r =>
        {
            var cells = r.Categories.Select(c => DisplayCell.FromText(c.Label)).ToList();
            cells.Add(ValueCell(r.Cell));
            if (hasStatus)
            {
                cells.Add(DisplayCell.FromText(r.Status));
            }

            return cells;
        });
        return new DisplayTable(dataset.Label ?? dataset.Name ?? "", columns, rows);
    }

    /// <summary>Writes the dataset as an HTML fragment: the table, then the source, update time and notes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The HTML, one <c>&lt;div class="helse-display"&gt;</c> element that parses as XML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToHtml(this JsonStatDataset dataset, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Html(dataset.ToDisplayTable(options), options, Notes(dataset, options));
    }

    /// <summary>Writes the dataset as Markdown: the table, then the source, update time and notes.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string ToMarkdown(this JsonStatDataset dataset, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Markdown(dataset.ToDisplayTable(options), options, Notes(dataset, options));
    }

    private static DisplayCell ValueCell(JsonStatCell cell)
    {
        if (cell.ExactValue is { } exact)
        {
            return DisplayCell.FromNumber(exact);
        }

        if (cell.Value is { } v && v is >= (double)decimal.MinValue and <= (double)decimal.MaxValue)
        {
            return DisplayCell.FromNumber((decimal)v);
        }

        return cell.Text is { } text ? DisplayCell.FromText(text) : DisplayCell.Missing(cell.Status);
    }

    private static List<string> Notes(JsonStatDataset dataset, DisplayOptions options)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var nb = options.IsNorwegian;
        var notes = new List<string>();
        var shown = options.MaxRows is { } max ? Math.Min(max, dataset.CellCount) : dataset.CellCount;
        if (dataset.CellCount > MaxMaterialisedCells && dataset.CellCount > shown)
        {
            var rest = (dataset.CellCount - shown).ToString("N0", options.Culture);
            notes.Add(nb ? $"({rest} celler til)" : $"({rest} more cells)");
        }

        if (!string.IsNullOrWhiteSpace(dataset.Source))
        {
            notes.Add((nb ? "Kilde: " : "Source: ") + dataset.Source);
        }

        if (!string.IsNullOrWhiteSpace(dataset.UpdatedText))
        {
            notes.Add((nb ? "Oppdatert: " : "Updated: ") + dataset.UpdatedText);
        }

        notes.AddRange(dataset.Notes);
        return notes;
    }
}
