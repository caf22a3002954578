using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The sums of a few quantities side by side in flat arrays (a detail cell's levels and ratio sides, or its same-firm
/// sums): per quantity the sum, the number of contributions and, when disclosure control is on, the sum of absolute
/// values and the n largest absolute values. A row touches a few contiguous arrays instead of an object per quantity.
/// </summary>
/// <remarks>
/// <para>The cells of a fine breakdown (by county or size class: thousands of cells of a few rows each) keep their sums
/// this way; those of a coarse one keep them by presence pattern (<see cref="PatternSums"/>), which takes fewer
/// additions a row but more memory a cell once a cell sees many patterns, as a cell of few rows from varied firms does
/// (by segment × county × size class with disclosure control on, 330 MB and 2.3 s against 197 MB and 1.8 s at 1M).</para>
/// <para>Exact: sums are <see cref="decimal"/>; merging keeps the n largest of both. Not thread-safe.</para>
/// </remarks>
internal sealed class QuantitySums
{
    private readonly decimal[] _sums;
    private readonly int[] _counts;
    private readonly decimal[]? _absSums;
    private readonly decimal[]? _tops;    // n places per quantity, side by side, each list descending
    private readonly int[]? _topCounts;
    private readonly int _n;
    private const int MeasureBits = 3; // a plan's measure index takes 3 bits: Measures.Count is 8
    private const int MeasureMask = (1 << MeasureBits) - 1;

    /// <param name="count">The number of quantities.</param>
    /// <param name="dominanceN">The largest values kept per quantity (0: disclosure control off, none kept).</param>
    public QuantitySums(int count, int dominanceN)
    {
        _sums = new decimal[count];
        _counts = new int[count];
        if (dominanceN > 0)
        {
            _n = dominanceN;
            _absSums = new decimal[count];
            _tops = new decimal[count * dominanceN];
            _topCounts = new int[count];
        }
    }

    /// <summary>
    /// Adds a row's present measures to quantities <paramref name="first"/> + i as <paramref name="plan"/> says: a
    /// row's levels, its ratio sides or its same-firm sums in one call. Entry i of the plan is a
    /// <see cref="PlanEntry"/>: the measure to add, and the measures that must all be present for it to be added.
    /// </summary>
    /// <param name="first">The first quantity.</param>
    /// <param name="values">The row's measures (<see cref="Measures.Count"/> of them; absent ones 0).</param>
    /// <param name="present">Bit m set when measure m is present.</param>
    /// <param name="plan">One entry per quantity, from <see cref="PlanEntry"/>.</param>
    /// <exception cref="ArgumentException">The quantities first … first + plan.Length − 1 are not all here, or there
    /// are fewer values than measures.</exception>
    public void AddPlanned(int first, ReadOnlySpan<decimal> values, int present, ReadOnlySpan<int> plan)
    {
        if ((uint)first > (uint)_sums.Length || plan.Length > _sums.Length - first || values.Length <= MeasureMask)
        {
            throw new ArgumentException("The quantities or the measures are not all here.", nameof(plan));
        }

        ref var value = ref MemoryMarshal.GetReference(values);
        ref var sum = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_sums), first);
        ref var count = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_counts), first);
        if (_absSums is not null)
        {
            // With largest values: the absolute sums and the list counts through references too (the arrays have one
            // place per quantity, as the sums), each quantity's list a slice of the lists of these quantities.
            ref var abs = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_absSums), first);
            ref var listCount = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_topCounts!), first);
            var lists = _tops.AsSpan(first * _n, plan.Length * _n);
            for (var i = 0; i < plan.Length; i++)
            {
                var entry = plan[i];
                var required = entry >> MeasureBits;
                if ((present & required) == required)
                {
                    var measure = Unsafe.Add(ref value, entry & MeasureMask);
                    FastDecimal.Add(ref Unsafe.Add(ref sum, i), measure);
                    Unsafe.Add(ref count, i)++;
                    var a = Math.Abs(measure);
                    FastDecimal.Add(ref Unsafe.Add(ref abs, i), a);
                    ref var n = ref Unsafe.Add(ref listCount, i);
                    var list = lists.Slice(i * _n, _n);
                    if (n < list.Length || FastDecimal.IsGreater(a, list[^1]))
                    {
                        TopValues.Insert(list, ref n, a); // among the largest: most values of a large cell are not
                    }
                }
            }

            return;
        }

        // Without largest values: the sums and counts through references, their bounds checked once above, and a
        // measure index that cannot leave the values (masked to at most MeasureMask, checked above); few live
        // values, so the loop keeps them in registers across the rare call of FastDecimal's wider cases.
        for (var i = 0; i < plan.Length; i++)
        {
            var entry = plan[i];
            var required = entry >> MeasureBits;
            if ((present & required) == required)
            {
                FastDecimal.Add(ref Unsafe.Add(ref sum, i), Unsafe.Add(ref value, entry & MeasureMask));
                Unsafe.Add(ref count, i)++;
            }
        }
    }

    /// <summary>A plan entry of <see cref="AddPlanned"/>: add measure <paramref name="measure"/> when every measure of
    /// <paramref name="required"/> (bit m for measure m) is present.</summary>
    public static int PlanEntry(int measure, int required)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(measure);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(measure, Measures.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(measure, MeasureMask); // more measures need more bits
        return (required << MeasureBits) | measure;
    }

    /// <summary>Adds another's sums (the same quantities, at least as many largest values kept), exactly.</summary>
    public void Merge(QuantitySums other)
    {
        for (var i = 0; i < _sums.Length; i++)
        {
            if (other._counts[i] == 0)
            {
                continue;
            }

            FastDecimal.Add(ref _sums[i], other._sums[i]);
            _counts[i] += other._counts[i];
            if (_absSums is { } abs)
            {
                FastDecimal.Add(ref abs[i], other._absSums![i]);
                foreach (var value in other.Largest(i))
                {
                    TopValues.Insert(_tops.AsSpan(i * _n, _n), ref _topCounts![i], value);
                }
            }
        }
    }

    /// <summary>Adds quantity <paramref name="index"/> to a level cell of a group.</summary>
    public void AddTo(LevelCell cell, int index)
    {
        if (_counts[index] > 0)
        {
            cell.Add(_sums[index], _counts[index], _absSums?[index] ?? 0m, Largest(index));
        }
    }

    /// <summary>The largest absolute values kept for quantity <paramref name="index"/>, largest first (none when
    /// disclosure control is off).</summary>
    private ReadOnlySpan<decimal> Largest(int index) =>
        _tops is null ? default : _tops.AsSpan(index * _n, _topCounts![index]);
}
