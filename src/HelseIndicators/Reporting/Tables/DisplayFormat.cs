using System.Globalization;

namespace HelseIndicators.Reporting.Tables;

/// <summary>
/// Formats numbers for people, in an explicit culture: NOK amounts in full or compact ("52,0 mrd. kr",
/// "NOK 52.0 bn"), ratios as percentages with one decimal, counts.
/// </summary>
/// <remarks>
/// Norwegian words are used for cultures whose language is Norwegian (nb, nn, no); English words for every other
/// culture, the invariant culture included. Separators come from the culture: nb-NO writes "1 234,5" with a no-break
/// space (U+00A0) as the group separator and "−" (U+2212) as the minus sign. A compact amount separates the number
/// from its word with a no-break space, so that it never wraps. Compact scales: from 1 000 000 000 "mrd." / "bn",
/// from 1 000 000 "mill." / "mn", below that the full amount. Thread safety: stateless, safe to use from any thread.
/// </remarks>
public static class DisplayFormat
{
    private const char NoBreakSpace = '\u00A0';

    /// <summary>Gets whether a culture's language is Norwegian (nb, nn or no).</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for Norwegian.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static bool IsNorwegian(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName is "nb" or "nn" or "no";
    }

    /// <summary>Formats a number with group separators: 1234.5 → "1 234,5" (nb-NO), "1,234.5" (en-US).</summary>
    /// <param name="value">The number.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="decimals">Decimals, 0 to 10; default 1.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public static string Number(decimal value, CultureInfo culture, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(culture);
        CheckDecimals(decimals);
        return value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture);
    }

    /// <summary>Formats a count: 1234 → "1 234" (nb-NO).</summary>
    /// <param name="value">The count (decimals are rounded away).</param>
    /// <param name="culture">The culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string Count(decimal value, CultureInfo culture) => Number(value, culture, 0);

    /// <summary>Formats a ratio held as a fraction as a percentage: 0.4123 → "41,2 %" (nb-NO), "41.2%" (en-US).</summary>
    /// <param name="fraction">The fraction.</param>
    /// <param name="culture">The culture (its percent pattern is used).</param>
    /// <param name="decimals">Decimals of the percentage, 0 to 10; default 1.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public static string Percent(decimal fraction, CultureInfo culture, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(culture);
        CheckDecimals(decimals);
        return fraction.ToString("P" + decimals.ToString(CultureInfo.InvariantCulture), culture);
    }

    /// <summary>
    /// Formats a large number compactly with a word for its scale: 52 000 000 000 → "52,0 mrd." (nb) or "52.0 bn"
    /// (en); 3 400 000 → "3,4 mill." or "3.4 mn"; below one million the full number without decimals.
    /// </summary>
    /// <param name="value">The number; negative numbers keep their sign.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="decimals">Decimals of the scaled number, 0 to 10; default 1.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public static string Compact(decimal value, CultureInfo culture, int decimals = 1)
    {
        ArgumentNullException.ThrowIfNull(culture);
        CheckDecimals(decimals);
        var nb = IsNorwegian(culture);
        var abs = Math.Abs(value);
        if (abs >= 1_000_000_000m)
        {
            return Number(value / 1_000_000_000m, culture, decimals) + NoBreakSpace + (nb ? "mrd." : "bn");
        }

        if (abs >= 1_000_000m)
        {
            return Number(value / 1_000_000m, culture, decimals) + NoBreakSpace + (nb ? "mill." : "mn");
        }

        return Number(value, culture, 0);
    }

    /// <summary>
    /// Formats a NOK amount for a sentence: "52,0 mrd. kr" (nb) or "NOK 52.0 bn" (en) when compact, "1 234 kr" or
    /// "NOK 1,234" in full.
    /// </summary>
    /// <param name="amount">The amount in NOK.</param>
    /// <param name="culture">The culture.</param>
    /// <param name="compact">Whether to scale to millions or billions; default true.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    public static string Nok(decimal amount, CultureInfo culture, bool compact = true)
    {
        var number = compact ? Compact(amount, culture) : Number(amount, culture, 0);
        return IsNorwegian(culture) ? number + NoBreakSpace + "kr" : "NOK" + NoBreakSpace + number;
    }

    /// <summary>Formats a number as a column of the given format writes it.</summary>
    /// <param name="value">The number (a fraction for <see cref="CellFormat.Percent"/>, written in percent without the sign).</param>
    /// <param name="format">The format.</param>
    /// <param name="decimals">Decimals, 0 to 10 (ignored by <see cref="CellFormat.Count"/> and compact amounts).</param>
    /// <param name="culture">The culture.</param>
    /// <param name="compactAmounts">Whether <see cref="CellFormat.Amount"/> is written compactly.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="culture"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0–10.</exception>
    public static string Value(decimal value, CellFormat format, int decimals, CultureInfo culture, bool compactAmounts) => format switch
    {
        CellFormat.Count => Count(value, culture),
        CellFormat.Percent => Number(value * 100m, culture, decimals),
        CellFormat.Amount => compactAmounts ? Compact(value, culture) : Number(value, culture, decimals),
        _ => Number(value, culture, decimals),
    };

    private static void CheckDecimals(int decimals)
    {
        if (decimals is < 0 or > 10)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Decimals must be between 0 and 10.");
        }
    }
}
