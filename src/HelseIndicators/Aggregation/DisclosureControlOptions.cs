using System.Globalization;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The parameters of primary disclosure control (INDICATORS.md §5): the minimum-frequency rule and the (n, k)
/// dominance rule.
/// </summary>
/// <remarks>
/// <para>Default (<see cref="Default"/>): enabled, at least 3 contributing firms, and suppression when the 2 largest
/// contributions by absolute value exceed 85 % of the cell's total of absolute values. <see cref="Disabled"/>
/// turns control off; outputs must then say so (<see cref="IndicatorTable.Disclosure"/>).</para>
/// <para>Range: <see cref="MinFirms"/> ≥ 1, <see cref="DominanceN"/> ≥ 1, 0 &lt; <see cref="DominanceK"/> ≤ 100;
/// <see cref="Validate"/> checks it. Equality: value equality (a record). Thread safety: immutable.</para>
/// <para>v1 applies primary suppression only: see docs/disclosure-control.md for the remaining risk.</para>
/// </remarks>
public sealed record DisclosureControlOptions
{
    /// <summary>Gets the default options: enabled, (min firms, n, k) = (3, 2, 85).</summary>
    public static DisclosureControlOptions Default { get; } = new();

    /// <summary>Gets options with disclosure control turned off (explicitly).</summary>
    public static DisclosureControlOptions Disabled { get; } = new() { Enabled = false };

    /// <summary>Gets whether control is applied; default true.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Gets the minimum number of contributing firms of a released cell; default 3.</summary>
    public int MinFirms { get; init; } = 3;

    /// <summary>Gets n of the dominance rule, the number of largest contributions considered; default 2.</summary>
    public int DominanceN { get; init; } = 2;

    /// <summary>Gets k of the dominance rule in percent: a cell whose n largest contributions exceed k % of its total
    /// of absolute values is suppressed; default 85.</summary>
    public decimal DominanceK { get; init; } = 85m;

    /// <summary>Checks the ranges.</summary>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A parameter is out of range.</exception>
    public DisclosureControlOptions Validate()
    {
        if (MinFirms < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MinFirms), MinFirms, "The minimum number of firms must be at least 1.");
        }

        if (DominanceN < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(DominanceN), DominanceN, "n of the dominance rule must be at least 1.");
        }

        if (DominanceK is <= 0m or > 100m)
        {
            throw new ArgumentOutOfRangeException(nameof(DominanceK), DominanceK, "k of the dominance rule is a percentage in (0, 100].");
        }

        return this;
    }

    /// <summary>Describes the options, such as "on: min 3 firms, (n,k) = (2,85)" or "off".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Enabled
        ? string.Create(CultureInfo.InvariantCulture, $"on: min {MinFirms} firms, (n,k) = ({DominanceN},{DominanceK})")
        : "off";
}
