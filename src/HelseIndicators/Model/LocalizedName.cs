using System.Globalization;

namespace HelseIndicators.Model;

/// <summary>A name in Norwegian (bokmål) and English, as the taxonomy and the report show it.</summary>
/// <param name="Norwegian">The Norwegian (bokmål) name, for example "Legemidler".</param>
/// <param name="English">The English name, for example "Pharmaceuticals".</param>
/// <remarks>
/// Equality: both names, ordinal. Default value: both names null (not meaningful; use the constructor).
/// Thread safety: immutable, safe to share.
/// </remarks>
public sealed record LocalizedName(string Norwegian, string English)
{
    /// <summary>Gets the name for a culture: Norwegian for nb, nn and no cultures, English otherwise.</summary>
    /// <param name="culture">The culture of the reader; null means the invariant culture (English).</param>
    /// <returns>The name in that language.</returns>
    public string For(CultureInfo? culture) =>
        culture?.TwoLetterISOLanguageName is "nb" or "nn" or "no" ? Norwegian : English;

    /// <inheritdoc/>
    public override string ToString() => English;
}
