using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// The usual amount's digits read sixteen bytes at a time: where the run of digits (maybe with a decimal mark and
/// more digits) stops and its value, found without a branch per digit. The same grammar and results as the byte loop
/// of <see cref="CsvNumber"/> (<c>ScanShort</c>), for runs that stop within the sixteen bytes.
/// </summary>
/// <remarks>
/// <para>Why: the byte loop's exit depends on each amount's length, which varies from row to row, so it is
/// mispredicted about once an amount; and each digit waits for the one before (<c>m = m × 10 + d</c>). Here the run's
/// length is a count of trailing zeros in a mask, and the value is three multiply-adds of the digits in parallel
/// (pairs, then fours, then eights), as simdjson and the fast CSV readers parse digits.</para>
/// <para>How: the digits' bytes are moved to the high lanes of a vector (the decimal mark left out), the rest
/// zeroed, so that lane 15 holds the last digit; each multiply-add joins neighbouring lanes into numbers of twice the
/// digits. x86 with SSSE3 and SSE4.1 only; elsewhere <see cref="TryScan"/> says false and the byte loop reads.
/// Thread-safe (pure functions).</para>
/// </remarks>
internal static class VectorDigits
{
    /// <summary>The most bytes a run read here may take: it must stop (at a byte that does not belong) within them.</summary>
    public const int Width = 16;

    // From index count (0..16), the shuffle's source lane for each result lane: 0x80 (zero) below the run.
    private static ReadOnlySpan<byte> Aligned =>
    [
        0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15,
    ];

    // From index fraction (0..15), 1 for the last `fraction` lanes: their digits are one lane on, past the mark.
    private static ReadOnlySpan<byte> PastMark =>
    [
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
    ];

    /// <summary>
    /// Reads digits from <paramref name="start"/>, maybe the decimal mark and more digits, as one mantissa, when the
    /// run stops within the <see cref="Width"/> bytes from <paramref name="start"/>.
    /// </summary>
    /// <param name="text">The bytes; at least <see cref="Width"/> of them from <paramref name="start"/>, else false.</param>
    /// <param name="start">Where the run starts (0 or more).</param>
    /// <param name="decimalMark">The decimal mark.</param>
    /// <param name="mantissa">Every digit of the run as one whole number.</param>
    /// <param name="scale">The number of digits after the mark (0 without one).</param>
    /// <param name="count">The number of digits (0: none, the run empty or the mark alone).</param>
    /// <param name="end">Where the run stops: the first byte that does not belong to it.</param>
    /// <returns>False when this machine cannot read vectors so, fewer than <see cref="Width"/> bytes are left, or the run
    /// does not stop within them (the byte loop reads it then); the run may be empty (no digit) when true.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryScan(ReadOnlySpan<byte> text, int start, byte decimalMark, out ulong mantissa, out int scale, out int count, out int end)
    {
        if (!Sse41.IsSupported || start > text.Length - Width)
        {
            mantissa = 0;
            scale = count = end = 0;
            return false;
        }

        var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(text), (nuint)start);
        var digits = bytes - Vector128.Create((byte)'0');
        var notDigits = Vector128.GreaterThan(digits, Vector128.Create((byte)9)).ExtractMostSignificantBits();
        var whole = BitOperations.TrailingZeroCount(notDigits); // 32 when all sixteen are digits
        var fraction = 0;
        var stop = whole;
        if (whole < Width && text[start + whole] == decimalMark)
        {
            fraction = BitOperations.TrailingZeroCount(notDigits >> (whole + 1));
            stop = whole + 1 + fraction;
        }

        if (stop >= Width)
        {
            mantissa = 0;
            scale = count = end = 0;
            return false;
        }

        count = whole + fraction;
        mantissa = Value(digits, count, fraction);
        scale = fraction;
        end = start + stop;
        return true;
    }

    /// <summary>
    /// Reads a whole field of digits with at most one decimal mark among them (no sign), its end known: the usual
    /// amount once a line's field ends are found (<see cref="LineFieldEnds"/>).
    /// </summary>
    /// <param name="text">The bytes; at least <see cref="Width"/> of them from <paramref name="start"/>, else false.</param>
    /// <param name="start">Where the field starts (0 or more).</param>
    /// <param name="length">The field's length: 1 to <see cref="Width"/> − 1, else false.</param>
    /// <param name="decimalMark">The decimal mark.</param>
    /// <param name="mantissa">Every digit of the field as one whole number.</param>
    /// <param name="scale">The number of digits after the mark (0 without one).</param>
    /// <returns>Whether the field is digits, maybe with one mark among or after them, and at least one digit; false
    /// also when this machine cannot read vectors so (the caller reads the field another way then).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryField(ReadOnlySpan<byte> text, int start, int length, byte decimalMark, out ulong mantissa, out int scale)
    {
        mantissa = 0;
        scale = 0;
        if (!Sse41.IsSupported || (uint)(length - 1) >= Width - 1 || start > text.Length - Width)
        {
            return false;
        }

        var bytes = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(text), (nuint)start);
        var digits = bytes - Vector128.Create((byte)'0');
        var notDigits = Vector128.GreaterThan(digits, Vector128.Create((byte)9)).ExtractMostSignificantBits() & ((1u << length) - 1);
        var count = length;
        if (notDigits != 0)
        {
            // One byte that is not a digit, the mark, and a digit besides it.
            var mark = BitOperations.TrailingZeroCount(notDigits);
            if ((notDigits & (notDigits - 1)) != 0 || text[start + mark] != decimalMark || length == 1)
            {
                return false;
            }

            count = length - 1;
            scale = length - 1 - mark;
        }

        mantissa = Value(digits, count, scale);
        return true;
    }

    // The number of the first `count` digits (the mark, if any, after count − fraction of them, left out), lanes
    // 0..15 each holding a digit's value (or anything, past the run).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Value(Vector128<byte> digits, int count, int fraction)
    {
        // Result lane r takes source lane r − (16 − count) (Aligned), and one more for the fraction's lanes, past the
        // mark (PastMark); a lane below the run gets an index with its high bit set, which the shuffle makes zero.
        var control = Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(Aligned), (nuint)count)
            + Vector128.LoadUnsafe(ref MemoryMarshal.GetReference(PastMark), (nuint)fraction);
        var aligned = Ssse3.Shuffle(digits, control);
        var pairs = Ssse3.MultiplyAddAdjacent(aligned, Vector128.Create((sbyte)10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1, 10, 1));
        var fours = Sse2.MultiplyAddAdjacent(pairs, Vector128.Create((short)100, 1, 100, 1, 100, 1, 100, 1));
        var eights = Sse2.MultiplyAddAdjacent(Sse41.PackUnsignedSaturate(fours, fours).AsInt16(),
            Vector128.Create((short)10_000, 1, 10_000, 1, 10_000, 1, 10_000, 1));
        var halves = eights.AsUInt64().ToScalar(); // the first eight digits' number, then the last eight's
        return ((halves & uint.MaxValue) * 100_000_000UL) + (halves >> 32);
    }
}
