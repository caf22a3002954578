using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Reporting.Charts;
using static HelseIndicators.Tests.Reporting.Charts.SvgTestKit;

namespace HelseIndicators.Tests.Reporting.Charts;

public class LineChartTests
{
    private static LineChart Sample(CultureInfo? culture = null) => new(
        ChartData.ForYears([2014, 2015, 2016, 2017, 2018],
            new ChartSeries("Revenue", [47m, 52m, null, 57m, 60m]),
            ChartSeries.Of("Exports", 18m, 20m, 21m, 22m, 23m),
            ChartSeries.Of("R&D", 2.3m, 2.5m, 2.6m, 2.8m, 3m)),
        culture ?? En)
    {
        Title = "Health industry",
        ValueAxisTitle = "Amount",
        ValueUnit = "NOK bn",
        CategoryAxisTitle = "Year",
    };

    [Fact]
    public void ToSvg_Root_IsAccessibleSvgWithViewBox()
    {
        var svg = Parse(Sample().ToSvg());
        Assert.Equal(Ns + "svg", svg.Name);
        Assert.Equal("0 0 640 360", (string?)svg.Attribute("viewBox"));
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("Health industry", (string?)svg.Attribute("aria-label"));
        Assert.Equal("Health industry", svg.Element(Ns + "title")!.Value);
        Assert.Contains("Revenue, Exports, R&D", svg.Element(Ns + "desc")!.Value);
        Assert.Same(svg.Elements().First(), svg.Element(Ns + "title"));
    }

    [Fact]
    public void ToSvg_SizeProperties_SetTheViewBox()
    {
        var chart = Sample();
        var svg = Parse(new LineChart(chart.Data, En) { Width = 800, Height = 400 }.ToSvg());
        Assert.Equal("0 0 800 400", (string?)svg.Attribute("viewBox"));
        Assert.Equal("800", (string?)svg.Attribute("width"));
    }

    [Fact]
    public void ToSvg_AxisTitles_IncludeUnit()
    {
        var svg = Parse(Sample().ToSvg());
        Assert.Equal(["Amount (NOK bn)"], Texts(svg, "value-axis-title"));
        Assert.Equal(["Year"], Texts(svg, "category-axis-title"));
        Assert.Equal(["2014", "2015", "2016", "2017", "2018"], Texts(svg, "category-label"));
    }

    [Fact]
    public void ToSvg_OnePathPerSeries()
    {
        var svg = Parse(Sample().ToSvg());
        Assert.Equal(3, ByClass(svg, "path", "series").Count);
    }

    [Fact]
    public void ToSvg_NullValue_BreaksTheLine()
    {
        var paths = ByClass(Parse(Sample().ToSvg()), "path", "series");
        var revenue = (string)paths[0].Attribute("d")!;
        Assert.Equal(2, MoveCount(revenue));
        Assert.Equal(4, PathPoints(revenue).Count);
        Assert.Equal(1, MoveCount((string)paths[1].Attribute("d")!));
    }

    [Fact]
    public void ToSvg_PointAloneBetweenGaps_StillHasAMarker()
    {
        var chart = new LineChart(ChartData.ForYears([1, 2, 3], new ChartSeries("x", [null, 5m, null])), En);
        var svg = Parse(chart.ToSvg());
        Assert.Single(svg.Descendants(), e => HasClass(e, "marker"));
    }

    [Fact]
    public void ToSvg_Legend_HasOneEntryPerSeries()
    {
        var svg = Parse(Sample().ToSvg());
        Assert.Equal(["Revenue", "Exports", "R&D"], Texts(svg, "legend-label"));
    }

    [Fact]
    public void ToSvg_SingleSeries_HasNoLegendUnlessAsked()
    {
        var data = ChartData.ForYears([1, 2], ChartSeries.Of("x", 1m, 2m));
        Assert.Empty(Texts(Parse(new LineChart(data, En).ToSvg()), "legend-label"));
        Assert.Single(Texts(Parse(new LineChart(data, En) { ShowLegend = true }.ToSvg()), "legend-label"));
    }

