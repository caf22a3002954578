using System.Globalization;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// A bar chart of categories (segments, links, years), with several series as grouped bars side by side; vertical,
/// or horizontal for long category names.
/// </summary>
/// <remarks>
/// The value axis always includes zero, and bars start at the zero line (<c>&lt;line class="zero"&gt;</c>): a
/// negative value, such as an operating loss, is a bar below it (left of it when horizontal). A null value draws no
/// bar. Each bar is a <c>&lt;rect class="bar"&gt;</c> with a tooltip. Long category labels under a vertical chart are
/// slanted; prefer <see cref="Horizontal"/> for them. Thread safety: immutable, safe to share.
/// </remarks>
/// <example>
/// <code>
/// var data = new ChartData(["Industry", "Distribution", "Treatment"], [ChartSeries.Of("Revenue", 57m, 34m, 51m)]);
/// var chart = new BarChart(data, CultureInfo.GetCultureInfo("en-GB"))
/// { Title = "Revenue 2017", ValueAxisTitle = "Revenue", ValueUnit = "NOK bn", Horizontal = true, ShowValueLabels = true };
/// </code>
/// </example>
public sealed class BarChart : Chart
{
    /// <summary>Creates a bar chart.</summary>
    /// <param name="data">The data: categories and one or more series.</param>
    /// <param name="culture">The culture of numbers and words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public BarChart(ChartData data, CultureInfo culture)
        : base(data, culture)
    {
    }

    /// <summary>Gets whether the bars are horizontal (categories down the left side); default false.</summary>
    public bool Horizontal { get; init; }

    /// <summary>Gets whether each bar is labelled with its value; default false.</summary>
    public bool ShowValueLabels { get; init; }

    private protected override string KindName => DisplayFormat.IsNorwegian(Culture) ? "Stolpediagram" : "Bar chart";

    internal override string VegaMark => "bar";

    internal override bool IsHorizontal => Horizontal;

    private protected override void Draw(SvgWriter svg)
    {
        var top = DrawTitle(svg);
        if (LegendVisible)
        {
            top = DrawLegend(svg, Data.Series.Select((s, i) => new LegendItem(s.Name, ColorOf(i), false)).ToArray(), top);
        }

        top += 8;
        var values = Data.Series.SelectMany(s => s.Values).Where(v => v.HasValue).Select(v => v!.Value).Append(0m).ToList();
        if (Horizontal)
        {
            DrawHorizontal(svg, top, values);
        }
        else
        {
            DrawVertical(svg, top, values);
        }
    }

    private void DrawVertical(SvgWriter svg, double top, List<decimal> values)
    {
        var labelRoom = ShowValueLabels ? 16 : 0;
        var scale = NiceScale.Create(values.Min(), values.Max(), TicksFor(Height - top - 60));
        var left = Pad + (ValueAxisLabel.Length > 0 ? 22 : 0) + TickLabelWidth(scale) + 8;
        var right = Width - Pad - 4;
        var labels = LayoutCategoryLabels((right - left) / Data.Categories.Count);
        // A label under a negative bar needs room above the category labels.
        var below = ShowValueLabels && values.Min() < 0 ? 14 : 0;
        var plot = new PlotArea(left, top + labelRoom, right, Height - Pad - labels.Height - below);
        DrawPlotArea(svg, plot);
        DrawVerticalValueAxis(svg, scale, plot);
        DrawCategoryAxisBottom(svg, plot, labels, below);

        var band = plot.Width / Data.Categories.Count;
        var group = band * 0.78;
        var barWidth = group / Data.Series.Count;
        var zeroY = scale.Map(0m, plot.Bottom, plot.Top);
        for (var s = 0; s < Data.Series.Count; s++)
        {
            var series = Data.Series[s];
            svg.OpenGroup("series-group", series.Name);
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } v)
                {
                    continue;
                }

