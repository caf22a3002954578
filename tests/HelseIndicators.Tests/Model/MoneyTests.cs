using System.Globalization;
using FsCheck.Xunit;
using HelseIndicators.Model;
using HelseIndicators.Tests.Laws;

namespace HelseIndicators.Tests.Model;

public class MoneyTests
{
    [Fact]
    public void Add_SameCurrencyAndBasis_IsExact()
    {
        var sum = Money.Nok(0.1m) + Money.Nok(0.2m);
        Assert.Equal(0.3m, sum.Amount);
        Assert.Equal(Currency.Nok, sum.Currency);
        Assert.True(sum.PriceBasis.IsCurrent);
    }

    [Fact]
    public void Add_NokAndEur_IsRefused()
    {
        var e = Assert.Throws<InvalidOperationException>(() => Money.Nok(1m) + new Money(1m, Currency.Eur));
        Assert.Contains("NOK and EUR", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_CurrentAndConstantPrices_IsRefused()
    {
        var real = new Money(1m, Currency.Nok, PriceBasis.ConstantPrices(2015));
        var e = Assert.Throws<InvalidOperationException>(() => Money.Nok(1m) + real);
        Assert.Contains("constant-2015", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => real - new Money(1m, Currency.Nok, PriceBasis.ConstantPrices(2020)));
        Assert.Throws<InvalidOperationException>(() => Money.Nok(1m) < real);
    }

    [Fact]
    public void Divide_NokByNok_IsARatio()
    {
        Ratio share = Money.Nok(20_000_000_000m) / Money.Nok(52_000_000_000m);
        Assert.Equal(20m / 52m, share.Fraction);
        Assert.Throws<DivideByZeroException>(() => Money.Nok(1m) / Money.Nok(0m));
    }

    [Fact]
    public void Deflate_UsesBaseOverYearIndex()
    {
        // 110 NOK of 2020 in 2015 prices with P(2015) = 100 and P(2020) = 110 is 100 NOK.
        var real = Money.Nok(110m).Deflate(2015, 100m, 110m);
        Assert.Equal(100m, real.Amount);
        Assert.Equal(PriceBasis.ConstantPrices(2015), real.PriceBasis);
        Assert.Throws<InvalidOperationException>(() => real.Deflate(2015, 100m, 110m));
        Assert.Throws<ArgumentOutOfRangeException>(() => Money.Nok(1m).Deflate(2015, 0m, 110m));
    }

    [Fact]
    public void Overflow_Throws_NeverWraps() =>
        Assert.Throws<OverflowException>(() => Money.Nok(decimal.MaxValue) + Money.Nok(1m));

    [Fact]
    public void Default_IsZeroNokCurrentPrices()
    {
        Assert.Equal(Money.Zero(), default);
        Assert.Equal("NOK", default(Money).Currency.Code);
    }

    [Fact]
    public void ToString_IsInvariant_WithBasis()
    {
        Assert.Equal("1234.5 NOK", Money.Nok(1234.5m).ToString());
        Assert.Equal("1234.5 NOK (constant-2015)", new Money(1234.5m, Currency.Nok, PriceBasis.ConstantPrices(2015)).ToString());
        var nb = new CultureInfo("nb-NO");
        Assert.Equal(1234.5m.ToString("N1", nb) + " NOK", Money.Nok(1234.5m).ToString("N1", nb));
    }

    [Fact]
    public void Equality_And_Ordering_FollowTheLaws()
    {
        EqualityLaws.AssertEqualityLaws(Money.Nok(1.0m), Money.Nok(1.00m), new Money(1m, Currency.Eur));
        EqualityLaws.AssertOrderingLaws(Money.Nok(-1m), Money.Nok(2m));
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool Addition_IsCommutative_AndSubtractionUndoesIt(Money a, decimal b)
    {
        var other = new Money(b / 4, a.Currency, a.PriceBasis);
        var half = new Money(a.Amount / 4, a.Currency, a.PriceBasis);
        return half + other == other + half && half + other - other == half;
    }

    [Property(Arbitrary = [typeof(ModelArbitraries)])]
    public bool IncompatibleAmounts_NeverAdd(Money a, Money b)
    {
        try
        {
            _ = new Money(a.Amount / 4, a.Currency, a.PriceBasis) + new Money(b.Amount / 4, b.Currency, b.PriceBasis);
            return a.IsCompatibleWith(b);
        }
        catch (InvalidOperationException)
        {
            return !a.IsCompatibleWith(b);
        }
    }
}
