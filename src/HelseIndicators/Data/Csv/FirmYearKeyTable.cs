namespace HelseIndicators.Data.Csv;

/// <summary>
/// Duplicate detection for (firm, year) keys, given as two packings of the same pair: <c>org·10⁵ + year</c> and
/// <c>year·10⁹ + org</c>. While the input is sorted by firm then year, or by year then firm (as registers and most
/// extracts are), a new key is larger than every earlier one in that order and cannot be a duplicate: the keys are only
/// appended to a list, sequentially, with no hashing and no random memory access. At the first key out of order the list
/// is moved into a <see cref="FirmYearKeyTable"/> and every later key is looked up there.
/// </summary>
internal sealed class FirmYearDuplicateDetector
{
    private long[] _keys = new long[1024];
    private long[] _lines = new long[1024];
    private int _count;
    private bool _byFirm = true;
    private bool _byYear = true;
    private long _lastByFirm = long.MinValue;
    private long _lastByYear = long.MinValue;
    private FirmYearKeyTable? _table;
    private long _minKey = long.MaxValue;
    private long _maxKey = long.MinValue;
    private readonly int _expected;

    /// <summary>Creates a detector.</summary>
    /// <param name="expected">The number of firm-years expected (0: unknown): the table is made that large at once,
    /// instead of growing by doubling, when the input turns out not to be sorted.</param>
    public FirmYearDuplicateDetector(int expected = 0) => _expected = Math.Max(0, expected);

    /// <summary>Gets the number of firm-years recorded.</summary>
    public int Count => _table?.Count ?? _count;

