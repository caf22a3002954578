using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>Laws of the engine over random panels (each panel is built from a generated seed).</summary>
public class IndicatorEngineProperties
{
    private static readonly string?[] s_segments = ["pharma", "medtech", "retail", "health_services", null, "nonsense"];
    private static readonly string?[] s_counties = ["Oslo", "Vestland", "03", null];

    private static Arbitrary<int> Seeds => Gen.Choose(0, 1_000_000).ToArbitrary();

    /// <summary>A random panel of up to 25 firms over 2014–2017, with missing fields, negatives where allowed,
    /// segment changes, unclassified rows, the odd duplicate and the odd rejected row.</summary>
    internal static List<FirmYear> RandomPanel(int seed, bool clean = false)
    {
        var random = new Random(seed);
        var rows = new List<FirmYear>();
        var firms = random.Next(1, 25);
        for (var firm = 0; firm < firms; firm++)
        {
            var segment = s_segments[random.Next(clean ? 4 : s_segments.Length)];
            var county = s_counties[random.Next(s_counties.Length)];
            for (var year = 2014; year <= 2017; year++)
            {
                if (random.Next(5) == 0)
                {
                    continue; // an entrant, an exit or a gap
                }

                if (random.Next(8) == 0)
                {
                    segment = s_segments[random.Next(clean ? 4 : s_segments.Length)];
                }

                var revenue = Maybe(random, () => random.Next(0, 100_000) + (random.Next(100) / 100m));
                var exports = revenue is { } r && random.Next(4) > 0 ? Math.Round(r * random.Next(0, 101) / 100m, 2) : (decimal?)null;
                rows.Add(Row(firm, year, segment,
                    revenue: revenue,
                    exports: exports,
                    operatingProfit: Maybe(random, () => random.Next(-20_000, 20_000)),
                    depreciation: Maybe(random, () => random.Next(0, 5_000)),
                    wageCosts: Maybe(random, () => random.Next(0, 50_000)),
                    employees: Maybe(random, () => random.Next(0, 3000) / 10m),
                    rd: Maybe(random, () => random.Next(0, 10_000)),
                    county: county));
                if (!clean && random.Next(30) == 0)
                {
                    rows.Add(rows[^1] with { Revenue = 1m }); // a duplicate
                }
            }
        }

        return rows;
    }

    private static decimal? Maybe(Random random, Func<decimal> value) => random.Next(6) == 0 ? null : value();

    private static IndicatorTable Compute(IEnumerable<FirmYear> rows, DisclosureControlOptions? disclosure = null, PriceIndex? index = null) =>
        new IndicatorEngine().Compute(rows, new IndicatorRequest
        {
            Dimensions = [GroupDimension.Segment],
            Disclosure = disclosure ?? DisclosureControlOptions.Disabled,
            PriceIndex = index,
            BaseYear = index is null ? null : 2015,
        });

