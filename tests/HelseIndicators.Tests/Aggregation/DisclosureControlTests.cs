using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.Aggregation;

public class DisclosureControlTests
{
    private static IndicatorTable Compute(IEnumerable<FirmYear> rows, DisclosureControlOptions? options = null, params GroupDimension[] by) =>
        new IndicatorEngine().Compute(rows, new IndicatorRequest { Dimensions = by, Disclosure = options });

    private static IndicatorRow Find(IndicatorTable table, IndicatorId id, int year, GroupKey? group = null) =>
        table.Find(id, year, group ?? GroupKey.Total)!;

    [Fact]
    public void Level_WithTwoFirms_IsSuppressed_AndFirmsIsNot()
    {
        var table = Compute([Row(0, 2014, revenue: 100), Row(1, 2014, revenue: 100)]);
        var revenue = Find(table, IndicatorId.Revenue, 2014);
        Assert.Equal(IndicatorStatus.Suppressed, revenue.Status);
        Assert.Null(revenue.Value);
        Assert.Equal(2, revenue.Firms);
        Assert.Contains("fewer than 3", revenue.Reason, StringComparison.Ordinal);
        Assert.Equal(IndicatorStatus.Ok, Find(table, IndicatorId.Firms, 2014).Status);
        Assert.Equal(2m, Find(table, IndicatorId.Firms, 2014).Value);
    }

