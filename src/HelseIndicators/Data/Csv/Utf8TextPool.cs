using System.Buffers.Binary;
using System.Numerics;
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
    public string? Get(ReadOnlySpan<byte> bytes, ref int hint)
    {
        if ((uint)hint < (uint)_count && bytes.SequenceEqual(_entries[hint].Key))
        {
            return _entries[hint].Value;
        }

        if (bytes.Length > MaxKeyLength)
        {
            return Decode(bytes);
        }

        var hash = Hash(bytes);
        var mask = _buckets.Length - 1;
        for (var i = _buckets[hash & mask] - 1; i >= 0; i = _entries[i].Next)
        {
            ref var e = ref _entries[i];
            if (e.Hash == hash && bytes.SequenceEqual(e.Key))
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
