using System.Runtime.CompilerServices;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>
/// <see cref="decimal"/> addition, comparison and squaring with the common case of panel sums done inline: values of
/// the same sign and scale (for addition, whose sum fits the 96-bit mantissa without rounding; for squaring, whole
/// numbers below 2³²), and for addition also opposite signs at one scale and a short value at a smaller scale. Every
/// other case goes to <see cref="decimal"/>'s own operators, so the results are always
/// exactly theirs, bit for bit (a property test checks it); except that an addition that would round is an
/// <see cref="OverflowException"/> (<see cref="ExactDecimal.Add"/>).
/// </summary>
/// <remarks>
/// <para>Why: a sum of a million firm-years makes tens of millions of additions, and <see cref="decimal"/>'s operators
/// are calls that handle every scale and width; measured, the inline case saves about an eighth of the time of
/// summing a panel.</para>
/// <para>How: a decimal is four 32-bit words, flags (sign and scale), high, and low 64 bits, as .NET has laid it out
/// since .NET Core 3.0: the layout of OLE Automation's DECIMAL, which interop marshals it as, and so not free to change.
/// It is taken as given, not checked at each call: under Native AOT a static flag costs a class-initialisation check
/// and a load in each of the thirty inlined additions of a row (measured: see docs/performance.md). A test checks the
/// layout (<see cref="LayoutIsKnown"/>) on the runtimes the library targets. Thread-safe (pure functions).</para>
/// </remarks>
internal static class FastDecimal
{
    private const int ScaleMask = 0x00FF_0000;

    /// <summary>Adds <paramref name="value"/> to <paramref name="sum"/>: <c>sum += value</c> when that is exact.</summary>
    /// <exception cref="OverflowException">The sum cannot be held exactly in a decimal, so <c>sum += value</c> would
    /// round it or overflow (see <see cref="ExactDecimal.Add"/>).</exception>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Add(ref decimal sum, decimal value)
    {
        ref var a = ref Unsafe.As<decimal, Words>(ref sum);
        var b = Unsafe.As<decimal, Words>(ref value);
        if (a.Flags == b.Flags)
        {
            // Same sign and scale: the mantissas add, unless the sum needs more than 96 bits.
            var low = a.Low + b.Low;
            var high = (ulong)a.High + b.High + (low < a.Low ? 1UL : 0UL);
            if (high <= uint.MaxValue)
            {
                a.Low = low;
                a.High = (uint)high;
                return;
            }
        }

        AddOther(ref sum, value);
    }

    /// <summary>The sums the inline path leaves: opposite signs at one scale (a profit and a loss), and a value of a
    /// smaller scale whose mantissa fits 32 bits (24 employees added to 27.2) are still done here, as decimal does them;
    /// anything else goes to <see cref="ExactDecimal.Add"/>.</summary>
    private static void AddOther(ref decimal sum, decimal value)
    {
        ref var a = ref Unsafe.As<decimal, Words>(ref sum);
        var b = Unsafe.As<decimal, Words>(ref value);
        if ((a.Flags ^ b.Flags) == int.MinValue)
        {
            // Same scale, opposite signs (the flags differ in the sign bit alone): the smaller magnitude comes off the
            // larger, whose sign the result takes; a zero takes the sum's sign, as decimal's subtraction leaves it.
            if (b.High < a.High || (b.High == a.High && b.Low <= a.Low))
            {
                var borrow = b.Low > a.Low ? 1u : 0u;
                a.Low -= b.Low;
                a.High = a.High - b.High - borrow;
            }
            else
            {
                var borrow = a.Low > b.Low ? 1u : 0u;
                a.Low = b.Low - a.Low;
                a.High = b.High - a.High - borrow;
                a.Flags = b.Flags;
            }

            return;
        }

        var up = ((a.Flags & ScaleMask) - (b.Flags & ScaleMask)) >> 16;
        if ((a.Flags ^ b.Flags) >= 0 && up is > 0 and < 10 && b.High == 0 && b.Low <= uint.MaxValue)
        {
            // Same sign, the value at a smaller scale: decimal scales it up to the sum's scale (exactly, as it is
            // below 2³² × 10⁹ < 2⁶²), then adds the mantissas.
            ReadOnlySpan<ulong> powersOfTen = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];
            var scaled = b.Low * powersOfTen[up];
            var low = a.Low + scaled;
            var high = (ulong)a.High + (low < a.Low ? 1UL : 0UL);
            if (high <= uint.MaxValue)
            {
                a.Low = low;
                a.High = (uint)high;
                return;
            }
        }

        sum = ExactDecimal.Add(sum, value);
    }

    /// <summary>Exactly <c>value * value</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static decimal Square(decimal value)
    {
        var x = Unsafe.As<decimal, Words>(ref value);
        if ((x.Flags & ScaleMask) == 0 && x.High == 0 && x.Low <= uint.MaxValue)
        {
            // A whole number below 2³²: its square is a positive whole number of 64 bits.
            var square = new Words { Low = x.Low * x.Low };
            return Unsafe.As<Words, decimal>(ref square);
        }

        return value * value;
    }

    /// <summary>Exactly <c>a &gt; b</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsGreater(decimal a, decimal b)
    {
        var x = Unsafe.As<decimal, Words>(ref a);
        var y = Unsafe.As<decimal, Words>(ref b);
        if (x.Flags == y.Flags)
        {
            // Same sign and scale: the mantissas compare as the values do, reversed when negative.
            var greater = x.High > y.High || (x.High == y.High && x.Low > y.Low);
            var less = x.High < y.High || (x.High == y.High && x.Low < y.Low);
            return x.Flags >= 0 ? greater : less;
        }

        return a > b;
    }

    /// <summary>Exactly <c>value &gt; 0</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPositive(decimal value)
    {
        var x = Unsafe.As<decimal, Words>(ref value);
        return x.Flags >= 0 && (x.High | x.Low) != 0;
    }

    /// <summary>Exactly <c>value &lt; 0</c>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsNegative(decimal value)
    {
        var x = Unsafe.As<decimal, Words>(ref value);
        return x.Flags < 0 && (x.High | x.Low) != 0;
    }

    /// <summary>Whether decimal has the layout this class reads (a test checks it on each targeted runtime).</summary>
    internal static bool LayoutIsKnown()
    {
        var probe = new decimal(1, 2, 3, isNegative: true, scale: 4);
        var words = Unsafe.As<decimal, Words>(ref probe);
        return words.Flags == unchecked((int)0x8004_0000) && words.High == 3 && words.Low == ((2UL << 32) | 1);
    }

    // System.Decimal's fields, in order.
    private struct Words
    {
        public int Flags;
        public uint High;
        public ulong Low;
    }
}
