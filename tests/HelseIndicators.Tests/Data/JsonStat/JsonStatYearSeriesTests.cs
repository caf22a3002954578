using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

public class JsonStatYearSeriesTests
{
    // R&D by industry and year, shaped like an SSB table: NACE × ContentsCode × Tid.
    private const string RnD = """
        {"version":"2.0","class":"dataset","label":"R&D expenditure by industry","source":"Statistisk sentralbyrå",
         "id":["NACE","ContentsCode","Tid"],"size":[2,1,3],
         "role":{"time":["Tid"],"metric":["ContentsCode"]},
         "dimension":{
           "NACE":{"label":"industry","category":{"index":{"72":1,"21":0},"label":{"21":"Pharmaceuticals","72":"Scientific R&D"}}},
           "ContentsCode":{"category":{"index":["FoU"],"label":{"FoU":"R&D expenditure"},"unit":{"FoU":{"label":"NOK million","decimals":1}}}},
           "Tid":{"category":{"index":["2015","2016","2017"]}}},
         "value":[1200.5,1300.25,null,880.1,900,0.3]}
        """;

    private static readonly JsonStatDataset s_rnd = JsonStatReader.Parse(RnD).Dataset;

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

    [Fact]
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

    [Fact]
    public void ToYearSeries_NoTimeRole_AsksForTheDimension()
    {
        var dataset = JsonStatTestData.Read("eurostat/nama_10_gdp.json").Dataset;

        Assert.Throws<ArgumentException>(() => dataset.ToYearSeries());
        var series = dataset.ToYearSeries("time", new Dictionary<string, string> { ["unit"] = "CP_MEUR", ["na_item"] = "B1GQ" });
        Assert.Equal(376430m, series.ValueOf(2023));
    }
}
