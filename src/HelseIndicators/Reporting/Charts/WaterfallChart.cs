using System.Globalization;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// A waterfall chart: contributions, positive and negative, that add up to a total, drawn as floating bars each
/// starting where the previous one ended, followed by the total. Use it for value added along the value chain
/// (industry + distribution + treatment = the health industry) or for contributions to growth (segments' percentage
/// points adding up to total growth).
/// </summary>
/// <remarks>
/// The chart draws the first series of its data; its values must all be present (a contribution cannot be
/// missing). Increases are blue, decreases vermillion, the total dark grey (<see cref="ChartPalette"/>), and each bar
/// is labelled with its signed value; dotted connectors join the bars. Bars are <c>&lt;rect class="bar step"&gt;</c>
/// and <c>&lt;rect class="bar total"&gt;</c>. Thread safety: immutable, safe to share.
/// </remarks>
/// <example>
/// <code>
/// var data = new ChartData(["Industry", "Distribution", "Treatment"], [ChartSeries.Of("Revenue", 57m, 34m, 51m)]);
/// var chart = new WaterfallChart(data, CultureInfo.GetCultureInfo("en-GB")) { ValueUnit = "NOK bn" };
/// </code>
/// </example>
public sealed class WaterfallChart : Chart
{
    /// <summary>Creates a waterfall chart.</summary>
    /// <param name="data">The data; its first series holds the contributions, one per category.</param>
    /// <param name="culture">The culture of numbers and words.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A contribution is missing (null).</exception>
    public WaterfallChart(ChartData data, CultureInfo culture)
        : base(data, culture)
    {
        if (data.Series[0].Values.Any(v => v is null))
        {
            throw new ArgumentException("A waterfall chart needs every contribution; one is missing.", nameof(data));
        }
    }

    /// <summary>Gets whether a total bar ends the chart; default true.</summary>
    public bool ShowTotal { get; init; } = true;

    /// <summary>Gets the label of the total bar; null gives "Totalt" (Norwegian) or "Total".</summary>
    public string? TotalLabel { get; init; }

    /// <summary>Gets whether bars are labelled with their values; default true.</summary>
    public bool ShowValueLabels { get; init; } = true;

    /// <summary>Gets the total: the sum of the contributions.</summary>
    public decimal Total => Data.Series[0].Values.Sum(v => v!.Value);

    private protected override string KindName => DisplayFormat.IsNorwegian(Culture) ? "Fossefallsdiagram" : "Waterfall chart";

    internal override string VegaMark => "bar";

    private bool Norwegian => DisplayFormat.IsNorwegian(Culture);

    private string TotalText => TotalLabel ?? (Norwegian ? "Totalt" : "Total");

