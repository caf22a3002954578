using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Aggregation.Protection;

/// <summary>
/// The law of INDICATORS.md §5.1: whatever the panel, a publication the engine protects passes the independent audit
/// (an intruder with every released number as an exact equation narrows no sensitive level cell and no firm's value,
/// and no released row uses a sensitive subset). The audit recomputes everything from the microdata: it shares no code
/// with the protection.
/// </summary>
public sealed class ProtectionAuditProperties
{
    private static readonly IReadOnlyList<IReadOnlyList<GroupDimension>> Report = [[GroupDimension.Link], [GroupDimension.Segment]];

    private static readonly IReadOnlyList<IReadOnlyList<GroupDimension>> Several =
        [[GroupDimension.Segment], [GroupDimension.County], [GroupDimension.Segment, GroupDimension.County], [GroupDimension.SizeClass]];

    [Property(MaxTest = 25)]
    public Property The_report_passes_the_audit(PositiveInt seed) => Clean(seed.Get, Report);

    [Property(MaxTest = 15)]
    public Property Several_breakdowns_pass_the_audit(PositiveInt seed) => Clean(seed.Get, Several);

    [Fact]
    public void Without_secondary_suppression_the_audit_finds_the_leaks()
    {
        // The audit can fail: primary suppression alone leaks on the random panels (a total minus its parts).
        var leaks = Enumerable.Range(1, 10).Count(seed =>
        {
            var rows = PublicationProtectionTests.RandomPanel(seed);
            var request = new IndicatorRequest { Disclosure = DisclosureControlOptions.Default with { SecondarySuppression = false } };
            var publication = new IndicatorEngine().ComputePublication(rows, request, Report);
            return !DisclosureAudit.Run(rows, publication.Rows).IsClean;
        });
        Assert.True(leaks >= 5, $"only {leaks} of 10 primary-only publications leak");
    }

    [Theory]
    [InlineData(300)] // ehealth large enough to hide diagnostics: primary suppression suffices
    [InlineData(5)]   // ehealth far too small: more must be withheld
    public void A_small_panel_with_tiny_segments_a_missing_export_and_an_entrant_passes_the_audit(int ehealthSize)
    {
        // Diagnostics has one firm, ehealth two; a pharma firm reports no exports; a medtech firm enters in 2015.
        var rows = new List<FirmYear>();
        var firm = 0;
        void Firms(string segment, int count, decimal size, bool enterLast = false, bool lastWithoutExports = false)
        {
            for (var i = 0; i < count; i++, firm++)
            {
                foreach (var year in new[] { 2014, 2015 })
                {
                    if (enterLast && i == count - 1 && year == 2014)
                    {
                        continue;
                    }

                    var revenue = size * (10 + i) * (year == 2015 ? 1.1m : 1m);
                    rows.Add(TestFirms.Row(firm, year, segment, revenue: revenue,
                        exports: lastWithoutExports && i == count - 1 ? null : Math.Round(revenue / 3, 0),
                        operatingProfit: revenue / 10, depreciation: revenue / 50, wageCosts: revenue / 4, employees: revenue / 1000,
                        rd: revenue / 20));
                }
            }
        }

        Firms("pharma", 5, 1000m, lastWithoutExports: true);
        Firms("diagnostics", 1, 800m);
        Firms("ehealth", 2, ehealthSize);
        Firms("medtech", 4, 600m, enterLast: true);
        Firms("wholesale", 4, 500m);
        Firms("health_services", 3, 700m);

        foreach (var breakdowns in new[] { Report, Several })
        {
            var publication = new IndicatorEngine().ComputePublication(rows, new IndicatorRequest(), breakdowns);
            Assert.Equal(IndicatorStatus.Suppressed,
                publication.Rows.Single(r => r.Indicator == IndicatorId.Revenue && r.Year == 2015 && r.Group == GroupKey.Of(GroupDimension.Segment, "diagnostics")).Status);
            Assert.Equal(ehealthSize < 100, publication.Rows.Any(r => r.Reason?.StartsWith("secondary", StringComparison.Ordinal) == true));
            var audit = DisclosureAudit.Run(rows, publication.Rows);
            Assert.True(audit.IsClean, audit + "\n" + string.Join("\n", audit.Findings));
        }
    }

    private static Property Clean(int seed, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        var rows = PublicationProtectionTests.RandomPanel(seed);
        var publication = new IndicatorEngine().ComputePublication(rows, new IndicatorRequest(), breakdowns);
        var audit = DisclosureAudit.Run(rows, publication.Rows);
        return (audit.IsClean && audit.Inconsistencies.Count == 0).Label(audit.ToString() + "\n" + string.Join("\n", audit.Findings.Take(3)));
    }
}
