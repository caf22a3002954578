using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// A cell of a publication as protection sees it: a group's quantity in a year, the atoms it sums, its sums for the
/// primary rules, and whether it is withheld and why.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class ProtectionCell(int group, int year, CellQuantity quantity, LevelCell sums, int[] atoms)
{
    public int Group { get; } = group;

    public int Year { get; } = year;

    public CellQuantity Quantity { get; } = quantity;

    /// <summary>The cell's sums (count, sum, absolute sum, largest values).</summary>
    public LevelCell Sums { get; } = sums;

    /// <summary>The indices of its atoms in the year's atom list, ascending.</summary>
    public int[] Atoms { get; } = atoms;

    /// <summary>Why it is withheld (null: released).</summary>
    public string? Reason { get; set; }

    /// <summary>Whether it was withheld by the primary rules (its own or its difference's).</summary>
    public bool Primary { get; set; }

    /// <summary>The key of what the cell tells an intruder: its measure and its atoms. Cells with the same key are one
    /// piece of information, withheld or released together.</summary>
    public string InformationKey => $"{(int)Quantity.Measure}:{string.Join(',', Atoms)}";
}

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
