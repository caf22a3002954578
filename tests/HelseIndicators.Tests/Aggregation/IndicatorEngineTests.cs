using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.Aggregation;

public class IndicatorEngineTests
{
    private static readonly GroupKey s_pharma = GroupKey.Of(GroupDimension.Segment, "pharma");
    private static readonly GroupKey s_medtech = GroupKey.Of(GroupDimension.Segment, "medtech");

    // Firm 1 moves from pharma to medtech; firm 3 enters pharma in 2015 (hand computations in the asserts).
    internal static FirmYear[] Panel() =>
    [
        Row(0, 2014, "pharma", revenue: 100, exports: 40, operatingProfit: 10, depreciation: 5, wageCosts: 30, employees: 2, rd: 8),
        Row(1, 2014, "pharma", revenue: 200, exports: 0, operatingProfit: -20, wageCosts: 50, employees: 3),
        Row(2, 2014, "medtech", revenue: 300, exports: 150, operatingProfit: 30, depreciation: 10, wageCosts: 60, employees: 5, rd: 20),
        Row(0, 2015, "pharma", revenue: 110, exports: 50, operatingProfit: 12, depreciation: 5, wageCosts: 33, employees: 2, rd: 9),
        Row(1, 2015, "medtech", revenue: 250, exports: 10, operatingProfit: 5, depreciation: 2, wageCosts: 55, employees: 3),
        Row(2, 2015, "medtech", revenue: 330, exports: 160, operatingProfit: 35, depreciation: 10, wageCosts: 65, employees: 6, rd: 22),
        Row(3, 2015, "pharma", revenue: 50, employees: 1),
    ];

    internal static IndicatorTable Compute(IEnumerable<FirmYear> rows, params GroupDimension[] by) =>
        new IndicatorEngine().Compute(rows, new IndicatorRequest { Dimensions = by, Disclosure = DisclosureControlOptions.Disabled });

    private static decimal? Value(IndicatorTable table, IndicatorId id, int year, GroupKey? group = null) =>
        table.Find(id, year, group ?? GroupKey.Total)?.Value;

