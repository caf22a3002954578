namespace HelseIndicators.Indicators.Calculators;

/// <summary>
/// Contributions to growth: a part's change relative to the whole's base, c(i) = (x(i,t) − x(i,t−1)) / X(t−1).
/// </summary>
/// <remarks>
/// <para>When the parts partition the whole (each unit in exactly one part), the contributions add up to the
/// whole's simple growth X(t)/X(t−1) − 1 (up to decimal rounding in the 28th digit).</para>
/// <para>Degenerate cases: a part missing in one year counts as 0 there (an entrant or an exit); a part missing
/// in both years is undefined ("no contributing firm"); a missing or non-positive whole base is undefined
/// ("base is not positive").</para>
/// <para>Thread safety: pure functions.</para>
/// </remarks>
public static class Contributions
{
    /// <summary>Computes one part's contribution.</summary>
    /// <param name="partPrevious">x(i,t−1), null when the part is absent then (counts 0).</param>
    /// <param name="partCurrent">x(i,t), null when the part is absent then (counts 0).</param>
    /// <param name="totalPrevious">X(t−1), the whole's base.</param>
    /// <returns>The contribution, or undefined with the reason.</returns>
    public static CalculationResult Compute(decimal? partPrevious, decimal? partCurrent, decimal? totalPrevious)
    {
        if (partPrevious is null && partCurrent is null)
        {
            return CalculationResult.Undefined("no contributing firm");
        }

        if (totalPrevious is not { } total)
        {
            return CalculationResult.Undefined("no value for the base year");
        }

        if (total <= 0m)
        {
            return CalculationResult.Undefined("base is not positive");
        }

        return CalculationResult.Divide((partCurrent ?? 0m) - (partPrevious ?? 0m), total, "base is not positive");
    }

    /// <summary>Computes the contributions of all parts, the whole's base being the sum of the parts' bases.</summary>
    /// <typeparam name="TKey">The part key.</typeparam>
    /// <param name="parts">Each part's previous and current value (null = absent that year).</param>
    /// <returns>Each part's contribution, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> is null.</exception>
    public static IReadOnlyList<KeyValuePair<TKey, CalculationResult>> ComputeAll<TKey>(
        IEnumerable<KeyValuePair<TKey, (decimal? Previous, decimal? Current)>> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var list = parts.ToList();
        decimal? total = null;
        foreach (var p in list)
        {
            if (p.Value.Previous is { } v)
            {
                total = (total ?? 0m) + v;
            }
        }

        return list.Select(p => new KeyValuePair<TKey, CalculationResult>(p.Key, Compute(p.Value.Previous, p.Value.Current, total))).ToList();
    }
}
