using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Tests.Laws;

namespace HelseIndicators.Tests.Disclosure.Solving;

public sealed class RationalTests
{
    /// <summary>A fraction from two generated integers; a 0 denominator reads as 1.</summary>
    private static Rational R(long numerator, long denominator) => new(numerator, denominator == 0 ? 1 : denominator);

    /// <summary>Large fractions too: products of two generated integers.</summary>
    private static Rational Big(long a, long b, long c, long d) => new(new BigInteger(a) * b, (d == 0 ? 1 : new BigInteger(d)) * (c == 0 ? 7 : c));

    [Property]
    public bool Addition_IsCommutativeAndAssociative(long an, long ad, long bn, long bd, long cn, long cd)
    {
        var (a, b, c) = (R(an, ad), R(bn, bd), R(cn, cd));
        return a + b == b + a && (a + b) + c == a + (b + c) && a + Rational.Zero == a && a - a == Rational.Zero && a + (-a) == Rational.Zero;
    }

    [Property]
    public bool Multiplication_IsCommutativeAssociativeAndDistributes(long an, long ad, long bn, long bd, long cn, long cd)
    {
        var (a, b, c) = (R(an, ad), R(bn, bd), R(cn, cd));
        return a * b == b * a && (a * b) * c == a * (b * c) && a * (b + c) == (a * b) + (a * c) && a * Rational.One == a
               && (a * Rational.Zero).IsZero;
    }

    [Property]
    public bool Division_InvertsMultiplication(long an, long ad, long bn, long bd, long c, long d)
    {
        var a = R(an, ad) + Big(an, bd, c, d);
        var b = R(bn, bd);
        return b.IsZero || ((a / b) * b == a && (a * b) / b == a && b / b == Rational.One);
    }

    [Property]
    public bool Results_AreNormalised(long an, long ad, long bn, long bd)
    {
        var (a, b) = (R(an, ad), R(bn, bd));
        var results = new List<Rational> { a + b, a - b, a * b, -a, a };
        if (!b.IsZero)
        {
            results.Add(a / b);
        }

        return results.TrueForAll(r => r.Denominator.Sign > 0 && BigInteger.GreatestCommonDivisor(r.Numerator, r.Denominator).IsOne);
    }

    [Property]
    public bool Value_IsTheFractionsCrossProduct(long an, long ad, long bn, long bd)
    {
        // Independent of the implementation: a/b = c/d exactly when a·d = c·b, and orders the same way when b, d > 0.
        var (adSafe, bdSafe) = (ad == 0 ? 1 : ad, bd == 0 ? 1 : bd);
        var left = new BigInteger(an) * bdSafe * Math.Sign(adSafe) * Math.Sign(bdSafe);
        var right = new BigInteger(bn) * adSafe * Math.Sign(adSafe) * Math.Sign(bdSafe);
        var (a, b) = (R(an, ad), R(bn, bd));
        return Math.Sign(a.CompareTo(b)) == left.CompareTo(right) && (a == b) == (left == right)
               && EqualityLaws.OrderingIsConsistent(a, b);
    }

    [Property]
    public bool Sum_MatchesCommonDenominatorArithmetic(long an, long ad, long bn, long bd)
    {
        var (p, q) = (ad == 0 ? 1 : ad, bd == 0 ? 1 : bd);
        var expected = new Rational((new BigInteger(an) * q) + (new BigInteger(bn) * p), new BigInteger(p) * q);
        var product = new Rational(new BigInteger(an) * bn, new BigInteger(p) * q);
        return R(an, ad) + R(bn, bd) == expected && R(an, ad) * R(bn, bd) == product;
    }

