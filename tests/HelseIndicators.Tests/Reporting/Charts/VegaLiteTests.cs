using System.Text.Json;
using HelseIndicators.Reporting.Charts;
using static HelseIndicators.Tests.Reporting.Charts.SvgTestKit;

namespace HelseIndicators.Tests.Reporting.Charts;

public class VegaLiteTests
{
    [Fact]
    public void ToVegaLite_LineChart_IsAV5SpecWithTidyData()
    {
        var chart = new LineChart(ChartData.ForYears([2014, 2015], new ChartSeries("Revenue", [47m, null]), ChartSeries.Of("Exports", 18m, 20m)), En)
        { Title = "T", ValueAxisTitle = "Amount", ValueUnit = "NOK bn" };
        using var doc = JsonDocument.Parse(chart.ToVegaLite());
        var root = doc.RootElement;
        Assert.Equal("https://vega.github.io/schema/vega-lite/v5.json", root.GetProperty("$schema").GetString());
        Assert.Equal("line", root.GetProperty("mark").GetProperty("type").GetString());
        var values = root.GetProperty("data").GetProperty("values");
        Assert.Equal(4, values.GetArrayLength());
        Assert.Equal(47m, values[0].GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, values[1].GetProperty("value").ValueKind);
        Assert.Equal("Amount (NOK bn)", root.GetProperty("encoding").GetProperty("y").GetProperty("title").GetString());
    }

    [Fact]
    public void ToVegaLite_Waterfall_HasStartAndEnd()
    {
        var chart = new WaterfallChart(new ChartData(["a", "b"], [ChartSeries.Of("x", 2m, -1m)]), En);
        using var doc = JsonDocument.Parse(chart.ToVegaLite());
        var values = doc.RootElement.GetProperty("data").GetProperty("values");
        Assert.Equal(3, values.GetArrayLength());
        Assert.Equal(2m, values[1].GetProperty("start").GetDecimal());
        Assert.Equal(1m, values[1].GetProperty("end").GetDecimal());
        Assert.Equal(1m, values[2].GetProperty("end").GetDecimal());
    }

    [Fact]
    public void ToVegaLite_IntervalChart_LayersRuleAndPoint()
    {
        var chart = new IntervalChart(new ChartData(["a"], [new ChartSeries("s", [0.8m], [0.49m], [0.94m])]), En);
        using var doc = JsonDocument.Parse(chart.ToVegaLite());
        var layer = doc.RootElement.GetProperty("layer");
        Assert.Equal("rule", layer[0].GetProperty("mark").GetProperty("type").GetString());
        Assert.Equal("point", layer[1].GetProperty("mark").GetProperty("type").GetString());
    }
}
