using System.Globalization;
using System.Numerics;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Tests.Indicators;

/// <summary>FastDecimal must give decimal's own results, bit for bit, whatever the operands; except that a sum that
/// decimal's addition would round is an overflow.</summary>
public class FastDecimalTests
{
    // Mostly values that take the inline path (same scale and sign, 64-bit mantissas), and every other kind:
    // wide mantissas, other scales, negative zero, the extremes.
    private static readonly Gen<decimal> s_decimals = Gen.OneOf(
        Gen.Choose(0, int.MaxValue).SelectMany(lo => Gen.Choose(0, 3).SelectMany(mid => Gen.Elements(false, false, true)
            .SelectMany(negative => Gen.Elements<byte>(0, 0, 0, 1, 2).Select(scale => new decimal(lo, mid, 0, negative, scale))))),
        Gen.Choose(int.MinValue, int.MaxValue).SelectMany(lo => Gen.Choose(int.MinValue, int.MaxValue).SelectMany(mid =>
            Gen.Elements(0, 1, 7, int.MaxValue, -1).SelectMany(hi => Gen.Choose(0, 28).SelectMany(scale =>
                Gen.Elements(false, true).Select(negative => new decimal(lo, mid, hi, negative, (byte)scale)))))),
        Gen.Elements(0m, decimal.Negate(0m), 0.00m, decimal.Negate(0.00m), 1m, -1m, decimal.MaxValue, decimal.MinValue,
            (decimal)ulong.MaxValue, (decimal)uint.MaxValue, (decimal)uint.MaxValue + 1m, 0.0000000000000000000000000001m));

    private static readonly Arbitrary<decimal> s_arbitrary = s_decimals.ToArbitrary();

    private static readonly Arbitrary<(decimal A, decimal B)> s_pairs =
        s_decimals.SelectMany(a => s_decimals.Select(b => (a, b))).ToArbitrary();

    // FastDecimal reads a decimal's words without checking their layout at each call: this is the check.
    [Fact]
    public void Layout_IsTheOneFastDecimalReads() => Assert.True(FastDecimal.LayoutIsKnown());

    [Property]
    public Property Add_IsDecimalAddition_WhenThatIsExact_ElseOverflow() =>
        Prop.ForAll(s_arbitrary, s_arbitrary, (a, b) =>
        {
            var expected = ExactOutcome(a, b);
            var sum = a;
            var actual = Outcome(() =>
            {
                FastDecimal.Add(ref sum, b);
                return sum;
            });
            return (actual == expected).Label($"{a} + {b}: {actual} against {expected}");
        });

    // Sums that decimal's addition rounds: they must fail, in either order, instead of depending on it.
    [Theory]
    [InlineData("9000000000000", "0.0000000000000004")]
    [InlineData("9000000000000000000000000000", "0.4")]
    [InlineData("10", "0.0000000000000000000000000001")]
    public void Add_ThatWouldRound_IsAnOverflowNamingBothValues(string left, string right)
    {
        var a = decimal.Parse(left, CultureInfo.InvariantCulture);
        var b = decimal.Parse(right, CultureInfo.InvariantCulture);
        foreach (var (x, y) in new[] { (a, b), (b, a) })
        {
            var sum = x;
            var e = Assert.Throws<OverflowException>(() => FastDecimal.Add(ref sum, y));
            Assert.Contains($"{x} + {y} cannot be held exactly", e.Message, StringComparison.Ordinal);
        }
    }

    // The dominance rule's comparison (largest × 100 > k × total), exact whatever the size of the products.
    [Property]
    public Property ProductComparison_IsExact() =>
        Prop.ForAll(s_pairs, s_pairs, (left, right) =>
            ExactDecimal.IsProductGreater(left.A, left.B, right.A, right.B)
            == (Rational(left.A) * Rational(left.B) > Rational(right.A) * Rational(right.B)));

    [Property]
    public Property Square_IsDecimalMultiplication() =>
        Prop.ForAll(s_arbitrary, a =>
        {
            var expected = Outcome(() => a * a);
            var actual = Outcome(() => FastDecimal.Square(a));
            return (actual == expected).Label($"{a}²: {actual} against {expected}");
        });