    [Property]
    public bool FromDecimal_RoundTripsExactly(decimal value) =>
        Rational.FromDecimal(value).ToDecimal() == value && Rational.FromDecimal(value) == FromDecimalByDigits(value);

    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    [InlineData("7.9228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    [InlineData("-0.0000000000000000000000000001")]
    [InlineData("1234567890.123456789012345678")]
    [InlineData("0.3333333333333333333333333333")]
    [InlineData("1000000000000000000.0000000001")]
    [InlineData("0")]
    public void FromDecimal_ManyDigits_IsExactAndRoundTrips(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var rational = Rational.FromDecimal(value);
        Assert.Equal(FromDecimalByDigits(value), rational);
        Assert.Equal(value, rational.ToDecimal());
    }

    [Fact]
    public void FromDecimal_KeepsValueNotScale()
    {
        Assert.Equal(new Rational(5, 4), Rational.FromDecimal(1.2500m));
        Assert.Equal(Rational.FromDecimal(2m), Rational.FromDecimal(2.000000m));
        Assert.Equal("1/3", (Rational.FromDecimal(1m) / Rational.FromDecimal(3m)).ToString());
    }

    [Property]
    public bool FromDecimal_PreservesExactDecimalArithmetic(long a, long b, byte scaleA, byte scaleB)
    {
        var x = new decimal((int)Math.Abs(a % 1_000_000_000L), 0, 0, a < 0, (byte)(scaleA % 8));
        var y = new decimal((int)Math.Abs(b % 1_000_000_000L), 0, 0, b < 0, (byte)(scaleB % 8));
        return Rational.FromDecimal(x) + Rational.FromDecimal(y) == Rational.FromDecimal(x + y)
               && Rational.FromDecimal(x) * Rational.FromDecimal(y) == Rational.FromDecimal(x * y);
    }

    [Fact]
    public void ToDecimal_OfANonTerminatingFraction_RoundsToTheLastDigit()
    {
        Assert.Equal(0.3333333333333333333333333333m, new Rational(1, 3).ToDecimal());
        Assert.Equal(0.6666666666666666666666666667m, new Rational(2, 3).ToDecimal());
        Assert.Equal(-0.6666666666666666666666666667m, new Rational(-2, 3).ToDecimal());
        Assert.Throws<OverflowException>(() => new Rational(BigInteger.Pow(10, 30)).ToDecimal());
    }

    [Property]
    public bool ToDouble_IsTheCorrectlyRoundedQuotient(long numerator, long denominator, byte shift)
    {
        // Below 2^53 both are exact doubles, and IEEE division rounds their exact quotient once: the reference.
        const long Exact = 1L << 53;
        var n = (numerator % Exact) >> (shift % 40);
        var d = denominator % Exact == 0 ? 1 : denominator % Exact;
        return R(n, d).ToDouble() == (double)n / d;
    }

    [Fact]
    public void ToDouble_OfHugeAndTinyFractions_StaysInRange()
    {
        var huge = BigInteger.Pow(10, 400);
        Assert.Equal(10d / 3d, new Rational(huge * 10, huge * 3).ToDouble());
        Assert.Equal(0.1, new Rational(1, 10).ToDouble());
        Assert.Equal(-2d / 3d, new Rational(-2, 3).ToDouble());
        Assert.Equal(9007199254740993d, new Rational(9007199254740993).ToDouble());
        Assert.Equal(Math.Pow(2, 70) + Math.Pow(2, 18), new Rational((BigInteger.One << 70) + (BigInteger.One << 17) + 1).ToDouble());
        Assert.Equal(1e-300 / 3, new Rational(BigInteger.One, BigInteger.Pow(10, 300) * 3).ToDouble(), 1e-314);
        Assert.Equal(2.5e300, new Rational(BigInteger.Pow(10, 301) * 5, 2).ToDouble() / 10, 1e286);
        Assert.Equal(0d, Rational.Zero.ToDouble());
        Assert.Equal(double.PositiveInfinity, new Rational(BigInteger.Pow(10, 400)).ToDouble());
    }

    [Fact]
    public void ToString_IsInvariantAndReduced()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            // sv-SE writes a minus sign (U+2212) and groups digits; the fraction must not.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("sv-SE");
            Assert.Equal("3/4", new Rational(6, 8).ToString());
            Assert.Equal("-3/4", new Rational(6, -8).ToString());
            Assert.Equal("-2", new Rational(-4, 2).ToString());
            Assert.Equal("0", default(Rational).ToString());
            Assert.Equal("1234567/1000", Rational.FromDecimal(1234.567m).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void DefaultValue_IsZero()
    {
        Assert.True(default(Rational).IsZero);
        Assert.Equal(Rational.Zero, new Rational(0, -5));
        Assert.Equal(BigInteger.One, default(Rational).Denominator);
        Assert.Equal(new Rational(3, 1), default(Rational) + 3);
        Assert.Equal(Rational.One, (default(Rational) + 2) / 2);
    }

    [Fact]
    public void EqualityAndOrdering_FollowTheLaws()
    {
        EqualityLaws.AssertEqualityLaws(new Rational(1, 3), new Rational(-2, -6), new Rational(1, 4));
        EqualityLaws.AssertOrderingLaws(new Rational(-1, 2), new Rational(1, 3));
        EqualityLaws.AssertOrderingLaws(new Rational(1, 4), new Rational(1, 3));
        EqualityLaws.AssertOrderingLaws<Rational>(2, new Rational(7, 3));
    }

    [Fact]
    public void DivisionByZero_Throws()
    {
        Assert.Throws<DivideByZeroException>(() => new Rational(1, 0));
        Assert.Throws<DivideByZeroException>(() => Rational.One / Rational.Zero);
    }

    [Fact]
    public void Properties_DescribeTheFraction()
    {
        var value = new Rational(-9, 6);
        Assert.Equal(new BigInteger(-3), value.Numerator);
        Assert.Equal(new BigInteger(2), value.Denominator);
        Assert.Equal(-1, value.Sign);
        Assert.False(value.IsInteger);
        Assert.True(new Rational(8, 4).IsInteger);
        Assert.Equal(new Rational(3, 2), value.Abs());
    }

    /// <summary>An independent reading of a decimal: its invariant digits, the point removed, over 10^(digits after it).</summary>
    private static Rational FromDecimalByDigits(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var digits = text.Replace(".", "", StringComparison.Ordinal);
        return new Rational(BigInteger.Parse(digits, CultureInfo.InvariantCulture), BigInteger.Pow(10, decimals));
    }

    public static class Arbitraries
    {
        public static Arbitrary<decimal> ManyDigitDecimals() =>
            (from lo in Gen.Choose(int.MinValue, int.MaxValue)
             from mid in Gen.Choose(int.MinValue, int.MaxValue)
             from hi in Gen.Choose(int.MinValue, int.MaxValue)
             from negative in ArbMap.Default.GeneratorFor<bool>()
             from scale in Gen.Choose(0, 28)
             select new decimal(lo, mid, hi, negative, (byte)scale)).ToArbitrary();
    }

    [Property(Arbitrary = [typeof(Arbitraries)])]
    public bool FromDecimal_RoundTripsExactly_WithFullMantissas(decimal value) => FromDecimal_RoundTripsExactly(value);
}
