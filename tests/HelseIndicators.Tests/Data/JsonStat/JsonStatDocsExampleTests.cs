using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>The first example of docs/jsonstat.md, with its printed results asserted.</summary>
public class JsonStatDocsExampleTests
{
    [Fact]
    public void DocsExample_PrintsWhatTheDocsSay()
    {
        var dataset = JsonStatReader.Parse(JsonStatTestData.RdByIndustry).Dataset;

        Assert.Equal(6, dataset.CellCount);
        Assert.Equal("Scientific R&D", dataset.Dimension("NACE").Categories[1].Label);
        var cell = dataset.Cell(("NACE", "21"), ("Tid", "2017"));
        Assert.Null(cell.Value);
        Assert.Equal("..", cell.Status);
        Assert.Equal(880.1m, dataset.ExactValue(1, 0, 0));

        var csv = JsonStatTidyCsvWriter.WriteToString(dataset).Split('\n');
        Assert.Equal("NACE,NACE_label,ContentsCode,ContentsCode_label,Tid,Tid_label,value,status", csv[0]);
        Assert.Equal("21,Pharmaceuticals,FoU,R&D expenditure,2015,2015,1200.5,", csv[1]);

        var series = dataset.ToYearSeries(fixedCategories: new Dictionary<string, string> { ["NACE"] = "72" });
        Assert.Equal("R&D expenditure by industry (NOK million): 880.1",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{series.Name} ({series.Unit}): {series.ValueOf(2015)}"));
    }
}
