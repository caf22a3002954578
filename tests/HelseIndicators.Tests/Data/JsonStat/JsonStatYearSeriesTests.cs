using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

public class JsonStatYearSeriesTests
{
    private static readonly JsonStatDataset s_rnd = JsonStatReader.Parse(JsonStatTestData.RdByIndustry).Dataset;

    [Fact]
    public void ToYearSeries_FixedIndustry_ExactValuesByYear()
    {
        var series = s_rnd.ToYearSeries(fixedCategories: new Dictionary<string, string> { ["NACE"] = "72" });

        Assert.Equal([2015, 2016, 2017], series.Years);
        Assert.Equal(880.1m, series.ValueOf(2015));
        Assert.Equal(900m, series.ValueOf(2016));
        Assert.Equal(0.3m, series.ValueOf(2017));
        Assert.Equal("R&D expenditure by industry", series.Name);
        Assert.Equal("NOK million", series.Unit);
    }

    [Fact]
    public void ToYearSeries_MissingCell_IsNullNotZero()
    {
        var series = s_rnd.ToYearSeries("Tid", new Dictionary<string, string> { ["NACE"] = "21" }, name: "Pharma R&D", unit: "MNOK");

        Assert.True(series.TryGetValue(2017, out var value));
        Assert.Null(value);
        Assert.Equal(1200.5m, series.ValueOf(2015));
        Assert.Equal(("Pharma R&D", "MNOK"), (series.Name, series.Unit));
    }

    [Fact]
    public void ToYearSeries_UnfixedDimension_ExplainsWhichToFix()
    {
        var e = Assert.Throws<ArgumentException>(() => s_rnd.ToYearSeries());

        Assert.Contains("'NACE' (2 categories: 21, 72)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYearSeries_UnknownFixedCategory_Throws()
    {
        Assert.Throws<ArgumentException>(() => s_rnd.ToYearSeries(fixedCategories: new Dictionary<string, string> { ["NACE"] = "99" }));
        Assert.Throws<ArgumentException>(() => s_rnd.ToYearSeries(fixedCategories: new Dictionary<string, string> { ["X"] = "1" }));
        Assert.Throws<ArgumentException>(() => s_rnd.ToYearSeries(timeDimensionId: "nope"));
    }

    [SharedDataFact]
    public void ToYearSeries_MonthlyTime_RefusedWithMessage()
    {
        var dataset = JsonStatTestData.Read("ssb-pxweb/ssb-29843-jsonstat1-bundle.json").Dataset;

        var e = Assert.Throws<DataException>(() => dataset.ToYearSeries(
            fixedCategories: new Dictionary<string, string> { ["PKoder"] = "P1021", ["ContentsCode"] = "Sesongjustert" }));

        Assert.Contains("'1990M01' (a month) is not a year", e.Message, StringComparison.Ordinal);
        Assert.Equal("1990M01", e.Problems[0].Value);
    }

    [Fact]
    public void ToYearSeries_QuarterlyTime_RefusedWithMessage()
    {
        var json = """{"class":"dataset","id":["Tid"],"size":[2],"role":{"time":["Tid"]},"dimension":{"Tid":{"category":{"index":["2015K1","2015K2"]}}},"value":[1,2]}""";

        var e = Assert.Throws<DataException>(() => JsonStatReader.Parse(json).Dataset.ToYearSeries());

        Assert.Contains("'2015K1' (a quarter) is not a year", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToYearSeries_YearInLabelOnly_UsesTheLabel()
    {
        var dataset = JsonStatTestData.Read("ssb-pxweb/pxweb-serializer-expected-BE0101A1-jsonstat2.json").Dataset;

        var series = dataset.ToYearSeries(fixedCategories: new Dictionary<string, string>
        {
            ["region"] = "01", ["marital status"] = "OG", ["$$SORT"] = "0", ["sex"] = "1",
        });

        Assert.Equal([2004, 2005], series.Years);
        Assert.Equal(522028m, series.ValueOf(2004));
        Assert.Equal(528282m, series.ValueOf(2005));
    }

    [SharedDataFact]
    public void ToYearSeries_NoTimeRole_AsksForTheDimension()
    {
        var dataset = JsonStatTestData.Read("eurostat/nama_10_gdp.json").Dataset;

        Assert.Throws<ArgumentException>(() => dataset.ToYearSeries());
        var series = dataset.ToYearSeries("time", new Dictionary<string, string> { ["unit"] = "CP_MEUR", ["na_item"] = "B1GQ" });
        Assert.Equal(376430m, series.ValueOf(2023));
    }
}
