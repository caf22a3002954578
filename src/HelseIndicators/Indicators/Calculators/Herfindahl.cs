namespace HelseIndicators.Indicators.Calculators;

/// <summary>
/// The Herfindahl–Hirschman index of concentration, HHI = Σ sᵢ² with sᵢ = xᵢ / Σx (0–1; 1 = one firm holds all).
/// </summary>
/// <remarks>
/// <para>Computed as (Σxᵢ² / Σx) / Σx, never squaring the total, so no intermediate exceeds Σx. The squares
/// are summed exactly in decimal while Σxᵢ² stays below decimal's maximum (about 7.9e28: revenues below about
/// 2.8e14 NOK each for realistic firm counts); should the sum of squares overflow, the computation falls back to
/// double for the whole index (about 15 significant digits), which is ample for a 0–1 index.</para>
/// <para>Degenerate cases (undefined): no values ("no contributing firm"); Σx = 0 ("denominator is zero");
/// a negative value ("a negative value has no share").</para>
/// <para>Thread safety: pure functions.</para>
/// </remarks>
public static class Herfindahl
{
    /// <summary>Computes the HHI of values (such as firm revenues).</summary>
    /// <param name="values">The values, each ≥ 0.</param>
    /// <returns>The index in 0–1, or undefined with the reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    public static CalculationResult Compute(IEnumerable<decimal> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sum = 0m;
        var squares = default(SquareSum);
        var n = 0;
        foreach (var v in values)
        {
            if (v < 0m)
            {
                return CalculationResult.Undefined("a negative value has no share");
            }

            sum += v;
            squares.Add(v);
            n++;
        }

        return n == 0 ? CalculationResult.Undefined("no contributing firm") : FromSums(sum, squares);
    }

    internal static CalculationResult FromSums(decimal sum, SquareSum squares)
    {
        if (sum == 0m)
        {
            return CalculationResult.Undefined("denominator is zero");
        }

        if (squares.Overflowed)
        {
            var s = (double)sum;
            return CalculationResult.FromDouble(squares.Approximate / s / s);
        }

        return CalculationResult.Defined(squares.Exact / sum / sum);
    }
}

/// <summary>A mergeable sum of squares: exact in decimal, falling back to double on overflow.</summary>
/// <remarks>The double is only kept from the overflow on (starting from the exact sum so far), so a sum that never
/// overflows costs no conversion per value.</remarks>
internal struct SquareSum
{
    public decimal Exact;
    public double Approximate; // meaningful once Overflowed
    public bool Overflowed;

    public void Add(decimal value)
    {
        if (!Overflowed)
        {
            try
            {
                FastDecimal.Add(ref Exact, FastDecimal.Square(value));
                return;
            }
            catch (OverflowException)
            {
                Overflowed = true;
                Approximate = (double)Exact;
            }
        }

        var d = (double)value;
        Approximate += d * d;
    }

    public void Merge(in SquareSum other)
    {
        if (!Overflowed && !other.Overflowed)
        {
            try
            {
                FastDecimal.Add(ref Exact, other.Exact);
                return;
            }
            catch (OverflowException)
            {
            }
        }

        Approximate = (Overflowed ? Approximate : (double)Exact) + (other.Overflowed ? other.Approximate : (double)other.Exact);
        Overflowed = true;
    }
}
