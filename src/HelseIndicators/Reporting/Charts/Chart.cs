using System.Globalization;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// The base of every chart: data, culture, size, title, description, axis titles and value format; and
/// <see cref="ToSvg"/>, which writes a self-contained, accessible SVG image.
/// </summary>
/// <remarks>
/// The SVG has a <c>viewBox</c>, <c>role="img"</c>, an <c>aria-label</c>, a <c>&lt;title&gt;</c> and a
/// <c>&lt;desc&gt;</c> (the <see cref="Description"/>, or a summary of the data when none is given); it uses no
/// script, no external font and no external resource, so it can be inlined in HTML or saved as a file. All user
/// text is encoded. Data points carry a <c>&lt;title&gt;</c> (a tooltip in browsers) with their category and value.
/// Numbers on axes and in labels follow <see cref="Culture"/>. Default size: 640 × 360 pixels. Equality: by
/// reference. Thread safety: a chart is immutable once built and
/// <see cref="ToSvg"/> may be called from several threads.
/// </remarks>
[HelseIndicators.Reporting.Display.TypeFormatterSource(typeof(HelseIndicators.Reporting.Display.HelseFormatterSource))]
public abstract class Chart
{
    private const double Padding = 12;
    private readonly int _width = 640;
    private readonly int _height = 360;
    private readonly int _valueDecimals = 1;
    private readonly IReadOnlyList<string> _colors = ChartPalette.OkabeIto;

