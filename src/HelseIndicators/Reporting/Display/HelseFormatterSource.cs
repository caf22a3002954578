using HelseIndicators.Aggregation;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Charts;
using HelseIndicators.Reporting.Tables;
using HelseIndicators.Surveys;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// The notebook formatter source named by <see cref="TypeFormatterSourceAttribute"/> on the library's result types: it
/// gives one <c>text/html</c> formatter that writes what <c>ToHtml()</c> writes, with
/// <see cref="DisplayOptions.Notebook"/>.
/// </summary>
/// <remarks>Found by convention (names, not types), so the library references no notebook package. Thread safety:
/// stateless.</remarks>
internal sealed class HelseFormatterSource
{
    /// <summary>The formatters, by the name .NET Interactive calls.</summary>
    /// <returns>One HTML formatter.</returns>
    public IEnumerable<object> CreateTypeFormatters() => [new HelseHtmlFormatter()];

    /// <summary>The same formatters under the other name some hosts use.</summary>
    /// <returns>One HTML formatter.</returns>
    public IEnumerable<object> GetTypeFormatters() => CreateTypeFormatters();
}

/// <summary>
/// A convention-based <c>text/html</c> formatter: <see cref="Format"/> writes the HTML of a result the library knows and
/// returns true, or returns false for anything else (the notebook then falls back to its own formatter).
/// </summary>
/// <remarks>Thread safety: stateless.</remarks>
internal sealed class HelseHtmlFormatter
{
    /// <summary>Gets the MIME type written: <c>text/html</c>.</summary>
    public string MimeType => "text/html";

    /// <summary>Writes the HTML of <paramref name="instance"/> when it is a result the library displays.</summary>
    /// <param name="instance">The value to show.</param>
    /// <param name="writer">Where the HTML goes.</param>
    /// <returns>True when written; false when the value is not one of the library's displayable results.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public bool Format(object instance, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var html = ToHtml(instance, DisplayOptions.Notebook);
        if (html is null)
        {
            return false;
        }

        writer.Write(html);
        return true;
    }

    /// <summary>The HTML of a displayable result, or null.</summary>
    internal static string? ToHtml(object? instance, DisplayOptions options) => instance switch
    {
        IndicatorTable t => t.ToHtml(options),
        YearSeries s => s.ToHtml(options),
        SurveyResult r => r.ToHtml(options),
        JsonStatDataset d => d.ToHtml(options),
        DisplayTable t => t.ToHtml(options),
        Chart c => c.ToHtml(),
        _ => null,
    };
}
