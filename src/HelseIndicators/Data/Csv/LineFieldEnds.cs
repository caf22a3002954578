using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// Where each field of an unquoted line ends, found 64 bytes at a time before any field is read: the separators as
/// the bits of a mask, their positions written out a block at a time (as simdjson and the fast CSV readers index
/// structure before they parse).
/// </summary>
/// <remarks>
/// <para>Why: a reader that looks for each field's end as it reads the field (or finds it by parsing it) pays a
/// branch per field whose outcome depends on the field's length, mispredicted about once a field; here a block of 64
/// bytes costs three comparisons, and a field's end is a count of trailing zeros, its position stored whether or not
/// the block has that many separators (eight at a time; the rest, rare, in a loop).</para>
/// <para>A block is read by <see cref="ByteMasks"/>; a block beyond the bytes given is read ending at the line's end,
/// or a byte at a time for a short line at the end of the bytes. Thread-safe (pure functions).</para>
/// </remarks>
internal static class LineFieldEnds
{
    /// <summary>The places past the fields' ends that <see cref="TryFind"/> may write (positions stored
    /// unconditionally, then overwritten).</summary>
    public const int Slack = 8;

    private const int Block = ByteMasks.Width;

    /// <summary>
    /// Finds the ends of a line's fields, each at a separator but the last at the line's end; false when the line has
    /// a quote or a CR, or another number of fields.
    /// </summary>
    /// <param name="text">The line, its first <paramref name="length"/> bytes, then anything (read, never taken as the
    /// line's).</param>
    /// <param name="length">The line's length.</param>
    /// <param name="separator">The separator.</param>
    /// <param name="ends">Where field k ends, for k below <paramref name="fieldCount"/>: at least
    /// <paramref name="fieldCount"/> + <see cref="Slack"/> places (those past the fields are written with anything).</param>
    /// <param name="fieldCount">The number of fields the line must have (1 or more).</param>
    /// <returns>Whether the line is unquoted with no CR and has exactly <paramref name="fieldCount"/> fields.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool TryFind(ReadOnlySpan<byte> text, int length, byte separator, Span<int> ends, int fieldCount)
    {
        if ((uint)length > (uint)text.Length || ends.Length < fieldCount + Slack)
        {
            return false;
        }

        var last = fieldCount - 1;
        var count = 0; // separators found
        ref var end = ref MemoryMarshal.GetReference(ends);
        for (var block = 0; block < length; block += Block)
        {
            var (separators, stops) = Masks(text, block, length, separator);
            var left = length - block;
            if (left < Block)
            {
                var inLine = (1UL << left) - 1;
                separators &= inLine;
                stops &= inLine;
            }

            var found = BitOperations.PopCount(separators);
            if (stops != 0 || count + found > last)
            {
                return false;
            }

            // Eight positions stored at once, whether or not there are eight (a count of zeros past the last is 64;
            // the places past the separators found are overwritten later or lie in the slack).
            ref var at = ref Unsafe.Add(ref end, count);
            at = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 1) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 2) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 3) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 4) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 5) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 6) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            Unsafe.Add(ref at, 7) = block + BitOperations.TrailingZeroCount(separators);
            separators &= separators - 1;
            for (var k = 8; separators != 0; k++)
            {
                Unsafe.Add(ref at, k) = block + BitOperations.TrailingZeroCount(separators);
                separators &= separators - 1;
            }

            count += found;
        }

        if (count != last)
        {
            return false;
        }

        Unsafe.Add(ref end, last) = length;
        return true;
    }

    // The separators' and the stops' (quote, CR) bits of the 64 bytes from block: read from the text where it holds
    // them, else from the 64 bytes that end at the line's end (the bits moved to their places), else a byte at a time.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Separators, ulong Stops) Masks(ReadOnlySpan<byte> text, int block, int length, byte separator)
    {
        if (block <= text.Length - Block)
        {
            return ByteMasks.Read(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), block), separator, (byte)'"', (byte)'\r');
        }

        if (length >= Block)
        {
            var from = length - Block; // before block: the bits below block's are dropped
            var (separators, stops) = ByteMasks.Read(ref Unsafe.Add(ref MemoryMarshal.GetReference(text), from), separator, (byte)'"', (byte)'\r');
            var shift = block - from;
            return (separators >> shift, stops >> shift);
        }

        return ByteMasks.ReadShort(text[block..], separator, (byte)'"', (byte)'\r'); // a short line at the end of the bytes
    }
}
