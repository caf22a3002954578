using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The sums of a vector of measures (a detail cell's measures, or its same-firm values of one year), grouped by which
/// of them a row reports (its presence pattern): per pattern the number of rows and, per measure the pattern has, the
/// sum and, when disclosure control is on, the sum of absolute values and the n largest absolute values.
/// </summary>
/// <remarks>
/// <para>A quantity summed over the rows that report a given set of measures (a level: the measure; a ratio's side:
/// both of the ratio's measures) is the sum over the patterns that contain the set (<see cref="AddTo"/>). A row
/// therefore adds each measure it reports once, whatever the number of quantities the measure takes part in: about a
/// third of the additions of a sum per quantity, and one count instead of one per quantity.</para>
/// <para>Exact: sums are <see cref="decimal"/>, and an exact sum does not depend on the order or grouping of its
/// terms, nor does its scale (the largest of its terms'); merging keeps the n largest of both. Not thread-safe.</para>
/// </remarks>
internal sealed class PatternSums
{
    private const int InitialPatterns = 1; // most cells of a fine breakdown see one or two
    private readonly int _width;
    private readonly int _n;
    private int[] _patterns = new int[InitialPatterns];
    private int[] _rows = new int[InitialPatterns];
    private decimal[] _sums;     // _width places per pattern
    private decimal[]? _absSums; // as _sums, when disclosure control is on
    private decimal[]? _tops;    // n places per pattern and measure, side by side, each list descending
    private int[]? _topCounts;   // one per pattern and measure
    private int _count;
    private int _lastPattern = -1;
    private int _lastIndex;

    /// <param name="width">The number of measures of the vector (at most 30).</param>
    /// <param name="dominanceN">The largest values kept per measure (0: disclosure control off, none kept).</param>
    public PatternSums(int width, int dominanceN)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 30);
        ArgumentOutOfRangeException.ThrowIfNegative(dominanceN);
        _width = width;
        _sums = new decimal[InitialPatterns * width];
        if (dominanceN > 0)
        {
            _n = dominanceN;
            _absSums = new decimal[InitialPatterns * width];
            _tops = new decimal[InitialPatterns * width * dominanceN];
            _topCounts = new int[InitialPatterns * width];
        }
    }

    /// <summary>Gets the number of presence patterns seen.</summary>
    public int PatternCount => _count;

    /// <summary>Adds a row: each measure m it reports (bit m of <paramref name="present"/>) to its pattern's sums.</summary>
    /// <param name="values">The row's measures (at least the vector's width; absent ones are not read).</param>
    /// <param name="present">Bit m set when measure m is present; no bit at or above the width.</param>
    /// <exception cref="ArgumentException">A bit of <paramref name="present"/> is outside the vector, or there are
    /// fewer values than measures.</exception>
    public void Add(ReadOnlySpan<decimal> values, int present)
    {
        if ((uint)present >= (1u << _width) || values.Length < _width)
        {
            throw new ArgumentException("A present measure is outside the vector, or the values are not all here.", nameof(present));
        }

        var index = present == _lastPattern ? _lastIndex : IndexOf(present);
        _rows[index]++;
        ref var value = ref MemoryMarshal.GetReference(values);
        if (_absSums is null)
        {
            // The bits of present are below the width (checked above): every measure stays within the pattern's
            // places and the values.
            ref var sum = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), index * _width);
            for (var bits = (uint)present; bits != 0; bits &= bits - 1)
            {
                var m = BitOperations.TrailingZeroCount(bits);
                FastDecimal.Add(ref Unsafe.Add(ref sum, m), Unsafe.Add(ref value, m));
            }

            return;
        }

        for (var bits = (uint)present; bits != 0; bits &= bits - 1)
        {
            var m = BitOperations.TrailingZeroCount(bits);
            AddWithLargest(index, m, Unsafe.Add(ref value, m));
        }
    }

    /// <summary>
    /// Adds a pair of rows that report the same measures (a firm's two years): measure m of the first to place m, of
    /// the second to place m + width / 2, under one pattern (<paramref name="present"/> in both halves), so a pair costs
    /// one pattern lookup and one count.
    /// </summary>
    /// <param name="first">The first row's measures (at least width / 2; absent ones are not read).</param>
    /// <param name="second">The second row's, alike.</param>
    /// <param name="present">Bit m set when measure m is present in both; no bit at or above width / 2.</param>
    /// <exception cref="ArgumentException">The width is odd, a bit of <paramref name="present"/> is outside half of
    /// it, or a row has fewer values than half of it.</exception>
    public void AddPair(ReadOnlySpan<decimal> first, ReadOnlySpan<decimal> second, int present)
    {
        var half = _width / 2;
        if ((_width & 1) != 0 || (uint)present >= (1u << half) || first.Length < half || second.Length < half)
        {
            throw new ArgumentException("The width is odd, a present measure is outside half of it, or the values are not all here.", nameof(present));
        }

        var pattern = present | (present << half);
        var index = pattern == _lastPattern ? _lastIndex : IndexOf(pattern);
        _rows[index]++;
        ref var one = ref MemoryMarshal.GetReference(first);
        ref var two = ref MemoryMarshal.GetReference(second);
        if (_absSums is null)
        {
            ref var sum = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), index * _width);
            ref var sumTwo = ref Unsafe.Add(ref sum, half);
            for (var bits = (uint)present; bits != 0; bits &= bits - 1)
            {
                var m = BitOperations.TrailingZeroCount(bits);
                FastDecimal.Add(ref Unsafe.Add(ref sum, m), Unsafe.Add(ref one, m));
                FastDecimal.Add(ref Unsafe.Add(ref sumTwo, m), Unsafe.Add(ref two, m));
            }

            return;
        }

        for (var bits = (uint)present; bits != 0; bits &= bits - 1)
        {
            var m = BitOperations.TrailingZeroCount(bits);
            AddWithLargest(index, m, Unsafe.Add(ref one, m));
            AddWithLargest(index, half + m, Unsafe.Add(ref two, m));
        }
    }

    // A value to a pattern's place with disclosure control on: its sum, its absolute sum, and its largest values.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void AddWithLargest(int index, int place, decimal value)
    {
        var at = (index * _width) + place;
        FastDecimal.Add(ref _sums[at], value);
        var a = Math.Abs(value);
        FastDecimal.Add(ref _absSums![at], a);
        ref var n = ref _topCounts![at];
        var list = _tops.AsSpan(at * _n, _n);
        if (n < list.Length || FastDecimal.IsGreater(a, list[^1]))
        {
            TopValues.Insert(list, ref n, a); // among the largest: most values of a large cell are not
        }
    }

    /// <summary>Adds another's rows (the same width, at least as many largest values kept), exactly.</summary>
    /// <exception cref="ArgumentException">The other has another width.</exception>
    public void Merge(PatternSums other)
    {
        if (other._width != _width)
        {
            throw new ArgumentException("The sums have another width.", nameof(other));
        }

        for (var p = 0; p < other._count; p++)
        {
            var pattern = other._patterns[p];
            var index = IndexOf(pattern);
            _rows[index] += other._rows[p];
            for (var bits = (uint)pattern; bits != 0; bits &= bits - 1)
            {
                var m = BitOperations.TrailingZeroCount(bits);
                FastDecimal.Add(ref _sums[(index * _width) + m], other._sums[(p * _width) + m]);
                if (_absSums is { } abs)
                {
                    FastDecimal.Add(ref abs[(index * _width) + m], other._absSums![(p * _width) + m]);
                    foreach (var value in other.Largest(p, m))
                    {
                        TopValues.Insert(_tops.AsSpan(((index * _width) + m) * _n, _n), ref _topCounts![(index * _width) + m], value);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Adds measure <paramref name="measure"/> of the rows that report every measure of <paramref name="required"/>
    /// to a level cell of a group: the sum of the patterns that contain <paramref name="required"/>.
    /// </summary>
    /// <param name="cell">The group's cell.</param>
    /// <param name="measure">The measure.</param>
    /// <param name="required">Bit m set for each measure m a row must report; the measure's own bit among them.</param>
    /// <exception cref="ArgumentException"><paramref name="required"/> does not hold the measure's bit.</exception>
    public void AddTo(LevelCell cell, int measure, int required)
    {
        if ((uint)measure >= (uint)_width || (required & (1 << measure)) == 0)
        {
            throw new ArgumentException("The measure must be one of the vector's, and required must hold its bit.", nameof(required));
        }

        for (var p = 0; p < _count; p++)
        {
            if ((_patterns[p] & required) == required)
            {
                var at = (p * _width) + measure;
                cell.Add(_sums[at], _rows[p], _absSums?[at] ?? 0m, Largest(p, measure));
            }
        }
    }

    /// <summary>Gets the presence pattern kept at place <paramref name="index"/> (0 to <see cref="PatternCount"/> − 1).</summary>
    public int PatternAt(int index) => _patterns[index];

    /// <summary>Adds measure <paramref name="measure"/> of the rows of the pattern at place <paramref name="index"/> to a
    /// cell (the pattern must hold the measure's bit).</summary>
    public void AddPatternTo(LevelCell cell, int index, int measure)
    {
        var at = (index * _width) + measure;
        cell.Add(_sums[at], _rows[index], _absSums?[at] ?? 0m, Largest(index, measure));
    }

    // The place of a pattern, made when it is new: a cell sees few patterns, most rows the last one's.
    private int IndexOf(int pattern)
    {
        // A plain loop: a cell's few patterns are looked through before a vectorised search is set up.
        var patterns = _patterns;
        var index = 0;
        while (index < _count && patterns[index] != pattern)
        {
            index++;
        }

        if (index == _count)
        {
            index = NewPattern(pattern);
        }

        _lastPattern = pattern;
        _lastIndex = index;
        return index;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int NewPattern(int pattern)
    {
        if (_count == _patterns.Length)
        {
            var capacity = _count * 2;
            Array.Resize(ref _patterns, capacity);
            Array.Resize(ref _rows, capacity);
            Array.Resize(ref _sums, capacity * _width);
            if (_absSums is not null)
            {
                Array.Resize(ref _absSums, capacity * _width);
                Array.Resize(ref _tops, capacity * _width * _n);
                Array.Resize(ref _topCounts, capacity * _width);
            }
        }

        _patterns[_count] = pattern;
        return _count++;
    }

    // The largest absolute values kept for a pattern's measure, largest first (none when disclosure control is off).
    private ReadOnlySpan<decimal> Largest(int pattern, int measure)
    {
        if (_tops is null)
        {
            return default;
        }

        var at = (pattern * _width) + measure;
        return _tops.AsSpan(at * _n, _topCounts![at]);
    }
}
