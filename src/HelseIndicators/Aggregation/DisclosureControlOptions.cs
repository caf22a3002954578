using System.Globalization;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The parameters of disclosure control (INDICATORS.md §5 and §5.1): the primary rules (minimum frequency and (n, k)
/// dominance), and the protection of the whole publication (secondary suppression with protection level p).
/// </summary>
/// <remarks>
/// <para>Default (<see cref="Default"/>): enabled, at least 3 contributing firms, and suppression when the 2 largest
/// contributions by absolute value exceed 85 % of the cell's total of absolute values. <see cref="Disabled"/>
/// turns control off; outputs must then say so (<see cref="IndicatorTable.Disclosure"/>).</para>
/// <para>Range: <see cref="MinFirms"/> ≥ 1, <see cref="DominanceN"/> ≥ 1, 0 &lt; <see cref="DominanceK"/> ≤ 100,
/// 0 ≤ <see cref="ProtectionLevel"/> &lt; 1; <see cref="Validate"/> checks it. Equality: value equality (a record).
/// Thread safety: immutable.</para>
/// <para>What is guaranteed, against which intruder, and what stays outside: docs/disclosure-control.md.</para>
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

    /// <summary>Gets whether the publication is protected as a whole (secondary suppression, INDICATORS.md §5.1);
    /// default true. False applies the primary rules alone, which a published total minus its parts can undo: for
    /// internal use only.</summary>
    public bool SecondarySuppression { get; init; } = true;

    /// <summary>Gets the protection level p: an intruder must not be able to narrow a sensitive cell, or a single firm's
    /// value v, to within v ± p·|v|; default 0.10 (10 %). 0 asks only that no such value can be worked out exactly.</summary>
    public decimal ProtectionLevel { get; init; } = 0.10m;

    /// <summary>Gets what the suppression does: "primary and secondary", "primary" or "none".</summary>
    public string Suppression => !Enabled ? "none" : SecondarySuppression ? "primary and secondary" : "primary";

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

        if (ProtectionLevel is < 0m or >= 1m)
        {
            throw new ArgumentOutOfRangeException(nameof(ProtectionLevel), ProtectionLevel, "The protection level is a fraction in [0, 1).");
        }

        return this;
    }

    /// <summary>Describes the options, such as "on: min 3 firms, (n,k) = (2,85), primary and secondary, p = 0.10" or
    /// "off".</summary>
    /// <returns>The text.</returns>
    public override string ToString() => !Enabled
        ? "off"
        : SecondarySuppression
            ? string.Create(CultureInfo.InvariantCulture, $"on: min {MinFirms} firms, (n,k) = ({DominanceN},{DominanceK}), primary and secondary, p = {ProtectionLevel}")
            : string.Create(CultureInfo.InvariantCulture, $"on: min {MinFirms} firms, (n,k) = ({DominanceN},{DominanceK}), primary only");
}
