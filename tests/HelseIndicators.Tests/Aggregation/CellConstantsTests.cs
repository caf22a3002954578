using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>The cells' hot paths use constants for what the catalogue defines (a static read there costs a
/// class-initialisation check under Native AOT): they must stay what the catalogue says.</summary>
public class CellConstantsTests
{
    [Fact]
    public void RatioCount_IsTheCataloguesNumberOfRatios() =>
        Assert.Equal(RatioDefinitions.Count, IndicatorCatalog.All.Count(d => d.Kind == IndicatorKind.Ratio));

    [Fact]
    public void GrowthMeasureCountAndMask_AreThoseOfTheGrowthMeasures()
    {
        Assert.Equal(GrowthMeasures.Count, GrowthMeasures.All.Length);
        Assert.Equal(GrowthMeasures.Mask, GrowthMeasures.All.Aggregate(0, (mask, m) => mask | (1 << (int)m)));
    }
}
