using HelseIndicators.Aggregation;
using HelseIndicators.Data;
using HelseIndicators.Data.IndicatorTables;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Sample;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>Reading back what <see cref="IndicatorTableJsonWriter"/> writes: the input of <c>helse audit</c>.</summary>
public sealed class IndicatorTableJsonReaderTests
{
    [Fact]
    public void Read_OfTheWritersOutput_GivesBackEveryRow()
    {
        var panel = SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 120, FromYear = 2014, ToYear = 2016 }).ToList();
        var table = new IndicatorEngine().Compute(panel, new IndicatorRequest { Dimensions = [GroupDimension.Segment, GroupDimension.County] });

        var document = IndicatorTableJsonReader.Parse(IndicatorTableJsonWriter.ToJson(table), "out.json");

        Assert.Equal(IndicatorTableJsonWriter.Schema, document.Schema);
        Assert.Equal(table.Prices, document.Prices);
        Assert.Equal(table.Disclosure.Enabled, document.Disclosure.Enabled);
        Assert.Equal(table.Disclosure.MinFirms, document.Disclosure.MinFirms);
        Assert.Equal(table.Disclosure.DominanceN, document.Disclosure.DominanceN);
        Assert.Equal(table.Disclosure.DominanceK, document.Disclosure.DominanceK);
        Assert.Equal(table.ToList(), document.Rows);
        Assert.Contains(document.Rows, r => r.BaseYear is not null);
        Assert.Contains(document.Rows, r => r.Status == IndicatorStatus.Suppressed);
    }

    [Fact]
    public void Read_TheProtectionLevel_AndRepeatedRows()
    {
        const string Json = """
            {
              "schema": "helse-indicators/1",
              "prices": "constant-2015",
              "disclosure_control": { "enabled": true, "min_firms": 4, "dominance_n": 2, "dominance_k": 80, "suppression": "primary and secondary", "protection_level": 0.15 },
              "rows": [
                { "indicator": "revenue", "year": 2015, "group": {}, "value": 1450.5, "unit": "NOK", "firms": 8, "status": "ok" },
                { "indicator": "revenue", "year": 2015, "group": { "segment": "diagnostics" }, "value": null, "unit": "NOK", "firms": 2, "status": "suppressed", "reason": "secondary: protects revenue 2015 diagnostics" },
                { "indicator": "revenue", "year": 2015, "group": {}, "value": 1450.5, "unit": "NOK", "firms": 8, "status": "ok" }
              ],
              "future_field": [1, 2, 3]
            }
            """;

        var document = IndicatorTableJsonReader.Parse(Json);

        Assert.Equal(0.15m, document.ProtectionLevel);
        Assert.Equal("primary and secondary", document.Suppression);
        Assert.Equal(4, document.Disclosure.MinFirms);
        Assert.Equal(80m, document.Disclosure.DominanceK);
        Assert.Equal(PriceBasis.ConstantPrices(2015), document.Prices);
        Assert.Equal(3, document.Rows.Count);
        Assert.Equal(document.Rows[0], document.Rows[2]);
        Assert.Equal(GroupKey.Of(GroupDimension.Segment, "diagnostics"), document.Rows[1].Group);
        Assert.Equal(PriceBasis.ConstantPrices(2015), document.Rows[1].Prices);
        Assert.Null(document.Rows[1].Value);
    }

    [Fact]
    public void Read_NotJson_NamesTheFileAndLine()
    {
        var e = Assert.Throws<DataException>(() => IndicatorTableJsonReader.Parse("{\n  \"schema\": \"helse-indicators/1\",\n  oops\n}", "out.json"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("out.json", problem.Source);
        Assert.Equal(3, problem.Line);
        Assert.Contains("not valid JSON", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadRows_ListsEveryProblemWithItsPath()
    {
        const string Json = """
            {
              "schema": "helse-indicators/1", "prices": "current",
              "disclosure_control": { "enabled": true, "min_firms": 3, "dominance_n": 2, "dominance_k": 85 },
              "rows": [
                { "indicator": "revenue", "group": {}, "value": 1, "unit": "NOK", "firms": 1, "status": "fine" },
                { "indicator": "turnover", "year": 2015, "group": { "region": "x" }, "value": null, "unit": "NOK", "firms": 1, "status": "ok" }
              ]
            }
            """;

        var e = Assert.Throws<DataException>(() => IndicatorTableJsonReader.Parse(Json, "out.json"));

        var columns = e.Problems.Select(p => p.Column).ToList();
        Assert.Contains("rows[0].year", columns);
        Assert.Contains("rows[0].status", columns);
        Assert.Contains("rows[1].indicator", columns);
        Assert.Contains("rows[1].group.region", columns);
        Assert.All(e.Problems, p => Assert.Equal("out.json", p.Source));
    }

    [Fact]
    public void Read_AnotherSchema_IsAProblem()
    {
        var e = Assert.Throws<DataException>(() => IndicatorTableJsonReader.Parse(
            """{ "schema": "other/2", "prices": "current", "disclosure_control": { "enabled": false, "min_firms": 3, "dominance_n": 2, "dominance_k": 85 }, "rows": [] }"""));

        Assert.Equal("$.schema", Assert.Single(e.Problems).Column);
    }
}
