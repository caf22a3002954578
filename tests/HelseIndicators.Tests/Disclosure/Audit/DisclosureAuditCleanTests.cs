using HelseIndicators.Aggregation;
using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Disclosure.Audit.AuditData;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>Publications that leak nothing, and the options' edges.</summary>
public sealed class DisclosureAuditCleanTests
{
    private const int Y = 2015;

    [Fact]
    public void EverythingSuppressedButASafeTotal_IsClean()
    {
        // Three segments of two firms each (every one sensitive), only the total released.
        var rows = new List<FirmYear>();
        string[] segments = ["pharma", "medtech", "diagnostics"];
        for (var s = 0; s < 3; s++)
        {
            rows.Add(Firm((2 * s) + 1, Y, segments[s], revenue: 100 + (10 * s)));
            rows.Add(Firm((2 * s) + 2, Y, segments[s], revenue: 120 + (10 * s)));
        }

        var published = new List<IndicatorRow> { Ok(IndicatorId.Revenue, Y, 690, 6) };
        published.AddRange(segments.Select(s => Suppressed(IndicatorId.Revenue, Y, Segment(s), 2)));

        var report = DisclosureAudit.Run(rows, published);

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Equal(3, report.CellsChecked);
        Assert.Equal(6, report.FirmValuesChecked);
        Assert.Equal(1, report.Equations);
    }

    [Fact]
    public void APublicationOfSafeCells_IsClean_AndItsValuesAreReproduced()
    {
        // Two segments of three similar firms, two years, every field reported: levels, ratios, growth and the
        // top-8 share of the total and of each segment released, every cell safe.
        var rows = new List<FirmYear>();
        string[] segments = ["pharma", "medtech"];
        for (var year = 2014; year <= 2015; year++)
        {
            for (var s = 0; s < 2; s++)
            {
                for (var i = 0; i < 3; i++)
                {
                    var id = (3 * s) + i + 1;
                    var r = (100m * (s + 1)) + (10 * i) + (year - 2014);
                    rows.Add(Firm(id, year, segments[s], revenue: r, exports: r / 2, employees: 10 + i));
                }
            }
        }

        var published = new List<IndicatorRow>();
        foreach (var group in new[] { Total, Segment("pharma"), Segment("medtech") })
        {
            for (var year = 2014; year <= 2015; year++)
            {
                var firms = rows.Where(f => f.Year == year && (group.IsTotal || f.SegmentId == group.ValueOf(GroupDimension.Segment))).ToList();
                var revenue = firms.Sum(f => f.Revenue!.Value);
                var exports = firms.Sum(f => f.Exports!.Value);
                published.Add(Ok(IndicatorId.Revenue, year, revenue, firms.Count, group));
                published.Add(Ok(IndicatorId.Exports, year, exports, firms.Count, group));
                published.Add(Ok(IndicatorId.Employees, year, firms.Sum(f => f.Employees!.Value), firms.Count, group));
                published.Add(Ok(IndicatorId.ExportShare, year, exports / revenue, firms.Count, group));
                published.Add(Ok(IndicatorId.Top8ExportShare, year, 1m, firms.Count, group));
                published.Add(Ok(IndicatorId.Firms, year, firms.Count, firms.Count, group));
            }

            var before = rows.Where(f => f.Year == 2014 && (group.IsTotal || f.SegmentId == group.ValueOf(GroupDimension.Segment))).Sum(f => f.Revenue!.Value);
            var after = rows.Where(f => f.Year == 2015 && (group.IsTotal || f.SegmentId == group.ValueOf(GroupDimension.Segment))).Sum(f => f.Revenue!.Value);
            published.Add(Ok(IndicatorId.RevenueGrowth, 2015, (after / before) - 1, 3, group));
        }

        var report = DisclosureAudit.Run(rows, published);

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
        Assert.Empty(report.Inconsistencies);
        Assert.Equal(0, report.CellsChecked);
        Assert.True(report.Equations > 0);
        Assert.True(report.MergedUnknowns < report.Unknowns, "firm-years the equations cannot tell apart are merged");
    }

