using System.Globalization;
using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Checks the targets of an audit (sensitive cells and single firms' values) against what the intruder can prove, and
/// writes the findings: an exact determination with its combination of released rows, or a bound beyond a protection
/// level (compared in the intruder's favour within a relative 1e-9) with the multipliers that prove it.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class AuditTargets(
    PublicationModel model, AuditUnknowns unknowns, AuditEvaluator evaluator, DisclosureAuditOptions options, List<string> inconsistencies)
{
    /// <summary>A bound within this much of a threshold, relative to the larger of the threshold and the value, counts
    /// as narrowed (the intruder's favour: round-off never hides a leak).</summary>
    private const double Tolerance = 1e-9;

    public int LinearPrograms => evaluator.LinearPrograms;

    public AuditFinding? CheckCell(AuditSum cell, string why)
    {
        if (cell.Value == 0m)
        {
            return null;
        }

        var objective = unknowns.Merged.GroupsOf(cell.Firms).SelectMany(g => unknowns.Parts(g, cell.Measure)).Order().ToArray();
        return Check(cell.Value, evaluator.Evaluate(objective), singleOf: 1, new AuditFinding
        {
            Kind = AuditFindingKind.Cell,
            Quantity = cell.Quantity,
            Year = cell.Year,
            Group = cell.Group,
            FirmSet = cell.Scope,
            Firms = cell.Firms.Count,
            Description = $"{cell.Describe()}, sensitive: {why}",
        });
    }

    public AuditFinding? CheckFirm(AuditFirmYear firmYear, Measure measure)
    {
        var group = unknowns.Merged.GroupOf(firmYear.Index);
        var k = unknowns.Merged.Members(group).Length;
        var template = new AuditFinding
        {
            Kind = AuditFindingKind.FirmValue,
            Quantity = Measures.LevelId(measure),
            Year = firmYear.Year,
            OrganisationNumber = firmYear.OrganisationNumber,
            Firms = 1,
            Description = string.Create(CultureInfo.InvariantCulture,
                $"{Measures.LevelId(measure)} of {firmYear.OrganisationNumber} in {firmYear.Year}{(k > 1 ? $" (one of {k} firm-years the publication cannot tell apart)" : "")}"),
        };
        if (k == 1)
        {
            return Check(firmYear.Value(measure), evaluator.Evaluate([.. unknowns.Parts(group, measure).Order()]), 1, template);
        }

        // One of k ≥ 2 interchangeable firm-years: [0, the group's largest sum] for an amount ≥ 0, no bound with an
        // operating profit (InterchangeableFirmYears' remarks).
        return measure is Measure.OperatingProfit or Measure.ValueAdded
            ? null
            : Check(firmYear.Value(measure), evaluator.Evaluate([unknowns.Of(group, measure)]), k, template);
    }

    private AuditFinding? Check(decimal value, AuditEvaluation evaluation, int singleOf, AuditFinding template)
    {
        var p = options.ProtectionLevel;
        var requiredUpper = value + (p * Math.Abs(value));
        var requiredLower = value - (p * Math.Abs(value));
        var slack = Tolerance * (double)Math.Max(Math.Abs(value), Math.Max(Math.Abs(requiredUpper), Math.Abs(requiredLower)));
        if (singleOf == 1 && evaluation.IsExact)
        {
            return Exact(value, evaluation, template, requiredLower, requiredUpper);
        }

        var upper = evaluation.Upper;
        var lower = singleOf > 1 ? new AuditBound(0d, [], []) : evaluation.Lower; // another member can carry the sum
        Failed(upper, template);
        Failed(lower, template);
        var above = upper.IsFinite && upper.Value < (double)requiredUpper + slack;
        var below = lower.IsFinite && lower.Value > (double)requiredLower - slack;
        if (!above && !below)
        {
            return null;
        }

        var proof = above ? upper : lower;
        var constraints = new List<string> { "every amount ≥ 0 except operating profit (free)" };
        constraints.AddRange(proof.Limits.Distinct().Select(l => $"exports ≤ revenue of {unknowns.Describe(l.Exports)}"));
        if (singleOf > 1)
        {
            constraints.Add(string.Create(CultureInfo.InvariantCulture, $"one of {singleOf} interchangeable firm-years: at most their sum"));
        }

        return Result(template, value, ToDecimal(lower.Value), ToDecimal(upper.Value), requiredLower, requiredUpper, above, below,
            isExact: false, [.. proof.Equations.Select(e => Term(e.Equation, e.Multiplier, null))], constraints);
    }

    private AuditFinding Exact(decimal value, AuditEvaluation evaluation, AuditFinding template, decimal requiredLower, decimal requiredUpper)
    {
        var proven = Rational.Zero;
        foreach (var (equation, factor) in evaluation.Combination)
        {
            proven += factor * model.Equations[equation].RightHandSide;
        }

        if (proven != Rational.FromDecimal(value))
        {
            // The true values satisfy every equation, so this cannot happen; say so rather than hide it.
            inconsistencies.Add($"internal check failed: the combination proving {template.Description} gives {proven}, not {value.ToString(CultureInfo.InvariantCulture)}");
        }

        return Result(template, value, value, value, requiredLower, requiredUpper, above: true, below: true, isExact: true,
            [.. evaluation.Combination.Select(c => Term(c.Equation, c.Factor.ToDouble(), c.Factor.ToString()))], []);
    }

    /// <summary>A finding about the template's cell or firm, with what was proven.</summary>
    private static AuditFinding Result(AuditFinding template, decimal value, decimal? lower, decimal? upper, decimal requiredLower,
        decimal requiredUpper, bool above, bool below, bool isExact, IReadOnlyList<AuditProofTerm> proof, IReadOnlyList<string> constraints) => new()
    {
        Kind = template.Kind,
        Quantity = template.Quantity,
        Year = template.Year,
        Group = template.Group,
        FirmSet = template.FirmSet,
        Firms = template.Firms,
        OrganisationNumber = template.OrganisationNumber,
        Description = template.Description,
        TrueValue = value,
        UpperBound = upper,
        LowerBound = lower,
        RequiredUpperBound = requiredUpper,
        RequiredLowerBound = requiredLower,
        NarrowedFromAbove = above,
        NarrowedFromBelow = below,
        IsExact = isExact,
        Proof = proof,
        Constraints = constraints,
    };

    private AuditProofTerm Term(int equation, double coefficient, string? exact)
    {
        var e = model.Equations[equation];
        return new AuditProofTerm(e.Row, e.Text, coefficient, exact);
    }

    private void Failed(AuditBound bound, AuditFinding template)
    {
        if (bound.Failed)
        {
            inconsistencies.Add($"the linear program bounding {template.Description} found no feasible point in floating point; that bound was not checked");
        }
    }

    private static decimal? ToDecimal(double value) =>
        double.IsFinite(value) && Math.Abs(value) < 7.9e28 ? (decimal)value : null;
}
