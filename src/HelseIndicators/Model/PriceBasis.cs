using System.Globalization;

namespace HelseIndicators.Model;

/// <summary>
/// The prices an amount is expressed in: current prices (nominal), or constant prices of a base year (real,
/// deflated by a price index).
/// </summary>
/// <remarks>
/// Range: current, or constant prices of a year 1–9999. Default value: <see cref="Current"/>. Equality: current
/// equals current; constant prices are equal when their base years are. Text form as in the output's
/// <c>prices</c> field: "current" or "constant-2015". Thread safety: an immutable value type, safe to share.
/// </remarks>
public readonly struct PriceBasis : IEquatable<PriceBasis>
{
    private readonly int _baseYear; // 0 = current prices

    private PriceBasis(int baseYear) => _baseYear = baseYear;

    /// <summary>Gets current prices (nominal amounts).</summary>
    public static PriceBasis Current => default;

    /// <summary>Gets constant prices of a base year.</summary>
    /// <param name="baseYear">The base year, 1–9999.</param>
    /// <returns>The price basis.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseYear"/> is outside 1–9999.</exception>
    public static PriceBasis ConstantPrices(int baseYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(baseYear, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(baseYear, 9999);
        return new PriceBasis(baseYear);
    }

    /// <summary>Gets whether these are current prices.</summary>
    public bool IsCurrent => _baseYear == 0;

    /// <summary>Gets the base year of constant prices, or null for current prices.</summary>
    public int? BaseYear => _baseYear == 0 ? null : _baseYear;

    /// <summary>Parses "current" or "constant-YYYY".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The price basis, or a failure that says why.</returns>
    public static ParseResult<PriceBasis> Parse(string? text)
    {
        var t = (text ?? "").Trim();
        if (t == "current")
        {
            return ParseResult<PriceBasis>.ForValue(Current);
        }

        return t.StartsWith("constant-", StringComparison.Ordinal)
               && int.TryParse(t.AsSpan(9), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1 and <= 9999
            ? ParseResult<PriceBasis>.ForValue(new PriceBasis(year))
            : ParseResult<PriceBasis>.ForError($"'{text}' is not a price basis: use 'current' or 'constant-YYYY'");
    }

    /// <inheritdoc/>
    public bool Equals(PriceBasis other) => _baseYear == other._baseYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PriceBasis other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _baseYear;

    /// <summary>Equality.</summary>
    public static bool operator ==(PriceBasis left, PriceBasis right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    public static bool operator !=(PriceBasis left, PriceBasis right) => !left.Equals(right);

    /// <summary>Formats as "current" or "constant-2015".</summary>
    /// <returns>The text form.</returns>
    public override string ToString() => _baseYear == 0 ? "current" : string.Create(CultureInfo.InvariantCulture, $"constant-{_baseYear}");
}