    [Fact]
    public void ProtectionLevelZero_CountsOnlyExactDetermination()
    {
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 200), Firm(3, Y, "pharma", revenue: 300),
            Firm(7, Y, "diagnostics", revenue: 40), Firm(8, Y, "diagnostics", revenue: 60),
            Firm(9, Y, "ehealth", revenue: 1), Firm(10, Y, "ehealth", revenue: 1), Firm(11, Y, "ehealth", revenue: 1),
        ];
        IndicatorRow[] bounded =
        [
            Ok(IndicatorId.Revenue, Y, 703, 8),
            Ok(IndicatorId.Revenue, Y, 600, 3, Segment("pharma")),
            Suppressed(IndicatorId.Revenue, Y, Segment("diagnostics"), 2),
            Suppressed(IndicatorId.Revenue, Y, Segment("ehealth"), 3),
        ];
        var exact = bounded.Append(Ok(IndicatorId.Revenue, Y, 3, 3, Segment("ehealth"))).Where(r => r.Status == IndicatorStatus.Ok || r.Group != Segment("ehealth"));
        var zero = new DisclosureAuditOptions { ProtectionLevel = 0m };

        Assert.False(DisclosureAudit.Run(rows, bounded).IsClean); // diagnostics ≤ 103 < 110
        Assert.True(DisclosureAudit.Run(rows, bounded, zero).IsClean);
        Assert.False(DisclosureAudit.Run(rows, exact, zero).IsClean);
    }

    [Fact]
    public void RepeatedRows_CountOnce_AndAReleasedCopyReleases()
    {
        FirmYear[] rows = [Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 100), Firm(3, Y, "pharma", revenue: 100)];
        IndicatorRow[] published = [Ok(IndicatorId.Revenue, Y, 300, 3), Suppressed(IndicatorId.Revenue, Y, firms: 3), Ok(IndicatorId.Revenue, Y, 300, 3)];

        var report = DisclosureAudit.Run(rows, published);

        Assert.Equal(1, report.Rows);
        Assert.Equal(1, report.ReleasedRows);
        Assert.Equal(1, report.Equations);
    }

    [Fact]
    public void AReleasedValueTheMicrodataDoesNotGive_IsReported()
    {
        FirmYear[] rows = [Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 100), Firm(3, Y, "pharma", revenue: 100)];

        var report = DisclosureAudit.Run(rows, [Ok(IndicatorId.Revenue, Y, 301, 3), Ok(IndicatorId.Firms, Y, 4, 4)]);

        Assert.Equal(2, report.Inconsistencies.Count);
        Assert.Contains(report.Inconsistencies, i => i.Contains("sums to 300", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureAudit.Run([], [], new DisclosureAuditOptions { ProtectionLevel = 1m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureAudit.Run([], [], new DisclosureAuditOptions { ProtectionLevel = -0.1m }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisclosureAudit.Run([], [], new DisclosureAuditOptions { MaxUnknowns = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            DisclosureAudit.Run([], [], new DisclosureAuditOptions { Disclosure = new DisclosureControlOptions { MinFirms = 0 } }));
    }

    [Fact]
    public void MoreUnknownsThanTheLimit_Throws_WithTheCount()
    {
        FirmYear[] rows = [Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "medtech", revenue: 100)];
        IndicatorRow[] published = [Ok(IndicatorId.Revenue, Y, 200, 2), Suppressed(IndicatorId.Revenue, Y, Segment("pharma"), 1)];

        var e = Assert.Throws<DisclosureAuditLimitException>(() =>
            DisclosureAudit.Run(rows, published, new DisclosureAuditOptions { MaxUnknowns = 1 }));

        Assert.Equal(1, e.Limit);
        Assert.True(e.Unknowns > 1);
    }

    [Fact]
    public void RowsTheEngineRejects_AndUnclassifiedRows_AreInNoGroup()
    {
        // A duplicate (both occurrences rejected, as the engine does) and an unclassified firm leave two firms: the
        // total of 200 is then theirs alone, and a cell of fewer than 3 firms that is released is pinned.
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 100),
            Firm(3, Y, "pharma", revenue: 100), Firm(3, Y, "pharma", revenue: 100),
            new(Org(4), Y) { Revenue = 1000 },
        ];

        var report = DisclosureAudit.Run(rows, [Ok(IndicatorId.Revenue, Y, 200, 2)]);

        Assert.Empty(report.Inconsistencies);
        var cell = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.Cell);
        Assert.Equal(2, cell.Firms);
    }
}
