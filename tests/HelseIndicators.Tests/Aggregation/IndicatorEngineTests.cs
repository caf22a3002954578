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
}
