using System.Globalization;
using System.Numerics;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>
/// Exact arithmetic on <see cref="decimal"/>s where their own operators would round: a sum that is never rounded, and
/// the comparison of two products (the dominance rule's "largest × 100 &gt; k × total").
/// </summary>
/// <remarks>
/// <para>Why: a <see cref="decimal"/> holds 28–29 significant digits, and its addition rounds a result that needs
/// more (9 000 000 000 000 + 0.000 000 000 000 000 4 + 0.000 000 000 000 000 4 is 9 000 000 000 000 in one order of the
/// rows and 9 000 000 000 000.000 000 000 000 001 in another). Sums must not depend on the order of the rows, so a sum
/// that cannot be held exactly is an error instead (INDICATORS.md §3).</para>
/// <para>How: the rare cases are checked with <see cref="BigInteger"/>s; the common case never comes here
/// (<see cref="FastDecimal.Add"/>). Thread-safe (pure functions).</para>
/// </remarks>
internal static class ExactDecimal
{
    /// <summary>Exactly <c>a + b</c>.</summary>
    /// <exception cref="OverflowException">The sum needs more significant digits than a <see cref="decimal"/> holds,
    /// so <c>a + b</c> would round it, or it is beyond ±7.9 × 10²⁸.</exception>
    public static decimal Add(decimal a, decimal b)
    {
        decimal sum;
        try
        {
            sum = a + b;
        }
        catch (OverflowException)
        {
            throw CannotHold(a, b);
        }

        // decimal's addition keeps the larger scale unless the result needs more than 96 bits there; only then
        // may it have rounded (it may also have dropped zeros, which is exact).
        if (sum.Scale < Math.Max(a.Scale, b.Scale) && !IsExactSum(a, b, sum))
        {
            throw CannotHold(a, b);
        }

        return sum;
    }

    /// <summary>Exactly <c>a × x &gt; b × y</c>, whatever the size of the products.</summary>
    public static bool IsProductGreater(decimal a, decimal x, decimal b, decimal y)
    {
        var left = Parts(a, out var sa) * Parts(x, out var sx);
        var right = Parts(b, out var sb) * Parts(y, out var sy);
        var (leftScale, rightScale) = (sa + sx, sb + sy);
        if (leftScale < rightScale)
        {
            left *= BigInteger.Pow(10, rightScale - leftScale);
        }
        else
        {
            right *= BigInteger.Pow(10, leftScale - rightScale);
        }

        return left > right;
    }

    private static bool IsExactSum(decimal a, decimal b, decimal sum)
    {
        var ma = Parts(a, out var sa);
        var mb = Parts(b, out var sb);
        var ms = Parts(sum, out var ss);
        var scale = Math.Max(Math.Max(sa, sb), ss);
        return (ma * BigInteger.Pow(10, scale - sa)) + (mb * BigInteger.Pow(10, scale - sb)) == ms * BigInteger.Pow(10, scale - ss);
    }

    // The signed mantissa and the scale: value = mantissa / 10^scale.
    private static BigInteger Parts(decimal value, out int scale)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        scale = (bits[3] >> 16) & 0xFF;
        var mantissa = ((BigInteger)(uint)bits[2] << 64) | ((BigInteger)(uint)bits[1] << 32) | (uint)bits[0];
        return bits[3] < 0 ? -mantissa : mantissa;
    }

    private static OverflowException CannotHold(decimal a, decimal b) => new(string.Create(CultureInfo.InvariantCulture,
        $"the sum {a} + {b} cannot be held exactly: a decimal holds 28–29 significant digits, and sums are never rounded; check the amounts and their unit (an amount in øre, or with many decimals)"));
}
