using System.Globalization;
using FsCheck.Xunit;
using HelseIndicators.Model;
using HelseIndicators.Tests.Laws;

namespace HelseIndicators.Tests.Model;

public class RatioTests
{
    [Fact]
    public void FractionAndPercent_AreTwoViewsOfOneValue()
    {
        Assert.Equal(0.4123m, Ratio.FromPercent(41.23m).Fraction);
        Assert.Equal(41.23m, Ratio.FromFraction(0.4123m).Percent);
        Assert.Equal(0.25m, Ratio.Of(1m, 4m).Fraction);
        Assert.Throws<DivideByZeroException>(() => Ratio.Of(1m, 0m));
    }

    [Fact]
    public void ToString_IsPercent_CultureExplicit()
    {
        Assert.Equal("41.2 %", Ratio.FromFraction(0.4123m).ToString());
        Assert.Equal("41,2 %", Ratio.FromFraction(0.4123m).ToString("0.0", new CultureInfo("nb-NO")));
        Assert.Equal("0.4123", Ratio.FromFraction(0.4123m).ToString("F", CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Equality_And_Ordering_FollowTheLaws()
    {
        EqualityLaws.AssertEqualityLaws(Ratio.FromFraction(0.5m), Ratio.FromPercent(50m), Ratio.FromFraction(0.6m));
        EqualityLaws.AssertOrderingLaws(Ratio.FromFraction(-0.1m), Ratio.FromFraction(1.5m));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Ordering_IsConsistentWithEquality(Ratio a, Ratio b) => EqualityLaws.OrderingIsConsistent(a, b);

    [Property]
    public bool Of_IsInvariantToScalingBothTerms(int numerator, int denominator, byte k)
    {
        if (denominator == 0 || k == 0)
        {
            return true;
        }

        return Ratio.Of(numerator * (decimal)k, denominator * (decimal)k) == Ratio.Of(numerator, denominator);
    }
}
