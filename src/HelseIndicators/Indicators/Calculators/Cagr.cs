using HelseIndicators.Model;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>Compound annual growth rate: (x(t₁) / x(t₀))^(1/(t₁ − t₀)) − 1.</summary>
/// <remarks>
/// <para>Precision: the power is computed in double (about 15 significant digits) and converted to decimal, so
/// compounding back, x(t₀)·(1 + g)^(t₁−t₀), reproduces x(t₁) to a relative error of about 1e-14 (the tests assert 1e-9 over spans up to 30 years). A span of one year
/// is computed exactly in decimal.</para>
/// <para>Degenerate cases (undefined): a value missing at either end; a span ≤ 0 years; a base ≤ 0 ("base is
/// not positive"); an end value &lt; 0 ("end value is negative"). An end value of 0 gives −1.</para>
/// <para>Thread safety: pure functions.</para>
/// </remarks>
public static class Cagr
{
    /// <summary>Computes the CAGR between two values <paramref name="years"/> apart.</summary>
    /// <param name="start">x(t₀) (null = missing).</param>
    /// <param name="end">x(t₁) (null = missing).</param>
    /// <param name="years">t₁ − t₀.</param>
    /// <returns>The rate, or undefined with the reason.</returns>
    public static CalculationResult Compute(decimal? start, decimal? end, int years)
    {
        if (years <= 0)
        {
            return CalculationResult.Undefined("the span has no years (t₁ must be after t₀)");
        }

        return Growth.Compute(start, end, GrowthMethod.CompoundAnnual, years);
    }

    /// <summary>Computes the CAGR of a series from <paramref name="fromYear"/> to <paramref name="toYear"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="fromYear">t₀.</param>
    /// <param name="toYear">t₁.</param>
    /// <returns>The rate, or undefined (a year missing in the series counts as a missing value).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static CalculationResult Of(YearSeries series, int fromYear, int toYear)
    {
        ArgumentNullException.ThrowIfNull(series);
        return Compute(series.ValueOf(fromYear), series.ValueOf(toYear), toYear - fromYear);
    }
}
