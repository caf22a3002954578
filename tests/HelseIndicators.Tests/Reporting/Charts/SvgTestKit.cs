using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace HelseIndicators.Tests.Reporting.Charts;

/// <summary>Reads the SVG the charts write, as XML.</summary>
internal static partial class SvgTestKit
{
    public static readonly XNamespace Ns = "http://www.w3.org/2000/svg";

    public static CultureInfo Nb { get; } = CultureInfo.GetCultureInfo("nb-NO");

    public static CultureInfo En { get; } = CultureInfo.GetCultureInfo("en-GB");

    public static XElement Parse(string svg) => XElement.Parse(svg, LoadOptions.PreserveWhitespace);

    public static bool HasClass(XElement e, string cls) =>
        ((string?)e.Attribute("class"))?.Split(' ').Contains(cls) == true;

    public static List<XElement> ByClass(XElement root, string element, string cls) =>
        root.Descendants(Ns + element).Where(e => HasClass(e, cls)).ToList();

    public static double Num(XElement e, string attribute) =>
        double.Parse((string)e.Attribute(attribute)!, CultureInfo.InvariantCulture);

    public static (double Left, double Top, double Right, double Bottom) PlotArea(XElement root)
    {
        var rect = ByClass(root, "rect", "plot-area").Single();
        var x = Num(rect, "x");
        var y = Num(rect, "y");
        return (x, y, x + Num(rect, "width"), y + Num(rect, "height"));
    }

    public static List<(double X, double Y)> PathPoints(string d) =>
        PointPattern().Matches(d).Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture),
            double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))).ToList();

    public static int MoveCount(string d) => d.Count(c => c == 'M');

    public static bool Inside((double Left, double Top, double Right, double Bottom) plot, double x, double y, double tolerance = 0.02) =>
        x >= plot.Left - tolerance && x <= plot.Right + tolerance && y >= plot.Top - tolerance && y <= plot.Bottom + tolerance;

    public static List<string> Texts(XElement root, string cls) => ByClass(root, "text", cls).Select(t => t.Value).ToList();

    [GeneratedRegex(@"[ML](-?[0-9.]+) (-?[0-9.]+)")]
    private static partial Regex PointPattern();
}
