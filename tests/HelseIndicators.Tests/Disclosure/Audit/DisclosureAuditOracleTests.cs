using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Disclosure.Audit.AuditData;

namespace HelseIndicators.Tests.Disclosure.Audit;

/// <summary>
/// The auditor against an oracle worked out by hand for one table shape: revenue of a total and three segments, each
/// row released or suppressed at random, segments of 1–4 firms. There the intruder's bounds have a closed form: a
/// released segment is known; a suppressed one lies in [0, total − released segments] when the total is released (the
/// other suppressed segments can be 0), else in [0, ∞); a firm of a segment of k ≥ 2 firms lies in [0, its segment's
/// upper bound]; a suppressed total lies in [the released segments' sum, ∞) unless every segment is released.
/// </summary>
public sealed class DisclosureAuditOracleTests
{
    private const int Y = 2015;
    private static readonly string[] s_segments = ["pharma", "medtech", "diagnostics"];

    [Fact]
    public void Findings_MatchTheClosedForm_OnRandomTables()
    {
        var random = new Random(20_240_611);
        for (var run = 0; run < 250; run++)
        {
            var rows = new List<FirmYear>();
            var values = new List<int>[3];
            var segmentOf = new Dictionary<OrganisationNumber, string>();
            var id = 1;
            for (var s = 0; s < 3; s++)
            {
                values[s] = [.. Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.Next(1, 101))];
                foreach (var v in values[s])
                {
                    segmentOf[Org(id)] = s_segments[s];
                    rows.Add(Firm(id++, Y, s_segments[s], revenue: v));
                }
            }

            var released = Enumerable.Range(0, 3).Select(_ => random.Next(2) == 0).ToArray();
            var totalReleased = random.Next(3) > 0;
            var sums = values.Select(v => v.Sum()).ToArray();
            var published = new List<IndicatorRow>
            {
                totalReleased ? Ok(IndicatorId.Revenue, Y, sums.Sum(), rows.Count) : Suppressed(IndicatorId.Revenue, Y, firms: rows.Count),
            };
            for (var s = 0; s < 3; s++)
            {
                published.Add(released[s]
                    ? Ok(IndicatorId.Revenue, Y, sums[s], values[s].Count, Segment(s_segments[s]))
                    : Suppressed(IndicatorId.Revenue, Y, Segment(s_segments[s]), values[s].Count));
            }

            var expected = Expected(values, sums, released, totalReleased);
            var report = DisclosureAudit.Run(rows, published);
            var actual = report.Findings.Select(f => Name(f, segmentOf)).Order().ToList();

            var description = $"run {run}: segments [{string.Join(" | ", values.Select(v => string.Join(",", v)))}], released [{string.Join(",", released)}], total {totalReleased}";
            Assert.True(expected.SequenceEqual(actual), $"{description}\nexpected: {string.Join("; ", expected)}\nactual:   {string.Join("; ", actual)}");
            foreach (var finding in report.Findings)
            {
                // Whatever the intruder proves holds for the truth.
                Assert.True((finding.LowerBound ?? decimal.MinValue) <= finding.TrueValue + 1e-6m && finding.TrueValue <= (finding.UpperBound ?? decimal.MaxValue) + 1e-6m, description);
            }
        }
    }

    private static List<string> Expected(List<int>[] values, int[] sums, bool[] released, bool totalReleased)
    {
        var findings = new List<string>();
        var total = sums.Sum();
        decimal? Upper(int s) => released[s] ? sums[s]
            : totalReleased ? total - Enumerable.Range(0, 3).Where(o => released[o]).Sum(o => sums[o])
            : null;

        // Cells: a sensitive total or segment that can be narrowed (exactly, from above, or — the total — from below).
        if (Sensitive([.. values.SelectMany(v => v)]))
        {
            var lower = Enumerable.Range(0, 3).Where(s => released[s]).Sum(s => sums[s]);
            if (totalReleased || released.All(r => r) || lower >= 0.9m * total)
            {
                findings.Add("cell total");
            }
        }

        for (var s = 0; s < 3; s++)
        {
            if (Sensitive(values[s]) && Upper(s) <= 1.1m * sums[s])
            {
                findings.Add($"cell segment={s_segments[s]}");
            }

            // A firm of a segment: alone, it is the segment; among k ≥ 2 alike, at most the segment's upper bound.
            for (var i = 0; i < values[s].Count; i++)
            {
                if (Upper(s) <= 1.1m * values[s][i])
                {
                    findings.Add($"firm {s_segments[s]} {values[s][i]}");
                }
            }
        }

        return [.. findings.Order()];
    }

    private static bool Sensitive(List<int> contributions)
    {
        var sorted = contributions.OrderDescending().ToList();
        return sorted.Count < 3 || (sorted[0] + sorted[1]) * 100 > 85 * sorted.Sum();
    }

    private static string Name(AuditFinding finding, Dictionary<OrganisationNumber, string> segmentOf) => finding.Kind switch
    {
        AuditFindingKind.Cell => $"cell {finding.Group}",
        AuditFindingKind.FirmValue => $"firm {segmentOf[finding.OrganisationNumber!.Value]} {finding.TrueValue}",
        _ => finding.Description,
    };
}
