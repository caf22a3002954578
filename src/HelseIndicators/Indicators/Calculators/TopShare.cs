using System.Runtime.CompilerServices;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>The share of the n largest values in the total (a concentration ratio, CRn), Σ top-n / Σ all.</summary>
/// <remarks>
/// With n or fewer values the share is 1. Degenerate cases (undefined): no values ("no contributing firm"),
/// Σ = 0 ("denominator is zero"), a negative value ("a negative value has no share"). Exact decimal arithmetic.
/// Thread safety: pure functions.
/// </remarks>
public static class TopShare
{
    /// <summary>Computes the share of the <paramref name="n"/> largest values.</summary>
    /// <param name="values">The values, each ≥ 0 (such as firm exports).</param>
    /// <param name="n">How many of the largest values, ≥ 1 (Menon uses 8).</param>
    /// <returns>The share in 0–1, or undefined with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="n"/> &lt; 1.</exception>
    public static CalculationResult Compute(IEnumerable<decimal> values, int n)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        var top = new TopValues(n);
        var sum = 0m;
        var count = 0;
        foreach (var v in values)
        {
            if (v < 0m)
            {
                return CalculationResult.Undefined("a negative value has no share");
            }

            sum += v;
            top.Add(v);
            count++;
        }

        if (count == 0)
        {
            return CalculationResult.Undefined("no contributing firm");
        }

        return CalculationResult.Divide(top.Sum(), sum, "denominator is zero");
    }
}

/// <summary>
/// The n largest values seen (a bounded, mergeable top-n list). Merging two lists keeps the n largest of the union,
/// which is exactly the top-n of all values added to either, whatever the order.
/// </summary>
internal sealed class TopValues
{
    private readonly decimal[] _values; // descending
    private int _count;

    public TopValues(int capacity) => _values = new decimal[capacity];

    public int Count => _count;

    /// <summary>The values kept, largest first.</summary>
    public ReadOnlySpan<decimal> Values => _values.AsSpan(0, _count);

    /// <summary>Adds a value: kept when it is among the n largest so far. A full list's test of its last value is
    /// inline, since most values of a long stream are not among the largest.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(decimal value)
    {
        if (_count < _values.Length || FastDecimal.IsGreater(value, _values[_count - 1]))
        {
            Insert(_values, ref _count, value);
        }
    }

    /// <summary>
    /// Adds a value to a top-n list kept in a span (descending, <paramref name="count"/> of its
    /// <c>values.Length</c> places used): the same rule as <see cref="Add"/>, for lists kept side by side in one array.
    /// </summary>
    /// <param name="values">The list's places; its length is n.</param>
    /// <param name="count">How many places are used.</param>
    /// <param name="value">The value.</param>
    public static void Insert(Span<decimal> values, ref int count, decimal value)
    {
        if (count < values.Length)
        {
            count++;
        }
        else if (!FastDecimal.IsGreater(value, values[count - 1]))
        {
            return;
        }

        var i = count - 1;
        while (i > 0 && FastDecimal.IsGreater(value, values[i - 1]))
        {
            values[i] = values[i - 1];
            i--;
        }

        values[i] = value;
    }

    public void Merge(TopValues other) => Merge(other._values.AsSpan(0, other._count));

    /// <summary>Adds values kept by another list (see <see cref="Insert"/>).</summary>
    public void Merge(ReadOnlySpan<decimal> values)
    {
        foreach (var value in values)
        {
            Add(value);
        }
    }

    public decimal Sum() => SumOfLargest(_count);

    /// <summary>The sum of the <paramref name="k"/> largest values kept (all of them when fewer are kept).</summary>
    public decimal SumOfLargest(int k)
    {
        var s = 0m;
        for (var i = 0; i < Math.Min(k, _count); i++)
        {
            FastDecimal.Add(ref s, _values[i]);
        }

        return s;
    }
}
