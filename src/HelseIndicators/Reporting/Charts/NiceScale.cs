namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// An axis scale with "nice" ticks (1, 2 or 5 times a power of ten) covering a data range, after Heckbert's
/// "Nice numbers for graph labels" (Graphics Gems, 1990). Computed in decimal, so ticks such as 0.3 are exact.
/// </summary>
/// <remarks>
/// Laws: <see cref="Min"/> ≤ the data minimum, <see cref="Max"/> ≥ the data maximum, the ticks start at
/// <see cref="Min"/>, end at <see cref="Max"/> and increase by <see cref="Step"/>. An empty range (min = max) is
/// widened: [0, 1] around 0, else ±10 % around the value. Range: data magnitudes up to 10²⁴. Equality: by reference.
/// Thread safety: immutable, safe to share.
/// </remarks>
public sealed class NiceScale
{
    private readonly decimal[] _ticks;

    private NiceScale(decimal min, decimal max, decimal step, int decimals)
    {
        Min = min;
        Max = max;
        Step = step;
        Decimals = decimals;
        var count = (int)((max - min) / step) + 1;
        _ticks = new decimal[count];
        for (var i = 0; i < count; i++)
        {
            _ticks[i] = min + (i * step);
        }
    }

    /// <summary>Gets the lowest tick.</summary>
    public decimal Min { get; }

    /// <summary>Gets the highest tick.</summary>
    public decimal Max { get; }

    /// <summary>Gets the distance between ticks.</summary>
    public decimal Step { get; }

    /// <summary>Gets the number of decimals needed to write the ticks exactly.</summary>
    public int Decimals { get; }

    /// <summary>Gets the ticks, increasing.</summary>
    public IReadOnlyList<decimal> Ticks => _ticks;

    /// <summary>Creates a scale covering a range.</summary>
    /// <param name="min">The data minimum.</param>
    /// <param name="max">The data maximum, not below <paramref name="min"/>.</param>
    /// <param name="maxTicks">About how many ticks are wanted, 2 to 20; default 6. The result may have a few more or fewer.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException"><paramref name="max"/> is below <paramref name="min"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxTicks"/> is outside 2–20, or a bound's magnitude exceeds 10²⁴.</exception>
    public static NiceScale Create(decimal min, decimal max, int maxTicks = 6)
    {
        if (max < min)
        {
            throw new ArgumentException("The maximum is below the minimum.", nameof(max));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(maxTicks, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxTicks, 20);
        const decimal Limit = 1e24m;
        if (Math.Abs(min) > Limit || Math.Abs(max) > Limit)
        {
            throw new ArgumentOutOfRangeException(nameof(max), "Chart values must be within ±10^24.");
        }

        if (max - min < 1e-12m)
        {
            var delta = Math.Abs(min) < 1e-12m ? 1m : Math.Abs(min) / 10m;
            if (Math.Abs(min) < 1e-12m)
            {
                min = 0m;
                max = 1m;
            }
            else
            {
                min -= delta;
                max += delta;
            }
        }

        // The step is rounded from the raw range (as d3 does) rather than from a rounded range (Heckbert), which
        // would leave up to half the axis empty.
        var step = NiceNumber((max - min) / (maxTicks - 1), round: true, out var exponent);
        var niceMin = Math.Floor(min / step) * step;
        var niceMax = Math.Ceiling(max / step) * step;
        var decimals = Math.Max(0, -exponent);
        return new NiceScale(niceMin, niceMax, step, Math.Min(decimals, 20));
    }

    /// <summary>Maps a value to a position between two pixel coordinates: <see cref="Min"/> to <paramref name="from"/>, <see cref="Max"/> to <paramref name="to"/>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="from">The coordinate of <see cref="Min"/>.</param>
    /// <param name="to">The coordinate of <see cref="Max"/>.</param>
    /// <returns>The coordinate (linear interpolation; a value outside the scale maps outside the interval).</returns>
    public double Map(decimal value, double from, double to) =>
        from + ((double)((value - Min) / (Max - Min)) * (to - from));

    private static decimal NiceNumber(decimal x, bool round, out int exponent)
    {
        exponent = (int)Math.Floor(Math.Log10((double)x));
        var power = Pow10(exponent);
        var fraction = x / power;
        if (fraction >= 10m)
        {
            // Guard against a floating-point logarithm just below an exact power of ten.
            exponent++;
            power *= 10m;
            fraction /= 10m;
        }
        else if (fraction < 1m)
        {
            exponent--;
            power /= 10m;
            fraction *= 10m;
        }

        decimal nice;
        if (round)
        {
            nice = fraction < 1.5m ? 1m : fraction < 3m ? 2m : fraction < 7m ? 5m : 10m;
        }
        else
        {
            nice = fraction <= 1m ? 1m : fraction <= 2m ? 2m : fraction <= 5m ? 5m : 10m;
        }

        if (nice == 10m)
        {
            exponent++;
            return Pow10(exponent);
        }

        return nice * power;
    }

    private static decimal Pow10(int exponent)
    {
        var result = 1m;
        if (exponent >= 0)
        {
            for (var i = 0; i < exponent; i++)
            {
                result *= 10m;
            }
        }
        else
        {
            for (var i = 0; i < -exponent; i++)
            {
                result /= 10m;
            }
        }

        return result;
    }
}
