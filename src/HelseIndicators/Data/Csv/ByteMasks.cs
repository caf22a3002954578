using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// Which of 64 bytes are a given byte, and which are either of two others, as the bits of two masks (bit i for byte
/// i): the structure of a block of CSV (separators or LFs, and the quotes and CRs that stop the usual line) read with
/// the widest vectors the machine has.
/// </summary>
/// <remarks>With AVX-512 a block is one vector, with AVX2 two, else four of 16 bytes (every .NET platform with
/// vectors). Thread-safe (pure functions).</remarks>
internal static class ByteMasks
{
    /// <summary>The bytes a block holds.</summary>
    public const int Width = 64;

    /// <summary>Reads the masks of the <see cref="Width"/> bytes from <paramref name="at"/>, all of which must be
    /// readable.</summary>
    /// <param name="at">The first byte.</param>
    /// <param name="value">The byte of the first mask.</param>
    /// <param name="either">One byte of the second mask.</param>
    /// <param name="or">The other byte of the second mask.</param>
    /// <returns>The bits of the bytes equal to <paramref name="value"/>, and of those equal to <paramref name="either"/>
    /// or <paramref name="or"/>.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static (ulong Value, ulong Either) Read(ref byte at, byte value, byte either, byte or)
    {
        if (Vector512.IsHardwareAccelerated)
        {
            var bytes = Vector512.LoadUnsafe(ref at);
            return (Vector512.Equals(bytes, Vector512.Create(value)).ExtractMostSignificantBits(),
                (Vector512.Equals(bytes, Vector512.Create(either)) | Vector512.Equals(bytes, Vector512.Create(or))).ExtractMostSignificantBits());
        }

        if (Vector256.IsHardwareAccelerated)
        {
            var low = Read32(Vector256.LoadUnsafe(ref at), value, either, or);
            var high = Read32(Vector256.LoadUnsafe(ref at, 32), value, either, or);
            return (low.Value | (high.Value << 32), low.Either | (high.Either << 32));
        }

        ulong values = 0, eithers = 0;
        for (var part = 0; part < Width; part += 16)
        {
            var bytes = Vector128.LoadUnsafe(ref at, (nuint)part);
            values |= (ulong)Vector128.Equals(bytes, Vector128.Create(value)).ExtractMostSignificantBits() << part;
            eithers |= (ulong)(Vector128.Equals(bytes, Vector128.Create(either)) | Vector128.Equals(bytes, Vector128.Create(or)))
                .ExtractMostSignificantBits() << part;
        }

        return (values, eithers);
    }

    /// <summary>Reads the masks of fewer bytes than a block (the tail of a buffer), one byte at a time; out of the
    /// callers' loops, for it is seldom needed.</summary>
    /// <param name="bytes">The bytes, at most <see cref="Width"/>.</param>
    /// <param name="value">The byte of the first mask.</param>
    /// <param name="either">One byte of the second mask.</param>
    /// <param name="or">The other byte of the second mask.</param>
    /// <returns>As <see cref="Read(ref byte, byte, byte, byte)"/>, the bits past the bytes clear.</returns>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static (ulong Value, ulong Either) ReadShort(ReadOnlySpan<byte> bytes, byte value, byte either, byte or)
    {
        ulong values = 0, eithers = 0;
        for (var i = 0; i < bytes.Length && i < Width; i++)
        {
            var b = bytes[i];
            values |= (b == value ? 1UL : 0UL) << i;
            eithers |= (b == either || b == or ? 1UL : 0UL) << i;
        }

        return (values, eithers);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (ulong Value, ulong Either) Read32(Vector256<byte> bytes, byte value, byte either, byte or) =>
        (Vector256.Equals(bytes, Vector256.Create(value)).ExtractMostSignificantBits(),
            (Vector256.Equals(bytes, Vector256.Create(either)) | Vector256.Equals(bytes, Vector256.Create(or))).ExtractMostSignificantBits());
}
