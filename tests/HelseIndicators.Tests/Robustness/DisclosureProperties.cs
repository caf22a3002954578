using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Tests.Aggregation;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// INDICATORS.md §5 as a property over random panels and every breakdown: no released (status ok) value comes from a
/// sensitive cell, the cells recomputed here from the rows, independently of the engine. <c>firms</c> is never suppressed.
/// </summary>
public sealed class DisclosureProperties
{
    private static readonly Dictionary<string, string> s_linkOf = new()
    {
        ["pharma"] = "industry", ["medtech"] = "industry", ["ehealth"] = "industry",
        ["wholesale"] = "distribution", ["retail"] = "distribution",
        ["health_services"] = "treatment", ["care_services"] = "treatment",
    };

    private static readonly GroupDimension[][] s_breakdowns =
    [
        [], [GroupDimension.Segment], [GroupDimension.Link], [GroupDimension.County], [GroupDimension.SizeClass],
        [GroupDimension.Segment, GroupDimension.County], [GroupDimension.Link, GroupDimension.SizeClass],
        [GroupDimension.Segment, GroupDimension.Link, GroupDimension.County, GroupDimension.SizeClass],
    ];

    /// <summary>A random panel: a few firms over four years, some dominant, some fields missing, negative profits.</summary>
    internal static List<FirmYear> RandomPanel(int seed)
    {
        var random = new Random(seed);
        var segments = s_linkOf.Keys.OrderBy(_ => random.Next()).Take(random.Next(1, 5)).ToArray();
        string[] counties = ["03", "46", "Vestland"];
        var rows = new List<FirmYear>();
        var firms = random.Next(2, 30);
        for (var f = 0; f < firms; f++)
        {
            var segment = segments[random.Next(segments.Length)];
            var county = counties[random.Next(counties.Length)];
            var scale = random.Next(10) == 0 ? 1_000_000m : 1_000m; // some firms dominate
            var first = 2014 + random.Next(3);
            var last = first + random.Next(4);
            for (var year = first; year <= Math.Min(last, 2017); year++)
            {
                if (random.Next(8) == 0)
                {
                    segment = segments[random.Next(segments.Length)]; // a firm can change segment
                }

                decimal? Maybe(decimal value) => random.Next(6) == 0 ? null : value;
                var revenue = random.Next(1, 1000) * scale;
                rows.Add(TestFirms.Row(
                    f, year, segment,
                    revenue: Maybe(revenue),
                    exports: Maybe(random.Next(0, 3) == 0 ? 0m : Math.Floor(revenue * random.Next(0, 100) / 100m)),
                    operatingProfit: Maybe(random.Next(-300, 300) * scale / 10m),
                    depreciation: Maybe(random.Next(0, 50) * scale / 10m),
                    wageCosts: Maybe(random.Next(0, 500) * scale / 10m),
                    employees: Maybe(random.Next(0, 4) switch { 0 => 3m, 1 => 25.5m, 2 => 120m, _ => 400m }),
                    rd: Maybe(random.Next(0, 100) * scale / 10m),
                    county: county));
            }
        }

        return rows;
    }

    private static string? GroupValue(FirmYear row, GroupDimension dimension) => dimension switch
    {
        GroupDimension.Segment => row.SegmentId,
        GroupDimension.Link => s_linkOf[row.SegmentId!],
        GroupDimension.County => row.County,
        _ => row.Employees switch
        {
            null => "unknown",
            < 10m => "micro",
            < 50m => "small",
            < 250m => "medium",
            _ => "large",
        },
    };

    private static bool InGroup(FirmYear row, GroupKey group) =>
        group.Pairs.All(p => GroupValue(row, p.Key) == p.Value);

    private static decimal? Field(FirmYear row, string measure) => measure switch
    {
        "revenue" => row.Revenue,
        "operating_profit" => row.OperatingProfit,
        "depreciation" => row.Depreciation,
        "wage_costs" => row.WageCosts,
        "employees" => row.Employees,
        "exports" => row.Exports,
        "rd_expenditure" => row.RdExpenditure,
        "value_added" => row.OperatingProfit is { } op && row.WageCosts is { } w ? op + (row.Depreciation ?? 0m) + w : null,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };

    /// <summary>The (2,85) dominance and minimum-frequency rule on a list of contributions.</summary>
    private static bool Sensitive(IReadOnlyList<decimal> contributions)
    {
        if (contributions.Count < 3)
        {
            return true;
        }

        var absolute = contributions.Select(Math.Abs).OrderDescending().ToList();
        var total = absolute.Sum();
        return total > 0m && (absolute[0] + absolute[1]) * 100m > 85m * total;
    }

    private static List<decimal> Cell(IEnumerable<FirmYear> rows, GroupKey group, int year, string measure, string? pairedWith = null) =>
        rows.Where(r => r.Year == year && InGroup(r, group) && (pairedWith is null || Field(r, pairedWith) is not null))
            .Select(r => Field(r, measure)).OfType<decimal>().ToList();

    private static readonly Dictionary<string, (string Numerator, string Denominator)> s_ratios = new()
    {
        ["export_share"] = ("exports", "revenue"), ["rd_density"] = ("rd_expenditure", "revenue"),
        ["rd_intensity"] = ("rd_expenditure", "value_added"), ["rd_per_employee"] = ("rd_expenditure", "employees"),
        ["productivity"] = ("value_added", "employees"), ["operating_margin"] = ("operating_profit", "revenue"),
        ["wage_share"] = ("wage_costs", "value_added"),
    };

    private static readonly string[] s_growthMeasures = ["revenue", "value_added", "employees", "exports", "rd_expenditure"];

