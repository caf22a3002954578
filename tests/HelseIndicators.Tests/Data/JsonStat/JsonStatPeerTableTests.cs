using System.Globalization;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>
/// Whole tables decoded by third parties (swift-jsonstat's CSV converter, the official JSON-stat JavaScript Toolkit's
/// toTable()), compared cell by cell. Their layout: one column per dimension holding the category label (header: the
/// dimension label), an optional "status" column, then the value (empty when missing), rows in row-major order.
/// Every peer table is read from the shared data folder (none is committed), so every case is skipped without it.
/// </summary>
public class JsonStatPeerTableTests
{
    [Theory]
    [SharedInlineData("canada.json", null, "peer-fixtures/swift-jsonstat-csv/canada.csv")]
    [SharedInlineData("other-nsi/dst-HISB3-jsonstat1-bundle.json", "dataset", "peer-fixtures/swift-jsonstat-csv/dst-HISB3.csv")]
    [SharedInlineData("galicia.json", null, "peer-fixtures/swift-jsonstat-csv/galicia.csv")]
    [SharedInlineData("hierarchy.json", null, "peer-fixtures/swift-jsonstat-csv/hierarchy.csv")]
    [SharedInlineData("oecd-canada.json", "canada", "peer-fixtures/swift-jsonstat-csv/oecd-canada-1.csv")]
    [SharedInlineData("oecd-canada.json", "oecd", "peer-fixtures/swift-jsonstat-csv/oecd-canada-2.csv")]
    [SharedInlineData("order.json", null, "peer-fixtures/swift-jsonstat-csv/order.csv")]
    [SharedInlineData("us-gsp.json", null, "peer-fixtures/swift-jsonstat-csv/us-gsp.csv")]
    [SharedInlineData("us-labor.json", null, "peer-fixtures/swift-jsonstat-csv/us-labor.csv")]
    [SharedInlineData("us-unr.json", null, "peer-fixtures/swift-jsonstat-csv/us-unr.csv")]
    [SharedInlineData("eurostat/demo_gind.json", null, "eurostat/demo_gind.swift-jsonstat-converter.csv")]
    [SharedInlineData("eurostat/nama_10_gdp.json", null, "eurostat/nama_10_gdp.swift-jsonstat-converter.csv")]
    [SharedInlineData("ssb-pxweb/ssb-29843-jsonstat1-bundle.json", "dataset", "peer-fixtures/jsonstat-toolkit-nodejs-output/29843-to_table.csv")]
    [SharedInlineData("oecd-canada.json", "oecd", "peer-fixtures/jsonstat-toolkit-nodejs-output/oecd-canada-to_table.csv")]
    [SharedInlineData("eurostat/eurostat-OLD-wdds-nama_gdp_c-geo_IT.json", "nama_gdp_c", "peer-fixtures/jsonstat-toolkit-nodejs-output/eurostat-name_gpd_c-geo_IT-to_table.csv")]
    public void TidyRows_MatchPeerTable_CellByCell(string file, string? name, string table)
    {
        var document = JsonStatTestData.Read(file);
        var dataset = name is null ? document.Dataset : document.Datasets.Single(d => d.Name == name);
        var rows = JsonStatTestData.ReadCsv(table);
        var header = rows[0];
        var body = rows.Skip(1).ToList();
        var n = dataset.Dimensions.Count;
        var statusColumn = Array.IndexOf(header, "status");

        Assert.Equal(dataset.CellCount, body.Count);
        Assert.Equal(dataset.Dimensions.Select(d => d.Label), header.Take(n));
        var i = 0;
        foreach (var row in dataset.ToTidyRows())
        {
            var expected = body[i++];
            for (var d = 0; d < n; d++)
            {
                Assert.Equal(expected[d], row.Categories[d].Label);
            }

            if (statusColumn >= 0)
            {
                Assert.Equal(expected[statusColumn], row.Status ?? "");
            }

            var text = expected[^1];
            if (text.Length == 0)
            {
                Assert.True(row.Cell.IsMissing, $"row {i}: expected a missing value, got {row.Value}");
            }
            else if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                Assert.Equal(number, row.Value);
            }
            else
            {
                Assert.Equal(text, row.Cell.Text);
            }
        }
    }
}
