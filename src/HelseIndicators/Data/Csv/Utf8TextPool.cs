using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Unicode;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// Turns short UTF-8 values that repeat (segment ids, counties, industry codes, currencies) into strings once: a
/// repeated value costs a hash and a comparison, no allocation. Bounded: past its capacity it decodes without keeping.
/// </summary>
internal sealed class Utf8TextPool
{
    private const int MaxKeyLength = 64;
    private readonly int _capacity;
    private int[] _buckets = new int[64];
    private Entry[] _entries = new Entry[64];
    private int _count;

    public Utf8TextPool(int capacity = 4096) => _capacity = capacity;

    /// <summary>Decodes bytes, or returns null when they are not valid UTF-8.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The string, or null for invalid UTF-8.</returns>
    public string? Get(ReadOnlySpan<byte> bytes)
    {
        var hint = -1;
        return Get(bytes, ref hint);
    }

    /// <summary>Decodes bytes, or returns null when they are not valid UTF-8; first trying the value this caller got
    /// last (a column's value often repeats from one row to the next, as a firm's rows do).</summary>
    /// <param name="bytes">The bytes.</param>
    /// <param name="hint">The caller's own: where its last value is kept (−1 at first); updated.</param>
    /// <returns>The string, or null for invalid UTF-8.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Get(ReadOnlySpan<byte> bytes, ref int hint)
    {
        var entries = _entries;
        if ((uint)hint < (uint)_count && (uint)hint < (uint)entries.Length && SameBytes(bytes, entries[hint].Key))
        {
            return entries[hint].Value;
        }

        return Find(bytes, ref hint);
    }

    /// <summary>Whether two byte strings are equal: inline for up to 16 bytes (two overlapping reads of each, within
    /// both), <see cref="MemoryExtensions.SequenceEqual{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> beyond.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool SameBytes(ReadOnlySpan<byte> bytes, ReadOnlySpan<byte> key)
    {
        var length = bytes.Length;
        if (length != key.Length)
        {
            return false;
        }

        ref var a = ref MemoryMarshal.GetReference(bytes);
        ref var b = ref MemoryMarshal.GetReference(key);
        if (length >= 8)
        {
            return length <= 16
                ? Unsafe.ReadUnaligned<ulong>(ref a) == Unsafe.ReadUnaligned<ulong>(ref b)
                    && Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref a, length - 8)) == Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref b, length - 8))
                : bytes.SequenceEqual(key);
        }

        if (length >= 4)
        {
            return Unsafe.ReadUnaligned<uint>(ref a) == Unsafe.ReadUnaligned<uint>(ref b)
                && Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref a, length - 4)) == Unsafe.ReadUnaligned<uint>(ref Unsafe.Add(ref b, length - 4));
        }

        // 0 to 3 bytes: the first, the middle and the last cover them all.
        return length == 0 || (a == b && Unsafe.Add(ref a, length >> 1) == Unsafe.Add(ref b, length >> 1)
            && Unsafe.Add(ref a, length - 1) == Unsafe.Add(ref b, length - 1));
    }

    // Get past the hint: the hash table, else a new entry.
    private string? Find(ReadOnlySpan<byte> bytes, ref int hint)
    {
        if (bytes.Length > MaxKeyLength)
        {
            return Decode(bytes);
        }

        var hash = Hash(bytes);
        var mask = _buckets.Length - 1;
        for (var i = _buckets[hash & mask] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var e = ref _entries[i];
            if (e.Hash == hash && SameBytes(bytes, e.Key))
            {
                hint = i;
                return e.Value;
            }
        }

        var value = Decode(bytes);
        if (value is null || _count >= _capacity)
        {
            return value;
        }

        hint = _count;

        if (_count == _entries.Length)
        {
            Array.Resize(ref _entries, _count * 2);
            _buckets = new int[_buckets.Length * 2];
            mask = _buckets.Length - 1;
            for (var i = 0; i < _count; i++)
            {
                ref var e = ref _entries[i];
                e.Next = _buckets[e.Hash & mask] - 1;
                _buckets[e.Hash & mask] = i + 1;
            }
        }

        _entries[_count] = new Entry { Key = bytes.ToArray(), Value = value, Hash = hash, Next = _buckets[hash & mask] - 1 };
        _buckets[hash & mask] = _count + 1;
        _count++;
        return value;
    }

    /// <summary>Decodes bytes, or returns null when they are not valid UTF-8.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The string, or null.</returns>
    public static string? Decode(ReadOnlySpan<byte> bytes) => Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : null;

    // A multiply-rotate hash over 8-byte words: the keys are short and not hostile (a bad spread only slows the pool).
    private static int Hash(ReadOnlySpan<byte> bytes)
    {
        var h = (ulong)bytes.Length * 0x9E3779B97F4A7C15UL;
        while (bytes.Length >= 8)
        {
            h = (BitOperations.RotateLeft(h, 23) ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * 0x9E3779B97F4A7C15UL;
            bytes = bytes[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            tail |= (ulong)bytes[i] << (8 * i);
        }

        h = (BitOperations.RotateLeft(h, 23) ^ tail) * 0x9E3779B97F4A7C15UL;
        return (int)(h >> 33);
    }

    private struct Entry
    {
        public byte[] Key;
        public string Value;
        public int Hash;
        public int Next;
    }
}