    /// <summary>
    /// Whether a firm-year was recorded by both detectors: what a file read in parts must check across its parts. Parts
    /// of a file sorted by firm (or by year) have disjoint key ranges and are told apart without a lookup.
    /// </summary>
    /// <param name="other">The other detector.</param>
    /// <returns>True when some firm-year is in both.</returns>
    public bool SharesAKeyWith(FirmYearDuplicateDetector other)
    {
        if (Count == 0 || other.Count == 0 || _maxKey < other._minKey || other._maxKey < _minKey)
        {
            return false;
        }

        var (small, large) = Count <= other.Count ? (this, other) : (other, this);
        foreach (var key in small.Keys())
        {
            if (large.Contains(key))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<long> Keys()
    {
        if (_table is not null)
        {
            return _table.Keys();
        }

        return _keys.Take(_count);
    }

    private bool Contains(long byFirm)
    {
        if (_table is not null)
        {
            return _table.Contains(byFirm);
        }

        if (_byFirm)
        {
            return _keys.AsSpan(0, _count).BinarySearch(byFirm) >= 0;
        }

        // Sorted by year then firm: search in that order.
        var target = ByYear(byFirm);
        int lo = 0, hi = _count - 1;
        while (lo <= hi)
        {
            var mid = lo + ((hi - lo) >> 1);
            var probe = ByYear(_keys[mid]);
            if (probe == target)
            {
                return true;
            }

            if (probe < target)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }

    private static long ByYear(long byFirm) => (byFirm % 100_000L * 1_000_000_000L) + (byFirm / 100_000L);

    /// <summary>Records a firm-year, or returns false and the line of its first occurrence.</summary>
    /// <param name="organisationNumber">The organisation number, 0 to 999 999 999.</param>
    /// <param name="year">The year, 0 to 99 999.</param>
    /// <param name="line">The line of this occurrence.</param>
    /// <param name="firstLine">The line of the first occurrence, when this is a duplicate.</param>
    /// <returns>True when the firm-year is new.</returns>
    public bool TryAdd(int organisationNumber, int year, long line, out long firstLine)
    {
        var byFirm = organisationNumber * 100_000L + year;
        _minKey = Math.Min(_minKey, byFirm);
        _maxKey = Math.Max(_maxKey, byFirm);
        if (_table is not null)
        {
            return _table.TryAdd(byFirm, line, out firstLine);
        }

        var byYear = year * 1_000_000_000L + organisationNumber;
        _byFirm &= byFirm > _lastByFirm;
        _byYear &= byYear > _lastByYear;
        _lastByFirm = byFirm;
        _lastByYear = byYear;
        if (!_byFirm && !_byYear)
        {
            _table = new FirmYearKeyTable(_expected);
            for (var i = 0; i < _count; i++)
            {
                _table.TryAdd(_keys[i], _lines[i], out _);
            }

            _keys = _lines = [];
            return _table.TryAdd(byFirm, line, out firstLine);
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _lines, _count * 2);
        }

        _keys[_count] = byFirm;
        _lines[_count] = line;
        _count++;
        firstLine = 0;
        return true;
    }
}

/// <summary>
/// An open-addressing table from a 64-bit key (such as organisation number and year packed together) to the line it
/// was first seen on: two flat arrays, no per-entry objects, a multiplicative hash. Used for duplicate detection over
/// millions of rows, where <see cref="Dictionary{TKey, TValue}"/> costs more time and memory.
/// </summary>
internal sealed class FirmYearKeyTable
{
    private const long Empty = long.MinValue;
    private long[] _keys;
    private long[] _lines;
    private int _count;
    private int _shift;

    /// <summary>Creates a table with room for a number of keys without growing.</summary>
    /// <param name="capacity">The expected number of keys (0: start small).</param>
    public FirmYearKeyTable(int capacity = 0)
    {
        var bits = 10;
        while (bits < 30 && (1L << bits) * 3 / 4 <= capacity)
        {
            bits++;
        }

        _keys = NewKeys(1 << bits);
        _lines = new long[1 << bits];
        _shift = 64 - bits;
    }

    public int Count => _count;

    /// <summary>Adds a key with its line, or returns false and the first line when the key is already present.</summary>
    /// <param name="key">The key; must not be <see cref="long.MinValue"/>.</param>
    /// <param name="line">The line of this occurrence.</param>
    /// <param name="firstLine">The line of the first occurrence, when the key was present.</param>
    /// <returns>True when the key was added.</returns>
    public bool TryAdd(long key, long line, out long firstLine)
    {
        // Grows at a load of 3/4 (not 1/2): with the multiplicative hash, linear probing stays short, and the table
        // needs half the memory (16 bytes per slot: 1M rows take 2M slots, 5M rows 8M slots instead of 16M).
        if (_count * 4L >= _keys.Length * 3L)
        {
            Grow();
        }

        var mask = _keys.Length - 1;
        var i = Slot(key);
        while (true)
        {
            var k = _keys[i];
            if (k == Empty)
            {
                _keys[i] = key;
                _lines[i] = line;
                _count++;
                firstLine = 0;
                return true;
            }

            if (k == key)
            {
                firstLine = _lines[i];
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Whether a key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>True when present.</returns>
    public bool Contains(long key)
    {
        var mask = _keys.Length - 1;
        for (var i = Slot(key); _keys[i] != Empty; i = (i + 1) & mask)
        {
            if (_keys[i] == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The keys present, in no particular order.</summary>
    /// <returns>The keys.</returns>
    public IEnumerable<long> Keys()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            if (_keys[i] != Empty)
            {
                yield return _keys[i];
            }
        }
    }

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Grow()
    {
        var oldKeys = _keys;
        var oldLines = _lines;
        _keys = NewKeys(oldKeys.Length * 2);
        _lines = new long[oldKeys.Length * 2];
        _shift--;
        var mask = _keys.Length - 1;
        for (var j = 0; j < oldKeys.Length; j++)
        {
            if (oldKeys[j] == Empty)
            {
                continue;
            }

            var i = Slot(oldKeys[j]);
            while (_keys[i] != Empty)
            {
                i = (i + 1) & mask;
            }

            _keys[i] = oldKeys[j];
            _lines[i] = oldLines[j];
        }
    }

    private static long[] NewKeys(int size)
    {
        var keys = new long[size];
        Array.Fill(keys, Empty);
        return keys;
    }
}