    /// <summary>The bars: each step's start and end, then the total from zero.</summary>
    internal IReadOnlyList<(string Category, string Kind, decimal Start, decimal End)> Steps()
    {
        var steps = new List<(string, string, decimal, decimal)>();
        var running = 0m;
        var values = Data.Series[0].Values;
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i]!.Value;
            steps.Add((Data.Categories[i], v >= 0 ? IncreaseText : DecreaseText, running, running + v));
            running += v;
        }

        if (ShowTotal)
        {
            steps.Add((TotalText, TotalText, 0m, running));
        }

        return steps;
    }

    private string IncreaseText => Norwegian ? "Økning" : "Increase";

    private string DecreaseText => Norwegian ? "Nedgang" : "Decrease";

    private protected override string Summary()
    {
        var total = FormatValue(Total);
        return Norwegian
            ? $"{KindName}: {string.Join(", ", Data.Categories)} summerer seg til {total}."
            : $"{KindName}: {string.Join(", ", Data.Categories)} add up to {total}.";
    }

    private protected override void Draw(SvgWriter svg)
    {
        var steps = Steps();
        var top = DrawTitle(svg);
        if (ShowLegend ?? true)
        {
            var items = new List<LegendItem>();
            if (steps.Any(s => s.End >= s.Start && s.Kind == IncreaseText))
            {
                items.Add(new LegendItem(IncreaseText, ChartPalette.Increase, false));
            }

            if (steps.Any(s => s.Kind == DecreaseText))
            {
                items.Add(new LegendItem(DecreaseText, ChartPalette.Decrease, false));
            }

            if (ShowTotal)
            {
                items.Add(new LegendItem(TotalText, ChartPalette.Total, false));
            }

            top = DrawLegend(svg, items, top);
        }

        top += ShowValueLabels ? 22 : 8;
        var levels = steps.SelectMany(s => new[] { s.Start, s.End }).Append(0m).ToList();
        var scale = NiceScale.Create(levels.Min(), levels.Max(), TicksFor(Height - top - 60));
        var left = Pad + (ValueAxisLabel.Length > 0 ? 22 : 0) + TickLabelWidth(scale) + 8;
        var right = Width - Pad - 4;
        var categories = steps.Select(s => s.Category).ToArray();
        var labels = LayoutLabels(categories, (right - left) / categories.Length);
        var bottom = Height - Pad - labels.Height - (ShowValueLabels && levels.Min() < 0 ? 14 : 0);
        var plot = new PlotArea(left, top, right, bottom);
        DrawPlotArea(svg, plot);
        DrawVerticalValueAxis(svg, scale, plot);

        var band = plot.Width / categories.Length;
        var barWidth = band * 0.62;
        svg.OpenGroup("axis category-axis");
        for (var i = 0; i < categories.Length; i += labels.Every)
        {
            var x = plot.Left + ((i + 0.5) * band);
            if (labels.Slanted)
            {
                svg.Text(x, Height - Pad - labels.Height + 12, Fit(categories[i], labels.MaxWidth, 11), "end",
                    "category-label", rotate: -40, size: 11, fill: "#333333");
            }
            else
            {
                svg.Text(x, Height - Pad - labels.Height + 17, categories[i], "middle", "category-label", size: 11, fill: "#333333");
            }
        }

        if (!string.IsNullOrWhiteSpace(CategoryAxisTitle))
        {
            svg.Text((plot.Left + plot.Right) / 2, Height - Pad + 2, Fit(CategoryAxisTitle, plot.Width), "middle",
                "axis-title category-axis-title", fill: "#333333");
        }

        svg.CloseGroup();

        svg.OpenGroup("series-group", Data.Series[0].Name);
        for (var i = 0; i < steps.Count; i++)
        {
            var (category, kind, start, end) = steps[i];
            var isTotal = ShowTotal && i == steps.Count - 1;
            var color = isTotal ? ChartPalette.Total : end >= start ? ChartPalette.Increase : ChartPalette.Decrease;
            var x = plot.Left + (i * band) + ((band - barWidth) / 2);
            var y0 = scale.Map(start, plot.Bottom, plot.Top);
            var y1 = scale.Map(end, plot.Bottom, plot.Top);
            var value = end - start;
            var text = isTotal ? FormatValue(value) : Signed(value);
            svg.Rect(x, Math.Min(y0, y1), barWidth, Math.Max(1, Math.Abs(y1 - y0)), color, isTotal ? "bar total" : "bar step",
                $"{category}: {text}");
            if (ShowValueLabels)
            {
                var up = isTotal ? end >= 0 : end >= start;
                var labelY = up ? Math.Min(y0, y1) - 5 : Math.Max(y0, y1) + 13;
                svg.Text(x + (barWidth / 2), labelY, text, "middle", "value-label", size: 10.5, fill: "#222222",
                    weight: isTotal ? "600" : null);
            }

            if (i + 1 < steps.Count && !(ShowTotal && i + 1 == steps.Count - 1 && end == 0m))
            {
                var yc = scale.Map(end, plot.Bottom, plot.Top);
                svg.Line(x + barWidth, yc, x + band, yc, "#777777", 1, "connector", "2 2");
            }
        }

        svg.CloseGroup();
        DrawBaseLine(svg, scale, plot);
    }

    private string Signed(decimal value)
    {
        var text = FormatValue(value);
        return value > 0 ? "+" + text : text;
    }

    private CategoryLabels LayoutLabels(string[] categories, double band)
    {
        var widest = categories.Max(c => TextWidth(c, 11));
        var titleHeight = string.IsNullOrWhiteSpace(CategoryAxisTitle) ? 0 : 20;
        if (widest <= band - 4)
        {
            return new CategoryLabels(false, 1, 22 + titleHeight, 0);
        }

        const double MaxLabel = 150;
        var slanted = (Math.Min(widest, MaxLabel) * Math.Sin(40 * Math.PI / 180)) + 20;
        return new CategoryLabels(true, 1, slanted + titleHeight, MaxLabel);
    }
}
