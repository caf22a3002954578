using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Indicators;

public class CalculatorTests
{
    private static YearSeries Series(params (int Year, decimal? Value)[] points) =>
        new(points.Select(p => new KeyValuePair<int, decimal?>(p.Year, p.Value)));

    [Fact]
    public void Growth_Simple_IsRatioMinusOne()
    {
        Assert.Equal(0.1m, Growth.Compute(100m, 110m).Value);
        Assert.Equal(-1m, Growth.Compute(100m, 0m).Value);
        Assert.Equal(-0.5m, Growth.Compute(100m, 50m).Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void Growth_NonPositiveBase_IsUndefined(int previous)
    {
        var r = Growth.Compute(previous, 10m);
        Assert.False(r.IsDefined);
        Assert.Null(r.Value);
        Assert.Equal("base is not positive", r.Reason);
    }

    [Fact]
    public void Growth_MissingValues_AreUndefined()
    {
        Assert.Equal("no value for the base year", Growth.Compute(null, 1m).Reason);
        Assert.Equal("no value for the year", Growth.Compute(1m, null).Reason);
    }

    [Fact]
    public void Growth_CompoundAnnualAndLogDifference_NameTheirVariant()
    {
        Assert.Equal(0.1m, Growth.Compute(100m, 121m, GrowthMethod.CompoundAnnual, 2).Value!.Value, 12);
        Assert.Equal((decimal)Math.Log(1.21) / 2m, Growth.Compute(100m, 121m, GrowthMethod.LogDifference, 2).Value!.Value, 12);
        Assert.Equal("end value is negative", Growth.Compute(100m, -1m, GrowthMethod.CompoundAnnual, 2).Reason);
        Assert.False(Growth.Compute(100m, 0m, GrowthMethod.LogDifference).IsDefined);
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Compute(1m, 1m, GrowthMethod.Simple, 0));
    }

    [Fact]
    public void Growth_OfSeries_UsesThePreviousYearAndReportsGaps()
    {
        var s = Series((2014, 100m), (2015, 120m), (2017, 150m));
        Assert.Equal(0.2m, Growth.Of(s, 2015).Value);
        Assert.Equal("no value for the base year", Growth.Of(s, 2017).Reason);
        var all = Growth.Series(s);
        Assert.Equal([2015, 2017], all.Select(v => v.Year));
        Assert.False(all[1].Result.IsDefined);
    }

    [Fact]
    public void Cagr_HandComputed()
    {
        Assert.Equal(0.1m, Cagr.Compute(100m, 133.1m, 3).Value!.Value, 12);
        Assert.Equal(0.5m, Cagr.Compute(100m, 150m, 1).Value); // one year: exact
        Assert.Equal(-1m, Cagr.Compute(100m, 0m, 2).Value!.Value, 12);
        Assert.Equal("base is not positive", Cagr.Compute(0m, 10m, 2).Reason);
        Assert.Equal("end value is negative", Cagr.Compute(10m, -1m, 2).Reason);
        Assert.False(Cagr.Compute(10m, 11m, 0).IsDefined);
        Assert.Equal(0.1m, Cagr.Of(Series((2014, 100m), (2016, 121m)), 2014, 2016).Value!.Value, 12);
        Assert.False(Cagr.Of(Series((2014, 100m)), 2014, 2016).IsDefined);
    }

    [Property]
    public Property Cagr_CompoundsBackToTheEndValue() => Prop.ForAll(
        Gen.Choose(1, 1_000_000).ToArbitrary(), Gen.Choose(0, 5_000_000).ToArbitrary(), Gen.Choose(1, 30).ToArbitrary(),
        (start, end, years) =>
        {
            var g = Cagr.Compute(start, end, years).Value!.Value;
            var back = (double)start * Math.Pow(1 + (double)g, years);
            return Math.Abs(back - end) <= 1e-9 * Math.Max(1, end);
        });

    [Property]
    public Property Growth_OfAConstant_IsZero() => Prop.ForAll(Gen.Choose(1, int.MaxValue).ToArbitrary(), x =>
        Growth.Compute(x, x).Value == 0m && Cagr.Compute(x, x, 7).Value == 0m && Growth.Compute(x, x, GrowthMethod.LogDifference).Value == 0m);

    [Fact]
    public void IndexNumbers_BaseYearIs100()
    {
        var r = IndexNumbers.Compute(Series((2014, 50m), (2015, 100m), (2016, null)), 2015);
        Assert.Equal([50m, 100m, null], r.Select(v => v.Result.Value));
        Assert.Equal("no value for the year", r[2].Result.Reason);
        Assert.All(IndexNumbers.Compute(Series((2014, 0m), (2015, 1m)), 2014), v => Assert.Equal("base is not positive", v.Result.Reason));
        Assert.All(IndexNumbers.Compute(Series((2015, 1m)), 2010), v => Assert.Equal("no value for the base year", v.Result.Reason));
        Assert.Equal(200m, IndexNumbers.Rebase(Series((2014, 50m), (2015, 100m)), 2014).ValueOf(2015));
    }

    [Fact]
    public void Contributions_AddUpToGrowth_AndEntrantsCountZeroBefore()
    {
        var parts = new Dictionary<string, (decimal?, decimal?)>
        {
            ["a"] = (300m, 160m),
            ["b"] = (300m, 580m),
            ["new"] = (null, 60m),
            ["gone"] = (null, null),
        };
        var c = Contributions.ComputeAll(parts).ToDictionary(p => p.Key, p => p.Value);
        Assert.Equal(-140m / 600m, c["a"].Value);
        Assert.Equal(0.1m, c["new"].Value);
        Assert.Equal("no contributing firm", c["gone"].Reason);
        Assert.Equal(800m / 600m - 1m, c.Values.Sum(v => v.Value ?? 0m), 20);
        Assert.Equal("base is not positive", Contributions.Compute(1m, 2m, 0m).Reason);
        Assert.Equal("no value for the base year", Contributions.Compute(1m, 2m, null).Reason);
    }

    [Fact]
    public void Herfindahl_HandComputed()
    {
        Assert.Equal(1m, Herfindahl.Compute([5m]).Value);
        Assert.Equal(0.5m, Herfindahl.Compute([5m, 5m]).Value);
        Assert.Equal(140000m / 360000m, Herfindahl.Compute([100m, 200m, 300m]).Value!.Value, 26);
        Assert.Equal("no contributing firm", Herfindahl.Compute([]).Reason);
        Assert.Equal("denominator is zero", Herfindahl.Compute([0m, 0m]).Reason);
        Assert.False(Herfindahl.Compute([1m, -1m]).IsDefined);
    }

    [Fact]
    public void Herfindahl_OfHugeValues_FallsBackWithoutOverflow()
    {
        var huge = 5e26m;
        var r = Herfindahl.Compute([huge, huge, huge, huge]);
        Assert.Equal(0.25m, r.Value!.Value, 12);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void SquareSum_OverflowingInEitherPartOrInTheMerge_GivesTheSameShare(int split)
    {
        // Squares of 4e28 and 9e28 (beyond a decimal), 1e28 and 1.6e29: HHI = 30e28 / (10e14)² = 0.3.
        decimal[] values = [2e14m, 3e14m, 1e14m, 4e14m];
        var left = default(SquareSum);
        var right = default(SquareSum);
        for (var i = 0; i < values.Length; i++)
        {
            if (i < split)
            {
                left.Add(values[i]);
            }
            else
            {
                right.Add(values[i]);
            }
        }

        left.Merge(right);

        Assert.True(left.Overflowed);
        Assert.Equal(0.3, (double)Herfindahl.FromSums(1e15m, left).Value!.Value, 12);
    }

    [Fact]
    public void SquareSum_MergeThatOverflows_FallsBack()
    {
        var left = default(SquareSum);
        var right = default(SquareSum);
        left.Add(2.5e14m); // 6.25e28 each: the sum of both is beyond a decimal
        right.Add(2.5e14m);

        left.Merge(right);

        Assert.True(left.Overflowed);
        Assert.Equal(0.5, (double)Herfindahl.FromSums(5e14m, left).Value!.Value, 12);
    }

    [Fact]
    public void TopShare_HandComputed()
    {
        Assert.Equal(0.9m, TopShare.Compute([50m, 40m, 5m, 5m], 2).Value);
        Assert.Equal(1m, TopShare.Compute([50m, 40m], 8).Value);
        Assert.Equal("denominator is zero", TopShare.Compute([0m], 8).Reason);
        Assert.Equal("no contributing firm", TopShare.Compute([], 8).Reason);
        Assert.Throws<ArgumentOutOfRangeException>(() => TopShare.Compute([1m], 0));
    }

    [Property]
    public Property TopShare_IsTheSameForAnyOrder() => Prop.ForAll(Gen.Choose(0, 100_000).ToArbitrary(), seed =>
    {
        var random = new Random(seed);
        var values = Enumerable.Range(0, random.Next(1, 40)).Select(_ => (decimal)random.Next(0, 1000)).ToList();
        var reversed = Enumerable.Reverse(values).ToList();
        var sorted = values.OrderDescending().ToList();
        var expected = values.Sum() == 0 ? (decimal?)null : sorted.Take(8).Sum() / values.Sum();
        return TopShare.Compute(values, 8).Value == expected && TopShare.Compute(reversed, 8).Value == expected;
    });

    [Fact]
    public void Ratios_OfSums_UseOnlyPairsWithBoth()
    {
        var r = Ratios.OfSums([(40m, 100m), (null, 200m), (150m, 300m), (10m, null)]);
        Assert.Equal(190m / 400m, r.Value);
        Assert.Equal("no contributing firm", Ratios.OfSums([(null, 1m)]).Reason);
        Assert.Equal("denominator is zero", Ratios.OfSums([(1m, 0m)]).Reason);
        Assert.Equal(-2m, Ratios.Divide(2m, -1m).Value);
    }

    [Fact]
    public void CalculationResult_EqualityAndText()
    {
        Assert.Equal(CalculationResult.Defined(1m), CalculationResult.Defined(1.0m));
        Assert.NotEqual(CalculationResult.Defined(1m), CalculationResult.Undefined("x"));
        Assert.True(CalculationResult.Undefined("x") == CalculationResult.Undefined("x"));
        Assert.Equal("undefined: x", CalculationResult.Undefined("x").ToString());
        Assert.Equal("0.5", CalculationResult.Defined(0.5m).ToString());
        Assert.Equal("no value", default(CalculationResult).Reason);
        Assert.Throws<ArgumentException>(() => CalculationResult.Undefined(""));
    }

    [Fact]
    public void Divide_Overflow_IsUndefined()
    {
        Assert.False(Ratios.Divide(decimal.MaxValue, 0.0001m).IsDefined);
    }
}