    [Fact]
    public void Level_WithOneFirm_IsSuppressed()
    {
        var table = Compute([Row(0, 2014, revenue: 100)]);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.Revenue, 2014).Status);
    }

    [Fact]
    public void Level_WithThreeEvenFirms_IsReleased()
    {
        var table = Compute([Row(0, 2014, revenue: 40), Row(1, 2014, revenue: 40), Row(2, 2014, revenue: 40)]);
        Assert.Equal(120m, Find(table, IndicatorId.Revenue, 2014).Value); // top 2 = 66.7 % ≤ 85 %
    }

    [Fact]
    public void Level_DominatedByTwoFirms_IsSuppressed()
    {
        // 100 + 100 of 210 = 95.2 % > 85 %.
        var table = Compute([Row(0, 2014, revenue: 100), Row(1, 2014, revenue: 100), Row(2, 2014, revenue: 10)]);
        var row = Find(table, IndicatorId.Revenue, 2014);
        Assert.Equal(IndicatorStatus.Suppressed, row.Status);
        Assert.Contains("largest contributions exceed 85", row.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Level_DominatedByOneFirm_IsSuppressed()
    {
        FirmYear[] rows = [Row(0, 2014, revenue: 1000), Row(1, 2014, revenue: 10), Row(2, 2014, revenue: 10), Row(3, 2014, revenue: 10)];
        Assert.Equal(IndicatorStatus.Suppressed, Find(Compute(rows), IndicatorId.Revenue, 2014).Status);
    }

    [Fact]
    public void Level_AtExactly85Percent_IsReleased()
    {
        // 85 of 100: the rule suppresses only when the largest two exceed k %.
        FirmYear[] rows = [Row(0, 2014, revenue: 45), Row(1, 2014, revenue: 40), Row(2, 2014, revenue: 15)];
        Assert.Equal(100m, Find(Compute(rows), IndicatorId.Revenue, 2014).Value);
    }

    [Fact]
    public void Dominance_OfAmountsNearDecimalsLimit_IsDecidedExactly()
    {
        // 100 × the largest two (8E28) and 85 × the total (1.02E29) are beyond a decimal: the rule still decides, exactly.
        FirmYear[] even = [Row(0, 2014, revenue: 4E26m), Row(1, 2014, revenue: 4E26m), Row(2, 2014, revenue: 4E26m)];
        Assert.Equal(1.2E27m, Find(Compute(even), IndicatorId.Revenue, 2014).Value);

        // 7.9E27 + 5E26 of 8.5E27 is 98.8 %; and at exactly 85 % (6.8E27 of 8E27) the level is released.
        FirmYear[] dominated = [Row(0, 2014, revenue: 7.9E27m), Row(1, 2014, revenue: 5E26m), Row(2, 2014, revenue: 1E26m)];
        Assert.Equal(IndicatorStatus.Suppressed, Find(Compute(dominated), IndicatorId.Revenue, 2014).Status);
        FirmYear[] atK = [Row(0, 2014, revenue: 3.4E27m), Row(1, 2014, revenue: 3.4E27m), Row(2, 2014, revenue: 1.2E27m)];
        Assert.Equal(8E27m, Find(Compute(atK), IndicatorId.Revenue, 2014).Value);
    }

    [Fact]
    public void Dominance_UsesAbsoluteValues()
    {
        // Operating profit 50, −50, 10: total 10, absolute total 110, largest two 100 = 90.9 % → suppressed.
        FirmYear[] rows =
        [
            Row(0, 2014, operatingProfit: 50), Row(1, 2014, operatingProfit: -50), Row(2, 2014, operatingProfit: 10),
        ];
        Assert.Equal(IndicatorStatus.Suppressed, Find(Compute(rows), IndicatorId.OperatingProfit, 2014).Status);
    }

    [Fact]
    public void Ratio_FollowsItsNumeratorCell_AndParticipationOnlyTheFrequencyRule()
    {
        // Revenue is spread evenly; exports are dominated by firm 0.
        FirmYear[] rows =
        [
            Row(0, 2014, revenue: 1000, exports: 900), Row(1, 2014, revenue: 1000, exports: 1),
            Row(2, 2014, revenue: 1000, exports: 1), Row(3, 2014, revenue: 1000, exports: 0),
        ];
        var table = Compute(rows);
        Assert.Equal(IndicatorStatus.Ok, Find(table, IndicatorId.Revenue, 2014).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.Exports, 2014).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.ExportShare, 2014).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.Top8ExportShare, 2014).Status);
        Assert.Equal(IndicatorStatus.Ok, Find(table, IndicatorId.HhiRevenue, 2014).Status);
        Assert.Equal(0.25m, Find(table, IndicatorId.HhiRevenue, 2014).Value);
        Assert.Equal(0.75m, Find(table, IndicatorId.ExportParticipation, 2014).Value);
    }

    [Fact]
    public void Participation_WithTwoFirms_IsSuppressed()
    {
        var table = Compute([Row(0, 2014, revenue: 10, exports: 1), Row(1, 2014, revenue: 10, exports: 0)]);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.ExportParticipation, 2014).Status);
    }

    [Fact]
    public void Hhi_FollowsTheRevenueCell()
    {
        var table = Compute([Row(0, 2014, revenue: 10), Row(1, 2014, revenue: 10)]);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.HhiRevenue, 2014).Status);
    }

    [Fact]
    public void Growth_IsSuppressedWhenThePreviousLevelIs()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, revenue: 100), Row(1, 2014, revenue: 100),
            Row(0, 2015, revenue: 100), Row(1, 2015, revenue: 100), Row(2, 2015, revenue: 100),
        ];
        var table = Compute(rows);
        Assert.Equal(IndicatorStatus.Ok, Find(table, IndicatorId.Revenue, 2015).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.RevenueGrowth, 2015).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.RevenueCagr, 2015).Status);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.RevenueGrowthSameFirms, 2015).Status);
    }

    [Fact]
    public void OrderOfDecision_NoContributingFirmBeatsSensitive_SensitiveBeatsZeroBase()
    {
        // One firm with revenue 0 in 2014: the growth base is 0 (undefined) but the cell is sensitive → suppressed.
        FirmYear[] rows = [Row(0, 2014, revenue: 0), Row(0, 2015, revenue: 10)];
        var table = Compute(rows);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.RevenueGrowth, 2015).Status);
        // No firm reports exports: undefined, even though the cell would be sensitive.
        Assert.Equal(IndicatorStatus.Undefined, Find(table, IndicatorId.Exports, 2015).Status);
        Assert.Equal(IndicatorStatus.Undefined, Find(table, IndicatorId.ExportsGrowth, 2015).Status);
    }

    [Fact]
    public void Contribution_OfAGroupAbsentInThePreviousYear_IsNotUndefinedNorSuppressedByThatAbsence()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, "pharma", revenue: 100), Row(1, 2014, "pharma", revenue: 100), Row(2, 2014, "pharma", revenue: 100),
            Row(0, 2015, "pharma", revenue: 100), Row(1, 2015, "pharma", revenue: 100), Row(2, 2015, "pharma", revenue: 100),
            Row(3, 2015, "retail", revenue: 20), Row(4, 2015, "retail", revenue: 20), Row(5, 2015, "retail", revenue: 20),
        ];
        var table = Compute(rows, null, GroupDimension.Segment);
        var retail = Find(table, IndicatorId.RevenueContribution, 2015, GroupKey.Of(GroupDimension.Segment, "retail"));
        Assert.Equal(IndicatorStatus.Ok, retail.Status);
        Assert.Equal(0.2m, retail.Value);
    }

    [Fact]
    public void Contribution_OfASmallGroup_IsSuppressed()
    {
        FirmYear[] rows =
        [
            Row(0, 2014, "pharma", revenue: 100), Row(1, 2014, "pharma", revenue: 100), Row(2, 2014, "pharma", revenue: 100),
            Row(0, 2015, "pharma", revenue: 100), Row(1, 2015, "pharma", revenue: 100), Row(2, 2015, "pharma", revenue: 100),
            Row(3, 2015, "retail", revenue: 20),
        ];
        var table = Compute(rows, null, GroupDimension.Segment);
        Assert.Equal(IndicatorStatus.Suppressed, Find(table, IndicatorId.RevenueContribution, 2015, GroupKey.Of(GroupDimension.Segment, "retail")).Status);
    }

    [Fact]
    public void Disabled_ReleasesEveryComputableValue_AndTheTableSaysSo()
    {
        var table = Compute([Row(0, 2014, revenue: 100)], DisclosureControlOptions.Disabled);
        Assert.Equal(100m, Find(table, IndicatorId.Revenue, 2014).Value);
        Assert.False(table.Disclosure.Enabled);
        Assert.DoesNotContain(table, r => r.Status == IndicatorStatus.Suppressed);
    }

    [Fact]
    public void CustomParameters_AreApplied()
    {
        var options = new DisclosureControlOptions { MinFirms = 1, DominanceN = 1, DominanceK = 99m };
        var table = Compute([Row(0, 2014, revenue: 60), Row(1, 2014, revenue: 40)], options);
        Assert.Equal(100m, Find(table, IndicatorId.Revenue, 2014).Value);
        Assert.Equal(options, table.Disclosure);
    }

    [Theory]
    [InlineData(0, 2, 85)]
    [InlineData(3, 0, 85)]
    [InlineData(3, 2, 0)]
    [InlineData(3, 2, 101)]
    public void Validate_OutOfRange_Throws(int minFirms, int n, int k)
    {
        var options = new DisclosureControlOptions { MinFirms = minFirms, DominanceN = n, DominanceK = k };
        Assert.Throws<ArgumentOutOfRangeException>(() => options.Validate());
    }

    [Fact]
    public void Default_IsOnWith3_2_85()
    {
        var d = DisclosureControlOptions.Default;
        Assert.True(d.Enabled);
        Assert.Equal((3, 2, 85m), (d.MinFirms, d.DominanceN, d.DominanceK));
        Assert.Equal("on: min 3 firms, (n,k) = (2,85), primary and secondary, p = 0.10", d.ToString());
        Assert.Equal("on: min 3 firms, (n,k) = (2,85), primary only", (d with { SecondarySuppression = false }).ToString());
        Assert.Equal("off", DisclosureControlOptions.Disabled.ToString());
    }
}
