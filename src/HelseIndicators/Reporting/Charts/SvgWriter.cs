using System.Globalization;
using System.Text;

namespace HelseIndicators.Reporting.Charts;

/// <summary>Writes SVG elements with encoded text and invariant coordinates.</summary>
internal sealed class SvgWriter
{
    public const string FontFamily = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

    private readonly StringBuilder _sb = new();

    /// <summary>Whether the chart's title is drawn in the image.</summary>
    public bool DrawTitle { get; init; } = true;

    public static string F(double value) =>
        Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public void Start(int width, int height, string title, string? description)
    {
        var w = width.ToString(CultureInfo.InvariantCulture);
        var h = height.ToString(CultureInfo.InvariantCulture);
        _sb.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(w).Append("\" height=\"").Append(h)
            .Append("\" viewBox=\"0 0 ").Append(w).Append(' ').Append(h).Append("\" role=\"img\" aria-label=\"")
            .Append(Markup.Encode(title)).Append("\" font-family=\"").Append(Markup.Encode(FontFamily))
            .Append("\" font-size=\"12\">\n");
        _sb.Append("<title>").Append(Markup.Encode(title)).Append("</title>\n");
        if (!string.IsNullOrWhiteSpace(description))
        {
            _sb.Append("<desc>").Append(Markup.Encode(description)).Append("</desc>\n");
        }

        _sb.Append("<rect class=\"background\" x=\"0\" y=\"0\" width=\"").Append(w).Append("\" height=\"").Append(h)
            .Append("\" fill=\"#ffffff\"/>\n");
    }

    public SvgWriter Raw(string markup)
    {
        _sb.Append(markup);
        return this;
    }

    public void OpenGroup(string cls, string? label = null)
    {
        _sb.Append("<g class=\"").Append(cls).Append('"');
        if (label is not null)
        {
            _sb.Append(" aria-label=\"").Append(Markup.Encode(label)).Append('"');
        }

        _sb.Append(">\n");
    }

    public void CloseGroup() => _sb.Append("</g>\n");

    public void Text(double x, double y, string text, string anchor = "start", string? cls = null,
        double? rotate = null, double size = 12, string fill = "#222222", string? weight = null, string? baseline = null)
    {
        _sb.Append("<text");
        if (cls is not null)
        {
            _sb.Append(" class=\"").Append(cls).Append('"');
        }

        _sb.Append(" x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append('"');
        if (anchor != "start")
        {
            _sb.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        if (baseline is not null)
        {
            _sb.Append(" dominant-baseline=\"").Append(baseline).Append('"');
        }

        if (Math.Abs(size - 12) > 0.01)
        {
            _sb.Append(" font-size=\"").Append(F(size)).Append('"');
        }

        if (weight is not null)
        {
            _sb.Append(" font-weight=\"").Append(weight).Append('"');
        }

        _sb.Append(" fill=\"").Append(fill).Append('"');
        if (rotate is { } r)
        {
            _sb.Append(" transform=\"rotate(").Append(F(r)).Append(' ').Append(F(x)).Append(' ').Append(F(y)).Append(")\"");
        }

        _sb.Append('>').Append(Markup.Encode(text)).Append("</text>\n");
    }

    public void Line(double x1, double y1, double x2, double y2, string stroke, double width = 1, string? cls = null, string? dash = null)
    {
        _sb.Append("<line");
        if (cls is not null)
        {
            _sb.Append(" class=\"").Append(cls).Append('"');
        }

        _sb.Append(" x1=\"").Append(F(x1)).Append("\" y1=\"").Append(F(y1)).Append("\" x2=\"").Append(F(x2))
            .Append("\" y2=\"").Append(F(y2)).Append("\" stroke=\"").Append(stroke).Append("\" stroke-width=\"").Append(F(width)).Append('"');
        if (dash is not null)
        {
            _sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        _sb.Append("/>\n");
    }

    public void Rect(double x, double y, double width, double height, string fill, string? cls = null, string? tooltip = null, string? stroke = null)
    {
        _sb.Append("<rect");
        if (cls is not null)
        {
            _sb.Append(" class=\"").Append(cls).Append('"');
        }

        _sb.Append(" x=\"").Append(F(x)).Append("\" y=\"").Append(F(y)).Append("\" width=\"").Append(F(Math.Max(0, width)))
            .Append("\" height=\"").Append(F(Math.Max(0, height))).Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            _sb.Append(" stroke=\"").Append(stroke).Append('"');
        }

        CloseWithTooltip(tooltip, "rect");
    }

    public void Path(string d, string stroke, string fill, double width, string? cls = null, string? dash = null, string? tooltip = null)
    {
        _sb.Append("<path");
        if (cls is not null)
        {
            _sb.Append(" class=\"").Append(cls).Append('"');
        }

        _sb.Append(" d=\"").Append(d).Append("\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke)
            .Append("\" stroke-width=\"").Append(F(width)).Append("\" stroke-linejoin=\"round\" stroke-linecap=\"round\"");
        if (dash is not null)
        {
            _sb.Append(" stroke-dasharray=\"").Append(dash).Append('"');
        }

        CloseWithTooltip(tooltip, "path");
    }

    public void Circle(double cx, double cy, double r, string fill, string? cls = null, string? tooltip = null, string? stroke = null)
    {
        _sb.Append("<circle");
        if (cls is not null)
        {
            _sb.Append(" class=\"").Append(cls).Append('"');
        }

        _sb.Append(" cx=\"").Append(F(cx)).Append("\" cy=\"").Append(F(cy)).Append("\" r=\"").Append(F(r))
            .Append("\" fill=\"").Append(fill).Append('"');
        if (stroke is not null)
        {
            _sb.Append(" stroke=\"").Append(stroke).Append("\" stroke-width=\"1.5\"");
        }

        CloseWithTooltip(tooltip, "circle");
    }

    public string End()
    {
        _sb.Append("</svg>\n");
        return _sb.ToString();
    }

    private void CloseWithTooltip(string? tooltip, string element)
    {
        if (tooltip is null)
        {
            _sb.Append("/>\n");
        }
        else
        {
            _sb.Append("><title>").Append(Markup.Encode(tooltip)).Append("</title></").Append(element).Append(">\n");
        }
    }
}
