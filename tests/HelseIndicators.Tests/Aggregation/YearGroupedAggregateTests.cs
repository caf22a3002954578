using System.Reflection;
using System.Runtime.CompilerServices;
using HelseIndicators.Aggregation;

namespace HelseIndicators.Tests.Aggregation;

public class YearGroupedAggregateTests
{
    // A kept firm-year holds its growth measures in an inline array whose length C# needs as a constant: it must
    // stay the number of growth measures, or a growth measure added to GrowthMeasures.All would be cut off.
    [Fact]
    public void KeptGrowthValues_HoldEveryGrowthMeasure()
    {
        var values = typeof(YearGroupedAggregate).GetNestedType("GrowthValues", BindingFlags.NonPublic);

        Assert.NotNull(values);
        Assert.Equal(GrowthMeasures.All.Length, values.GetCustomAttribute<InlineArrayAttribute>()!.Length);
    }
}
