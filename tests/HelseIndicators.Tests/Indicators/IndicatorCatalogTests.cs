using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Indicators;

public class IndicatorCatalogTests
{
    [Fact]
    public void All_CoversEveryIdOfTheContract()
    {
        string[] ids =
        [
            "firms", "revenue", "operating_profit", "depreciation", "wage_costs", "exports", "rd_expenditure", "employees",
            "value_added", "export_share", "export_participation", "rd_density", "rd_intensity", "rd_per_employee",
            "productivity", "operating_margin", "wage_share", "hhi_revenue", "top8_export_share",
        ];
        var expected = ids.ToList();
        foreach (var suffix in new[] { "_growth", "_growth_same_firms", "_cagr", "_contribution" })
        {
            expected.AddRange(new[] { "revenue", "value_added", "employees", "exports", "rd_expenditure" }.Select(x => x + suffix));
        }

        Assert.Equal(expected, IndicatorCatalog.All.Select(d => d.Id.Value));
        Assert.Equal(Enumerable.Range(0, expected.Count), IndicatorCatalog.All.Select(d => d.Order));
    }

    [Fact]
    public void All_HasUnitsKindsNamesFormulasAndSources()
    {
        Assert.All(IndicatorCatalog.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Name.Norwegian));
            Assert.False(string.IsNullOrWhiteSpace(d.Name.English));
            Assert.False(string.IsNullOrWhiteSpace(d.Formula));
            Assert.False(string.IsNullOrWhiteSpace(d.Source));
        });
        var exportShare = IndicatorCatalog.Get(IndicatorId.ExportShare);
        Assert.Equal(IndicatorUnit.Ratio, exportShare.Unit);
        Assert.Equal([IndicatorId.Exports, IndicatorId.Revenue], exportShare.Inputs);
        Assert.Equal(IndicatorUnit.NokPerFte, IndicatorCatalog.Get(IndicatorId.Productivity).Unit);
        Assert.Equal(IndicatorUnit.Fte, IndicatorCatalog.Get(IndicatorId.Employees).Unit);
        Assert.Equal(IndicatorKind.Cagr, IndicatorCatalog.Get(IndicatorId.ExportsCagr).Kind);
        Assert.Equal([IndicatorId.Exports], IndicatorCatalog.Get(IndicatorId.ExportsCagr).Inputs);
        Assert.Equal("Vekst i driftsinntekter", IndicatorCatalog.Get(IndicatorId.RevenueGrowth).Name.Norwegian);
    }

    [Fact]
    public void IndicatorId_ParseAndEquality()
    {
        Assert.Equal(IndicatorId.ExportShare, IndicatorId.Parse(" export_share ").Value);
        Assert.False(IndicatorId.Parse("Export_Share").Success);
        Assert.False(IndicatorId.Parse(null).Success);
        Assert.Equal("export_share", IndicatorId.ExportShare.ToString());
        Assert.True(IndicatorId.Revenue == IndicatorId.Parse("revenue").Value);
        Assert.True(IndicatorId.Revenue != IndicatorId.Exports);
        Assert.Equal("", default(IndicatorId).Value);
        Assert.Throws<KeyNotFoundException>(() => IndicatorCatalog.Get(default));
        Assert.True(IndicatorId.Exports.CompareTo(IndicatorId.Revenue) < 0);
    }

    [Fact]
    public void UnitAndStatusIds_RoundTrip()
    {
        foreach (var unit in Enum.GetValues<IndicatorUnit>())
        {
            Assert.Equal(unit, IndicatorUnits.Parse(IndicatorUnits.Id(unit)).Value);
        }

        foreach (var status in Enum.GetValues<IndicatorStatus>())
        {
            Assert.Equal(status, IndicatorStatuses.Parse(IndicatorStatuses.Id(status)).Value);
        }

        Assert.Equal("NOK/FTE", IndicatorUnits.Id(IndicatorUnit.NokPerFte));
        Assert.Equal("suppressed", IndicatorStatuses.Id(IndicatorStatus.Suppressed));
        Assert.False(IndicatorUnits.Parse("nok").Success);
        Assert.Equal(1, (int)IndicatorUnit.Nok);
        Assert.Equal(1, (int)IndicatorStatus.Ok);
    }

    [Fact]
    public void IndicatorId_ParseList_GivesTheIdsInOrder_NullForEvery_AndNamesABadOne()
    {
        Assert.Equal([IndicatorId.RdIntensity, IndicatorId.Revenue], IndicatorId.ParseList("rd_intensity, revenue").Value);
        Assert.Null(IndicatorId.ParseList(null).Value);
        Assert.Null(IndicatorId.ParseList("  ").Value);
        Assert.Contains("'Revenue' is not an indicator id", IndicatorId.ParseList("export_share,Revenue").Error, StringComparison.Ordinal);
        Assert.Contains("'revenue' is given twice", IndicatorId.ParseList("revenue,export_share,revenue ").Error, StringComparison.Ordinal);
        Assert.False(IndicatorId.ParseList("revenue,").Success);
    }

    [Fact]
    public void IndicatorRow_CarriesBaseYearReasonAndPrices()
    {
        var row = new IndicatorRow(IndicatorId.RevenueCagr, 2020, GroupKey.Total, null, IndicatorUnit.Ratio, 0, IndicatorStatus.Undefined)
        {
            BaseYear = 2015, Reason = "base is not positive", Prices = PriceBasis.ConstantPrices(2015),
        };
        Assert.Equal(2015, row.BaseYear);
        Assert.Equal("constant-2015", row.Prices.ToString());
        Assert.Equal(row, row with { });
    }
}
