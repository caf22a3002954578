using HelseIndicators.Model;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>Index numbers: a series rebased so that the base year is 100, I(t) = 100 · x(t) / x(b).</summary>
/// <remarks>
/// Degenerate cases (undefined for every year): the base year missing or null in the series ("no value for the
/// base year"), a base ≤ 0 ("base is not positive"). A missing value in another year is undefined for that year
/// only. Exact decimal arithmetic. Thread safety: pure functions.
/// </remarks>
public static class IndexNumbers
{
    /// <summary>Rebases a series to 100 in <paramref name="baseYear"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="baseYear">The base year b.</param>
    /// <returns>One result per year of the series, in year order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static IReadOnlyList<YearValue> Compute(YearSeries series, int baseYear)
    {
        ArgumentNullException.ThrowIfNull(series);
        var b = series.ValueOf(baseYear);
        var result = new List<YearValue>(series.Count);
        foreach (var (year, value) in series)
        {
            CalculationResult r;
            if (b is not { } bv)
            {
                r = CalculationResult.Undefined("no value for the base year");
            }
            else if (bv <= 0m)
            {
                r = CalculationResult.Undefined("base is not positive");
            }
            else if (value is not { } v)
            {
                r = CalculationResult.Undefined("no value for the year");
            }
            else
            {
                r = CalculationResult.Divide(100m * v, bv, "base is not positive");
            }

            result.Add(new YearValue(year, r));
        }

        return result;
    }

    /// <summary>Rebases a series and returns it as a series (undefined years become null values).</summary>
    /// <param name="series">The series.</param>
    /// <param name="baseYear">The base year b.</param>
    /// <returns>The index series, named like the input, unit "index".</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static YearSeries Rebase(YearSeries series, int baseYear) =>
        new(Compute(series, baseYear).Select(v => new KeyValuePair<int, decimal?>(v.Year, v.Result.Value)), series.Name, "index");
}
