using HelseIndicators.Model;
using HelseIndicators.Reporting.Charts;

namespace HelseIndicators.Tests.Reporting.Charts;

public class ChartDataTests
{
    [Fact]
    public void FromYearSeries_UnionOfYearsWithGaps()
    {
        var revenue = new YearSeries([new(2014, 47m), new(2015, 52m), new(2016, (decimal?)null)], "Revenue");
        var exports = new YearSeries([new(2015, 20m), new(2017, 22m)], "Exports");
        var data = ChartData.FromYearSeries(revenue, exports);
        Assert.Equal(["2014", "2015", "2016", "2017"], data.Categories);
        Assert.Equal([47m, 52m, null, null], data.Series[0].Values);
        Assert.Equal([null, 20m, null, 22m], data.Series[1].Values);
        Assert.Equal("Exports", data.Series[1].Name);
    }

    [Fact]
    public void Constructor_SeriesLengthDiffersFromCategories_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChartData(["a", "b"], [ChartSeries.Of("x", 1m)]));

    [Fact]
    public void Constructor_NoCategory_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChartData([], [ChartSeries.Of("x")]));

    [Fact]
    public void ChartSeries_OnlyOneBound_Throws() =>
        Assert.Throws<ArgumentException>(() => new ChartSeries("x", [1m], lower: [0m]));
}
