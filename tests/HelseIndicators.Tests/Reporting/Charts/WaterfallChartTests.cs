using HelseIndicators.Reporting.Charts;
using static HelseIndicators.Tests.Reporting.Charts.SvgTestKit;

namespace HelseIndicators.Tests.Reporting.Charts;

public class WaterfallChartTests
{
    // 2017 revenue of the private health industry: industry 57, distribution 34, treatment 51 → 142 (NOK bn).
    private static WaterfallChart ValueChain() => new(
        new ChartData(["Industry", "Distribution", "Treatment"], [ChartSeries.Of("Revenue", 57m, 34m, 51m)]), En)
    { ValueAxisTitle = "Revenue", ValueUnit = "NOK bn" };

    private static double Top(System.Xml.Linq.XElement bar) => Num(bar, "y");

    private static double Bottom(System.Xml.Linq.XElement bar) => Num(bar, "y") + Num(bar, "height");

    [Fact]
    public void Total_IsTheSumOfContributions() => Assert.Equal(142m, ValueChain().Total);

    [Fact]
    public void ToSvg_StepsFloatOnThePreviousStepAndTheTotalStandsOnZero()
    {
        var svg = Parse(ValueChain().ToSvg());
        var steps = ByClass(svg, "rect", "step");
        var total = ByClass(svg, "rect", "total").Single();
        var zeroY = Num(ByClass(svg, "line", "zero").Single(), "y1");
        Assert.Equal(3, steps.Count);
        Assert.Equal(zeroY, Bottom(steps[0]), 1);
        Assert.Equal(Top(steps[0]), Bottom(steps[1]), 1);
        Assert.Equal(Top(steps[1]), Bottom(steps[2]), 1);
        Assert.Equal(Top(steps[2]), Top(total), 1);
        Assert.Equal(zeroY, Bottom(total), 1);
        Assert.Equal(["+57.0", "+34.0", "+51.0", "142.0"], Texts(svg, "value-label"));
        Assert.Equal(["Industry", "Distribution", "Treatment", "Total"], Texts(svg, "category-label"));
    }

    [Fact]
    public void ToSvg_NegativeContribution_IsADecreaseGoingDown()
    {
        // Contributions to growth in percentage points: +3.1 − 0.7 + 2.0 = 4.4.
        var chart = new WaterfallChart(new ChartData(["Pharma", "E-health", "Services"], [ChartSeries.Of("Contribution", 0.031m, -0.007m, 0.02m)]), En)
        { ValueFormat = ChartValueFormat.Percent, TotalLabel = "Growth" };
        var svg = Parse(chart.ToSvg());
        var steps = ByClass(svg, "rect", "step");
        Assert.Equal(ChartPalette.Decrease, (string?)steps[1].Attribute("fill"));
        Assert.Equal(ChartPalette.Increase, (string?)steps[0].Attribute("fill"));
        Assert.Equal(Top(steps[0]), Top(steps[1]), 1);
        Assert.True(Bottom(steps[1]) > Bottom(steps[0]) - 0.01 || Bottom(steps[1]) > Top(steps[0]));
        Assert.Equal(Bottom(steps[1]), Bottom(steps[2]), 1);
        Assert.Equal(0.044m, chart.Total);
        Assert.Contains("Decrease", Texts(svg, "legend-label"));
        Assert.Contains("Growth", Texts(svg, "category-label"));
    }

    [Fact]
    public void Constructor_MissingContribution_Throws() =>
        Assert.Throws<ArgumentException>(() => new WaterfallChart(new ChartData(["a", "b"], [new ChartSeries("x", [1m, null])]), En));

    [Fact]
    public void ToSvg_Norwegian_UsesNorwegianWords()
    {
        var svg = Parse(new WaterfallChart(new ChartData(["a"], [ChartSeries.Of("x", 1m)]), Nb).ToSvg());
        Assert.Contains("Totalt", Texts(svg, "category-label"));
        Assert.Contains("Økning", Texts(svg, "legend-label"));
    }
}
