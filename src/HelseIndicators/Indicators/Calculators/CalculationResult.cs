using System.Globalization;

namespace HelseIndicators.Indicators.Calculators;

/// <summary>
/// The outcome of a calculator: a value, or "undefined" with the reason (a zero or negative base, an empty input,
/// a missing year). Calculators return this instead of throwing for conditions of the data.
/// </summary>
/// <remarks>
/// Default value: undefined with the reason "no value". Equality: same value and same reason (ordinal).
/// Thread safety: an immutable value type, safe to share.
/// </remarks>
public readonly struct CalculationResult : IEquatable<CalculationResult>
{
    private readonly decimal _value;
    private readonly string? _reason;
    private readonly bool _defined;

    private CalculationResult(decimal value, string? reason, bool defined)
    {
        _value = value;
        _reason = reason;
        _defined = defined;
    }

    /// <summary>Gets whether a value was computed.</summary>
    public bool IsDefined => _defined;

    /// <summary>Gets the value, or null when undefined.</summary>
    public decimal? Value => _defined ? _value : null;

    /// <summary>Gets why the value is undefined, or null when defined.</summary>
    public string? Reason => _defined ? null : _reason ?? "no value";

    /// <summary>Creates a defined result.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    public static CalculationResult Defined(decimal value) => new(value, null, true);

    /// <summary>Creates an undefined result.</summary>
    /// <param name="reason">Why, in words a user understands ("base is not positive").</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is null or empty.</exception>
    public static CalculationResult Undefined(string reason)
    {
        ArgumentException.ThrowIfNullOrEmpty(reason);
        return new(0m, reason, false);
    }

    /// <inheritdoc />
    public bool Equals(CalculationResult other) =>
        _defined == other._defined && (_defined ? _value == other._value : string.Equals(Reason, other.Reason, StringComparison.Ordinal));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalculationResult other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _defined ? _value.GetHashCode() : string.GetHashCode(Reason!, StringComparison.Ordinal);

    /// <summary>Equality.</summary>
    /// <param name="left">The left result.</param>
    /// <param name="right">The right result.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(CalculationResult left, CalculationResult right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">The left result.</param>
    /// <param name="right">The right result.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(CalculationResult left, CalculationResult right) => !left.Equals(right);

    /// <summary>Returns the value in invariant culture, or "undefined: reason".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => _defined ? _value.ToString(CultureInfo.InvariantCulture) : $"undefined: {Reason}";

    /// <summary>Divides, turning a zero denominator or a decimal overflow into an undefined result.</summary>
    internal static CalculationResult Divide(decimal numerator, decimal denominator, string zeroReason)
    {
        if (denominator == 0m)
        {
            return Undefined(zeroReason);
        }

        try
        {
            return Defined(numerator / denominator);
        }
        catch (OverflowException)
        {
            return Undefined("the quotient is too large for a decimal");
        }
    }

    /// <summary>Converts a double to a defined decimal result, or undefined when it is not finite or too large.</summary>
    internal static CalculationResult FromDouble(double value)
    {
        if (!double.IsFinite(value) || Math.Abs(value) > 7.9e27)
        {
            return Undefined("the result is not a finite number within decimal range");
        }

        return Defined((decimal)value);
    }
}
