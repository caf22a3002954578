using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.Aggregation.Protection;

/// <summary>The attacks of issue 23 on a publication protected as a whole (INDICATORS.md §5.1).</summary>
public sealed class PublicationProtectionTests
{
    private static readonly IReadOnlyList<IReadOnlyList<GroupDimension>> Report = [[GroupDimension.Link], [GroupDimension.Segment]];

    private static IndicatorPublication Publish(IEnumerable<FirmYear> rows, IReadOnlyCollection<IndicatorId>? indicators = null,
        DisclosureControlOptions? disclosure = null) =>
        new IndicatorEngine().ComputePublication(rows.ToList(), new IndicatorRequest { Indicators = indicators, Disclosure = disclosure }, Report);

    private static IndicatorRow Find(IndicatorPublication publication, IndicatorId id, int year, GroupKey group) =>
        publication.Rows.Single(r => r.Indicator == id && r.Year == year && r.Group == group);

    private static GroupKey Segment(string id) => GroupKey.Of(GroupDimension.Segment, id);

    private static GroupKey Link(string id) => GroupKey.Of(GroupDimension.Link, id);

    /// <summary>Five pharma, five medtech and one diagnostics firm in the industry link; four wholesale and four retail.</summary>
    private static List<FirmYear> OneSmallSegment(int year = 2015)
    {
        var rows = new List<FirmYear>();
        var firm = 0;
        void Add(string segment, params decimal[] revenues)
        {
            foreach (var r in revenues)
            {
                rows.Add(Row(firm++, year, segment, revenue: r));
            }
        }

        Add("pharma", 100, 110, 120, 130, 140);
        Add("medtech", 50, 60, 70, 80, 90);
        Add("diagnostics", 70);
        Add("wholesale", 30, 40, 50, 60);
        Add("retail", 35, 45, 55, 65);
        return rows;
    }

    [Fact]
    public void A_suppressed_segment_is_not_its_link_minus_the_released_segments()
    {
        var publication = Publish(OneSmallSegment(), [IndicatorId.Revenue]);

        var diagnostics = Find(publication, IndicatorId.Revenue, 2015, Segment("diagnostics"));
        Assert.Equal(IndicatorStatus.Suppressed, diagnostics.Status);
        Assert.Contains("fewer than 3", diagnostics.Reason, StringComparison.Ordinal);
        var industry = new[] { "pharma", "medtech" }.Select(s => Find(publication, IndicatorId.Revenue, 2015, Segment(s))).ToList();
        var link = Find(publication, IndicatorId.Revenue, 2015, Link("industry"));
        Assert.True(link.Status != IndicatorStatus.Ok || industry.Any(r => r.Status == IndicatorStatus.Suppressed),
            "the industry link and both of its other segments are released: diagnostics = link − pharma − medtech");
        var secondary = publication.Rows.Where(r => r.Reason?.StartsWith("secondary: protects", StringComparison.Ordinal) == true).ToList();
        Assert.NotEmpty(secondary);
        Assert.All(secondary, r => Assert.Null(r.Value));
        Assert.Contains(secondary, r => r.Reason!.Contains("diagnostics", StringComparison.Ordinal));
    }

    [Fact]
    public void The_complement_is_large_enough_to_hide_the_sensitive_cell()
    {
        // medtech (350) is large enough to hide diagnostics (70) by 10 %: withholding it is one choice; any cell withheld
        // with diagnostics must be at least 10 % of it, or the link minus the rest pins diagnostics from above.
        var publication = Publish(OneSmallSegment(), [IndicatorId.Revenue]);
        var withheld = publication.Rows
            .Where(r => r.Indicator == IndicatorId.Revenue && r.Status == IndicatorStatus.Suppressed && !r.Group.IsTotal)
            .Select(r => r.Group)
            .ToList();
        var values = Publish(OneSmallSegment(), [IndicatorId.Revenue], DisclosureControlOptions.Disabled).Rows
            .Where(r => r.Indicator == IndicatorId.Revenue)
            .ToDictionary(r => r.Group, r => r.Value!.Value);
        var others = withheld.Where(g => g != Segment("diagnostics") && g.Dimensions[0] == GroupDimension.Segment).Sum(g => values[g]);
        Assert.True(others >= 0.1m * 70m, $"the segments withheld with diagnostics sum to {others}");
    }

    [Fact]
    public void Turning_secondary_suppression_off_releases_the_complement_again()
    {
        var primaryOnly = Publish(OneSmallSegment(), [IndicatorId.Revenue], DisclosureControlOptions.Default with { SecondarySuppression = false });
        Assert.DoesNotContain(primaryOnly.Rows, r => r.Reason?.StartsWith("secondary", StringComparison.Ordinal) == true);
        Assert.Equal("primary", primaryOnly.Disclosure.Suppression);
        Assert.Equal("primary and secondary", DisclosureControlOptions.Default.Suppression);
    }

