namespace HelseIndicators.Model;

/// <summary>An ISO 4217 currency code, such as NOK or EUR.</summary>
/// <remarks>
/// Range: three upper-case ASCII letters (not checked against the ISO list). Default value: NOK, the currency of
/// the Norwegian accounts. Equality: ordinal on the code; currencies have no order. Thread safety: an immutable value type, safe to share.
/// </remarks>
public readonly struct Currency : IEquatable<Currency>
{
    private readonly string? _code;

    private Currency(string code) => _code = code;

    /// <summary>Gets the Norwegian krone, the default currency.</summary>
    public static Currency Nok { get; } = new("NOK");

    /// <summary>Gets the euro.</summary>
    public static Currency Eur { get; } = new("EUR");

    /// <summary>Gets the three-letter code.</summary>
    public string Code => _code ?? "NOK";

    /// <summary>Parses a currency code; lower case is accepted and upper-cased.</summary>
    /// <param name="text">The code, such as "NOK".</param>
    /// <returns>The currency, or a failure that says why the text is not a code.</returns>
    public static ParseResult<Currency> Parse(string? text)
    {
        var t = (text ?? "").Trim();
        return t.Length == 3 && t.All(char.IsAsciiLetter)
            ? ParseResult<Currency>.ForValue(t.ToUpperInvariant() == "NOK" ? Nok : new Currency(t.ToUpperInvariant()))
            : ParseResult<Currency>.ForError($"'{text}' is not a currency code: use three letters, such as NOK or EUR");
    }

    /// <summary>Creates a currency from a code known to be valid.</summary>
    /// <param name="code">Three letters.</param>
    /// <returns>The currency.</returns>
    /// <exception cref="FormatException"><paramref name="code"/> is not three letters.</exception>
    public static Currency Of(string code) => Parse(code).Value;

    /// <inheritdoc/>
    public bool Equals(Currency other) => string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Currency other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => string.GetHashCode(Code, StringComparison.Ordinal);

    /// <summary>Equality by code.</summary>
    public static bool operator ==(Currency left, Currency right) => left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(Currency left, Currency right) => !left.Equals(right);

    /// <inheritdoc/>
    public override string ToString() => Code;
}