    /// <summary>Initialises a chart.</summary>
    /// <param name="data">The data.</param>
    /// <param name="culture">The culture of numbers and words on the chart.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    protected Chart(ChartData data, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(culture);
        Data = data;
        Culture = culture;
    }

    /// <summary>Gets the data.</summary>
    public ChartData Data { get; }

    /// <summary>Gets the culture of numbers and words.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the title: drawn at the top when <see cref="ShowTitle"/> is set, and always the accessible name.</summary>
    public string Title { get; init; } = "";

    /// <summary>Gets whether the title is drawn in the image; default true. Turn it off when a figure caption shows it.</summary>
    public bool ShowTitle { get; init; } = true;

    /// <summary>Gets the description for screen readers (<c>&lt;desc&gt;</c>); null gives a summary of the data.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the width in pixels, 200 to 4000; default 640.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 200–4000.</exception>
    public int Width
    {
        get => _width;
        init => _width = CheckSize(value);
    }

    /// <summary>Gets the height in pixels, 200 to 4000; default 360.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 200–4000.</exception>
    public int Height
    {
        get => _height;
        init => _height = CheckSize(value);
    }

    /// <summary>Gets the title of the value axis, such as "Revenue"; null for none.</summary>
    public string? ValueAxisTitle { get; init; }

    /// <summary>Gets the unit of the values, shown with the value axis title: "Revenue (NOK bn)".</summary>
    public string? ValueUnit { get; init; }

    /// <summary>Gets the title of the category axis, such as "Year"; null for none.</summary>
    public string? CategoryAxisTitle { get; init; }

    /// <summary>Gets how values are written; default <see cref="ChartValueFormat.Number"/>.</summary>
    public ChartValueFormat ValueFormat { get; init; } = ChartValueFormat.Number;

    /// <summary>Gets the decimals of values in labels and tooltips, 0 to 6; default 1. Axis ticks use as many as they need.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0–6.</exception>
    public int ValueDecimals
    {
        get => _valueDecimals;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 6);
            _valueDecimals = value;
        }
    }

    /// <summary>Gets whether the legend is drawn: null (the default) draws it when there are several series.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>Gets the series colours (CSS colours), used in turn; default <see cref="ChartPalette.OkabeIto"/>.</summary>
    /// <exception cref="ArgumentException">The list is empty.</exception>
    public IReadOnlyList<string> Colors
    {
        get => _colors;
        init
        {
            ArgumentNullException.ThrowIfNull(value);
            if (value.Count == 0)
            {
                throw new ArgumentException("Give at least one colour.", nameof(value));
            }

            _colors = value.ToArray();
        }
    }

    /// <summary>Gets the value axis title with its unit: "Revenue (NOK bn)", "Revenue", "NOK bn" or "".</summary>
    public string ValueAxisLabel => (ValueAxisTitle, ValueUnit) switch
    {
        ({ Length: > 0 } t, { Length: > 0 } u) => $"{t} ({u})",
        ({ Length: > 0 } t, _) => t,
        (_, { Length: > 0 } u) => u,
        _ => "",
    };

    /// <summary>Writes the chart as a self-contained SVG image.</summary>
    /// <returns>The SVG markup, an <c>&lt;svg&gt;</c> element that parses as XML.</returns>
    public string ToSvg() => RenderSvg(ShowTitle);

    /// <summary>Writes the SVG, drawing the title or not (a figure with a caption leaves it out).</summary>
    internal string RenderSvg(bool showTitle)
    {
        var svg = new SvgWriter { DrawTitle = showTitle };
        svg.Start(Width, Height, AccessibleName, Description ?? Summary());
        Draw(svg);
        return svg.End();
    }

    /// <summary>Writes the chart as a Vega-Lite v5 specification (JSON), with the same data, for interactive tools.</summary>
    /// <returns>The JSON text.</returns>
    public string ToVegaLite() => VegaLite.Write(this);

    /// <summary>Gets the kind of chart in words for the generated description, such as "Line chart".</summary>
    private protected abstract string KindName { get; }

    /// <summary>Gets the Vega-Lite mark of the chart.</summary>
    internal abstract string VegaMark { get; }

    /// <summary>Gets whether the chart is drawn horizontally (categories down the side).</summary>
    internal virtual bool IsHorizontal => false;

    /// <summary>Draws everything inside the root element.</summary>
    private protected abstract void Draw(SvgWriter svg);

    /// <summary>Gets the accessible name: the title, or the kind of chart.</summary>
    private protected string AccessibleName => string.IsNullOrWhiteSpace(Title) ? KindName : Title;

    /// <summary>A short description of the data for screen readers.</summary>
    private protected virtual string Summary()
    {
        var nb = DisplayFormat.IsNorwegian(Culture);
        var series = string.Join(", ", Data.Series.Select(s => s.Name));
        var first = Data.Categories[0];
        var last = Data.Categories[^1];
        var axis = ValueAxisLabel.Length > 0 ? $" ({ValueAxisLabel})" : "";
        return nb
            ? $"{KindName}: {series}{axis}, {Data.Categories.Count} kategorier fra {first} til {last}."
            : $"{KindName}: {series}{axis}, {Data.Categories.Count} categories from {first} to {last}.";
    }

    /// <summary>The colour of a series.</summary>
    private protected string ColorOf(int index) => _colors[index % _colors.Count];

    /// <summary>Writes a value for a label or a tooltip.</summary>
    private protected string FormatValue(decimal value) => ValueFormat switch
    {
        ChartValueFormat.Percent => DisplayFormat.Percent(value, Culture, ValueDecimals),
        ChartValueFormat.Compact => DisplayFormat.Compact(value, Culture, ValueDecimals),
        _ => DisplayFormat.Number(value, Culture, ValueDecimals),
    };

    /// <summary>Writes a tick of a scale, with one scale word for all ticks in compact format.</summary>
    private protected string FormatTick(decimal value, NiceScale scale)
    {
        switch (ValueFormat)
        {
            case ChartValueFormat.Percent:
                return DisplayFormat.Percent(value, Culture, Math.Max(0, scale.Decimals - 2));
            case ChartValueFormat.Compact:
                var top = Math.Max(Math.Abs(scale.Min), Math.Abs(scale.Max));
                var (divisor, word) = top >= 1_000_000_000m ? (1_000_000_000m, DisplayFormat.IsNorwegian(Culture) ? "mrd." : "bn")
                    : top >= 1_000_000m ? (1_000_000m, DisplayFormat.IsNorwegian(Culture) ? "mill." : "mn")
                    : (1m, "");
                var decimals = DecimalsOf(scale.Step / divisor);
                var number = DisplayFormat.Number(value / divisor, Culture, decimals);
                return word.Length == 0 || value == 0 ? number : number + "\u00A0" + word;
            default:
                return DisplayFormat.Number(value, Culture, scale.Decimals);
        }
    }

    /// <summary>An estimate of the width of a text in the chart's sans-serif font.</summary>
    private protected static double TextWidth(string text, double size = 12) => text.Length * size * 0.58;

    /// <summary>Shortens a text to a width, ending it with "…".</summary>
    private protected static string Fit(string text, double width, double size = 12)
    {
        if (TextWidth(text, size) <= width)
        {
            return text;
        }

        var chars = Math.Max(1, (int)(width / (size * 0.58)) - 1);
        return chars >= text.Length ? text : text[..chars].TrimEnd() + "…";
    }

    /// <summary>Draws the title; returns the y coordinate below it.</summary>
    private protected double DrawTitle(SvgWriter svg)
    {
        if (!svg.DrawTitle || string.IsNullOrWhiteSpace(Title))
        {
            return Padding;
        }

        svg.Text(Padding, Padding + 14, Fit(Title, Width - (2 * Padding), 15), cls: "chart-title", size: 15, weight: "600");
        return Padding + 26;
    }

    /// <summary>Whether the legend is drawn.</summary>
    private protected bool LegendVisible => ShowLegend ?? Data.Series.Count > 1;

    /// <summary>Lays out and draws a legend starting at y; returns the y coordinate below it.</summary>
    private protected double DrawLegend(SvgWriter svg, IReadOnlyList<LegendItem> items, double y, bool draw = true)
    {
        if (items.Count == 0)
        {
            return y;
        }

        const double RowHeight = 18;
        const double Swatch = 22;
        var x = Padding;
        var row = 0;
        if (draw)
        {
            svg.OpenGroup("legend");
        }

        foreach (var item in items)
        {
            var label = Fit(item.Label, Width - (2 * Padding) - Swatch - 6);
            var itemWidth = Swatch + 6 + TextWidth(label) + 18;
            if (x > Padding && x + itemWidth > Width - Padding)
            {
                row++;
                x = Padding;
            }

            var cy = y + (row * RowHeight) + 9;
            if (draw)
            {
                svg.Raw("<g class=\"legend-item\">\n");
                if (item.IsLine)
                {
                    svg.Line(x, cy, x + Swatch, cy, item.Color, 2.5, dash: item.Dash);
                    DrawMarker(svg, item.Marker, x + (Swatch / 2), cy, item.Color, null);
                }
                else
                {
                    svg.Rect(x + 4, cy - 6, 14, 12, item.Color);
                }

                svg.Text(x + Swatch + 6, cy + 4, label, cls: "legend-label");
                svg.Raw("</g>\n");
            }

            x += itemWidth;
        }

        if (draw)
        {
            svg.CloseGroup();
        }

        return y + ((row + 1) * RowHeight) + 6;
    }

    /// <summary>Draws a marker shape: 0 circle, 1 square, 2 triangle, 3 diamond, then again.</summary>
    private protected static void DrawMarker(SvgWriter svg, int shape, double x, double y, string color, string? tooltip)
    {
        const double R = 3.6;
        switch (shape % 4)
        {
            case 1:
                svg.Rect(x - R, y - R, 2 * R, 2 * R, color, "marker", tooltip, "#ffffff");
                break;
            case 2:
                svg.Path($"M{SvgWriter.F(x)} {SvgWriter.F(y - R - 0.8)}L{SvgWriter.F(x + R + 0.6)} {SvgWriter.F(y + R - 0.4)}L{SvgWriter.F(x - R - 0.6)} {SvgWriter.F(y + R - 0.4)}Z",
                    "#ffffff", color, 1, "marker", tooltip: tooltip);
                break;
            case 3:
                svg.Path($"M{SvgWriter.F(x)} {SvgWriter.F(y - R - 1)}L{SvgWriter.F(x + R + 1)} {SvgWriter.F(y)}L{SvgWriter.F(x)} {SvgWriter.F(y + R + 1)}L{SvgWriter.F(x - R - 1)} {SvgWriter.F(y)}Z",
                    "#ffffff", color, 1, "marker", tooltip: tooltip);
                break;
            default:
                svg.Circle(x, y, R + 0.4, color, "marker", tooltip, "#ffffff");
                break;
        }
    }

    /// <summary>The dash pattern of a line series: solid, dashed, dotted, dash-dot, then again.</summary>
    private protected static string? DashOf(int index) => (index % 4) switch
    {
        1 => "7 4",
        2 => "2 3",
        3 => "9 3 2 3",
        _ => null,
    };

    /// <summary>The ticks wanted for an axis of a length in pixels.</summary>
    private protected static int TicksFor(double length) => Math.Clamp((int)Math.Round(length / 40), 4, 10);

    /// <summary>The width needed by the tick labels of a scale.</summary>
    private protected double TickLabelWidth(NiceScale scale) => scale.Ticks.Max(t => TextWidth(FormatTick(t, scale), 11));

    /// <summary>Draws a vertical value axis: grid lines, tick labels on the left and the rotated axis title.</summary>
    private protected void DrawVerticalValueAxis(SvgWriter svg, NiceScale scale, PlotArea plot)
    {
        svg.OpenGroup("axis value-axis");
        foreach (var tick in scale.Ticks)
        {
            var y = scale.Map(tick, plot.Bottom, plot.Top);
            svg.Line(plot.Left, y, plot.Right, y, "#e2e2e2", 1, "grid");
            svg.Text(plot.Left - 6, y + 4, FormatTick(tick, scale), "end", "tick-label", size: 11, fill: "#444444");
        }

        if (ValueAxisLabel.Length > 0)
        {
            // Centred on the plot, but free to run past its ends (not past the image) so that a long title fits.
            var cy = (plot.Top + plot.Bottom) / 2;
            var room = 2 * Math.Min(cy - Padding, Height - Padding - cy);
            svg.Text(Padding + 4, cy, Fit(ValueAxisLabel, room), "middle", "axis-title value-axis-title", rotate: -90, fill: "#333333");
        }

        svg.CloseGroup();
    }

    /// <summary>Draws a horizontal value axis below the plot: grid lines, tick labels and the axis title.</summary>
    private protected void DrawHorizontalValueAxis(SvgWriter svg, NiceScale scale, PlotArea plot)
    {
        svg.OpenGroup("axis value-axis");
        foreach (var tick in scale.Ticks)
        {
            var x = scale.Map(tick, plot.Left, plot.Right);
            svg.Line(x, plot.Top, x, plot.Bottom, "#e2e2e2", 1, "grid");
            svg.Text(x, plot.Bottom + 16, FormatTick(tick, scale), "middle", "tick-label", size: 11, fill: "#444444");
        }

        if (ValueAxisLabel.Length > 0)
        {
            svg.Text((plot.Left + plot.Right) / 2, plot.Bottom + 36, Fit(ValueAxisLabel, plot.Width), "middle",
                "axis-title value-axis-title", fill: "#333333");
        }

        svg.CloseGroup();
    }

    /// <summary>The space needed below a horizontal value axis.</summary>
    private protected double HorizontalValueAxisHeight => ValueAxisLabel.Length > 0 ? 46 : 26;

    /// <summary>Decides how category labels under a vertical chart are written: straight, every k-th, or slanted.</summary>
    private protected CategoryLabels LayoutCategoryLabels(double band)
    {
        var widest = Data.Categories.Max(c => TextWidth(c, 11));
        var titleHeight = string.IsNullOrWhiteSpace(CategoryAxisTitle) ? 0 : 20;
        if (widest <= band - 4)
        {
            return new CategoryLabels(false, 1, 22 + titleHeight, 0);
        }

        if (Data.Categories.All(c => c.Length <= 7))
        {
            var every = (int)Math.Ceiling((widest + 10) / band);
            return new CategoryLabels(false, every, 22 + titleHeight, 0);
        }

        const double MaxLabel = 150;
        var fitted = Math.Min(widest, MaxLabel);
        var slanted = (fitted * Math.Sin(40 * Math.PI / 180)) + 20;
        var skip = band < 13 ? (int)Math.Ceiling(13 / band) : 1;
        return new CategoryLabels(true, skip, slanted + titleHeight, MaxLabel);
    }

    /// <summary>Draws category labels under a vertical chart and the category axis title.</summary>
    private protected void DrawCategoryAxisBottom(SvgWriter svg, PlotArea plot, CategoryLabels layout, double offset = 0)
    {
        svg.OpenGroup("axis category-axis");
        var band = plot.Width / Data.Categories.Count;
        for (var i = 0; i < Data.Categories.Count; i += layout.Every)
        {
            var x = plot.Left + ((i + 0.5) * band);
            if (layout.Slanted)
            {
                svg.Text(x, plot.Bottom + offset + 12, Fit(Data.Categories[i], layout.MaxWidth, 11), "end", "category-label",
                    rotate: -40, size: 11, fill: "#333333");
            }
            else
            {
                svg.Text(x, plot.Bottom + offset + 17, Data.Categories[i], "middle", "category-label", size: 11, fill: "#333333");
            }
        }

        if (!string.IsNullOrWhiteSpace(CategoryAxisTitle))
        {
            svg.Text((plot.Left + plot.Right) / 2, Height - Padding + 2, Fit(CategoryAxisTitle, plot.Width), "middle",
                "axis-title category-axis-title", fill: "#333333");
        }

        svg.CloseGroup();
    }

    /// <summary>Draws the frame that tests and readers can use: an invisible rectangle marking the plot area.</summary>
    private protected static void DrawPlotArea(SvgWriter svg, PlotArea plot) =>
        svg.Raw("<rect class=\"plot-area\" x=\"" + SvgWriter.F(plot.Left) + "\" y=\"" + SvgWriter.F(plot.Top) + "\" width=\""
            + SvgWriter.F(plot.Width) + "\" height=\"" + SvgWriter.F(plot.Height) + "\" fill=\"none\"/>\n");

    /// <summary>Draws the zero line (or the axis base line) across a vertical chart.</summary>
    private protected static void DrawBaseLine(SvgWriter svg, NiceScale scale, PlotArea plot)
    {
        var zero = Math.Clamp(0m, scale.Min, scale.Max);
        var y = scale.Map(zero, plot.Bottom, plot.Top);
        svg.Line(plot.Left, y, plot.Right, y, "#333333", 1.2, zero == 0m ? "zero" : "baseline");
    }

    /// <summary>The left and right padding of the chart.</summary>
    private protected static double Pad => Padding;

    private static int DecimalsOf(decimal value)
    {
        var decimals = 0;
        while (decimals < 6 && value != Math.Round(value, decimals))
        {
            decimals++;
        }

        return decimals;
    }

    private static int CheckSize(int value)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(value, 200);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 4000);
        return value;
    }

    /// <summary>The rectangle in which data is drawn.</summary>
    private protected readonly record struct PlotArea(double Left, double Top, double Right, double Bottom)
    {
        public double Width => Right - Left;

        public double Height => Bottom - Top;
    }

    /// <summary>How category labels are laid out under a vertical chart.</summary>
    private protected readonly record struct CategoryLabels(bool Slanted, int Every, double Height, double MaxWidth);

    /// <summary>An entry of the legend.</summary>
    private protected readonly record struct LegendItem(string Label, string Color, bool IsLine, string? Dash = null, int Marker = 0);
}
