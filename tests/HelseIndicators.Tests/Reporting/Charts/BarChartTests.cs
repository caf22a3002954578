using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Reporting.Charts;
using static HelseIndicators.Tests.Reporting.Charts.SvgTestKit;

namespace HelseIndicators.Tests.Reporting.Charts;

public class BarChartTests
{
    private static ChartData Profit() => new(["Pharma", "Medtech", "E-health"],
        [ChartSeries.Of("2016", 12.5m, 8.1m, -1.4m), new ChartSeries("2017", [13.1m, null, -0.6m])]);

    [Fact]
    public void ToSvg_Grouped_OneBarPerPresentValue()
    {
        var svg = Parse(new BarChart(Profit(), En).ToSvg());
        Assert.Equal(5, ByClass(svg, "rect", "bar").Count);
        Assert.Equal(["2016", "2017"], Texts(svg, "legend-label"));
    }

    [Fact]
    public void ToSvg_NegativeValue_GoesBelowTheZeroLine()
    {
        var svg = Parse(new BarChart(Profit(), En) { ValueUnit = "NOK mn", ValueAxisTitle = "Operating profit" }.ToSvg());
        var zero = ByClass(svg, "line", "zero").Single();
        var zeroY = Num(zero, "y1");
        var bars = ByClass(svg, "rect", "bar");
        var negative = bars[2]; // 2016, E-health: −1.4
        Assert.Equal(zeroY, Num(negative, "y"), 1);
        Assert.True(Num(negative, "height") > 0);
        var positive = bars[0]; // 2016, Pharma: 12.5
        Assert.Equal(zeroY, Num(positive, "y") + Num(positive, "height"), 1);
        Assert.Equal(["Operating profit (NOK mn)"], Texts(svg, "value-axis-title"));
    }

    [Fact]
    public void ToSvg_BarHeights_AreProportionalToValues()
    {
        var svg = Parse(new BarChart(new ChartData(["a", "b"], [ChartSeries.Of("x", 10m, 20m)]), En).ToSvg());
        var bars = ByClass(svg, "rect", "bar");
        Assert.Equal(2 * Num(bars[0], "height"), Num(bars[1], "height"), 1);
    }

    [Fact]
    public void ToSvg_Horizontal_NegativeGoesLeftOfZero()
    {
        var svg = Parse(new BarChart(Profit(), En) { Horizontal = true, ShowValueLabels = true }.ToSvg());
        var zeroX = Num(ByClass(svg, "line", "zero").Single(), "x1");
        var bars = ByClass(svg, "rect", "bar");
        Assert.Equal(zeroX, Num(bars[2], "x") + Num(bars[2], "width"), 1);
        Assert.Equal(zeroX, Num(bars[0], "x"), 1);
        Assert.Contains("-1.4", Texts(svg, "value-label"));
    }

    [Fact]
    public void ToSvg_HorizontalLongCategory_IsShortenedWithEllipsis()
    {
        var name = new string('x', 200);
        var svg = Parse(new BarChart(new ChartData([name, "b"], [ChartSeries.Of("v", 1m, 2m)]), En) { Horizontal = true }.ToSvg());
        var label = Texts(svg, "category-label")[0];
        Assert.EndsWith("…", label);
        Assert.True(label.Length < 100);
    }

    [Fact]
    public void ToSvg_HorizontalWithManyCategories_LabelsDoNotOverlap()
    {
        var names = Enumerable.Range(1, 60).Select(i => "firm " + i).ToArray();
        var svg = Parse(new BarChart(new ChartData(names, [ChartSeries.Of("v", names.Select(_ => 1m).ToArray())]), En)
        { Horizontal = true, Height = 240 }.ToSvg());
        var ys = ByClass(svg, "text", "category-label").Select(t => Num(t, "y")).ToList();
        Assert.InRange(ys.Count, 2, 59);
        Assert.All(ys.Zip(ys.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= 12.9, $"gap {gap}"));
    }

    [Fact]
    public void ToSvg_LongCategoriesVertical_AreSlanted()
    {
        var svg = Parse(new BarChart(new ChartData(["Medical technology", "Pharmaceuticals", "Diagnostics", "E-health and welfare technology"],
            [ChartSeries.Of("v", 1m, 2m, 3m, 4m)]), En) { Width = 400 }.ToSvg());
        Assert.All(ByClass(svg, "text", "category-label"), t => Assert.StartsWith("rotate(-40", (string)t.Attribute("transform")!));
    }

    [Fact]
    public void ToSvg_ValueLabels_WhenAsked()
    {
        var svg = Parse(new BarChart(new ChartData(["a"], [ChartSeries.Of("x", 1234.5m)]), Nb) { ShowValueLabels = true }.ToSvg());
        var g = Nb.NumberFormat.NumberGroupSeparator;
        var d = Nb.NumberFormat.NumberDecimalSeparator;
        Assert.Equal([$"1{g}234{d}5"], Texts(svg, "value-label"));
    }

    private static Gen<decimal?> MaybeValue { get; } =
        from v in Gen.Choose(-50_000, 100_000)
        from missing in Gen.Choose(0, 6)
        select missing == 0 ? (decimal?)null : v / 10m;

    [Property(MaxTest = 60)]
    public Property ToSvg_EveryBarLiesInsideThePlotArea() =>
        Prop.ForAll((from n in Gen.Choose(1, 12) from a in MaybeValue.ArrayOf(n) from b in MaybeValue.ArrayOf(n) from horizontal in Gen.Elements(true, false)
                     select (a, b, horizontal)).ToArbitrary(), t =>
        {
            var chart = new BarChart(new ChartData(t.a.Select((_, i) => "category " + i), [new ChartSeries("a", t.a), new ChartSeries("b", t.b)]), En)
            { Horizontal = t.horizontal, ValueAxisTitle = "v", ShowValueLabels = true };
            var svg = Parse(chart.ToSvg());
            var plot = PlotArea(svg);
            return ByClass(svg, "rect", "bar").All(r =>
                Inside(plot, Num(r, "x"), Num(r, "y")) && Inside(plot, Num(r, "x") + Num(r, "width"), Num(r, "y") + Num(r, "height")));
        });
}
