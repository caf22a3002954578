using HelseIndicators.Sample;

namespace HelseIndicators.Tests.Sample;

public class SampleRandomTests
{
    [Fact]
    public void SplitMix64_FromZero_GivesTheReferenceSequence()
    {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        ulong state = 0;
        Assert.Equal(0xE220A8397B1DCDAFUL, SampleRandom.SplitMix64(ref state));
        Assert.Equal(0x6E789E6AA1B965F4UL, SampleRandom.SplitMix64(ref state));
        Assert.Equal(0x06C45D188009454FUL, SampleRandom.SplitMix64(ref state));
    }

    [Fact]
    public void NextUInt64_SameSeed_SameSequence_DifferentSeed_Different()
    {
        var a = new SampleRandom(42);
        var b = new SampleRandom(42);
        var c = new SampleRandom(43);
        var sa = Enumerable.Range(0, 20).Select(_ => a.NextUInt64()).ToList();
        Assert.Equal(sa, Enumerable.Range(0, 20).Select(_ => b.NextUInt64()).ToList());
        Assert.NotEqual(sa, Enumerable.Range(0, 20).Select(_ => c.NextUInt64()).ToList());
    }

    [Fact]
    public void NextDouble_IsInUnitInterval_WithMeanNearHalf()
    {
        var rng = new SampleRandom(7);
        var draws = Enumerable.Range(0, 20_000).Select(_ => rng.NextDouble()).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0.0, 0.9999999999999999));
        Assert.InRange(draws.Average(), 0.49, 0.51);
    }

    [Fact]
    public void NextInt_StaysInRange_AndHitsEveryValue()
    {
        var rng = new SampleRandom(9);
        var draws = Enumerable.Range(0, 5_000).Select(_ => rng.NextInt(7)).ToList();
        Assert.All(draws, d => Assert.InRange(d, 0, 6));
        Assert.Equal(7, draws.Distinct().Count());
    }

    [Fact]
    public void NextNormal_HasMeanZeroAndVarianceOne()
    {
        var rng = new SampleRandom(11);
        var draws = Enumerable.Range(0, 40_000).Select(_ => rng.NextNormal()).ToList();
        var mean = draws.Average();
        var variance = draws.Select(d => (d - mean) * (d - mean)).Average();
        Assert.InRange(mean, -0.02, 0.02);
        Assert.InRange(variance, 0.97, 1.03);
    }

    [Theory]
    [InlineData(1e-300)]
    [InlineData(1e-5)]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(1.4142)]
    [InlineData(2.0)]
    [InlineData(123456.789)]
    [InlineData(1e300)]
    [InlineData(4.9e-324)]
    public void Log_AgreesWithMathLog(double x)
    {
        Assert.Equal(Math.Log(x), SampleMath.Log(x), Math.Abs(Math.Log(x)) * 1e-14 + 1e-15);
    }

    [Theory]
    [InlineData(-700.0)]
    [InlineData(-20.5)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(1e-10)]
    [InlineData(0.5)]
    [InlineData(3.7)]
    [InlineData(250.0)]
    [InlineData(700.0)]
    public void Exp_AgreesWithMathExp(double x)
    {
        var expected = Math.Exp(x);
        Assert.Equal(1.0, SampleMath.Exp(x) / expected, 1e-14);
    }

    [Fact]
    public void LogAndExp_RejectWhatTheyCannotCompute()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleMath.Log(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleMath.Log(-1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleMath.Exp(701));
        Assert.Equal(0.0, SampleMath.Exp(-800));
    }
}
