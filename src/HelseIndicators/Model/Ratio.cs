using System.Globalization;

namespace HelseIndicators.Model;

/// <summary>
/// A ratio or share, such as an export share or an R&amp;D density, held exactly as a decimal fraction, with a
/// percent view: <c>Ratio.FromPercent(41.23).Fraction == 0.4123m</c>.
/// </summary>
/// <remarks>
/// Range: that of <see cref="decimal"/>; a ratio may be negative (an operating margin) or above 1 (R&amp;D relative to
/// value added). Default value: 0. Equality and ordering: by fraction. Formatting: the format applies to the percent
/// value ("0.0" gives "41.2 %" in nb-NO style with the culture's decimal separator); "F" formats the fraction.
/// Thread safety: an immutable value type, safe to share.
/// </remarks>
public readonly struct Ratio : IEquatable<Ratio>, IComparable<Ratio>, IComparable, IFormattable
{
    private readonly decimal _fraction;

    private Ratio(decimal fraction) => _fraction = fraction;

    /// <summary>Gets the ratio as a fraction (0.4123 for 41.23 %).</summary>
    public decimal Fraction => _fraction;

    /// <summary>Gets the ratio in percent (41.23 for 0.4123).</summary>
    public decimal Percent => _fraction * 100m;

    /// <summary>Creates a ratio from a fraction.</summary>
    /// <param name="fraction">The fraction, such as 0.4123.</param>
    /// <returns>The ratio.</returns>
    public static Ratio FromFraction(decimal fraction) => new(fraction);

    /// <summary>Creates a ratio from a percentage.</summary>
    /// <param name="percent">The percentage, such as 41.23.</param>
    /// <returns>The ratio.</returns>
    public static Ratio FromPercent(decimal percent) => new(percent / 100m);

    /// <summary>Creates the ratio of two numbers.</summary>
    /// <param name="numerator">The numerator.</param>
    /// <param name="denominator">The denominator, not 0.</param>
    /// <returns>numerator / denominator.</returns>
    /// <exception cref="DivideByZeroException"><paramref name="denominator"/> is 0.</exception>
    public static Ratio Of(decimal numerator, decimal denominator) => new(numerator / denominator);

    /// <inheritdoc/>
    public bool Equals(Ratio other) => _fraction == other._fraction;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Ratio other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _fraction.GetHashCode();

    /// <inheritdoc/>
    public int CompareTo(Ratio other) => _fraction.CompareTo(other._fraction);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Ratio"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Ratio other => CompareTo(other),
        _ => throw new ArgumentException("The object is not a Ratio.", nameof(obj)),
    };

    /// <summary>Equality by fraction.</summary>
    public static bool operator ==(Ratio left, Ratio right) => left.Equals(right);

    /// <summary>Inequality by fraction.</summary>
    public static bool operator !=(Ratio left, Ratio right) => !left.Equals(right);

    /// <summary>Ordering by fraction.</summary>
    public static bool operator <(Ratio left, Ratio right) => left._fraction < right._fraction;

    /// <summary>Ordering by fraction.</summary>
    public static bool operator >(Ratio left, Ratio right) => left._fraction > right._fraction;

    /// <summary>Ordering by fraction.</summary>
    public static bool operator <=(Ratio left, Ratio right) => left._fraction <= right._fraction;

    /// <summary>Ordering by fraction.</summary>
    public static bool operator >=(Ratio left, Ratio right) => left._fraction >= right._fraction;

    /// <summary>Formats as a percentage with one decimal, invariant culture: "41.2 %".</summary>
    /// <returns>The percentage.</returns>
    public override string ToString() => ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Formats the ratio.</summary>
    /// <param name="format">A numeric format applied to the percent value, followed by " %"; or "F" for the plain fraction.</param>
    /// <param name="formatProvider">The culture; null means the invariant culture.</param>
    /// <returns>The formatted ratio.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var provider = formatProvider ?? CultureInfo.InvariantCulture;
        return format is "F" or "f"
            ? _fraction.ToString(provider)
            : Percent.ToString(string.IsNullOrEmpty(format) ? "0.0" : format, provider) + " %";
    }
}
