using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Disclosure.Audit.AuditData;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>The structural rule of INDICATORS.md §5.1 item 3 for <c>hhi_revenue</c>.</summary>
public sealed class HhiRuleTests
{
    private const int Y = 2015;

    private static readonly FirmYear[] s_rows =
    [
        Firm(1, Y, "pharma", revenue: 100), Firm(2, Y, "pharma", revenue: 120), Firm(3, Y, "pharma", revenue: 140),
        Firm(7, Y, "diagnostics", revenue: 40), Firm(8, Y, "diagnostics", revenue: 60),
    ];

    [Fact]
    public void Hhi_OverASuppressedFinerCell_IsAViolation()
    {
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Revenue, Y, 460, 5),
            Suppressed(IndicatorId.Revenue, Y, Segment("diagnostics"), 2),
            Ok(IndicatorId.HhiRevenue, Y, 0.2m, 5),
        ];

        var report = DisclosureAudit.Run(s_rows, published);

        var finding = Assert.Single(report.Findings);
        Assert.Equal(AuditFindingKind.Rule, finding.Kind);
        Assert.Equal(IndicatorId.HhiRevenue, finding.Quantity);
        Assert.Equal(Total, finding.Group);
        Assert.Contains("segment=diagnostics", finding.Description, StringComparison.Ordinal);
        Assert.Null(finding.TrueValue);
    }

    [Fact]
    public void Hhi_WithItsOwnRevenueSuppressed_IsAViolation()
    {
        IndicatorRow[] published = [Suppressed(IndicatorId.Revenue, Y, firms: 5), Ok(IndicatorId.HhiRevenue, Y, 0.2m, 5)];

        var finding = Assert.Single(DisclosureAudit.Run(s_rows, published).Findings);

        Assert.Equal(AuditFindingKind.Rule, finding.Kind);
        Assert.Contains("its own revenue cell (suppressed)", finding.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Hhi_WithEveryRevenueCellInsideReleased_IsNoViolation()
    {
        FirmYear[] rows = [.. s_rows.Take(3), Firm(4, Y, "medtech", revenue: 50), Firm(5, Y, "medtech", revenue: 60), Firm(6, Y, "medtech", revenue: 70)];
        IndicatorRow[] published =
        [
            Ok(IndicatorId.Revenue, Y, 540, 6),
            Ok(IndicatorId.Revenue, Y, 360, 3, Segment("pharma")),
            Ok(IndicatorId.Revenue, Y, 180, 3, Segment("medtech")),
            Ok(IndicatorId.HhiRevenue, Y, 0.2m, 6),
            Suppressed(IndicatorId.HhiRevenue, Y, Segment("pharma"), 3),
        ];

        var report = DisclosureAudit.Run(rows, published);

        Assert.DoesNotContain(report.Findings, f => f.Kind == AuditFindingKind.Rule);
    }
}
