using System.Globalization;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// Proportions with their intervals, such as survey results: for each category (an answer) a point at the
/// proportion and a whisker from the lower to the upper bound, on a 0–100 % axis. Categories run down the left
/// side, so long answers stay readable.
/// </summary>
/// <remarks>
/// Values and bounds are fractions between 0 and 1 (written as percentages); each series needs bounds
/// (<see cref="ChartSeries.Lower"/>, <see cref="ChartSeries.Upper"/>) with lower ≤ value ≤ upper. A null value draws
/// nothing for that category. Each whisker is a <c>&lt;line class="interval"&gt;</c> with end caps
/// (<c>class="cap"</c>) and each point a <c>&lt;circle class="point"&gt;</c> whose tooltip gives the proportion and
/// the interval. Several series are drawn one under the other within a category. Thread safety: immutable, safe to
/// share.
/// </remarks>
/// <example>
/// <code>
/// var answers = new ChartSeries("Share of firms", [0.8m, 0.3333m], lower: [0.4902m, 0.1257m], upper: [0.9433m, 0.6349m]);
/// var chart = new IntervalChart(new ChartData(["International ambitions", "Aim to be world-leading"], [answers]),
///     CultureInfo.GetCultureInfo("en-GB")) { Title = "Survey 2016", ValueAxisTitle = "Share of firms" };
/// </code>
/// </example>
public sealed class IntervalChart : Chart
{
    /// <summary>Creates an interval chart.</summary>
    /// <param name="data">The data: categories (answers) and series with bounds, all fractions in [0, 1].</param>
    /// <param name="culture">The culture of numbers and words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A series has no bounds, a value or bound is outside [0, 1], or a bound lies on the wrong side of its value.</exception>
    public IntervalChart(ChartData data, CultureInfo culture)
        : base(data, culture)
    {
        foreach (var series in data.Series)
        {
            if (!series.HasBounds)
            {
                throw new ArgumentException($"The series \"{series.Name}\" has no interval bounds.", nameof(data));
            }

            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } v)
                {
                    continue;
                }

                var lo = series.Lower![i] ?? v;
                var hi = series.Upper![i] ?? v;
                if (lo < 0m || hi > 1m || v < 0m || v > 1m || lo > v || v > hi)
                {
                    throw new ArgumentException(
                        $"\"{series.Name}\", \"{data.Categories[i]}\": a proportion and its interval must satisfy 0 ≤ lower ≤ value ≤ upper ≤ 1.",
                        nameof(data));
                }
            }
        }

        ValueFormat = ChartValueFormat.Percent;
    }

    /// <summary>Gets whether each point is labelled with its proportion; default true.</summary>
    public bool ShowValueLabels { get; init; } = true;

    private protected override string KindName => DisplayFormat.IsNorwegian(Culture) ? "Andeler med intervaller" : "Proportions with intervals";

    internal override string VegaMark => "point";

    internal override bool IsHorizontal => true;

    private protected override void Draw(SvgWriter svg)
    {
        var top = DrawTitle(svg);
        if (LegendVisible)
        {
            top = DrawLegend(svg, Data.Series.Select((s, i) => new LegendItem(s.Name, ColorOf(i), true, null, i)).ToArray(), top);
        }

        top += 6;
        var categoryTitle = string.IsNullOrWhiteSpace(CategoryAxisTitle) ? 0 : 22;
        var labelWidth = Math.Min(Data.Categories.Max(c => TextWidth(c, 11.5)), Width * 0.4);
        var left = Pad + categoryTitle + labelWidth + 10;
        var right = Width - Pad - 16;
        var scale = NiceScale.Create(0m, 1m, Math.Min(TicksFor(right - left), 6));
        var plot = new PlotArea(left, top, right, Height - Pad - HorizontalValueAxisHeight);
        DrawPlotArea(svg, plot);
        DrawHorizontalValueAxis(svg, scale, plot);

        var band = plot.Height / Data.Categories.Count;
        svg.OpenGroup("axis category-axis");
        for (var i = 0; i < Data.Categories.Count; i++)
        {
            svg.Text(plot.Left - 10, plot.Top + ((i + 0.5) * band) + 4, Fit(Data.Categories[i], labelWidth, 11.5), "end",
                "category-label", size: 11.5, fill: "#333333");
        }

        if (categoryTitle > 0)
        {
            svg.Text(Pad + 4, (plot.Top + plot.Bottom) / 2, Fit(CategoryAxisTitle!, plot.Height), "middle",
                "axis-title category-axis-title", rotate: -90, fill: "#333333");
        }

        svg.CloseGroup();
        svg.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, "#333333", 1.2, "baseline");

        var rows = Data.Series.Count;
        var inner = band * 0.7;
        var capHalf = Math.Min(6, Math.Max(2.5, (inner / rows) * 0.3));
        for (var s = 0; s < rows; s++)
        {
            var series = Data.Series[s];
            var color = ColorOf(s);
            svg.OpenGroup("series-group", series.Name);
            for (var i = 0; i < series.Values.Count; i++)
            {
                if (series.Values[i] is not { } v)
                {
                    continue;
                }

                var lo = series.Lower![i] ?? v;
                var hi = series.Upper![i] ?? v;
                var y = plot.Top + (i * band) + ((band - inner) / 2) + ((s + 0.5) * inner / rows);
                var x = scale.Map(v, plot.Left, plot.Right);
                var xLo = scale.Map(lo, plot.Left, plot.Right);
                var xHi = scale.Map(hi, plot.Left, plot.Right);
                svg.Line(xLo, y, xHi, y, color, 2, "interval");
                svg.Line(xLo, y - capHalf, xLo, y + capHalf, color, 2, "cap");
                svg.Line(xHi, y - capHalf, xHi, y + capHalf, color, 2, "cap");
                svg.Circle(x, y, 4.5, color, "point",
                    $"{series.Name}, {Data.Categories[i]}: {FormatValue(v)} [{FormatValue(lo)}; {FormatValue(hi)}]", "#ffffff");
                if (ShowValueLabels)
                {
                    var text = FormatValue(v);
                    var width = TextWidth(text, 10.5);
                    if (xHi + 6 + width <= Width - 2)
                    {
                        svg.Text(xHi + 6, y + 4, text, cls: "value-label", size: 10.5, fill: "#222222");
                    }
                    else
                    {
                        svg.Text(xLo - 6, y + 4, text, "end", "value-label", size: 10.5, fill: "#222222");
                    }
                }
            }

            svg.CloseGroup();
        }
    }
}
