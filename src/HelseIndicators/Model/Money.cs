using System.Globalization;

namespace HelseIndicators.Model;

/// <summary>
/// An exact amount of money that knows its currency and its price basis. Arithmetic is decimal (exact for sums
/// of accounts), and refuses to mix currencies or price bases: NOK plus EUR, or current plus constant prices,
/// throws.
/// </summary>
/// <remarks>
/// Range: that of <see cref="decimal"/> (±7.9·10²⁸); an overflow throws <see cref="OverflowException"/>, never wraps.
/// Default value: 0 NOK in current prices. Equality: amount, currency and price basis (1.0 and 1.00 are equal).
/// Ordering: only between amounts of the same currency and basis. Thread safety: an immutable value type.
/// </remarks>
public readonly partial struct Money
{
    /// <summary>Creates an amount.</summary>
    /// <param name="amount">The amount.</param>
    /// <param name="currency">The currency; NOK by default.</param>
    /// <param name="priceBasis">The price basis; current prices by default.</param>
    public Money(decimal amount, Currency currency = default, PriceBasis priceBasis = default)
    {
        Amount = amount;
        Currency = currency;
        PriceBasis = priceBasis;
    }

    /// <summary>Gets the amount.</summary>
    public decimal Amount { get; }

    /// <summary>Gets the currency.</summary>
    public Currency Currency { get; }

    /// <summary>Gets the price basis.</summary>
    public PriceBasis PriceBasis { get; }

    /// <summary>Creates an amount in Norwegian kroner, current prices.</summary>
    /// <param name="amount">The amount in NOK.</param>
    /// <returns>The amount.</returns>
    public static Money Nok(decimal amount) => new(amount, Currency.Nok, PriceBasis.Current);

    /// <summary>Gets zero in a currency and price basis.</summary>
    /// <param name="currency">The currency.</param>
    /// <param name="priceBasis">The price basis.</param>
    /// <returns>Zero.</returns>
    public static Money Zero(Currency currency = default, PriceBasis priceBasis = default) => new(0m, currency, priceBasis);

    /// <summary>Gets whether <paramref name="other"/> has the same currency and price basis, so that the two can be added.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>True when the amounts are compatible.</returns>
    public bool IsCompatibleWith(Money other) => Currency == other.Currency && PriceBasis == other.PriceBasis;

    /// <summary>
    /// Restates the amount in constant prices: amount · <paramref name="baseIndex"/> / <paramref name="yearIndex"/>
    /// (INDICATORS.md §4, real figures).
    /// </summary>
    /// <param name="baseYear">The base year of the constant prices.</param>
    /// <param name="baseIndex">The price index of the base year, &gt; 0.</param>
    /// <param name="yearIndex">The price index of the amount's year, &gt; 0.</param>
    /// <returns>The deflated amount.</returns>
    /// <exception cref="InvalidOperationException">The amount is already in constant prices.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is not positive.</exception>
    public Money Deflate(int baseYear, decimal baseIndex, decimal yearIndex)
    {
        if (!PriceBasis.IsCurrent)
        {
            throw new InvalidOperationException($"The amount is already in {PriceBasis} prices; deflate amounts in current prices.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(baseIndex);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(yearIndex);
        return new Money(Amount * baseIndex / yearIndex, Currency, PriceBasis.ConstantPrices(baseYear));
    }

    private static void RequireCompatible(Money left, Money right, string operation)
    {
        if (left.Currency != right.Currency)
        {
            throw new InvalidOperationException(
                $"Cannot {operation} {left.Currency} and {right.Currency}: convert to one currency first.");
        }

        if (left.PriceBasis != right.PriceBasis)
        {
            throw new InvalidOperationException(
                $"Cannot {operation} amounts in {left.PriceBasis} and {right.PriceBasis} prices: deflate both to the same base year first.");
        }
    }

    /// <inheritdoc/>
    public override string ToString() => ToString(null, CultureInfo.InvariantCulture);
}