    [Fact]
    public void Compute_Levels_AreSumsOverPresentFields()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        Assert.Equal(3m, Value(table, IndicatorId.Firms, 2014));
        Assert.Equal(4m, Value(table, IndicatorId.Firms, 2015));
        Assert.Equal(600m, Value(table, IndicatorId.Revenue, 2014));
        Assert.Equal(740m, Value(table, IndicatorId.Revenue, 2015));
        Assert.Equal(300m, Value(table, IndicatorId.Revenue, 2014, s_pharma));
        Assert.Equal(190m, Value(table, IndicatorId.Exports, 2014));
        Assert.Equal(10m, Value(table, IndicatorId.Employees, 2014));
        Assert.Equal(28m, Value(table, IndicatorId.RdExpenditure, 2014));
        Assert.Equal(2, table.Find(IndicatorId.RdExpenditure, 2014, GroupKey.Total)!.Firms);
    }

    [Fact]
    public void Compute_ValueAdded_CountsMissingDepreciationAsZeroAndNotesIt()
    {
        var row = Compute(Panel()).Find(IndicatorId.ValueAdded, 2014, GroupKey.Total)!;
        Assert.Equal(175m, row.Value); // 45 + 30 + 100
        Assert.Equal(IndicatorStatus.Ok, row.Status);
        Assert.Equal("depreciation missing for 1 of 3 firms, counted as 0", row.Reason);
    }

    [Fact]
    public void Compute_Ratios_AreRatiosOfSumsOverFirmsWithBoth()
    {
        var table = Compute(Panel());
        Assert.Equal(190m / 600m, Value(table, IndicatorId.ExportShare, 2014));
        Assert.Equal(2m / 3m, Value(table, IndicatorId.ExportParticipation, 2014));
        Assert.Equal(1m, Value(table, IndicatorId.ExportParticipation, 2015));
        Assert.Equal(28m / 400m, Value(table, IndicatorId.RdDensity, 2014));
        Assert.Equal(28m / 145m, Value(table, IndicatorId.RdIntensity, 2014));
        Assert.Equal(4m, Value(table, IndicatorId.RdPerEmployee, 2014));
        Assert.Equal(17.5m, Value(table, IndicatorId.Productivity, 2014));
        Assert.Equal(20m / 600m, Value(table, IndicatorId.OperatingMargin, 2014));
        Assert.Equal(0.8m, Value(table, IndicatorId.WageShare, 2014));
        Assert.Equal(140000m / 600m / 600m, Value(table, IndicatorId.HhiRevenue, 2014));
        Assert.Equal(1m, Value(table, IndicatorId.Top8ExportShare, 2014));
    }

    [Fact]
    public void Compute_Growth_IsTotalToTotalWithEntrantsAndExits()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        Assert.Equal(740m / 600m - 1m, Value(table, IndicatorId.RevenueGrowth, 2015));
        Assert.Equal(160m / 300m - 1m, Value(table, IndicatorId.RevenueGrowth, 2015, s_pharma));
        Assert.Equal(4, table.Find(IndicatorId.RevenueGrowth, 2015, GroupKey.Total)!.Firms);
    }

    [Fact]
    public void Compute_GrowthFirstYear_IsUndefinedMissingPreviousYear()
    {
        var row = Compute(Panel()).Find(IndicatorId.RevenueGrowth, 2014, GroupKey.Total)!;
        Assert.Null(row.Value);
        Assert.Equal(IndicatorStatus.Undefined, row.Status);
        Assert.Contains("missing previous year", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_SameFirmGrowth_CountsAFirmOnlyInAGroupItBelongsToInBothYears()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        Assert.Equal(690m / 600m - 1m, Value(table, IndicatorId.RevenueGrowthSameFirms, 2015)); // firms 0, 1, 2
        Assert.Equal(0.1m, Value(table, IndicatorId.RevenueGrowthSameFirms, 2015, s_pharma));   // firm 0 only
        Assert.Equal(0.1m, Value(table, IndicatorId.RevenueGrowthSameFirms, 2015, s_medtech));  // firm 2 only
        Assert.Equal(1, table.Find(IndicatorId.RevenueGrowthSameFirms, 2015, s_pharma)!.Firms);
    }

    [Fact]
    public void Compute_Contributions_AddUpToTotalGrowth()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        var pharma = Value(table, IndicatorId.RevenueContribution, 2015, s_pharma);
        var medtech = Value(table, IndicatorId.RevenueContribution, 2015, s_medtech);
        Assert.Equal((160m - 300m) / 600m, pharma);
        Assert.Equal((580m - 300m) / 600m, medtech);
        Assert.Equal(Value(table, IndicatorId.RevenueGrowth, 2015)!.Value, pharma!.Value + medtech!.Value, 20);
        Assert.Null(table.Find(IndicatorId.RevenueContribution, 2015, GroupKey.Total));
    }

    [Fact]
    public void Compute_ContributionOfAGroupAbsentInThePreviousYear_CountsZeroThere()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, "pharma", revenue: 100),
            Row(1, 2015, "pharma", revenue: 100),
            Row(2, 2015, "retail", revenue: 50),
        ];
        var table = Compute(rows, GroupDimension.Segment);
        var retail = table.Find(IndicatorId.RevenueContribution, 2015, GroupKey.Of(GroupDimension.Segment, "retail"))!;
        Assert.Equal(IndicatorStatus.Ok, retail.Status);
        Assert.Equal(0.5m, retail.Value);
        Assert.Equal(0m, Value(table, IndicatorId.RevenueContribution, 2015, s_pharma));
    }

    [Fact]
    public void Compute_Cagr_HasBaseYearAndEndYear()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, revenue: 100), Row(0, 2015, revenue: 150), Row(0, 2016, revenue: 121),
        ];
        var table = Compute(rows);
        var row = table.Find(IndicatorId.RevenueCagr, 2016, GroupKey.Total)!;
        Assert.Equal(2014, row.BaseYear);
        Assert.Equal(0.1m, row.Value!.Value, 12);
        Assert.Single(table, r => r.Indicator == IndicatorId.RevenueCagr);
        Assert.Null(table.Find(IndicatorId.RevenueGrowth, 2016, GroupKey.Total)!.BaseYear);
    }

    [Fact]
    public void Compute_CagrWithNonPositiveBase_IsUndefined()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, operatingProfit: -10, wageCosts: 5), Row(0, 2016, operatingProfit: 10, wageCosts: 5),
        ];
        var row = Compute(rows).Find(IndicatorId.ValueAddedCagr, 2016, GroupKey.Total)!;
        Assert.Equal(IndicatorStatus.Undefined, row.Status);
        Assert.Null(row.Value);
        Assert.Contains("base is not positive", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_CagrWithNegativeEndValue_IsUndefined()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, operatingProfit: 10, wageCosts: 5), Row(0, 2016, operatingProfit: -10, wageCosts: 5),
        ];
        var row = Compute(rows).Find(IndicatorId.ValueAddedCagr, 2016, GroupKey.Total)!;
        Assert.Equal(IndicatorStatus.Undefined, row.Status);
        Assert.Contains("end value is negative", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_GrowthFromZeroOrNegativeBase_IsUndefined()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, revenue: 0, operatingProfit: -50, wageCosts: 10), Row(0, 2015, revenue: 10, operatingProfit: 5, wageCosts: 10),
        ];
        var table = Compute(rows);
        Assert.Equal(IndicatorStatus.Undefined, table.Find(IndicatorId.RevenueGrowth, 2015, GroupKey.Total)!.Status);
        var va = table.Find(IndicatorId.ValueAddedGrowth, 2015, GroupKey.Total)!;
        Assert.Equal(IndicatorStatus.Undefined, va.Status);
        Assert.Contains("base is not positive", va.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_RatioWithZeroDenominator_IsUndefinedNotZero()
    {
        FirmYear[] rows = [Row(0, 2014, revenue: 0, exports: 0)];
        var row = Compute(rows).Find(IndicatorId.ExportShare, 2014, GroupKey.Total)!;
        Assert.Equal(IndicatorStatus.Undefined, row.Status);
        Assert.Null(row.Value);
        Assert.Contains("denominator is zero", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Compute_LevelWithNoContributingFirm_IsUndefined()
    {
        FirmYear[] rows = [Row(0, 2014, revenue: 10)];
        var table = Compute(rows);
        var row = table.Find(IndicatorId.Exports, 2014, GroupKey.Total)!;
        Assert.Equal(IndicatorStatus.Undefined, row.Status);
        Assert.Equal(0, row.Firms);
        Assert.Contains("no contributing firm", row.Reason, StringComparison.Ordinal);
        Assert.Equal(IndicatorStatus.Undefined, table.Find(IndicatorId.ExportShare, 2014, GroupKey.Total)!.Status);
        Assert.Equal(IndicatorStatus.Undefined, table.Find(IndicatorId.ValueAdded, 2014, GroupKey.Total)!.Status);
    }

    [Fact]
    public void Compute_GroupWithoutFirmsInAYear_HasZeroFirmsAndUndefinedLevels()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        Assert.Equal(2m, Value(table, IndicatorId.Firms, 2015, s_pharma));
        var rows = Compute([Row(0, 2014, "pharma", revenue: 1), Row(1, 2015, "retail", revenue: 1)], GroupDimension.Segment);
        var retail2014 = rows.Find(IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.Segment, "retail"))!;
        Assert.Equal(IndicatorStatus.Undefined, retail2014.Status);
        Assert.Equal(0m, rows.Find(IndicatorId.Firms, 2014, GroupKey.Of(GroupDimension.Segment, "retail"))!.Value);
    }

    [Fact]
    public void Compute_FromYear_UsesThePreviousYearAsGrowthBaseButDoesNotReportIt()
    {
        var table = new IndicatorEngine().Compute(Panel(), new IndicatorRequest { FromYear = 2015, Disclosure = DisclosureControlOptions.Disabled });
        Assert.Equal([2015], table.Years);
        Assert.Null(table.Find(IndicatorId.Revenue, 2014, GroupKey.Total));
        Assert.Equal(740m / 600m - 1m, Value(table, IndicatorId.RevenueGrowth, 2015));
    }

    [Fact]
    public void Compute_ByLinkCountyAndSizeClass_GroupsAsDocumented()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, "pharma", revenue: 10, employees: 5, county: "Oslo"),
            Row(1, 2014, "medtech", revenue: 20, employees: 60, county: "Oslo"),
            Row(2, 2014, "retail", revenue: 30, county: null),
        ];
        var byLink = Compute(rows, GroupDimension.Link);
        Assert.Equal(30m, Value(byLink, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.Link, "industry")));
        Assert.Equal(30m, Value(byLink, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.Link, "distribution")));
        var byCounty = Compute(rows, GroupDimension.County);
        Assert.Equal(30m, Value(byCounty, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.County, "Oslo")));
        Assert.Equal(30m, Value(byCounty, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.County, "unknown")));
        var bySize = Compute(rows, GroupDimension.SizeClass);
        Assert.Equal(10m, Value(bySize, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.SizeClass, "micro")));
        Assert.Equal(20m, Value(bySize, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.SizeClass, "medium")));
        Assert.Equal(30m, Value(bySize, IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.SizeClass, "unknown")));
        var both = Compute(rows, GroupDimension.County, GroupDimension.Segment);
        var key = GroupKey.Total.With(GroupDimension.Segment, "medtech").With(GroupDimension.County, "Oslo");
        Assert.Equal(20m, Value(both, IndicatorId.Revenue, 2014, key));
        Assert.Equal(4, both.Groups.Count); // total + three combinations
    }

    [Fact]
    public void Compute_RowOrder_IsCatalogueThenGroupThenYear()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        Assert.Equal([GroupKey.Total, s_pharma, s_medtech], table.Groups);
        var firms = table.Where(r => r.Indicator == IndicatorId.Firms).Select(r => (r.Group, r.Year)).ToArray();
        Assert.Equal([(GroupKey.Total, 2014), (GroupKey.Total, 2015), (s_pharma, 2014), (s_pharma, 2015), (s_medtech, 2014), (s_medtech, 2015)], firms);
        var order = table.Select(r => IndicatorCatalog.Get(r.Indicator).Order).ToArray();
        Assert.Equal(order.Order().ToArray(), order);
    }

    [Fact]
    public void Compute_RejectsInvalidDuplicateAndForeignCurrencyRows_AndCountsUnclassified()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, revenue: 100),
            Row(1, 2014, revenue: 10, exports: 20),            // exports > revenue
            Row(2, 2014, revenue: -5),                         // negative revenue
            Row(3, 2014, revenue: 10),
            Row(3, 2014, revenue: 11),                         // duplicate: both rejected
            Row(4, 2014, revenue: 10) with { Currency = Currency.Eur },
            Row(5, 2014, segment: null, revenue: 99),          // unclassified
        ];
        var table = Compute(rows);
        var d = table.Diagnostics;
        Assert.Equal(7, d.RowsRead);
        Assert.Equal(2, d.RowsUsed);
        Assert.Equal(5, d.RowsRejected);
        Assert.Equal(1, d.UnclassifiedFirmYears);
        Assert.Equal(2, d.Rejections.Single(r => r.Reason.StartsWith("duplicate", StringComparison.Ordinal)).Count);
        Assert.Contains(d.Rejections, r => r.Reason.Contains("no exchange rates", StringComparison.Ordinal));
        Assert.Contains(d.Rejections, r => r.Reason == "exports are greater than revenue");
        Assert.Contains(d.Rejections, r => r.Reason == "revenue is negative where it must be ≥ 0");
        Assert.Equal(100m, Value(table, IndicatorId.Revenue, 2014));
        Assert.Equal(1m, Value(table, IndicatorId.Firms, 2014));
    }

    [Fact]
    public void Compute_ConstantPrices_DeflateLevelsAndGrowthButNotNokRatios()
    {
        var index = new PriceIndex([new(2014, 100m), new(2015, 110m)], "kpi");
        var request = new IndicatorRequest { PriceIndex = index, BaseYear = 2014, Disclosure = DisclosureControlOptions.Disabled };
        var real = new IndicatorEngine().Compute(Panel(), request);
        var nominal = Compute(Panel());
        Assert.Equal(PriceBasis.ConstantPrices(2014), real.Prices);
        Assert.All(real, r => Assert.Equal(PriceBasis.ConstantPrices(2014), r.Prices));
        Assert.Equal(740m * 100m / 110m, Value(real, IndicatorId.Revenue, 2015));
        Assert.Equal(600m, Value(real, IndicatorId.Revenue, 2014));
        Assert.Equal((740m * 100m / 110m) / 600m - 1m, Value(real, IndicatorId.RevenueGrowth, 2015)!.Value, 20);
        Assert.Equal(Value(nominal, IndicatorId.ExportShare, 2015), Value(real, IndicatorId.ExportShare, 2015));
        Assert.Equal(Value(nominal, IndicatorId.Employees, 2015), Value(real, IndicatorId.Employees, 2015));
    }

    [Fact]
    public void Compute_PriceIndexMissingAYear_IsAnError()
    {
        var index = new PriceIndex([new(2014, 100m)]);
        var request = new IndicatorRequest { PriceIndex = index, BaseYear = 2014 };
        var error = Assert.Throws<HelseIndicators.Data.DataException>(() => new IndicatorEngine().Compute(Panel(), request));
        Assert.Contains(error.Problems, p => p.Value == "2015");
    }

    [Fact]
    public void Compute_EmptyInput_GivesNoRowsAndZeroDiagnostics()
    {
        var table = Compute([]);
        Assert.Empty(table);
        Assert.Equal(0, table.Diagnostics.RowsRead);
        Assert.Empty(table.Years);
    }

    [Fact]
    public void Compute_IndicatorSelection_ComputesOnlyThose()
    {
        var table = new IndicatorEngine().Compute(Panel(), new IndicatorRequest { Indicators = [IndicatorId.ExportShare] });
        Assert.All(table, r => Assert.Equal(IndicatorId.ExportShare, r.Indicator));
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void SeriesAndPivot_ReadTheTableByGroupAndYear()
    {
        var table = Compute(Panel(), GroupDimension.Segment);
        var series = table.Series(IndicatorId.Revenue, s_pharma);
        Assert.Equal([2014, 2015], series.Years);
        Assert.Equal(160m, series.ValueOf(2015));
        Assert.Equal("NOK", series.Unit);
        var pivot = table.Pivot(IndicatorId.Revenue);
        Assert.Equal([2014, 2015], pivot.Years);
        Assert.Equal(3, pivot.Lines.Count);
        Assert.Equal(740m, pivot.Lines[0].Cells[1]!.Value);
    }

    [Fact]
    public async Task ComputeAsync_GivesTheSameTableAsCompute()
    {
        var progress = new List<long>();
        var table = await new IndicatorEngine().ComputeAsync(
            Stream(Panel()), new IndicatorRequest { Dimensions = [GroupDimension.Segment], Disclosure = DisclosureControlOptions.Disabled },
            new SyncProgress(progress));
        Assert.Equal(Compute(Panel(), GroupDimension.Segment).ToArray(), table.ToArray());
        Assert.Equal([7L], progress);
    }

    [Fact]
    public void WithReader_AddsTheReadersRejections()
    {
        var table = Compute(Panel()).WithReader(new HelseIndicators.Data.ReadDiagnostics(7, 3));
        Assert.Equal(10, table.Diagnostics.RowsRead);
        Assert.Equal(3, table.Diagnostics.RowsRejected);
        Assert.Equal(7, table.Diagnostics.RowsUsed);
    }

    [Fact]
    public void Compute_Exits_CountInGrowthAndContributeMinusTheirPreviousValue()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, "pharma", revenue: 100), Row(1, 2014, "retail", revenue: 100),
            Row(0, 2015, "pharma", revenue: 150),
        ];
        var table = Compute(rows, GroupDimension.Segment);
        Assert.Equal(-0.25m, Value(table, IndicatorId.RevenueGrowth, 2015));
        var retail = GroupKey.Of(GroupDimension.Segment, "retail");
        Assert.Equal(-0.5m, Value(table, IndicatorId.RevenueContribution, 2015, retail));
        Assert.Equal(0.25m, Value(table, IndicatorId.RevenueContribution, 2015, s_pharma));
        Assert.Equal(0, table.Find(IndicatorId.RevenueContribution, 2015, retail)!.Firms);
        Assert.Equal(0.5m, Value(table, IndicatorId.RevenueGrowthSameFirms, 2015));
    }

    [Fact]
    public void Compute_CagrSpan_DefaultsToFromTo_AndCanBeSetExplicitly()
    {
        FirmYear[] rows = [Row(0, 2014, revenue: 100), Row(0, 2015, revenue: 110), Row(0, 2016, revenue: 121), Row(0, 2017, revenue: 242)];
        var engine = new IndicatorEngine();
        var fromTo = engine.Compute(rows, new IndicatorRequest { FromYear = 2014, ToYear = 2016, Disclosure = DisclosureControlOptions.Disabled });
        Assert.Equal(0.1m, fromTo.Find(IndicatorId.RevenueCagr, 2016, GroupKey.Total)!.Value!.Value, 12);
        var explicitSpan = engine.Compute(rows, new IndicatorRequest { CagrFrom = 2016, CagrTo = 2017, Disclosure = DisclosureControlOptions.Disabled });
        var row = explicitSpan.Find(IndicatorId.RevenueCagr, 2017, GroupKey.Total)!;
        Assert.Equal(2016, row.BaseYear);
        Assert.Equal(1m, row.Value);
        var missing = engine.Compute(rows, new IndicatorRequest { CagrFrom = 2010, Disclosure = DisclosureControlOptions.Disabled });
        Assert.Equal(IndicatorStatus.Undefined, missing.Find(IndicatorId.RevenueCagr, 2017, GroupKey.Total)!.Status);
    }

    [Fact]
    public void Compute_SizeClassGroups_AreOrderedMicroToUnknown()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, revenue: 1, employees: 300), Row(1, 2014, revenue: 1), Row(2, 2014, revenue: 1, employees: 1),
            Row(3, 2014, revenue: 1, employees: 10),
        ];
        var table = Compute(rows, GroupDimension.SizeClass);
        Assert.Equal(["total", "size_class=micro", "size_class=small", "size_class=large", "size_class=unknown"], table.Groups.Select(g => g.ToString()));
    }

    [Fact]
    public void Compute_InvalidRequest_Throws()
    {
        var engine = new IndicatorEngine();
        Assert.Throws<ArgumentException>(() => engine.Compute([], new IndicatorRequest { Dimensions = [GroupDimension.Segment, GroupDimension.Segment] }));
        Assert.Throws<ArgumentException>(() => engine.Compute([], new IndicatorRequest { FromYear = 2016, ToYear = 2015 }));
        Assert.Throws<ArgumentException>(() => engine.Compute([], new IndicatorRequest { BaseYear = 2015 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => engine.Compute([], new IndicatorRequest { Disclosure = new DisclosureControlOptions { MinFirms = 0 } }));
    }

    [Fact]
    public void Compute_LargeListInParallelPartitions_EqualsSequentialAggregation()
    {
        var rows = new List<FirmYear>();
        for (var i = 0; i < 120_000; i++)
        {
            rows.Add(Row(i % 4000, 2000 + (i / 4000), i % 3 == 0 ? "pharma" : "retail", revenue: 100 + (i % 1000), exports: i % 7));
        }

        var request = new IndicatorRequest { Dimensions = [GroupDimension.Segment] };
        var parallel = new IndicatorEngine(null, null, partitions: 3).Compute(rows, request);
        var sequential = new IndicatorEngine().Compute(rows.Select(r => r), request);
        Assert.Equal(sequential.ToArray(), parallel.ToArray());
        Assert.Equal(120_000, parallel.Diagnostics.RowsUsed);
    }

    private static async IAsyncEnumerable<FirmYear> Stream(IEnumerable<FirmYear> rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }

    private sealed class SyncProgress(List<long> values) : IProgress<long>
    {
        public void Report(long value) => values.Add(value);
    }

    // INDICATORS.md §3: sums do not depend on row order. A decimal holds 28–29 significant digits, and its addition
    // would round 9 000 000 000 000 + 0.000 000 000 000 000 4 + … differently in each order: an error in every order.
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Sum_ThatADecimalCannotHoldExactly_IsAnOverflow_InEveryOrder(bool disclosure)
    {
        FirmYear[] rows = [Row(0, 2014, revenue: 9000000000000m), Row(1, 2014, revenue: 0.0000000000000004m), Row(2, 2014, revenue: 0.0000000000000004m)];
        var request = new IndicatorRequest { Disclosure = disclosure ? DisclosureControlOptions.Default : DisclosureControlOptions.Disabled };
        foreach (var order in new[] { rows, rows.Reverse().ToArray(), [rows[1], rows[0], rows[2]] })
        {
            var e = Assert.Throws<OverflowException>(() => new IndicatorEngine().Compute(order, request));
            Assert.Contains("cannot be held exactly", e.Message, StringComparison.Ordinal);
        }

        // Amounts whose sum a decimal can hold are summed exactly (shown with the control off: one firm dominates).
        FirmYear[] held = [Row(0, 2014, revenue: 9000000000m), Row(1, 2014, revenue: 0.0000000000000004m), Row(2, 2014, revenue: 0.0000000000000004m)];
        var off = new IndicatorRequest { Disclosure = DisclosureControlOptions.Disabled };
        Assert.Equal(9000000000.0000000000000008m, new IndicatorEngine().Compute(held, off).Find(IndicatorId.Revenue, 2014, GroupKey.Total)!.Value);
    }
}
