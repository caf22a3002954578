using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Data.IndicatorTables;

/// <summary>
/// What <see cref="IndicatorTableJsonReader"/> reads from a document: its rows and the parameters they were published
/// with.
/// </summary>
/// <param name="Schema">The schema id, <c>helse-indicators/1</c>.</param>
/// <param name="Prices">The price basis of the NOK amounts (also on every row).</param>
/// <param name="Disclosure">The disclosure control stated (enabled, min firms, n, k).</param>
/// <param name="ProtectionLevel">The protection level p of INDICATORS.md §5.1 when stated (secondary suppression), else
/// null.</param>
/// <param name="Suppression">The suppression stated ("primary and secondary", …), or null.</param>
/// <param name="Rows">The rows in document order, repeated rows included.</param>
/// <remarks>Equality: value equality of the members (<see cref="Rows"/> by reference). Thread safety: immutable.</remarks>
public sealed record IndicatorTableJsonDocument(
    string Schema, PriceBasis Prices, DisclosureControlOptions Disclosure, decimal? ProtectionLevel, string? Suppression, IReadOnlyList<IndicatorRow> Rows);
