using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>One indicator as a grid: a line per group, a column per year.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Years">The column years, ascending.</param>
/// <param name="Lines">The lines, in the table's group order.</param>
/// <remarks>Equality: record equality (lists by reference). Thread safety: immutable.</remarks>
public sealed record IndicatorPivot(IndicatorId Indicator, IReadOnlyList<int> Years, IReadOnlyList<PivotLine> Lines);

/// <summary>One group's line of an <see cref="IndicatorPivot"/>.</summary>
/// <param name="Group">The group.</param>
/// <param name="Cells">The row of each column year, or null where the table has none (same order as the years).</param>
/// <remarks>Equality: record equality (list by reference). Thread safety: immutable.</remarks>
public sealed record PivotLine(GroupKey Group, IReadOnlyList<IndicatorRow?> Cells);
