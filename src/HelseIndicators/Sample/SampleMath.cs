namespace HelseIndicators.Sample;

/// <summary>
/// Natural logarithm and exponential written with +, −, ×, ÷ only, so that the sample is bit-for-bit the same on
/// every platform and .NET version (<see cref="Math.Log(double)"/> and <see cref="Math.Exp"/> call the platform's
/// C library, whose last bit may differ).
/// </summary>
/// <remarks>Accuracy: a few units in the last place, ample for synthetic data. Thread safety: pure functions.</remarks>
internal static class SampleMath
{
    private const double Ln2 = 0.6931471805599453;

    // ln 2 split in two (fdlibm): the high part has trailing zero bits, so k · Ln2Hi is exact for |k| < 2^11.
    private const double Ln2Hi = 6.93147180369123816490e-01;
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double Sqrt2 = 1.4142135623730951;

    /// <summary>ln x for finite x &gt; 0 (ln 0 = −∞ is never needed: callers pass x in (0, ∞)).</summary>
    public static double Log(double x)
    {
        if (!(x > 0.0) || double.IsInfinity(x))
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The logarithm needs a finite positive number.");
        }

        var bits = BitConverter.DoubleToInt64Bits(x);
        var biased = (int)((bits >> 52) & 0x7FF);
        var e = 0;
        if (biased == 0)
        {
            // Subnormal: scale into the normal range first (exact: a power of two).
            x *= 18014398509481984.0; // 2^54
            bits = BitConverter.DoubleToInt64Bits(x);
            biased = (int)((bits >> 52) & 0x7FF);
            e = -54;
        }

        e += biased - 1023;
        var m = BitConverter.Int64BitsToDouble((bits & 0x000FFFFFFFFFFFFFL) | 0x3FF0000000000000L); // [1, 2)
        if (m > Sqrt2)
        {
            m *= 0.5;
            e++;
        }

        // ln m = 2 atanh z, z = (m − 1)/(m + 1), |z| ≤ 0.1716: the odd series converges fast.
        var z = (m - 1.0) / (m + 1.0);
        var z2 = z * z;
        var term = z;
        var sum = 0.0;
        for (var k = 1; k <= 31; k += 2)
        {
            sum += term / k;
            term *= z2;
        }

        return e * Ln2Hi + (2.0 * sum + e * Ln2Lo);
    }

    /// <summary>eˣ; 0 below −700, and x must not exceed 700.</summary>
    public static double Exp(double x)
    {
        if (double.IsNaN(x) || x > 700.0)
        {
            throw new ArgumentOutOfRangeException(nameof(x), x, "The exponential is only defined here up to 700.");
        }

        if (x < -700.0)
        {
            return 0.0;
        }

        // x = k ln 2 + r, |r| ≤ ln 2 / 2; the Taylor series of eʳ to 22 terms is exact to double precision.
        var k = Math.Round(x / Ln2);
        var r = x - k * Ln2Hi - k * Ln2Lo;
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 22; n++)
        {
            term *= r / n;
            sum += term;
        }

        return Math.ScaleB(sum, (int)k);
    }
}
