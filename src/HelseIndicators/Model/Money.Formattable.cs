using System.Globalization;

namespace HelseIndicators.Model;

public readonly partial struct Money : IFormattable
{
    /// <summary>Formats the amount and its currency, with the price basis when it is constant prices.</summary>
    /// <param name="format">A numeric format for the amount, such as "N0"; null gives the full amount.</param>
    /// <param name="formatProvider">The culture for the amount; null means the invariant culture.</param>
    /// <returns>For example "1234.50 NOK" or "1 234 NOK (constant-2015)" with "N0" in nb-NO.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        var amount = Amount.ToString(format, formatProvider ?? CultureInfo.InvariantCulture);
        return PriceBasis.IsCurrent ? $"{amount} {Currency}" : $"{amount} {Currency} ({PriceBasis})";
    }
}
