#:project ../../src/HelseIndicators/HelseIndicators.csproj
// Indicators by segment from a firm-year panel CSV: write a synthetic panel to a file, read it back with the
// panel reader (strict mode: any bad row fails the read), compute the indicators by segment, print the headline
// rows and write the tables as HTML. The panel is SYNTHETIC (calibrated to Menon's published totals), not real firms.
using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Reporting.Display;
using HelseIndicators.Sample;

var directory = Directory.CreateTempSubdirectory("helse-example-");
try
{
    var csvPath = Path.Combine(directory.FullName, "panel.csv");
    PanelCsvWriter.Write(csvPath, SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 400, FromYear = 2013, ToYear = 2016 }));

    var read = PanelCsvReader.ReadAll(csvPath);
    Console.WriteLine($"read {read.Diagnostics.RowsRead} rows ({read.Dialect} dialect), {read.Problems.Count} problems");

    var table = new IndicatorEngine().Compute(read.Rows, new IndicatorRequest
    {
        Dimensions = [GroupDimension.Segment],
        Indicators = [IndicatorId.Firms, IndicatorId.Revenue, IndicatorId.ValueAdded, IndicatorId.ExportShare, IndicatorId.RevenueGrowth],
    });

    foreach (var row in table.Where(r => r.Year == 2015 && r.Indicator == IndicatorId.ExportShare))
    {
        var group = row.Group.IsTotal ? "total" : row.Group.ValueOf(GroupDimension.Segment);
        var value = row.Value is { } v ? v.ToString("P1", CultureInfo.InvariantCulture) : row.Status.ToString();
        Console.WriteLine($"{row.Indicator} {row.Year} {group,-16} {value,8}  ({row.Firms} firms)");
    }

    var total = table.Find(IndicatorId.Revenue, 2015, GroupKey.Total)
        ?? throw new InvalidOperationException("no 2015 revenue total");
    Console.WriteLine($"revenue 2015, all segments: {total.Value!.Value / 1e9m:0.0} bn NOK");

    var htmlPath = Path.Combine(directory.FullName, "indicators.html");
    File.WriteAllText(htmlPath, table.ToHtml(DisplayOptions.Invariant));
    Console.WriteLine($"wrote {new FileInfo(htmlPath).Length:N0} bytes of HTML");
    return 0;
}
finally
{
    directory.Delete(recursive: true);
}
