using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// What a publication withholds, decided for all its tables together (INDICATORS.md §5.1): the reason for each cell
/// withheld, primary or secondary, and the groups and years whose <c>hhi_revenue</c> may not be released. Rows follow
/// their cells (<see cref="TableBuilder"/>).
/// </summary>
/// <remarks>Thread safety: immutable once made.</remarks>
internal sealed class SuppressionPlan
{
    private readonly Dictionary<(GroupKey Group, int Year, CellQuantity Quantity), string> _withheld;
    private readonly Dictionary<(GroupKey Group, int Year), string> _concentration;
    private readonly HashSet<(GroupKey Group, int Year, CellQuantity Quantity)> _known;

    public SuppressionPlan(
        Dictionary<(GroupKey Group, int Year, CellQuantity Quantity), string> withheld,
        HashSet<(GroupKey Group, int Year, CellQuantity Quantity)> known,
        Dictionary<(GroupKey Group, int Year), string> concentration,
        int primary,
        int secondary,
        int groups)
    {
        Groups = groups;
        _withheld = withheld;
        _known = known;
        _concentration = concentration;
        PrimaryCells = primary;
        SecondaryCells = secondary;
    }

    /// <summary>The number of groups of the publication (the total and every group of every table).</summary>
    public int Groups { get; }

    /// <summary>The number of cells withheld by the primary rules (a ratio side's difference included).</summary>
    public int PrimaryCells { get; }

    /// <summary>The number of cells withheld to protect others.</summary>
    public int SecondaryCells { get; }

    /// <summary>Whether the plan decided the cell (false: the caller applies the primary rules itself).</summary>
    public bool Knows(GroupKey group, int year, CellQuantity quantity) => _known.Contains((group, year, quantity));

    /// <summary>The reason the cell is withheld, or null when it is released.</summary>
    public string? ReasonFor(GroupKey group, int year, CellQuantity quantity) =>
        _withheld.GetValueOrDefault((group, year, quantity));

    /// <summary>The reason <c>hhi_revenue</c> of a group and year is withheld beyond its revenue cell, or null.</summary>
    public string? ConcentrationReason(GroupKey group, int year) => _concentration.GetValueOrDefault((group, year));
}
