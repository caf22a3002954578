using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Reporting.Reports;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// <c>ToHtml</c> and <c>ToMarkdown</c> for an <see cref="IndicatorTable"/>: one table per indicator, groups as rows and
/// years as columns (<see cref="IndicatorDisplay.ForIndicator"/>), the unit in each table's caption, and notes on the
/// prices, the disclosure control and the unclassified firm-years.
/// </summary>
/// <remarks>
/// Indicators appear in the catalogue's order. Suppressed cells show ":" and undefined cells "." (with the reason as a
/// tooltip in HTML); each table shows at most <see cref="DisplayOptions.MaxRows"/> groups. Thread safety: stateless.
/// </remarks>
public static class IndicatorTableDisplay
{
    /// <summary>Builds the display tables: one per indicator in <paramref name="table"/>.</summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The tables, in the catalogue's order of indicators; empty when the table has no rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static IReadOnlyList<DisplayTable> ToDisplayTables(this IndicatorTable table, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= DisplayOptions.Default;
        return table.Select(r => r.Indicator).Distinct()
            .OrderBy(i => IndicatorCatalog.TryFind(i, out var d) ? d.Order : int.MaxValue).ThenBy(i => i)
            .Select(i => IndicatorDisplay.ForIndicator(table, i, options.Taxonomy, options.Culture))
            .ToArray();
    }

    /// <summary>Builds the display table of one indicator: groups as rows, years as columns.</summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The table; its caption names the indicator and its unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The indicator is not in the catalogue.</exception>
    public static DisplayTable ToDisplayTable(this IndicatorTable table, IndicatorId indicator, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        options ??= DisplayOptions.Default;
        return IndicatorDisplay.ForIndicator(table, indicator, options.Taxonomy, options.Culture);
    }

    /// <summary>Writes the table as an HTML fragment: one table per indicator, then the notes.</summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The HTML, one <c>&lt;div class="helse-display"&gt;</c> element that parses as XML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToHtml(this IndicatorTable table, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Html(table.ToDisplayTables(options), options, Notes(table, options));
    }

    /// <summary>Writes one indicator of the table as an HTML fragment.</summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="indicator">The indicator.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The indicator is not in the catalogue.</exception>
    public static string ToHtml(this IndicatorTable table, IndicatorId indicator, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Html(table.ToDisplayTable(indicator, options), options, Notes(table, options));
    }

    /// <summary>Writes the table as Markdown: one table per indicator, then the notes.</summary>
    /// <param name="table">The indicator table.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToMarkdown(this IndicatorTable table, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Markdown(table.ToDisplayTables(options), options, Notes(table, options));
    }

    /// <summary>The notes under the tables: prices, disclosure control, unclassified firm-years.</summary>
    internal static IReadOnlyList<string> Notes(IndicatorTable table, DisplayOptions options)
    {
        var nb = options.IsNorwegian;
        var notes = new List<string>
        {
            table.Prices.BaseYear is { } b
                ? (nb ? $"Faste {b}-priser." : $"Constant {b} prices.")
                : (nb ? "Løpende priser." : "Current prices."),
        };
        var d = table.Disclosure;
        notes.Add(d.Enabled
            ? (nb
                ? $"Konfidensialitet: celler med færre enn {d.MinFirms} foretak, eller der de {d.DominanceN} største står for over {d.DominanceK.ToString(options.Culture)} %, er skjult."
                : $"Disclosure control: cells with fewer than {d.MinFirms} firms, or where the {d.DominanceN} largest exceed {d.DominanceK.ToString(options.Culture)} %, are suppressed.")
            : (nb ? "Konfidensialitetskontrollen er slått av." : "Disclosure control is turned off."));
        if (table.Diagnostics.UnclassifiedFirmYears > 0)
        {
            var n = table.Diagnostics.UnclassifiedFirmYears.ToString("N0", options.Culture);
            notes.Add(nb ? $"{n} foretaksår uten segment er holdt utenfor." : $"{n} unclassified firm-years are left out.");
        }

        return notes;
    }
}
