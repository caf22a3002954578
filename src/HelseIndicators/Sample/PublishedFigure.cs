using HelseIndicators.Model;

namespace HelseIndicators.Sample;

/// <summary>
/// A figure published for the Norwegian health industry (INDICATORS.md §9), which the embedded sample reproduces:
/// the sum of one field over one value-chain link in one year.
/// </summary>
/// <param name="LinkId">The value-chain link of the default taxonomy, such as <c>industry</c>.</param>
/// <param name="Field">The summed field: revenue, exports or R&amp;D expenditure.</param>
/// <param name="Year">The fiscal year.</param>
/// <param name="Value">The published value, NOK, current prices.</param>
/// <param name="Tolerance">The relative tolerance the sample meets, such as 0.01 for 1 %.</param>
/// <param name="Description">What was published, in Norwegian and English.</param>
/// <remarks>Equality: by value. Thread safety: immutable, safe to share.</remarks>
public sealed record PublishedFigure(string LinkId, AccountField Field, int Year, decimal Value, decimal Tolerance, LocalizedName Description);
