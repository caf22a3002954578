using HelseIndicators.Reporting.Charts;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// <c>ToHtml</c> for a <see cref="Chart"/>: the chart's inline SVG, which notebooks and web pages show as is.
/// </summary>
/// <remarks>For interactive tools, <see cref="Chart.ToVegaLite"/> gives the same data as a Vega-Lite specification.
/// Thread safety: stateless.</remarks>
public static class ChartDisplay
{
    /// <summary>Writes the chart as HTML: its <c>&lt;svg&gt;</c> element, inline (no script, no external resource).</summary>
    /// <param name="chart">The chart.</param>
    /// <returns>The SVG markup, the same as <see cref="Chart.ToSvg"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public static string ToHtml(this Chart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.ToSvg();
    }
}