    private static List<T> Shuffle<T>(IEnumerable<T> items, int seed)
    {
        var list = items.ToList();
        var random = new Random(seed);
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    [Property]
    public Property Compute_IsInvariantUnderShuffling() => Prop.ForAll(Seeds, seed =>
    {
        var rows = RandomPanel(seed);
        var a = Compute(rows, DisclosureControlOptions.Default);
        var b = Compute(Shuffle(rows, seed + 1), DisclosureControlOptions.Default);
        return a.SequenceEqual(b) && a.Diagnostics.RowsRead == b.Diagnostics.RowsRead && a.Diagnostics.RowsRejected == b.Diagnostics.RowsRejected;
    });

    [Property]
    public Property Compute_OfSomeIndicators_GivesTheirRowsOfEveryIndicator() => Prop.ForAll(Seeds, seed =>
    {
        // The engine then sums only what they need (no same-firm pairs without a same-firm growth, and so on).
        var rows = RandomPanel(seed);
        var random = new Random(seed);
        var some = IndicatorCatalog.All.Where(_ => random.Next(5) == 0).Select(d => d.Id).ToHashSet();
        var dimensions = random.Next(2) == 0 ? [] : new[] { GroupDimension.Segment, GroupDimension.County };
        var engine = new IndicatorEngine();
        var every = engine.Compute(rows, new IndicatorRequest { Dimensions = dimensions });
        var them = engine.Compute(rows, new IndicatorRequest { Dimensions = dimensions, Indicators = some });
        return them.SequenceEqual(every.Where(r => some.Contains(r.Indicator))).Label($"[{string.Join(",", some)}]");
    });

    [Property]
    public Property Merge_OfAnySplitInAnyOrder_EqualsOnePass() => Prop.ForAll(Seeds, seed =>
    {
        var rows = RandomPanel(seed);
        var request = new IndicatorRequest { Dimensions = [GroupDimension.Segment, GroupDimension.County] };
        var one = new PanelAggregate();
        rows.ForEach(r => one.Add(r));
        var random = new Random(seed);
        var parts = Enumerable.Range(0, random.Next(2, 5)).Select(_ => new PanelAggregate()).ToArray();
        foreach (var row in rows)
        {
            parts[random.Next(parts.Length)].Add(row);
        }

        var order = Shuffle(Enumerable.Range(0, parts.Length), seed);
        var merged = parts[order[0]];
        foreach (var p in order.Skip(1))
        {
            merged.Merge(parts[p]);
        }

        return one.ToTable(request).SequenceEqual(merged.ToTable(request))
               && one.Diagnostics.RowsRead == merged.Diagnostics.RowsRead
               && one.Diagnostics.RowsRejected == merged.Diagnostics.RowsRejected
               && one.Diagnostics.UnclassifiedFirmYears == merged.Diagnostics.UnclassifiedFirmYears;
    });

    [Property]
    public Property Contributions_OfOneDimension_AddUpToTotalGrowth() => Prop.ForAll(Seeds, seed =>
    {
        var table = Compute(RandomPanel(seed));
        foreach (var growth in table.Where(r => r.Group.IsTotal && IndicatorCatalog.Get(r.Indicator).Kind == IndicatorKind.Growth && r.Status == IndicatorStatus.Ok))
        {
            var contributionId = IndicatorCatalog.All.Single(d => d.Kind == IndicatorKind.Contribution && d.Inputs[0] == IndicatorCatalog.Get(growth.Indicator).Inputs[0]).Id;
            var sum = table.Where(r => r.Indicator == contributionId && r.Year == growth.Year).Sum(r => r.Value ?? 0m);
            if (Math.Abs(sum - growth.Value!.Value) > 1e-20m)
            {
                return false;
            }
        }

        return true;
    });

    [Property]
    public Property Ratios_AreInvariantWhenEveryNokAmountIsScaled() => Prop.ForAll(Seeds, Gen.Elements(2m, 10m, 0.5m, 1000m, 3m).ToArbitrary(), (seed, k) =>
    {
        var rows = RandomPanel(seed);
        var scaled = rows.Select(r => r with
        {
            Revenue = r.Revenue * k, Exports = r.Exports * k, OperatingProfit = r.OperatingProfit * k,
            Depreciation = r.Depreciation * k, WageCosts = r.WageCosts * k, RdExpenditure = r.RdExpenditure * k,
        });
        var a = Compute(rows);
        var b = Compute(scaled);
        foreach (var (x, y) in a.Zip(b))
        {
            var d = IndicatorCatalog.Get(x.Indicator);
            var unitless = d.Unit is IndicatorUnit.Ratio or IndicatorUnit.Count;
            if (unitless && (x.Status != y.Status || (x.Value is { } u && Math.Abs(u - y.Value!.Value) > 1e-18m)))
            {
                return false;
            }
        }

        return true;
    });

    [Property]
    public Property ConstantSeries_GrowsZero() => Prop.ForAll(Seeds, seed =>
    {
        var firstYear = RandomPanel(seed, clean: true).Where(r => r.Year == 2014).ToList();
        var rows = firstYear.SelectMany(r => Enumerable.Range(2014, 3).Select(y => r with { Year = y }));
        var table = Compute(rows);
        return table.Where(r => IndicatorCatalog.Get(r.Indicator).Kind is IndicatorKind.Growth or IndicatorKind.GrowthSameFirms or IndicatorKind.Cagr or IndicatorKind.Contribution)
            .All(r => r.Status != IndicatorStatus.Ok || r.Value == 0m);
    });

    [Property]
    public Property ConstantPriceIndex_ChangesNoRatioAndNoGrowth() => Prop.ForAll(Seeds, seed =>
    {
        var rows = RandomPanel(seed);
        var index = new PriceIndex(Enumerable.Range(2010, 10).Select(y => new KeyValuePair<int, decimal>(y, 117.3m)));
        var nominal = Compute(rows);
        var real = Compute(rows, index: index);
        return nominal.Zip(real).All(p => p.First.Value == p.Second.Value && p.First.Status == p.Second.Status)
               && real.All(r => r.Prices == PriceBasis.ConstantPrices(2015));
    });

    [Property]
    public Property Disclosure_ReleasesNoLevelOrDerivedValueFromAFewOrDominatedCell() => Prop.ForAll(Seeds, seed =>
    {
        var rows = RandomPanel(seed, clean: true);
        var table = Compute(rows, DisclosureControlOptions.Default);
        var classified = rows.Where(r => r.SegmentId is "pharma" or "medtech" or "retail" or "health_services").ToList();
        foreach (var row in table.Where(r => r.Status == IndicatorStatus.Ok && r.Group.IsTotal))
        {
            var d = IndicatorCatalog.Get(row.Indicator);
            if (d.Kind is IndicatorKind.Count)
            {
                continue;
            }

            if (row.Firms < 3)
            {
                return false;
            }

            // Ratios: both restricted sums (firms with both fields) must pass both rules.
            if (d.Kind is IndicatorKind.Ratio)
            {
                var pairs = classified.Where(r => r.Year == row.Year)
                    .Select(r => (N: LevelValue(r, d.Inputs[0]), D: LevelValue(r, d.Inputs[1])))
                    .Where(p => p.N is not null && p.D is not null).ToList();
                if (!Releasable(pairs.Select(p => p.N!.Value)) || !Releasable(pairs.Select(p => p.D!.Value)))
                {
                    return false;
                }
            }

            // Levels, total-to-total growth and CAGR come from whole level cells: check their dominance by hand.
            if (d.Kind is IndicatorKind.Level or IndicatorKind.Growth or IndicatorKind.Cagr)
            {
                var field = d.Kind == IndicatorKind.Level ? d.Id : d.Inputs[0];
                var years = d.Kind switch
                {
                    IndicatorKind.Level => [row.Year],
                    IndicatorKind.Growth => [row.Year - 1, row.Year],
                    _ => new[] { row.BaseYear!.Value, row.Year },
                };
                foreach (var year in years)
                {
                    var values = classified.Where(r => r.Year == year).Select(r => LevelValue(r, field)).OfType<decimal>().Select(Math.Abs).OrderDescending().ToList();
                    if (values.Count < 3 || (values.Sum() > 0 && values.Take(2).Sum() * 100m > 85m * values.Sum()))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    });

    [Property]
    public Property Firms_EqualsTheNumberOfClassifiedRows() => Prop.ForAll(Seeds, seed =>
    {
        var table = Compute(RandomPanel(seed));
        var firms = table.Where(r => r.Indicator == IndicatorId.Firms && r.Group.IsTotal).Sum(r => r.Value!.Value);
        var bySegment = table.Where(r => r.Indicator == IndicatorId.Firms && !r.Group.IsTotal).Sum(r => r.Value!.Value);
        var d = table.Diagnostics;
        return firms == d.RowsUsed - d.UnclassifiedFirmYears && bySegment == firms && d.RowsRead == d.RowsUsed + d.RowsRejected;
    });

    /// <summary>Every level and ratio of every segment and year, against its definition computed from the rows
    /// (INDICATORS.md §4): a level sums the firm-years that report the measure; a ratio divides Σ numerator by
    /// Σ denominator over the firm-years that report both, and counts those firm-years.</summary>
    [Property]
    public Property LevelsAndRatios_EqualTheirSumsOverTheFirmYearsThatReportThem() => Prop.ForAll(Seeds, seed =>
    {
        var rows = RandomPanel(seed, clean: true);
        var table = Compute(rows);
        var definitions = IndicatorCatalog.All.Where(d => d.Kind is IndicatorKind.Level or IndicatorKind.Ratio);
        foreach (var segment in s_segments.Take(4))
        {
            for (var year = 2014; year <= 2017; year++)
            {
                var mine = rows.Where(r => r.SegmentId == segment && r.Year == year).ToList();
                foreach (var d in definitions)
                {
                    var row = table.Find(d.Id, year, GroupKey.Of(GroupDimension.Segment, segment!));
                    if (d.Kind == IndicatorKind.Level && d.Id != IndicatorId.Firms)
                    {
                        var values = mine.Select(r => LevelValue(r, d.Id)).OfType<decimal>().ToList();
                        var ok = values.Count == 0
                            ? row is null || row.Status != IndicatorStatus.Ok
                            : row is { Status: IndicatorStatus.Ok } && row.Value == values.Sum() && row.Firms == values.Count;
                        if (!ok)
                        {
                            return false.Label($"{d.Id} {segment} {year}: {row?.Value} from {row?.Firms} firms, expected {values.Sum()} from {values.Count}");
                        }
                    }
                    else if (d.Kind == IndicatorKind.Ratio)
                    {
                        var pairs = mine.Select(r => (N: LevelValue(r, d.Inputs[0]), D: LevelValue(r, d.Inputs[1])))
                            .Where(p => p.N is not null && p.D is not null).ToList();
                        var expected = Ratios.OfSums(pairs.Select(p => (p.N, p.D)));
                        var ok = expected.IsDefined
                            ? row is { Status: IndicatorStatus.Ok } && row.Value == expected.Value && row.Firms == pairs.Count
                            : row is null || row.Status != IndicatorStatus.Ok;
                        if (!ok)
                        {
                            return false.Label($"{d.Id} {segment} {year}: {row?.Value} from {row?.Firms} firms, expected {expected.Value} from {pairs.Count}");
                        }
                    }
                }
            }
        }

        return true.ToProperty();
    });

    private static bool Releasable(IEnumerable<decimal> contributions)
    {
        var values = contributions.Select(Math.Abs).OrderDescending().ToList();
        return values.Count >= 3 && !(values.Sum() > 0 && values.Take(2).Sum() * 100m > 85m * values.Sum());
    }

    private static decimal? LevelValue(FirmYear r, IndicatorId id)
    {
        if (id == IndicatorId.ValueAdded)
        {
            return r.OperatingProfit is { } op && r.WageCosts is { } w ? op + (r.Depreciation ?? 0m) + w : null;
        }

        foreach (var field in AccountFields.All)
        {
            if (AccountFields.Id(field) == id.Value)
            {
                return r.Get(field);
            }
        }

        throw new ArgumentException(id.Value);
    }
}
