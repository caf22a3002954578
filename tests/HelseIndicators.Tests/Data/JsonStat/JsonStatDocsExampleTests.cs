using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>The first example of docs/jsonstat.md, with its printed results asserted.</summary>
public class JsonStatDocsExampleTests
{
    private const string Json = """
        {"version":"2.0","class":"dataset","label":"R&D expenditure by industry","source":"Statistisk sentralbyrå",
         "id":["NACE","ContentsCode","Tid"],"size":[2,1,3],
         "role":{"time":["Tid"],"metric":["ContentsCode"]},
         "dimension":{
           "NACE":{"label":"industry","category":{"index":{"72":1,"21":0},"label":{"21":"Pharmaceuticals","72":"Scientific R&D"}}},
           "ContentsCode":{"category":{"index":["FoU"],"label":{"FoU":"R&D expenditure"},"unit":{"FoU":{"label":"NOK million","decimals":1}}}},
           "Tid":{"category":{"index":["2015","2016","2017"]}}},
         "value":[1200.5,1300.25,null,880.1,900,0.3],
         "status":{"2":".."}}
        """;

    [Fact]
    public void DocsExample_PrintsWhatTheDocsSay()
    {
        var dataset = JsonStatReader.Parse(Json).Dataset;

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
