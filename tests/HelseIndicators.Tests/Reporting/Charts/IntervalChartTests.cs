using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Reporting.Charts;
using static HelseIndicators.Tests.Reporting.Charts.SvgTestKit;

namespace HelseIndicators.Tests.Reporting.Charts;

public class IntervalChartTests
{
    // 8 of 10 firms: p = 0.8, Wilson 95 % interval [0.4902, 0.9433] (the contract's example).
    private static IntervalChart Survey() => new(
        new ChartData(["International ambitions", "World-leading"],
            [new ChartSeries("Share of firms", [0.8m, 0.3333m], [0.4902m, 0.1257m], [0.9433m, 0.6349m])]),
        En)
    { Title = "Survey 2016", ValueAxisTitle = "Share of firms", ValueUnit = "%" };

    [Fact]
    public void ToSvg_Whiskers_SpanTheIntervalOnAZeroToHundredAxis()
    {
        var svg = Parse(Survey().ToSvg());
        var plot = PlotArea(svg);
        var width = plot.Right - plot.Left;
        var whisker = ByClass(svg, "line", "interval")[0];
        Assert.Equal(plot.Left + (0.4902 * width), Num(whisker, "x1"), 1);
        Assert.Equal(plot.Left + (0.9433 * width), Num(whisker, "x2"), 1);
        var point = ByClass(svg, "circle", "point")[0];
        Assert.Equal(plot.Left + (0.8 * width), Num(point, "cx"), 1);
        var ticks = Texts(svg, "tick-label");
        Assert.Equal("0%", ticks[0]);
        Assert.Equal("100%", ticks[^1]);
    }

    [Fact]
    public void ToSvg_EachPointHasTwoCapsAndATooltip()
    {
        var svg = Parse(Survey().ToSvg());
        Assert.Equal(2, ByClass(svg, "circle", "point").Count);
        Assert.Equal(4, ByClass(svg, "line", "cap").Count);
        Assert.Equal("Share of firms, International ambitions: 80.0% [49.0%; 94.3%]", ByClass(svg, "circle", "point")[0].Element(Ns + "title")!.Value);
    }

    [Fact]
    public void ToSvg_AxisTitleAndLabels()
    {
        var svg = Parse(Survey().ToSvg());
        Assert.Equal(["Share of firms (%)"], Texts(svg, "value-axis-title"));
        Assert.Equal(["International ambitions", "World-leading"], Texts(svg, "category-label"));
        Assert.Equal(["80.0%", "33.3%"], Texts(svg, "value-label"));
    }

    [Theory]
    [InlineData(0.5, 0.6, 0.9)]
    [InlineData(0.5, 0.1, 0.4)]
    [InlineData(1.2, 0.1, 1.3)]
    [InlineData(0.5, -0.1, 0.9)]
    public void Constructor_InconsistentInterval_Throws(double value, double lower, double upper) =>
        Assert.Throws<ArgumentException>(() => new IntervalChart(
            new ChartData(["a"], [new ChartSeries("s", [(decimal)value], [(decimal)lower], [(decimal)upper])]), En));

    [Fact]
    public void Constructor_SeriesWithoutBounds_Throws() =>
        Assert.Throws<ArgumentException>(() => new IntervalChart(new ChartData(["a"], [ChartSeries.Of("s", 0.5m)]), En));

    [Property(MaxTest = 60)]
    public Property ToSvg_WhiskersAndPointsStayInsideTheAxis() =>
        Prop.ForAll((from n in Gen.Choose(1, 8) from triples in Gen.Choose(0, 10_000).Three().ArrayOf(n) select triples).ToArbitrary(), triples =>
        {
            var sorted = triples.Select(t => new[] { t.Item1, t.Item2, t.Item3 }.Order().Select(v => v / 10_000m).ToArray()).ToArray();
            var series = new ChartSeries("s", sorted.Select(s => (decimal?)s[1]), sorted.Select(s => (decimal?)s[0]), sorted.Select(s => (decimal?)s[2]));
            var svg = Parse(new IntervalChart(new ChartData(sorted.Select((_, i) => "answer " + i), [series]), Nb).ToSvg());
            var plot = PlotArea(svg);
            return ByClass(svg, "line", "interval").All(l => Inside(plot, Num(l, "x1"), Num(l, "y1")) && Inside(plot, Num(l, "x2"), Num(l, "y2")))
                && ByClass(svg, "circle", "point").All(c => Inside(plot, Num(c, "cx"), Num(c, "cy")));
        });
}
