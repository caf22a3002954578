using System.Globalization;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// <c>ToHtml</c> and <c>ToMarkdown</c> for a <see cref="YearSeries"/>: a two-column table, year and value, the unit in
/// the value column's header.
/// </summary>
/// <remarks>
/// The value format follows the unit: "NOK"/"kr" amounts are amounts (compact when
/// <see cref="DisplayOptions.CompactAmounts"/>), "ratio" values are percentages, anything else a number with as
/// many decimals as the values have (at most 2). A year without a value is marked missing (".."). Thread safety: stateless.
/// </remarks>
public static class YearSeriesDisplay
{
    /// <summary>Builds the display table of the series.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The table: one row per year, in year order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static DisplayTable ToDisplayTable(this YearSeries series, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= DisplayOptions.Default;
        var nb = options.IsNorwegian;
        var header = series.Name.Length > 0 ? series.Name : (nb ? "Verdi" : "Value");
        var column = series.Unit?.Trim().ToUpperInvariant() switch
        {
            "NOK" or "KR" => DisplayColumn.ForAmount(header, series.Unit!),
            "RATIO" => DisplayColumn.ForPercent(header),
            _ => DisplayColumn.ForNumber(header, series.Unit, Decimals(series)),
        };
        var rows = series.Select(p => new[]
        {
            DisplayCell.FromText(p.Key.ToString(CultureInfo.InvariantCulture)),
            DisplayCell.FromNumber(p.Value),
        });
        return new DisplayTable(series.Name, [DisplayColumn.ForText(nb ? "År" : "Year"), column], rows);
    }

    /// <summary>Writes the series as an HTML fragment.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The HTML, one <c>&lt;div class="helse-display"&gt;</c> element that parses as XML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string ToHtml(this YearSeries series, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Html(series.ToDisplayTable(options), options);
    }

    /// <summary>Writes the series as Markdown.</summary>
    /// <param name="series">The series.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static string ToMarkdown(this YearSeries series, DisplayOptions? options = null)
    {
        options ??= DisplayOptions.Default;
        return DisplayHtml.Markdown(series.ToDisplayTable(options), options);
    }

    private static int Decimals(YearSeries series)
    {
        var decimals = 0;
        foreach (var (_, value) in series)
        {
            if (value is { } v)
            {
                decimals = Math.Max(decimals, v.Scale);
            }
        }

        return Math.Min(decimals, 2);
    }
}
