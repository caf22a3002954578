using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// What must stay unknown to an intruder (INDICATORS.md §5.1 items 1–2): a sensitive cell, the difference between a
/// ratio side and its level when that is sensitive, or a single firm's value (the largest firm of an atom).
/// </summary>
/// <param name="Measure">The measure.</param>
/// <param name="Atoms">The atoms it sums (indices in the year's list).</param>
/// <param name="Value">Its true value.</param>
/// <param name="Upper">The upper bound an intruder must not be able to prove below (v + p|v|, or for the largest firm
/// of an atom of several, its value times 1 + p).</param>
/// <param name="Lower">The lower bound it must not be able to prove above (v − p|v|), or null when only the upper bound
/// matters (a firm among others: it can be 0).</param>
/// <param name="Description">Its name in a reason: "revenue 2015 diagnostics".</param>
/// <param name="IsFirm">Whether the target is a firm's value (an atom's), not a cell.</param>
internal sealed record ProtectionTarget(Measure Measure, int[] Atoms, decimal Value, decimal Upper, decimal? Lower, string Description, bool IsFirm = false);