                var x = plot.Left + (i * band) + ((band - group) / 2) + (s * barWidth);
                var y = scale.Map(v, plot.Bottom, plot.Top);
                var gap = Data.Series.Count > 1 ? Math.Min(2, barWidth * 0.1) : 0;
                svg.Rect(x + (gap / 2), Math.Min(y, zeroY), barWidth - gap, Math.Abs(zeroY - y), ColorOf(s), "bar",
                    $"{series.Name}, {Data.Categories[i]}: {FormatValue(v)}");
                if (ShowValueLabels)
                {
                    var labelY = v >= 0 ? y - 4 : y + 13;
                    svg.Text(x + (barWidth / 2), labelY, FormatValue(v), "middle", "value-label", size: 10.5, fill: "#222222");
                }
            }

            svg.CloseGroup();
        }

        DrawBaseLine(svg, scale, plot);
    }

    private void DrawHorizontal(SvgWriter svg, double top, List<decimal> values)
    {
        var categoryTitle = string.IsNullOrWhiteSpace(CategoryAxisTitle) ? 0 : 22;
        var labelWidth = Math.Min(Data.Categories.Max(c => TextWidth(c, 11.5)), Width * 0.38);
        var left = Pad + categoryTitle + labelWidth + 8;
        var scaleProbe = NiceScale.Create(values.Min(), values.Max(), TicksFor(Width - left - Pad));
        var valueLabelRoom = ShowValueLabels ? values.Max(v => TextWidth(FormatValue(v), 10.5)) + 6 : 0;
        var right = Width - Pad - Math.Max(valueLabelRoom, TextWidth(FormatTick(scaleProbe.Max, scaleProbe), 11) / 2);
        var hasNegative = values.Min() < 0;
        if (hasNegative && ShowValueLabels)
        {
            left += valueLabelRoom;
        }

        var scale = NiceScale.Create(values.Min(), values.Max(), TicksFor(right - left));
        var plot = new PlotArea(left, top, right, Height - Pad - HorizontalValueAxisHeight);
        DrawPlotArea(svg, plot);
        DrawHorizontalValueAxis(svg, scale, plot);

        var band = plot.Height / Data.Categories.Count;
        svg.OpenGroup("axis category-axis");
        var labelX = plot.Left - 8 - (hasNegative && ShowValueLabels ? valueLabelRoom : 0);
        // With many categories in a short chart, label every k-th row so that labels never overlap.
        var every = band < 13 ? (int)Math.Ceiling(13 / band) : 1;
        for (var i = 0; i < Data.Categories.Count; i += every)
        {
            svg.Text(labelX, plot.Top + ((i + 0.5) * band) + 4, Fit(Data.Categories[i], labelWidth, 11.5), "end",
                "category-label", size: 11.5, fill: "#333333");
        }

        if (categoryTitle > 0)
        {
            svg.Text(Pad + 4, (plot.Top + plot.Bottom) / 2, Fit(CategoryAxisTitle!, plot.Height), "middle",
                "axis-title category-axis-title", rotate: -90, fill: "#333333");
        }

        svg.CloseGroup();

        var group = band * 0.74;
        var barHeight = group / Data.Series.Count;
        var zeroX = scale.Map(0m, plot.Left, plot.Right);
        for (var s = 0; s < Data.Series.Count; s++)
        {
            var series = Data.Series[s];
            svg.OpenGroup("series-group", series.Name);
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } v)
                {
                    continue;
                }

                var y = plot.Top + (i * band) + ((band - group) / 2) + (s * barHeight);
                var x = scale.Map(v, plot.Left, plot.Right);
                var gap = Data.Series.Count > 1 ? Math.Min(2, barHeight * 0.1) : 0;
                svg.Rect(Math.Min(x, zeroX), y + (gap / 2), Math.Abs(x - zeroX), barHeight - gap, ColorOf(s), "bar",
                    $"{series.Name}, {Data.Categories[i]}: {FormatValue(v)}");
                if (ShowValueLabels)
                {
                    var text = FormatValue(v);
                    var (lx, anchor) = v >= 0 ? (x + 4, "start") : (x - 4, "end");
                    svg.Text(lx, y + (barHeight / 2) + 4, text, anchor, "value-label", size: 10.5, fill: "#222222");
                }
            }

            svg.CloseGroup();
        }

        svg.Line(zeroX, plot.Top, zeroX, plot.Bottom, "#333333", 1.2, "zero");
    }
}
