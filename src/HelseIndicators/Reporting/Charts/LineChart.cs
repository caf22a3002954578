using System.Globalization;
using System.Text;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// A line chart of one or more series over ordered categories, usually years: revenue, exports or R&amp;D over time.
/// </summary>
/// <remarks>
/// Each series is one <c>&lt;path class="series"&gt;</c>; a null value breaks the line (the path starts a new
/// segment after the gap) and a point alone between two gaps still shows as a marker. Series differ by colour
/// (<see cref="ChartPalette"/>), dash pattern and marker shape. The value axis includes zero by default, so that
/// levels are not exaggerated; see <see cref="IncludeZero"/>. Thread safety: immutable, safe to share.
/// </remarks>
/// <example>
/// <code>
/// var chart = new LineChart(ChartData.ForYears([2014, 2015, 2016], ChartSeries.Of("Exports", 18m, 20m, 22m)),
///     CultureInfo.GetCultureInfo("nb-NO"))
/// { Title = "Eksport", ValueAxisTitle = "Eksport", ValueUnit = "mrd. kr", CategoryAxisTitle = "År" };
/// string svg = chart.ToSvg();
/// </code>
/// </example>
public sealed class LineChart : Chart
{
    /// <summary>Creates a line chart.</summary>
    /// <param name="data">The data: categories in order (years) and the series.</param>
    /// <param name="culture">The culture of numbers and words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LineChart(ChartData data, CultureInfo culture)
        : base(data, culture)
    {
    }

    /// <summary>Gets whether the value axis always includes zero; default true.</summary>
    public bool IncludeZero { get; init; } = true;

    /// <summary>Gets whether every point has a marker; default true.</summary>
    public bool ShowMarkers { get; init; } = true;

    private protected override string KindName => DisplayFormat.IsNorwegian(Culture) ? "Linjediagram" : "Line chart";

    internal override string VegaMark => "line";

    private protected override void Draw(SvgWriter svg)
    {
        var top = DrawTitle(svg);
        var legend = Data.Series.Select((s, i) => new LegendItem(s.Name, ColorOf(i), true, DashOf(i), i)).ToArray();
        if (LegendVisible)
        {
            top = DrawLegend(svg, legend, top);
        }

        var values = Data.Series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).ToList();
        if (IncludeZero || values.Count == 0)
        {
            values.Add(0m);
        }

        top += 8;
        var scale = NiceScale.Create(values.Min(), values.Max(), TicksFor(Height - top - 50));
        var left = Pad + (ValueAxisLabel.Length > 0 ? 22 : 0) + TickLabelWidth(scale) + 8;
        var right = Width - Pad - 8;
        var labels = LayoutCategoryLabels((right - left) / Data.Categories.Count);
        var plot = new PlotArea(left, top, right, Height - Pad - labels.Height);
        DrawPlotArea(svg, plot);
        DrawVerticalValueAxis(svg, scale, plot);
        DrawBaseLine(svg, scale, plot);
        DrawCategoryAxisBottom(svg, plot, labels);

        var band = plot.Width / Data.Categories.Count;
        for (var s = 0; s < Data.Series.Count; s++)
        {
            var series = Data.Series[s];
            var color = ColorOf(s);
            svg.OpenGroup("series-group", series.Name);
            var d = new StringBuilder();
            var penDown = false;
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } v)
                {
                    penDown = false;
                    continue;
                }

                var x = plot.Left + ((i + 0.5) * band);
                var y = scale.Map(v, plot.Bottom, plot.Top);
                d.Append(penDown ? 'L' : 'M').Append(SvgWriter.F(x)).Append(' ').Append(SvgWriter.F(y));
                penDown = true;
            }

            svg.Path(d.ToString(), color, "none", 2.5, "series", DashOf(s));
            if (ShowMarkers)
            {
                for (var i = 0; i < series.Values.Count; i++)
                {
                    if (series.Values[i] is { } v)
                    {
                        var x = plot.Left + ((i + 0.5) * band);
                        var y = scale.Map(v, plot.Bottom, plot.Top);
                        DrawMarker(svg, s, x, y, color, $"{series.Name}, {Data.Categories[i]}: {FormatValue(v)}");
                    }
                }
            }

            svg.CloseGroup();
        }
    }
}
