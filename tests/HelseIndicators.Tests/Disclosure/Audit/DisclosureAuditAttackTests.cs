using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Disclosure.Audit.AuditData;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>The intruder's attacks of INDICATORS.md §5.1, each on hand-made microdata and hand-made published rows.</summary>
public sealed class DisclosureAuditAttackTests
{
    private const int Y = 2015;

    // pharma 600 (3 firms), medtech 750 (3 firms), diagnostics 100 (2 firms: sensitive), total 1450.
    private static List<FirmYear> ThreeSegments() =>
    [
        Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 200), Firm(3, Y, "pharma", revenue: 300),
        Firm(4, Y, "medtech", revenue: 150), Firm(5, Y, "medtech", revenue: 250), Firm(6, Y, "medtech", revenue: 350),
        Firm(7, Y, "diagnostics", revenue: 40), Firm(8, Y, "diagnostics", revenue: 60),
    ];

    [Fact]
    public void Differencing_TotalMinusReleasedParts_PinsTheSuppressedSegment()
    {
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Revenue, Y, 1450, 8),
            Ok(IndicatorId.Revenue, Y, 600, 3, Segment("pharma")),
            Ok(IndicatorId.Revenue, Y, 750, 3, Segment("medtech")),
            Suppressed(IndicatorId.Revenue, Y, Segment("diagnostics"), 2),
        ];

        var report = DisclosureAudit.Run(ThreeSegments(), published);

        Assert.False(report.IsClean);
        Assert.Empty(report.Inconsistencies);
        var finding = Assert.Single(report.Findings);
        Assert.Equal(AuditFindingKind.Cell, finding.Kind);
        Assert.Equal(IndicatorId.Revenue, finding.Quantity);
        Assert.Equal(Segment("diagnostics"), finding.Group);
        Assert.Equal(Y, finding.Year);
        Assert.True(finding.IsExact);
        Assert.Equal(100m, finding.TrueValue);
        Assert.Equal(100m, finding.LowerBound);
        Assert.Equal(100m, finding.UpperBound);
        Assert.Equal(90m, finding.RequiredLowerBound);
        Assert.Equal(110m, finding.RequiredUpperBound);
        Assert.Equal(
            new Dictionary<string, string> { ["revenue total"] = "1", ["revenue segment=pharma"] = "-1", ["revenue segment=medtech"] = "-1" },
            Combination(finding));
        Assert.Contains("determined exactly", finding.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, 2, 2, false)]   // the complement 6 < p × 100: diagnostics ≤ 106 < 110, narrowed from above
    [InlineData(3, 3, 4, false)]   // exactly p × 100: a bound equal to the threshold counts as narrowed (the intruder's favour)
    [InlineData(5, 5, 5, true)]    // 15 > p × 100: diagnostics ≤ 115, protected
    public void Differencing_WithASecondSuppressedSegment_ProtectsOnlyWhenTheComplementIsLargeEnough(int a, int b, int c, bool clean)
    {
        decimal complement = a + b + c;
        var rows = ThreeSegments();
        rows.AddRange([Firm(9, Y, "ehealth", revenue: a), Firm(10, Y, "ehealth", revenue: b), Firm(11, Y, "ehealth", revenue: c)]);
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Revenue, Y, 1450 + complement, 11),
            Ok(IndicatorId.Revenue, Y, 600, 3, Segment("pharma")),
            Ok(IndicatorId.Revenue, Y, 750, 3, Segment("medtech")),
            Suppressed(IndicatorId.Revenue, Y, Segment("diagnostics"), 2),
            Suppressed(IndicatorId.Revenue, Y, Segment("ehealth"), 3),
        ];

        var report = DisclosureAudit.Run(rows, published);

        Assert.Equal(clean, report.IsClean);
        if (!clean)
        {
            var finding = Assert.Single(report.Findings);
            Assert.Equal(Segment("diagnostics"), finding.Group);
            Assert.False(finding.IsExact);
            Assert.True(finding.NarrowedFromAbove);
            Assert.False(finding.NarrowedFromBelow);
            Assert.Equal(100m + complement, finding.UpperBound!.Value, 6);
            Assert.Equal(0m, finding.LowerBound!.Value, 6);
            // The bound's proof: total − pharma − medtech, with the multipliers of the linear program.
            Assert.Equal(3, finding.Proof.Count);
            Assert.Contains(finding.Proof, t => t.Row.Group.IsTotal && Math.Abs(t.Coefficient - 1) < 1e-9);
            Assert.Contains(finding.Proof, t => t.Row.Group == Segment("pharma") && Math.Abs(t.Coefficient + 1) < 1e-9);
        }
    }

    [Fact]
    public void RatioAndLevels_RevealTheFirmOutsideTheRatio()
    {
        // Revenue over 4 firms, export share over the 3 that report exports, exports: the fourth firm's revenue is
        // revenue − exports / export_share.
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", revenue: 100, exports: 50), Firm(2, Y, "pharma", revenue: 200, exports: 20),
            Firm(3, Y, "pharma", revenue: 300, exports: 30), Firm(4, Y, "pharma", revenue: 400),
        ];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Revenue, Y, 1000, 4),
            Ok(IndicatorId.ExportShare, Y, 100m / 600m, 3),
            Ok(IndicatorId.Exports, Y, 100, 3),
        ];

        var report = DisclosureAudit.Run(rows, published);

        var firm = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.FirmValue);
        Assert.Equal(Org(4), firm.OrganisationNumber);
        Assert.Equal(IndicatorId.Revenue, firm.Quantity);
        Assert.True(firm.IsExact);
        Assert.Equal(400m, firm.TrueValue);
        Assert.Equal(
            new Dictionary<string, string> { ["revenue total"] = "1", ["export_share total"] = "6", ["exports total"] = "-6" },
            Combination(firm));
        // The same firm, as the cell "revenue outside the firms reporting both" (one firm: sensitive), which the
        // released export_share may not use (INDICATORS.md §5.1 item 3).
        var rule = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.Rule);
        Assert.Equal(1, rule.Firms);
        Assert.Contains("export_share total", rule.Description, StringComparison.Ordinal);
        Assert.Contains("rest of the level outside it", rule.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Top8Share_WithNineExporters_RevealsTheSmallest()
    {
        var rows = Enumerable.Range(1, 9).Select(i => Firm(i, Y, "pharma", revenue: 2000, exports: 100 * i)).ToArray();
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Exports, Y, 4500, 9),
            Ok(IndicatorId.Top8ExportShare, Y, 4400m / 4500m, 9),
        ];

        var report = DisclosureAudit.Run(rows, published);

        var firm = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.FirmValue);
        Assert.Equal(Org(1), firm.OrganisationNumber);
        Assert.Equal(IndicatorId.Exports, firm.Quantity);
        Assert.True(firm.IsExact);
        Assert.Equal(100m, firm.TrueValue);
        var rule = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.Rule);
        Assert.Contains("outside the 8 largest exporters", rule.FirmSet ?? "", StringComparison.Ordinal);
        Assert.Contains("top8_export_share total", rule.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void SameFirmGrowth_WithBothLevels_RevealsTheEntrant()
    {
        FirmYear[] rows =
        [
            Firm(1, 2014, "pharma", revenue: 100), Firm(2, 2014, "pharma", revenue: 200), Firm(3, 2014, "pharma", revenue: 300),
            Firm(1, 2015, "pharma", revenue: 110), Firm(2, 2015, "pharma", revenue: 220), Firm(3, 2015, "pharma", revenue: 330),
            Firm(4, 2015, "pharma", revenue: 50),
        ];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Revenue, 2014, 600, 3),
            Ok(IndicatorId.Revenue, 2015, 710, 4),
            Ok(IndicatorId.RevenueGrowthSameFirms, 2015, 0.1m, 3),
        ];

        var report = DisclosureAudit.Run(rows, published);

        Assert.Empty(report.Inconsistencies);
        var firm = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.FirmValue);
        Assert.Equal(Org(4), firm.OrganisationNumber);
        Assert.Equal(2015, firm.Year);
        Assert.True(firm.IsExact);
        Assert.Equal(50m, firm.TrueValue);
        Assert.Equal(3, firm.Proof.Count);
    }

    [Fact]
    public void ValueAdded_IsItsParts_SoItsReleasedPartsRevealTheSuppressedOne()
    {
        // Wage costs dominated by one firm (99 %): sensitive and suppressed; operating profit, depreciation and value
        // added safe and released: wage costs = value added − operating profit − depreciation.
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", op: 300, dep: 100, wage: 1000), Firm(2, Y, "pharma", op: 300, dep: 100, wage: 10),
            Firm(3, Y, "pharma", op: 300, dep: 100, wage: 10),
        ];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.OperatingProfit, Y, 900, 3),
            Ok(IndicatorId.Depreciation, Y, 300, 3),
            Ok(IndicatorId.ValueAdded, Y, 2220, 3),
            Suppressed(IndicatorId.WageCosts, Y, firms: 3),
        ];

        var report = DisclosureAudit.Run(rows, published);

        var cell = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.Cell);
        Assert.Equal(IndicatorId.WageCosts, cell.Quantity);
        Assert.True(cell.IsExact);
        Assert.Equal(1020m, cell.TrueValue);
        Assert.Equal(
            new Dictionary<string, string> { ["value_added total"] = "1", ["operating_profit total"] = "-1", ["depreciation total"] = "-1" },
            Combination(cell));
        // And the dominant firm's wage costs: at most the group's 1020 < 1000 × 1.1, though the three firms look alike.
        var firm = Assert.Single(report.Findings, f => f.Kind == AuditFindingKind.FirmValue);
        Assert.Equal(Org(1), firm.OrganisationNumber);
        Assert.Equal(IndicatorId.WageCosts, firm.Quantity);
        Assert.True(firm.NarrowedFromAbove);
        Assert.Equal(1020m, firm.UpperBound!.Value, 6);
    }

    [Fact]
    public void ExportsAtMostRevenue_BoundsARevenueCellFromBelow()
    {
        // The diagnostics firms export 95 % of their revenue; their exports follow from total − pharma, and
        // exports ≤ revenue then proves revenue ≥ 190 > 200 − 10 %.
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", revenue: 400, exports: 300), Firm(2, Y, "pharma", revenue: 400, exports: 300),
            Firm(3, Y, "pharma", revenue: 400, exports: 300),
            Firm(7, Y, "diagnostics", revenue: 100, exports: 95), Firm(8, Y, "diagnostics", revenue: 100, exports: 95),
        ];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Exports, Y, 1090, 5),
            Ok(IndicatorId.Exports, Y, 900, 3, Segment("pharma")),
            Suppressed(IndicatorId.Revenue, Y, Segment("diagnostics"), 2),
        ];

        var report = DisclosureAudit.Run(rows, published);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(IndicatorId.Revenue, finding.Quantity);
        Assert.Equal(Segment("diagnostics"), finding.Group);
        Assert.False(finding.IsExact);
        Assert.True(finding.NarrowedFromBelow);
        Assert.False(finding.NarrowedFromAbove);
        Assert.Null(finding.UpperBound);
        Assert.Equal(190m, finding.LowerBound!.Value, 6);
        Assert.Contains(finding.Constraints, c => c.StartsWith("exports ≤ revenue", StringComparison.Ordinal));
    }

    [Fact]
    public void OperatingProfit_IsFree_SoASmallComplementGivesNoBound()
    {
        // Were operating profit ≥ 0, diagnostics ≤ total − medtech = 215 < 220 would narrow it; it may be negative, so the
        // suppressed pharma figure can be anything and diagnostics is unbounded.
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", op: 5), Firm(2, Y, "pharma", op: 5), Firm(3, Y, "pharma", op: 5),
            Firm(4, Y, "medtech", op: 100), Firm(5, Y, "medtech", op: 100), Firm(6, Y, "medtech", op: 100),
            Firm(7, Y, "diagnostics", op: 100), Firm(8, Y, "diagnostics", op: 100),
        ];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.OperatingProfit, Y, 515, 8),
            Ok(IndicatorId.OperatingProfit, Y, 300, 3, Segment("medtech")),
            Suppressed(IndicatorId.OperatingProfit, Y, Segment("pharma"), 3),
            Suppressed(IndicatorId.OperatingProfit, Y, Segment("diagnostics"), 2),
        ];

        var report = DisclosureAudit.Run(rows, published);

        Assert.True(report.IsClean, string.Join("\n", report.Findings));
    }

    [Fact]
    public void NegativeOperatingProfit_PinnedByDifferencing_HasProtectionLevelsAroundTheNegativeValue()
    {
        FirmYear[] rows =
        [
            Firm(1, Y, "pharma", op: 100), Firm(2, Y, "pharma", op: 100), Firm(3, Y, "pharma", op: 100),
            Firm(7, Y, "diagnostics", op: -50), Firm(8, Y, "diagnostics", op: 30),
        ];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.OperatingProfit, Y, 280, 5),
            Ok(IndicatorId.OperatingProfit, Y, 300, 3, Segment("pharma")),
            Suppressed(IndicatorId.OperatingProfit, Y, Segment("diagnostics"), 2),
        ];

        var report = DisclosureAudit.Run(rows, published);

        var finding = Assert.Single(report.Findings);
        Assert.True(finding.IsExact);
        Assert.Equal(-20m, finding.TrueValue);
        Assert.Equal(-22m, finding.RequiredLowerBound);
        Assert.Equal(-18m, finding.RequiredUpperBound);
    }
}
