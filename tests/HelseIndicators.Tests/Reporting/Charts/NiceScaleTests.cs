using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Reporting.Charts;

namespace HelseIndicators.Tests.Reporting.Charts;

public class NiceScaleTests
{
    [Fact]
    public void Create_ZeroTo57_StepsOfTen()
    {
        // Raw step 57 / 4 = 14.25 → 1.425 × 10 → rounds to 1 × 10.
        var scale = NiceScale.Create(0m, 57m, 5);
        Assert.Equal(10m, scale.Step);
        Assert.Equal([0m, 10m, 20m, 30m, 40m, 50m, 60m], scale.Ticks);
        Assert.Equal(0, scale.Decimals);
    }

    [Fact]
    public void Create_Shares_ExactDecimalTicks()
    {
        // Raw step 0.14 / 5 = 0.028 → 2.8 × 10⁻² → 2 × 10⁻²; floor(0.31 / 0.02) = 15, ceil(0.45 / 0.02) = 23.
        var scale = NiceScale.Create(0.31m, 0.45m, 6);
        Assert.Equal(0.02m, scale.Step);
        Assert.Equal(0.30m, scale.Min);
        Assert.Equal(0.46m, scale.Max);
        Assert.Equal(9, scale.Ticks.Count);
        Assert.Equal(0.32m, scale.Ticks[1]);
        Assert.Equal(2, scale.Decimals);
    }

    [Fact]
    public void Create_NegativeRange_CoversBothSides()
    {
        // Raw step 14.5 / 5 = 2.9 → 2; floor(−0.7) = −1 → −2, ceil(6.55) = 7 → 14.
        var scale = NiceScale.Create(-1.4m, 13.1m, 6);
        Assert.Equal(2m, scale.Step);
        Assert.Equal(-2m, scale.Min);
        Assert.Equal(14m, scale.Max);
        Assert.Contains(0m, scale.Ticks);
    }

    [Fact]
    public void Create_AllZero_GivesZeroToOne()
    {
        var scale = NiceScale.Create(0m, 0m);
        Assert.Equal(0m, scale.Min);
        Assert.Equal(1m, scale.Max);
    }

    [Fact]
    public void Create_SingleValue_IsWidenedAroundIt()
    {
        var scale = NiceScale.Create(5m, 5m);
        Assert.True(scale.Min < 5m && scale.Max > 5m);
    }

    [Fact]
    public void Create_MaxBelowMin_Throws() => Assert.Throws<ArgumentException>(() => NiceScale.Create(2m, 1m));

    [Fact]
    public void Map_EndsAndMiddle()
    {
        var scale = NiceScale.Create(0m, 100m, 6);
        Assert.Equal(300d, scale.Map(0m, 300, 100), 9);
        Assert.Equal(100d, scale.Map(100m, 300, 100), 9);
        Assert.Equal(200d, scale.Map(50m, 300, 100), 9);
    }

    private static Gen<decimal> Value { get; } =
        from mantissa in Gen.Choose(-1_000_000, 1_000_000)
        from exponent in Gen.Choose(-6, 9)
        select mantissa * (decimal)Math.Pow(10, exponent) / 1_000_000m;

    // The step is at least 2/3 of the raw step (1.5 → 1, 3 → 2, 7 → 5), so the data spans at most 1.5 (n − 1)
    // steps, and rounding the ends outwards adds at most one step on each side.
    [Property]
    public Property Ticks_CoverTheDataAndIncreaseEvenly() =>
        Prop.ForAll((from a in Value from b in Value from n in Gen.Choose(2, 12) select (a, b, n)).ToArbitrary(), t =>
        {
            var (min, max) = t.a <= t.b ? (t.a, t.b) : (t.b, t.a);
            var scale = NiceScale.Create(min, max, t.n);
            var ticks = scale.Ticks;
            var even = ticks.Zip(ticks.Skip(1), (x, y) => y - x).All(d => d == scale.Step);
            return scale.Step > 0 && ticks[0] == scale.Min && ticks[^1] == scale.Max
                && scale.Min <= min && scale.Max >= max && even
                && ticks.Count <= (1.5 * (t.n - 1)) + 3;
        });
}
