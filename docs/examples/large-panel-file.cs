#:project ../../src/HelseIndicators/HelseIndicators.csproj
// A large panel file straight to indicator tables: PanelFileAggregate reads the file in parts at once (one per
// processor, merged exactly), holds no object per row, and keeps the reader's accounting; one read gives as many
// tables as you ask for. The sample writes each firm's years together, so the rows are summed as they are read
// (RowOrder GroupedByFirm: memory does not grow with rows). The panel is SYNTHETIC (calibrated to Menon's published
// totals), not real firms.
using HelseIndicators.Aggregation;
using HelseIndicators.Data;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Sample;

var directory = Directory.CreateTempSubdirectory("helse-example-");
try
{
    var csvPath = Path.Combine(directory.FullName, "panel.csv");
    PanelCsvWriter.Write(csvPath, SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 12_000, FromYear = 2010, ToYear = 2020 }));
    Console.WriteLine($"panel: {new FileInfo(csvPath).Length / 1e6:0.0} MB");

    var request = new IndicatorRequest { Dimensions = [GroupDimension.Segment] };
    var progress = new Progress<long>();
    var read = PanelFileAggregate.Read(csvPath, request, new PanelCsvOptions { Mode = ReadMode.Lenient, Progress = progress });
    Console.WriteLine($"read in {read.Parts} part(s), rows {read.RowOrder}: {read.Diagnostics.RowsRead} rows, " +
                      $"{read.Diagnostics.RowsUsed} used, {read.Diagnostics.RowsRejected} rejected ({read.Problems.Count} problems listed)");
    if (read.RowOrder != PanelRowOrder.GroupedByFirm)
    {
        throw new InvalidOperationException("the sample writes each firm's years together, so it should be read grouped by firm");
    }

    // The read kept what a table by segment needs: segment and link (county and size class were left out, so the
    // cells are few); a table by county would need a read with a request that breaks down by county.
    Console.WriteLine($"tables can break down by: {string.Join(", ", read.Dimensions)}");
    if (read.Dimensions.Contains(GroupDimension.County))
    {
        throw new InvalidOperationException("a read by segment should leave the county out");
    }

    // One read, two breakdowns released together (by segment and along the value chain): one publication, protected
    // as a whole.
    var publication = read.ToPublication(request, [[GroupDimension.Segment], [GroupDimension.Link]]);
    var (bySegment, byLink) = (publication.Tables[0], publication.Tables[1]);
    var segmentsAlone = read.ToTable(request);
    // A read for a few indicators skips the sums only the others need (here the same-firm pairs, the squares of revenue
    // and the largest exports): its tables can give those indicators, and the levels and ratios it keeps anyway.
    var few = new IndicatorRequest { Dimensions = [GroupDimension.Segment], Indicators = [IndicatorId.Revenue, IndicatorId.ExportShare] };
    var fewRead = PanelFileAggregate.Read(csvPath, few);
    var share = fewRead.ToTable(few).Find(IndicatorId.ExportShare, 2020, GroupKey.Total);
    if (fewRead.Indicators.Contains(IndicatorId.RevenueGrowthSameFirms) || share != segmentsAlone.Find(IndicatorId.ExportShare, 2020, GroupKey.Total))
    {
        throw new InvalidOperationException("a read for revenue and export share should give the same export share, without same-firm growth");
    }

    Console.WriteLine($"export share 2020: {share!.Value:0.000} (a read for {fewRead.Indicators.Count} of {IndicatorCatalog.All.Count} indicators)");
    var revenue = bySegment.Find(IndicatorId.Revenue, 2020, GroupKey.Total)
        ?? throw new InvalidOperationException("no 2020 revenue total");
    var industry = byLink.Find(IndicatorId.Revenue, 2020, GroupKey.Of(GroupDimension.Link, "industry"))
        ?? throw new InvalidOperationException("no 2020 revenue for the industry link");
    Console.WriteLine($"revenue 2020: {revenue.Value!.Value / 1e9m:0.0} bn NOK in all, {industry.Value!.Value / 1e9m:0.0} bn in the industry link");
    return 0;
}
finally
{
    directory.Delete(recursive: true);
}
