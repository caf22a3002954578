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
