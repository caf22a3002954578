namespace HelseIndicators.Indicators.Calculators;

/// <summary>Ratios of sums, Σ numerator / Σ denominator — never means of unit ratios.</summary>
/// <remarks>
/// Each sum runs over the units where both the numerator and the denominator are present (INDICATORS.md §4), so a
/// firm without revenue cannot inflate an export share. Degenerate cases (undefined): no unit with both present
/// ("no contributing firm"); Σ denominator = 0 ("denominator is zero"). A negative denominator (a negative value
/// added) gives a value: the sign is the reader's to judge. Exact decimal arithmetic (28 significant digits).
/// Thread safety: pure functions.
/// </remarks>
public static class Ratios
{
    /// <summary>Divides two sums.</summary>
    /// <param name="numerator">Σ numerator.</param>
    /// <param name="denominator">Σ denominator.</param>
    /// <returns>The ratio, or undefined when the denominator is 0.</returns>
    public static CalculationResult Divide(decimal numerator, decimal denominator) =>
        CalculationResult.Divide(numerator, denominator, "denominator is zero");

    /// <summary>Computes Σ numerator / Σ denominator over the pairs where both are present.</summary>
    /// <param name="pairs">The units' numerators and denominators (null = missing).</param>
    /// <returns>The ratio of sums, or undefined with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="pairs"/> is null.</exception>
    public static CalculationResult OfSums(IEnumerable<(decimal? Numerator, decimal? Denominator)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var num = 0m;
        var den = 0m;
        var n = 0;
        foreach (var (a, b) in pairs)
        {
            if (a is { } x && b is { } y)
            {
                num += x;
                den += y;
                n++;
            }
        }

        return n == 0 ? CalculationResult.Undefined("no contributing firm") : Divide(num, den);
    }
}
