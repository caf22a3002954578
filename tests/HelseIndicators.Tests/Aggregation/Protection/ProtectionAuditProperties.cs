using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;

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

    private static Property Clean(int seed, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        var rows = PublicationProtectionTests.RandomPanel(seed);
        var publication = new IndicatorEngine().ComputePublication(rows, new IndicatorRequest(), breakdowns);
        var audit = DisclosureAudit.Run(rows, publication.Rows);
        return (audit.IsClean && audit.Inconsistencies.Count == 0).Label(audit.ToString() + "\n" + string.Join("\n", audit.Findings.Take(3)));
    }
}
