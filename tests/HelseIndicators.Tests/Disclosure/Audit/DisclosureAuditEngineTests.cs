using System.Diagnostics;
using HelseIndicators.Aggregation;
using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Sample;
using Xunit.Abstractions;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>
/// The auditor on the engine's own output: whatever the engine suppresses (these tests assert nothing about that), the
/// auditor must reproduce every value the engine releases from the microdata, which checks that both put the same
/// firm-years in the same groups and sums; and it must finish in reasonable time on a panel of the tests' largest size.
/// </summary>
public sealed class DisclosureAuditEngineTests(ITestOutputHelper output)
{
    [Fact]
    public void Audit_OfTheEnginesTables_ReproducesEveryReleasedValue()
    {
        var panel = SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 60, FromYear = 2014, ToYear = 2017, Seed = 7 }).ToList();
        var engine = new IndicatorEngine();
        GroupDimension[][] breakdowns =
        [
            [GroupDimension.Segment], [GroupDimension.Link], [GroupDimension.County], [GroupDimension.SizeClass],
            [GroupDimension.Segment, GroupDimension.SizeClass],
        ];
        var rows = breakdowns.SelectMany(b => engine.Compute(panel, new IndicatorRequest { Dimensions = b })).ToList();

        var watch = Stopwatch.StartNew();
        var report = DisclosureAudit.Run(panel, rows);
        watch.Stop();

        output.WriteLine(report.ToString());
        output.WriteLine($"{panel.Count} firm-years, {rows.Count} rows: {watch.Elapsed.TotalSeconds:F2} s");
        Assert.Empty(report.Inconsistencies);
        Assert.True(report.Equations > 100);
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"the audit took {watch.Elapsed}");
    }

    [Fact]
    public void Audit_OfAPublicationWithoutControl_FindsTheSmallCells()
    {
        var panel = SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 40, FromYear = 2015, ToYear = 2016, Seed = 3 }).ToList();
        var table = new IndicatorEngine().Compute(panel, new IndicatorRequest
        {
            Dimensions = [GroupDimension.Segment],
            Disclosure = DisclosureControlOptions.Disabled,
            Indicators = [IndicatorId.Revenue, IndicatorId.Firms],
        });

        var report = DisclosureAudit.Run(panel, table);

        Assert.Empty(report.Inconsistencies);
        // Every released cell of fewer than 3 firms is itself an equation: each is found, exactly.
        var small = table.Where(r => r.Indicator == IndicatorId.Revenue && r.Status == IndicatorStatus.Ok && r.Firms is > 0 and < 3).ToList();
        Assert.NotEmpty(small);
        foreach (var row in small)
        {
            Assert.Contains(report.Findings, f => f.Kind == AuditFindingKind.Cell && f.IsExact && f.Group == row.Group && f.Year == row.Year);
        }
    }
}
