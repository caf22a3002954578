using System.Globalization;
using System.Text;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// One leak found by <see cref="DisclosureAudit"/>: a sensitive cell or a single firm's value that the intruder of
/// INDICATORS.md §5.1 can narrow beyond its protection levels, with the proof; or a structural rule broken.
/// </summary>
/// <remarks>
/// <para>For a cell: <see cref="Quantity"/>, <see cref="Group"/>, <see cref="Year"/> and <see cref="FirmSet"/> say
/// which sum. For a firm value: <see cref="OrganisationNumber"/>, <see cref="Year"/> and <see cref="Quantity"/> (the
/// field, or <c>value_added</c>). For a rule: <see cref="Quantity"/> is <c>hhi_revenue</c> and
/// <see cref="Description"/> says what is missing; the values and bounds are null.</para>
/// <para>Bounds: <see cref="LowerBound"/> and <see cref="UpperBound"/> are what the intruder can prove (null: no finite
/// bound on that side); the protection requires the upper bound to be at least <see cref="RequiredUpperBound"/> = v +
/// p·|v| and the lower at most <see cref="RequiredLowerBound"/> = v − p·|v|. Bounds from linear programming are
/// computed in double precision and rounded to decimal.</para>
/// <para>Equality: reference equality. Thread safety: immutable, safe to share.</para>
/// </remarks>
public sealed class AuditFinding
{
    internal AuditFinding()
    {
    }

    /// <summary>Gets what the finding is about.</summary>
    public AuditFindingKind Kind { get; internal init; }

    /// <summary>Gets the narrowed quantity's level indicator (<c>revenue</c>, …, <c>value_added</c>), or
    /// <c>hhi_revenue</c> for a rule.</summary>
    public IndicatorId Quantity { get; internal init; }

    /// <summary>Gets the year.</summary>
    public int Year { get; internal init; }

    /// <summary>Gets the group of a cell or rule; null for a firm value.</summary>
    public GroupKey? Group { get; internal init; }

    /// <summary>Gets which firms of the group a cell sums, in words ("firms reporting both exports and revenue");
    /// null for a firm value or a rule.</summary>
    public string? FirmSet { get; internal init; }

    /// <summary>Gets the number of firm-years of the cell (1 for a firm value, 0 for a rule).</summary>
    public int Firms { get; internal init; }

    /// <summary>Gets the firm of a firm value; null otherwise.</summary>
    public OrganisationNumber? OrganisationNumber { get; internal init; }

    /// <summary>Gets the true value v (null for a rule).</summary>
    public decimal? TrueValue { get; internal init; }

    /// <summary>Gets the lower bound the intruder can prove; null when there is none (or for a rule).</summary>
    public decimal? LowerBound { get; internal init; }

    /// <summary>Gets the upper bound the intruder can prove; null when there is none (or for a rule).</summary>
    public decimal? UpperBound { get; internal init; }

    /// <summary>Gets v − p·|v|, the highest lower bound the protection allows (null for a rule).</summary>
    public decimal? RequiredLowerBound { get; internal init; }

    /// <summary>Gets v + p·|v|, the lowest upper bound the protection allows (null for a rule).</summary>
    public decimal? RequiredUpperBound { get; internal init; }

    /// <summary>Gets whether the proven lower bound is above <see cref="RequiredLowerBound"/>.</summary>
    public bool NarrowedFromBelow { get; internal init; }

    /// <summary>Gets whether the proven upper bound is below <see cref="RequiredUpperBound"/>.</summary>
    public bool NarrowedFromAbove { get; internal init; }

    /// <summary>Gets whether the value is determined exactly by a linear combination of released rows
    /// (<see cref="Proof"/> is then that combination).</summary>
    public bool IsExact { get; internal init; }

    /// <summary>Gets the released rows of the proof with their weights: the exact combination, or the multipliers of
    /// the linear program's bound (empty for a rule).</summary>
    public IReadOnlyList<AuditProofTerm> Proof { get; internal init; } = [];

    /// <summary>Gets the known inequalities the bound uses, in words ("exports ≤ revenue", "values ≥ 0"); empty for
    /// an exact combination.</summary>
    public IReadOnlyList<string> Constraints { get; internal init; } = [];

    /// <summary>Gets what was narrowed, in words.</summary>
    public string Description { get; internal init; } = "";

    /// <summary>Returns the finding and its proof as plain text, culture invariant, one line per proof term.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var kind = Kind switch
        {
            AuditFindingKind.Cell => "cell",
            AuditFindingKind.FirmValue => "firm",
            _ => "rule",
        };
        sb.Append(kind).Append(": ").Append(Description);
        if (Kind == AuditFindingKind.Rule)
        {
            return sb.ToString();
        }

        sb.Append(CultureInfo.InvariantCulture, $"; true value {Number(TrueValue)}, proven [{Number(LowerBound, "−∞")}, {Number(UpperBound, "+∞")}]")
          .Append(CultureInfo.InvariantCulture, $", protection needs [≤ {Number(RequiredLowerBound)}, ≥ {Number(RequiredUpperBound)}]: ")
          .Append(IsExact ? "determined exactly"
              : NarrowedFromAbove && NarrowedFromBelow ? "narrowed from both sides"
              : NarrowedFromAbove ? "narrowed from above" : "narrowed from below");
        sb.AppendLine();
        sb.Append(IsExact ? "  = the combination of released rows:" : "  proof (multipliers of the bound's linear program):");
        foreach (var term in Proof)
        {
            sb.AppendLine().Append("    ")
              .Append(term.ExactCoefficient ?? term.Coefficient.ToString("G6", CultureInfo.InvariantCulture))
              .Append(" × ").Append(AuditEquation.Describe(term.Row)).Append(":  ").Append(term.Equation);
        }

        if (Constraints.Count > 0)
        {
            sb.AppendLine().Append("  with: ").Append(string.Join("; ", Constraints));
        }

        return sb.ToString();
    }

    private static string Number(decimal? value, string none = "") =>
        value is { } v ? (v / 1.0000000000000000000000000000m).ToString(CultureInfo.InvariantCulture) : none;
}
