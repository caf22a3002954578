using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>Hand-made microdata and hand-made published rows for the auditor's tests.</summary>
internal static class AuditData
{
    /// <summary>The i-th of a list of distinct valid organisation numbers.</summary>
    public static OrganisationNumber Org(int i)
    {
        for (var first8 = 20_000_000 + (i * 10); ; first8++)
        {
            if (OrganisationNumber.FromFirstEightDigits(first8, out var number))
            {
                return number;
            }
        }
    }

    public static FirmYear Firm(
        int id, int year, string segment, decimal? revenue = null, decimal? exports = null, decimal? op = null, decimal? dep = null,
        decimal? wage = null, decimal? employees = null, decimal? rd = null, string? county = null) =>
        new(Org(id), year)
        {
            SegmentId = segment,
            Revenue = revenue,
            Exports = exports,
            OperatingProfit = op,
            Depreciation = dep,
            WageCosts = wage,
            Employees = employees,
            RdExpenditure = rd,
            County = county,
        };

    public static GroupKey Total => GroupKey.Total;

    public static GroupKey Segment(string id) => GroupKey.Of(GroupDimension.Segment, id);

    /// <summary>A released row.</summary>
    public static IndicatorRow Ok(IndicatorId id, int year, decimal value, int firms, GroupKey? group = null, int? baseYear = null) =>
        new(id, year, group ?? GroupKey.Total, value, IndicatorCatalog.Get(id).Unit, firms, IndicatorStatus.Ok) { BaseYear = baseYear };

    /// <summary>A suppressed row.</summary>
    public static IndicatorRow Suppressed(IndicatorId id, int year, GroupKey? group = null, int firms = 0) =>
        new(id, year, group ?? GroupKey.Total, null, IndicatorCatalog.Get(id).Unit, firms, IndicatorStatus.Suppressed) { Reason = "disclosure control" };

    /// <summary>The proof's rows as "indicator group" → exact coefficient.</summary>
    public static Dictionary<string, string> Combination(AuditFinding finding) =>
        finding.Proof.ToDictionary(t => $"{t.Row.Indicator} {t.Row.Group}", t => t.ExactCoefficient ?? "?");
}
