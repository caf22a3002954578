using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>One sum's evaluation: exact or not, and its bounds, computed when first asked for.</summary>
internal sealed class AuditEvaluation
{
    private readonly AuditEvaluator _evaluator;
    private readonly (AuditBlock Block, IReadOnlyList<int> Part)[] _parts;
    private AuditBound? _upper;
    private AuditBound? _lower;

    public AuditEvaluation(AuditEvaluator evaluator, (AuditBlock Block, IReadOnlyList<int> Part)[] parts)
    {
        _evaluator = evaluator;
        _parts = parts;
        var combination = new List<(int Equation, Rational Factor)>();
        IsExact = parts.Length > 0;
        foreach (var (block, part) in parts)
        {
            if (!block.HasEquations || !evaluator.Solver(block).TryExpress(part, out var factors))
            {
                IsExact = false;
                break;
            }

            combination.AddRange(factors);
        }

        Combination = IsExact ? combination : [];
    }

    /// <summary>Whether the sum is a linear combination of the equations.</summary>
    public bool IsExact { get; }

    /// <summary>The combination (global equation index, factor) when exact.</summary>
    public IReadOnlyList<(int Equation, Rational Factor)> Combination { get; }

    /// <summary>The largest value the intruder cannot rule out (+∞ when none).</summary>
    public AuditBound Upper => _upper ??= Bound(maximize: true);

    /// <summary>The smallest value the intruder cannot rule out (−∞ when none).</summary>
    public AuditBound Lower => _lower ??= Bound(maximize: false);

    private AuditBound Bound(bool maximize)
    {
        var total = new AuditBound(0d, [], []);
        foreach (var (block, part) in _parts)
        {
            AuditBound bound;
            if (block.HasEquations)
            {
                var solver = _evaluator.Solver(block);
                bound = maximize ? solver.Maximize(part) : solver.Minimize(part);
            }
            else if (maximize)
            {
                bound = AuditBound.None(double.PositiveInfinity); // nothing limits a sum of amounts from above
            }
            else
            {
                // Unconstrained: 0 for amounts ≥ 0 (exports ≤ revenue holds at 0 too), no bound with an operating profit.
                bound = part.Any(_evaluator.IsFree) ? AuditBound.None(double.NegativeInfinity) : new AuditBound(0d, [], []);
            }

            total = total.Plus(bound);
            if (!total.IsFinite)
            {
                return total;
            }
        }

        return total;
    }
}
