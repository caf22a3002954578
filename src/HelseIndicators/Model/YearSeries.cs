using System.Collections;

namespace HelseIndicators.Model;

/// <summary>
/// A yearly series of exact values (year → value or missing), such as national business R&amp;D by year or one
/// indicator of one group over time. Calculators (growth, CAGR, index numbers) work on it as on engine results.
/// </summary>
/// <remarks>
/// Years are unique and kept in ascending order. A missing value is null, never zero. Equality: by reference.
/// Thread safety: immutable, safe to share.
/// </remarks>
[HelseIndicators.Reporting.Display.TypeFormatterSource(typeof(HelseIndicators.Reporting.Display.HelseFormatterSource))]
public sealed class YearSeries : IReadOnlyList<KeyValuePair<int, decimal?>>
{
    private readonly int[] _years;
    private readonly decimal?[] _values;

    /// <summary>Creates a series.</summary>
    /// <param name="points">Year and value pairs, in any order.</param>
    /// <param name="name">What the series measures, such as "Business R&amp;D, NOK million"; may be empty.</param>
    /// <param name="unit">The unit as text, such as "NOK" or "NOK million"; may be null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">A year appears twice.</exception>
    public YearSeries(IEnumerable<KeyValuePair<int, decimal?>> points, string name = "", string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(points);
        var sorted = points.OrderBy(p => p.Key).ToArray();
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i].Key == sorted[i - 1].Key)
            {
                throw new ArgumentException($"The year {sorted[i].Key} appears twice in the series.", nameof(points));
            }
        }

        _years = sorted.Select(p => p.Key).ToArray();
        _values = sorted.Select(p => p.Value).ToArray();
        Name = name ?? "";
        Unit = unit;
    }

    /// <summary>Gets what the series measures.</summary>
    public string Name { get; }

    /// <summary>Gets the unit as text, or null.</summary>
    public string? Unit { get; }

    /// <summary>Gets the years, ascending.</summary>
    public IReadOnlyList<int> Years => _years;

    /// <summary>Gets the number of years.</summary>
    public int Count => _years.Length;

    /// <summary>Gets the point at a position.</summary>
    /// <param name="index">The position, 0 to <see cref="Count"/> − 1.</param>
    public KeyValuePair<int, decimal?> this[int index] => new(_years[index], _values[index]);

    /// <summary>Gets the value of a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="value">The value, or null when missing.</param>
    /// <returns>Whether the series has the year (with a value or explicitly missing).</returns>
    public bool TryGetValue(int year, out decimal? value)
    {
        var i = Array.BinarySearch(_years, year);
        value = i >= 0 ? _values[i] : null;
        return i >= 0;
    }

    /// <summary>Gets the value of a year, or null when the year is absent or its value missing.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The value or null.</returns>
    public decimal? ValueOf(int year) => TryGetValue(year, out var v) ? v : null;

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<int, decimal?>> GetEnumerator()
    {
        for (var i = 0; i < _years.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
