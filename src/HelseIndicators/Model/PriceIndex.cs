namespace HelseIndicators.Model;

/// <summary>
/// A price index by year (such as SSB's consumer price index), used to restate current-price amounts in constant
/// prices of a base year: X_real(t) = X(t) · P(b) / P(t) (INDICATORS.md §4).
/// </summary>
/// <remarks>
/// Every index is positive; years are unique. A year missing from the index is an error when it is needed, never a
/// silent 1. Equality: by reference. Thread safety: immutable, safe to share.
/// </remarks>
public sealed class PriceIndex
{
    private readonly SortedDictionary<int, decimal> _index;

    /// <summary>Creates a price index.</summary>
    /// <param name="points">Year and index pairs, in any order.</param>
    /// <param name="name">What the index is, such as "KPI (SSB 03014)"; may be empty.</param>
    /// <exception cref="ArgumentNullException"><paramref name="points"/> is null.</exception>
    /// <exception cref="ArgumentException">A year appears twice, or an index is not positive.</exception>
    public PriceIndex(IEnumerable<KeyValuePair<int, decimal>> points, string name = "")
    {
        ArgumentNullException.ThrowIfNull(points);
        _index = [];
        foreach (var (year, index) in points)
        {
            if (index <= 0m)
            {
                throw new ArgumentException($"The price index of {year} is {index}; an index must be positive.", nameof(points));
            }

            if (!_index.TryAdd(year, index))
            {
                throw new ArgumentException($"The year {year} appears twice in the price index.", nameof(points));
            }
        }

        Name = name ?? "";
    }

    /// <summary>Gets what the index is.</summary>
    public string Name { get; }

    /// <summary>Gets the years, ascending.</summary>
    public IReadOnlyCollection<int> Years => _index.Keys;

    /// <summary>Gets the index of a year.</summary>
    /// <param name="year">The year.</param>
    /// <param name="index">The index, &gt; 0.</param>
    /// <returns>Whether the index has the year.</returns>
    public bool TryGetIndex(int year, out decimal index) => _index.TryGetValue(year, out index);

    /// <summary>Gets the index of a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The index, &gt; 0.</returns>
    /// <exception cref="KeyNotFoundException">The index has no value for <paramref name="year"/>.</exception>
    public decimal IndexOf(int year) => _index.TryGetValue(year, out var index)
        ? index
        : throw new KeyNotFoundException(
            $"The price index has no value for {year} (it covers {string.Join(", ", _index.Keys)}); add the year to the index file.");

    /// <summary>Gets the factor that restates an amount of <paramref name="year"/> in prices of <paramref name="baseYear"/>: P(b) / P(t).</summary>
    /// <param name="year">The year of the amount.</param>
    /// <param name="baseYear">The base year.</param>
    /// <returns>The deflation factor.</returns>
    /// <exception cref="KeyNotFoundException">Either year is missing from the index.</exception>
    public decimal DeflationFactor(int year, int baseYear) => IndexOf(baseYear) / IndexOf(year);
}