    [Fact]
    public void ToSvg_UserText_IsEncoded()
    {
        var chart = new LineChart(ChartData.ForYears([2015], ChartSeries.Of("A & B <i>", 1m), ChartSeries.Of("b", 2m)), En)
        {
            Title = "<script>alert(1)</script>",
            ValueAxisTitle = "\"x\" & 'y'",
        };
        var text = chart.ToSvg();
        Assert.DoesNotContain("<script>", text);
        Assert.DoesNotContain("<i>", text);
        var svg = Parse(text);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "i");
        Assert.Equal("<script>alert(1)</script>", svg.Element(Ns + "title")!.Value);
        Assert.Contains("A & B <i>", Texts(svg, "legend-label"));
        Assert.Equal(["\"x\" & 'y'"], Texts(svg, "value-axis-title"));
    }

    [Fact]
    public void ToSvg_NbNo_TickLabelsUseCultureSeparators()
    {
        var chart = new LineChart(ChartData.ForYears([1, 2, 3], ChartSeries.Of("x", 0m, 1000m, 2000m)), Nb);
        var g = Nb.NumberFormat.NumberGroupSeparator;
        Assert.Contains($"2{g}000", Texts(Parse(chart.ToSvg()), "tick-label"));
    }

    [Fact]
    public void ToSvg_PercentFormat_TicksArePercentages()
    {
        var chart = new LineChart(ChartData.ForYears([1, 2], ChartSeries.Of("share", 0.2m, 0.4m)), En) { ValueFormat = ChartValueFormat.Percent };
        var ticks = Texts(Parse(chart.ToSvg()), "tick-label");
        Assert.Contains("40%", ticks);
        Assert.All(ticks, t => Assert.EndsWith("%", t));
    }

    [Fact]
    public void ToSvg_IsSelfContained()
    {
        var text = Sample().ToSvg();
        var svg = Parse(text);
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "image" or "use" or "foreignObject");
        Assert.DoesNotContain("href", text);
        Assert.DoesNotContain("url(", text);
        Assert.DoesNotContain("@import", text);
    }

    [Fact]
    public void ToSvg_Markers_CarryTooltips()
    {
        var svg = Parse(Sample().ToSvg());
        Assert.Contains(svg.Descendants(Ns + "title"), t => t.Value == "Revenue, 2015: 52.0");
    }

    [Fact]
    public void Width_OutOfRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new LineChart(ChartData.ForYears([1], ChartSeries.Of("x", 1m)), En) { Width = 10 });

    private static Gen<decimal?> MaybeValue { get; } =
        from v in Gen.Choose(-100_000, 100_000)
        from scale in Gen.Elements(0.001m, 1m, 1_000_000m)
        from missing in Gen.Choose(0, 5)
        select missing == 0 ? (decimal?)null : v * scale;

    [Property(MaxTest = 60)]
    public Property ToSvg_EveryPointMapsInsideThePlotArea() =>
        Prop.ForAll((from n in Gen.Choose(1, 14) from a in MaybeValue.ArrayOf(n) from b in MaybeValue.ArrayOf(n) from zero in Gen.Elements(true, false)
                     select (a, b, zero)).ToArbitrary(), t =>
        {
            var chart = new LineChart(new ChartData(t.a.Select((_, i) => "c" + i), [new ChartSeries("a", t.a), new ChartSeries("b", t.b)]), Nb)
            { IncludeZero = t.zero, ValueAxisTitle = "v" };
            var svg = Parse(chart.ToSvg());
            var plot = PlotArea(svg);
            var points = ByClass(svg, "path", "series").SelectMany(p => PathPoints((string)p.Attribute("d")!));
            var circles = ByClass(svg, "g", "series-group").SelectMany(g => g.Descendants(Ns + "circle")).Select(c => (Num(c, "cx"), Num(c, "cy")));
            return points.Concat(circles).All(p => Inside(plot, p.Item1, p.Item2));
        });
}
