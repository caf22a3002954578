using System.Text.Json;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

public class JsonStatTidyWriterTests
{
    private const string Small = """
        {"class":"dataset","label":"Demo, \"quoted\"","id":["sex","year"],"size":[2,2],
         "dimension":{"sex":{"category":{"index":["M","F"],"label":{"M":"Menn, alle","F":"Kvinner"}}},
                      "year":{"category":{"index":["2020","2021"]}}},
         "value":[1.50,null,3,4e2],"status":{"1":".."}}
        """;

    [Fact]
    public void Csv_SmallDataset_ExactText()
    {
        var csv = JsonStatTidyCsvWriter.WriteToString(JsonStatReader.Parse(Small).Dataset);

        Assert.Equal(
            "sex,sex_label,year,year_label,value,status\n"
            + "M,\"Menn, alle\",2020,2020,1.50,\n"
            + "M,\"Menn, alle\",2021,2021,,..\n"
            + "F,Kvinner,2020,2020,3,\n"
            + "F,Kvinner,2021,2021,400,\n",
            csv);
    }

    [Fact]
    public void Json_SmallDataset_ExactShape()
    {
        var json = JsonStatTidyJsonWriter.WriteToString(JsonStatReader.Parse(Small).Dataset, indented: false);

        Assert.Equal(
            """{"schema":"helse-jsonstat/1","label":"Demo, \"quoted\"","dimensions":["sex","year"],"rows":["""
            + """{"sex":"M","sex_label":"Menn, alle","year":"2020","year_label":"2020","value":1.50,"status":null},"""
            + """{"sex":"M","sex_label":"Menn, alle","year":"2021","year_label":"2021","value":null,"status":".."},"""
            + """{"sex":"F","sex_label":"Kvinner","year":"2020","year_label":"2020","value":3,"status":null},"""
            + """{"sex":"F","sex_label":"Kvinner","year":"2021","year_label":"2021","value":400,"status":null}]}""",
            json);
    }

    [Theory]
    [InlineData("galicia.json")]
    [InlineData("ssb-pxweb/ssb-05300-jsonstat2-pxwebapi-v1.json")]
    [InlineData("order.json")]
    public void Json_Sample_OneRowPerCellWithSameValues(string file)
    {
        var dataset = JsonStatTestData.Read(file).Dataset;

        using var document = JsonDocument.Parse(JsonStatTidyJsonWriter.WriteToString(dataset));
        var rows = document.RootElement.GetProperty("rows").EnumerateArray().ToArray();

        Assert.Equal("helse-jsonstat/1", document.RootElement.GetProperty("schema").GetString());
        Assert.Equal(dataset.Ids, document.RootElement.GetProperty("dimensions").EnumerateArray().Select(x => x.GetString()));
        Assert.Equal(dataset.CellCount, rows.Length);
        var i = 0;
        foreach (var row in dataset.ToTidyRows())
        {
            var json = rows[i++];
            var value = json.GetProperty("value");
            Assert.Equal(row.Cell.Value, value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null);
            Assert.Equal(row.Cell.Text, value.ValueKind == JsonValueKind.String ? value.GetString() : null);
            Assert.Equal(row.Status, json.GetProperty("status").GetString());
            Assert.Equal(row.Categories[0].Label, json.GetProperty(dataset.Ids[0] + "_label").GetString());
        }
    }

    [Fact]
    public void Csv_Ssb05300_HeaderAndNorwegianLabelsAndStatusSymbols()
    {
        var lines = JsonStatTidyCsvWriter.WriteToString(JsonStatTestData.Read("ssb-pxweb/ssb-05300-jsonstat2-pxwebapi-v1.json").Dataset)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(433, lines.Length);
        Assert.Equal("Avstand1,Avstand1_label,Kulturtilbud,Kulturtilbud_label,ContentsCode,ContentsCode_label,Tid,Tid_label,value,status", lines[0]);
        Assert.EndsWith(",Avstand,Avstand til nærmeste lokale/sted,1991,1991,16,", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",2021,2021,,.", lines[432], StringComparison.Ordinal);
    }
}