    [Property]
    public Property Comparisons_AreDecimals() =>
        Prop.ForAll(s_arbitrary, s_arbitrary, (a, b) =>
            FastDecimal.IsGreater(a, b) == (a > b) && FastDecimal.IsGreater(b, a) == (b > a) && !FastDecimal.IsGreater(a, a)
            && FastDecimal.IsPositive(a) == (a > 0m) && FastDecimal.IsNegative(a) == (a < 0m));

    [Theory]
    [InlineData("18446744073709551615", "1")]            // the carry into the high word
    [InlineData("79228162514264337593543950335", "1")]   // beyond 96 bits: decimal's overflow
    [InlineData("-79228162514264337593543950335", "-1")]
    [InlineData("7922816251426433759354395033.5", "0.5")] // beyond 96 bits at scale 1: decimal drops a 0, exact
    [InlineData("7922816251426433759354395033.5", "0.4")] // the same, but decimal rounds: an overflow
    [InlineData("12.5", "-12.5")]
    [InlineData("-12.5", "12.5")]                       // a zero takes the sum's sign
    [InlineData("-0", "-0")]
    [InlineData("-0", "0")]
    [InlineData("18446744073709551616", "-1")]          // the borrow from the high word
    [InlineData("1", "-18446744073709551616")]          // the value the larger: its sign
    [InlineData("-79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("27.2", "24")]                          // a value of a smaller scale, scaled up
    [InlineData("-27.2", "-24")]
    [InlineData("27.2", "-24")]                         // and of the other sign: decimal's way
    [InlineData("0.000000001", "4294967295")]           // scaled up by 10^9 from 32 bits
    [InlineData("0.0000000001", "4294967295")]          // 10^10: decimal's way
    [InlineData("0.1", "4294967296")]                   // beyond 32 bits: decimal's way
    [InlineData("79228162514264337593543950.33", "1")] // scaled up beyond 96 bits: decimal rounds, an overflow
    public void Add_AtTheEdges_IsDecimalAddition_WhenExact(string left, string right)
    {
        var a = decimal.Parse(left, CultureInfo.InvariantCulture);
        var b = decimal.Parse(right, CultureInfo.InvariantCulture);
        var expected = ExactOutcome(a, b);
        var sum = a;
        Assert.Equal(expected, Outcome(() =>
        {
            FastDecimal.Add(ref sum, b);
            return sum;
        }));
    }

    [Theory]
    [InlineData("4294967295")] // the largest inline square
    [InlineData("4294967296")]
    [InlineData("-65536")]
    [InlineData("1.5")]
    [InlineData("281474976710656")] // its square overflows
    public void Square_AtTheEdges_IsDecimalMultiplication(string text)
    {
        var a = decimal.Parse(text, CultureInfo.InvariantCulture);
        Assert.Equal(Outcome(() => a * a), Outcome(() => FastDecimal.Square(a)));
    }

    // What FastDecimal.Add must give: decimal's own a + b when that is the exact sum, else an overflow. The exact sum
    // is worked out from the decimals' invariant texts, independently of how FastDecimal checks it.
    private static string ExactOutcome(decimal a, decimal b)
    {
        var expected = Outcome(() => a + b);
        return expected != "overflow" && Rational(a + b) == Rational(a) + Rational(b) ? expected : "overflow";
    }

    // value × 10^28 as an integer (every decimal has at most 28 decimals), from its text.
    private static BigInteger Rational(decimal value)
    {
        var text = value.ToString(CultureInfo.InvariantCulture);
        var point = text.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : text.Length - point - 1;
        var digits = point < 0 ? text : text.Remove(point, 1);
        return BigInteger.Parse(digits, CultureInfo.InvariantCulture) * BigInteger.Pow(10, 28 - decimals);
    }

    // The bits of the result (so 1.0 and 1.00 differ, and so do 0 and -0), or the exception's type.
    private static string Outcome(Func<decimal> operation)
    {
        try
        {
            return string.Join(",", decimal.GetBits(operation()));
        }
        catch (OverflowException)
        {
            return "overflow";
        }
    }
}