    [Fact]
    public void A_ratio_over_fewer_firms_than_its_level_does_not_give_the_others_away()
    {
        // Revenue of 4 firms, exports of 3: revenue − exports / export_share would be the fourth firm's revenue.
        var rows = new List<FirmYear>();
        for (var i = 0; i < 4; i++)
        {
            rows.Add(Row(i, 2015, "pharma", revenue: 100 + (10 * i), exports: i < 3 ? 40 + i : null));
        }

        var publication = Publish(rows, [IndicatorId.Revenue, IndicatorId.Exports, IndicatorId.ExportShare]);
        var share = Find(publication, IndicatorId.ExportShare, 2015, Segment("pharma"));
        var revenue = Find(publication, IndicatorId.Revenue, 2015, Segment("pharma"));
        var exports = Find(publication, IndicatorId.Exports, 2015, Segment("pharma"));
        Assert.False(share.Status == IndicatorStatus.Ok && revenue.Status == IndicatorStatus.Ok && exports.Status == IndicatorStatus.Ok);
        Assert.Equal(IndicatorStatus.Suppressed, share.Status);
        Assert.Contains("without exports", share.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Nine_exporters_do_not_release_the_top_8_share()
    {
        var rows = Enumerable.Range(0, 9).Select(i => Row(i, 2015, "pharma", revenue: 1000, exports: 100 + i)).ToList();
        var nine = new IndicatorEngine().ComputePublication(rows, new IndicatorRequest { Indicators = [IndicatorId.Exports, IndicatorId.Top8ExportShare] }, [[]]);
        Assert.Equal(IndicatorStatus.Ok, Find(nine, IndicatorId.Exports, 2015, GroupKey.Total).Status);
        var top8 = Find(nine, IndicatorId.Top8ExportShare, 2015, GroupKey.Total);
        Assert.Equal(IndicatorStatus.Suppressed, top8.Status);
        Assert.Contains("outside the 8 largest", top8.Reason, StringComparison.Ordinal);

        // Twelve exporters: the top 8 and the other 4 pass the rules. A publication of the total alone releases the
        // share; one with groups does not (the top 8 of the total cut across the groups' cells: a firm could be pinned).
        var twelve = Enumerable.Range(0, 12).Select(i => Row(i, 2015, "pharma", revenue: 1000, exports: 100 + i)).ToList();
        var request = new IndicatorRequest { Indicators = [IndicatorId.Exports, IndicatorId.Top8ExportShare] };
        var totalOnly = new IndicatorEngine().ComputePublication(twelve, request, [[]]);
        var share = Find(totalOnly, IndicatorId.Top8ExportShare, 2015, GroupKey.Total);
        Assert.Equal(IndicatorStatus.Ok, share.Status);
        Assert.Equal(Enumerable.Range(4, 8).Sum(i => 100m + i) / Enumerable.Range(0, 12).Sum(i => 100m + i), share.Value); // 860 / 1266
        var withGroups = Find(Publish(twelve, request.Indicators), IndicatorId.Top8ExportShare, 2015, Segment("pharma"));
        Assert.Equal(IndicatorStatus.Suppressed, withGroups.Status);
        Assert.Contains("does not model", withGroups.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_firm_entering_is_not_level_minus_level_over_same_firm_growth()
    {
        var rows = new List<FirmYear>();
        for (var i = 0; i < 5; i++)
        {
            rows.Add(Row(i, 2014, "pharma", revenue: 100 + i));
            rows.Add(Row(i, 2015, "pharma", revenue: 110 + i));
        }

        rows.Add(Row(9, 2015, "pharma", revenue: 50)); // enters in 2015
        var publication = Publish(rows, [IndicatorId.Revenue, IndicatorId.RevenueGrowthSameFirms]);
        Assert.Equal(IndicatorStatus.Ok, Find(publication, IndicatorId.Revenue, 2015, Segment("pharma")).Status);
        Assert.Equal(IndicatorStatus.Ok, Find(publication, IndicatorId.Revenue, 2014, Segment("pharma")).Status);
        var same = Find(publication, IndicatorId.RevenueGrowthSameFirms, 2015, Segment("pharma"));
        Assert.Equal(IndicatorStatus.Suppressed, same.Status);
        Assert.Contains("enter or leave", same.Reason, StringComparison.Ordinal);

        // Without the entrant the same firms are all the firms: the row is released (it equals the growth).
        var stable = Publish(rows.Take(10), [IndicatorId.Revenue, IndicatorId.RevenueGrowthSameFirms]);
        Assert.Equal(IndicatorStatus.Ok, Find(stable, IndicatorId.RevenueGrowthSameFirms, 2015, Segment("pharma")).Status);
    }

    [Fact]
    public void Hhi_is_withheld_when_a_group_inside_it_is()
    {
        var publication = Publish(OneSmallSegment(), [IndicatorId.Revenue, IndicatorId.HhiRevenue]);
        Assert.Equal(IndicatorStatus.Suppressed, Find(publication, IndicatorId.HhiRevenue, 2015, GroupKey.Total).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(publication, IndicatorId.HhiRevenue, 2015, Link("industry")).Status);
        Assert.Equal(IndicatorStatus.Ok, Find(publication, IndicatorId.HhiRevenue, 2015, Segment("pharma")).Status);
    }

    [Fact]
    public void Growth_does_not_carry_a_withheld_level_into_the_next_year()
    {
        // diagnostics is withheld in 2015 but not 2014: its growth would give 2015 from 2014.
        var rows = OneSmallSegment(2015);
        rows.AddRange(OneSmallSegment(2014));
        rows.AddRange(new[] { 200, 210 }.Select((r, i) => Row(100 + i, 2014, "diagnostics", revenue: r)));
        var publication = Publish(rows, [IndicatorId.Revenue, IndicatorId.RevenueGrowth, IndicatorId.RevenueCagr, IndicatorId.RevenueContribution]);
        Assert.Equal(IndicatorStatus.Suppressed, Find(publication, IndicatorId.Revenue, 2015, Segment("diagnostics")).Status);
        foreach (var id in new[] { IndicatorId.RevenueGrowth, IndicatorId.RevenueContribution })
        {
            Assert.NotEqual(IndicatorStatus.Ok, Find(publication, id, 2015, Segment("diagnostics")).Status);
        }
    }

    [Property(MaxTest = 60)]
    public Property No_released_parent_has_exactly_one_withheld_part(PositiveInt seed)
    {
        var failure = Check(seed.Get);
        return (failure is null).Label(failure ?? "");
    }

    internal string? Check(int seed)
    {
        var rows = RandomPanel(seed);
        var publication = Publish(rows);
        var open = Publish(rows, disclosure: DisclosureControlOptions.Disabled);
        var failures = new List<string>();
        var taxonomy = Taxonomy.Default;
        foreach (var level in IndicatorCatalog.All.Where(d => d.Kind == IndicatorKind.Level))
        {
            foreach (var year in publication.Tables[0].Years)
            {
                IndicatorRow? Find(GroupKey g) => publication.Rows.FirstOrDefault(r => r.Indicator == level.Id && r.Year == year && r.Group == g);
                void Check(GroupKey parent, IEnumerable<GroupKey> children)
                {
                    if (Find(parent) is not { Status: IndicatorStatus.Ok })
                    {
                        return;
                    }

                    // A part withheld by the primary rules, beside the parent and every other part released, is the
                    // parent minus the others. (A part withheld to protect another may be so: it is not sensitive.)
                    var parts = children.Select(Find).Where(r => r is not null && r.Firms > 0).ToList();
                    var withheld = parts.Where(r => r!.Status == IndicatorStatus.Suppressed).ToList();
                    // A cell of exactly 0 needs no protection (its interval v ± p·|v| is the point 0: INDICATORS.md §5.1).
                    if (withheld.Count == 1 && !withheld[0]!.Reason!.StartsWith("secondary", StringComparison.Ordinal)
                        && open.Rows.First(r => r.Indicator == level.Id && r.Year == year && r.Group == withheld[0]!.Group).Value != 0m)
                    {
                        failures.Add($"{level.Id} {year} {parent}: {withheld[0]!.Group} withheld ({withheld[0]!.Reason}), the parent and the others released");
                    }
                }

                Check(GroupKey.Total, taxonomy.Links.Select(l => Link(l.Id)));
                foreach (var link in taxonomy.Links)
                {
                    Check(Link(link.Id), taxonomy.Segments.Where(s => s.Link == link).Select(s => Segment(s.Id)));
                }
            }
        }

        return failures.Count == 0 ? null : string.Join("\n", failures.Take(5));
    }

    private static readonly string?[] Counties = ["Oslo", "Viken", "Vestland", null];

    /// <summary>A small random panel of 2 years: 0–6 firms in each segment, some fields missing, a few firms large.</summary>
    internal static List<FirmYear> RandomPanel(int seed)
    {
        var random = new Random(seed);
        var rows = new List<FirmYear>();
        var firm = 0;
        foreach (var segment in Taxonomy.Default.Segments)
        {
            var firms = random.Next(0, 7);
            for (var f = 0; f < firms; f++, firm++)
            {
                var size = random.Next(10) == 0 ? 10_000m : 100m;
                foreach (var year in new[] { 2014, 2015 })
                {
                    if (random.Next(8) == 0)
                    {
                        continue;
                    }

                    decimal V() => Math.Round(size * (decimal)(0.2 + random.NextDouble()), 0);
                    var revenue = V();
                    rows.Add(Row(firm, year, segment.Id, revenue: revenue,
                        exports: random.Next(4) == 0 ? null : Math.Round(revenue * (decimal)random.NextDouble(), 0),
                        operatingProfit: V() - (size / 2), depreciation: random.Next(5) == 0 ? null : V() / 10, wageCosts: V(),
                        employees: Math.Round(V() / 10, 1), rd: random.Next(3) == 0 ? null : V() / 5,
                        county: Counties[random.Next(Counties.Length)]));
                }
            }
        }

        return rows;
    }
}
