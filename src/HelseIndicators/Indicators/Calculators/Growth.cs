using HelseIndicators.Model;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>
/// Growth rates between two values or along a <see cref="YearSeries"/>, with the variant named by
/// <see cref="GrowthMethod"/>.
/// </summary>
/// <remarks>
/// <para>Formulas: <see cref="GrowthMethod.Simple"/> g = x₁/x₀ − 1 (exact decimal division);
/// <see cref="GrowthMethod.CompoundAnnual"/> g = (x₁/x₀)^(1/n) − 1 and <see cref="GrowthMethod.LogDifference"/>
/// g = ln(x₁/x₀)/n, both computed in double (about 15 significant digits) and converted to decimal; with n = 1
/// the compound rate equals the simple one and is computed exactly.</para>
/// <para>Degenerate cases (undefined, never an exception): a missing value ("no value for the base year" /
/// "no value for the year"); a base ≤ 0 ("base is not positive": a growth from a loss or from nothing has no
/// meaning); for compound growth an end value &lt; 0 ("end value is negative"); for log differences an end
/// value ≤ 0. A value 0 at the end gives −1 (simple, compound).</para>
/// <para>Thread safety: pure functions, safe from any thread.</para>
/// </remarks>
public static class Growth
{
    /// <summary>Computes growth from <paramref name="previous"/> to <paramref name="current"/>.</summary>
    /// <param name="previous">The base value x₀ (null = missing).</param>
    /// <param name="current">The end value x₁ (null = missing).</param>
    /// <param name="method">The variant; default <see cref="GrowthMethod.Simple"/>.</param>
    /// <param name="years">The number of years n between the values, ≥ 1; default 1.</param>
    /// <returns>The growth, or undefined with the reason.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> &lt; 1 or an undefined method.</exception>
    public static CalculationResult Compute(decimal? previous, decimal? current, GrowthMethod method = GrowthMethod.Simple, int years = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        if (method is not (GrowthMethod.Simple or GrowthMethod.CompoundAnnual or GrowthMethod.LogDifference))
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Not a growth method.");
        }

        if (previous is not { } x0)
        {
            return CalculationResult.Undefined("no value for the base year");
        }

        if (current is not { } x1)
        {
            return CalculationResult.Undefined("no value for the year");
        }

        if (x0 <= 0m)
        {
            return CalculationResult.Undefined("base is not positive");
        }

        switch (method)
        {
            case GrowthMethod.Simple:
                return Simple(x0, x1);
            case GrowthMethod.CompoundAnnual:
                if (x1 < 0m)
                {
                    return CalculationResult.Undefined("end value is negative");
                }

                if (years == 1)
                {
                    return Simple(x0, x1);
                }

                return CalculationResult.FromDouble(Math.Pow((double)(x1 / x0), 1.0 / years) - 1.0);
            default:
                if (x1 <= 0m)
                {
                    return CalculationResult.Undefined("end value is not positive (no logarithm)");
                }

                return CalculationResult.FromDouble(Math.Log((double)(x1 / x0)) / years);
        }
    }

    /// <summary>Computes the growth into <paramref name="year"/> from the year before, from a series.</summary>
    /// <param name="series">The series.</param>
    /// <param name="year">The year t; the base is t − 1.</param>
    /// <param name="method">The variant (with one year, compound equals simple).</param>
    /// <returns>The growth, or undefined: a year missing from the series gives "no value for the base year" or
    /// "no value for the year".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static CalculationResult Of(YearSeries series, int year, GrowthMethod method = GrowthMethod.Simple)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Compute(series.ValueOf(year - 1), series.ValueOf(year), method);
    }

    /// <summary>Computes the yearly growth for every year of a series after its first.</summary>
    /// <param name="series">The series.</param>
    /// <param name="method">The variant.</param>
    /// <returns>One result per year of the series except the first; a gap in the years gives undefined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static IReadOnlyList<YearValue> Series(YearSeries series, GrowthMethod method = GrowthMethod.Simple)
    {
        ArgumentNullException.ThrowIfNull(series);
        var result = new List<YearValue>(Math.Max(0, series.Count - 1));
        for (var i = 1; i < series.Count; i++)
        {
            var year = series.Years[i];
            result.Add(new YearValue(year, Of(series, year, method)));
        }

        return result;
    }

    private static CalculationResult Simple(decimal x0, decimal x1)
    {
        var q = CalculationResult.Divide(x1, x0, "base is not positive");
        return q.Value is { } v ? CalculationResult.Defined(v - 1m) : q;
    }
}