    /// <summary>Why a released row should not have been released, or null when its cells are all safe.</summary>
    private static string? Leak(IndicatorRow row, List<FirmYear> rows)
    {
        var id = row.Indicator.ToString();
        var g = row.Group;
        var t = row.Year;
        if (s_ratios.TryGetValue(id, out var ratio))
        {
            return Sensitive(Cell(rows, g, t, ratio.Numerator, ratio.Denominator)) ? "numerator cell" :
                Sensitive(Cell(rows, g, t, ratio.Denominator, ratio.Numerator)) ? "denominator cell" : null;
        }

        switch (id)
        {
            case "hhi_revenue":
                return Sensitive(Cell(rows, g, t, "revenue")) ? "revenue cell" : null;
            case "top8_export_share":
                return Sensitive(Cell(rows, g, t, "exports")) ? "exports cell" : null;
            case "export_participation":
                return Cell(rows, g, t, "exports").Count < 3 ? "fewer than 3 firms with exports" : null;
        }

        if (id.EndsWith("_growth_same_firms", StringComparison.Ordinal))
        {
            var m = id[..^"_growth_same_firms".Length];
            var both = rows.Where(r => r.Year == t && InGroup(r, g) && Field(r, m) is not null)
                .Select(r => r.OrganisationNumber)
                .Intersect(rows.Where(r => r.Year == t - 1 && InGroup(r, g) && Field(r, m) is not null).Select(r => r.OrganisationNumber))
                .ToHashSet();
            List<decimal> SameFirms(int year) => rows.Where(r => r.Year == year && both.Contains(r.OrganisationNumber)).Select(r => Field(r, m)!.Value).ToList();
            return Sensitive(SameFirms(t - 1)) || Sensitive(SameFirms(t)) ? "same-firm cell" : null;
        }

        if (id.EndsWith("_growth", StringComparison.Ordinal))
        {
            var m = id[..^"_growth".Length];
            return Sensitive(Cell(rows, g, t, m)) || Sensitive(Cell(rows, g, t - 1, m)) ? "growth cell" : null;
        }

        if (id.EndsWith("_cagr", StringComparison.Ordinal))
        {
            var m = id[..^"_cagr".Length];
            return Sensitive(Cell(rows, g, t, m)) || Sensitive(Cell(rows, g, row.BaseYear!.Value, m)) ? "CAGR cell" : null;
        }

        if (id.EndsWith("_contribution", StringComparison.Ordinal))
        {
            var m = id[..^"_contribution".Length];
            var current = Cell(rows, g, t, m);
            var previous = Cell(rows, g, t - 1, m);
            return (current.Count > 0 && Sensitive(current)) || (previous.Count > 0 && Sensitive(previous)) ||
                   Sensitive(Cell(rows, GroupKey.Total, t - 1, m))
                ? "contribution cell"
                : null;
        }

        return Sensitive(Cell(rows, g, t, id)) ? "level cell" : null;
    }

    [Property(MaxTest = 60, Replay = "424242,2027")]
    public Property Compute_RandomPanelEveryBreakdown_ReleasesNothingFromASensitiveCell()
    {
        var gen = from seed in Gen.Choose(0, int.MaxValue)
                  from breakdown in Gen.Elements(s_breakdowns)
                  select (seed, breakdown);
        return Prop.ForAll(gen.ToArbitrary(), input =>
        {
            var rows = RandomPanel(input.seed);
            var table = new IndicatorEngine().Compute(rows, new IndicatorRequest { Dimensions = input.breakdown });
            var leaks = table
                .Where(r => r.Status == IndicatorStatus.Ok && r.Indicator != IndicatorId.Firms)
                .Select(r => (Row: r, Why: Leak(r, rows)))
                .Where(x => x.Why is not null)
                .Select(x => $"{x.Row.Indicator} {x.Row.Year} {x.Row.Group}: {x.Why}")
                .ToList();
            var firmsSuppressed = table.Any(r => r.Indicator == IndicatorId.Firms && r.Status == IndicatorStatus.Suppressed);
            return (leaks.Count == 0 && !firmsSuppressed)
                .Label($"seed {input.seed}, by [{string.Join(',', input.breakdown)}]: {string.Join("; ", leaks.Take(5))}{(firmsSuppressed ? " firms suppressed" : "")}");
        });
    }

    [Fact]
    public void Compute_DominantFirm_SuppressesTheLevelAndEverythingDerivedFromIt()
    {
        // Three firms; one has 90 % of the revenue: revenue, its ratios, growth and HHI are suppressed, firms is not.
        List<FirmYear> rows = [];
        foreach (var year in new[] { 2014, 2015 })
        {
            rows.Add(TestFirms.Row(1, year, revenue: 900m, exports: 10m, operatingProfit: 5m, wageCosts: 5m, employees: 1m));
            rows.Add(TestFirms.Row(2, year, revenue: 50m, exports: 10m, operatingProfit: 5m, wageCosts: 5m, employees: 1m));
            rows.Add(TestFirms.Row(3, year, revenue: 50m, exports: 10m, operatingProfit: 5m, wageCosts: 5m, employees: 1m));
        }

        var table = new IndicatorEngine().Compute(rows, new IndicatorRequest());
        foreach (var id in new[] { IndicatorId.Revenue, IndicatorId.ExportShare, IndicatorId.OperatingMargin, IndicatorId.RevenueGrowth, IndicatorId.HhiRevenue })
        {
            Assert.Equal(IndicatorStatus.Suppressed, table.Find(id, 2015, GroupKey.Total)!.Status);
        }

        Assert.Equal(IndicatorStatus.Ok, table.Find(IndicatorId.Exports, 2015, GroupKey.Total)!.Status);
        Assert.Equal(3m, table.Find(IndicatorId.Firms, 2015, GroupKey.Total)!.Value);
    }
}
