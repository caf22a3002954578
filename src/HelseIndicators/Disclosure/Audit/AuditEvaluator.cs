using HelseIndicators.Disclosure.Solving;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// What the intruder can prove about a sum of unknowns (each with coefficient 1, as every cell and firm value is): an
/// exact value when it is a combination of the equations, else its largest and smallest values, block by block.
/// Each distinct sum is evaluated once, and each bound only when asked for.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class AuditEvaluator
{
    private readonly AuditUnknowns _unknowns;
    private readonly AuditBlocks _blocks;
    private readonly AuditBlockSolver?[] _solvers;
    private readonly IReadOnlyList<SparseRationalVector?> _equations;
    private readonly IReadOnlyList<Rational> _rightHandSides;
    private readonly Dictionary<string, AuditEvaluation> _cache = new(StringComparer.Ordinal);

    public AuditEvaluator(AuditUnknowns unknowns, AuditBlocks blocks, IReadOnlyList<SparseRationalVector?> equations, IReadOnlyList<Rational> rightHandSides)
    {
        _unknowns = unknowns;
        _blocks = blocks;
        _equations = equations;
        _rightHandSides = rightHandSides;
        _solvers = new AuditBlockSolver?[blocks.All.Count];
    }

    /// <summary>The number of linear programs solved.</summary>
    public int LinearPrograms => _solvers.Sum(s => s?.Solves ?? 0);

    /// <summary>The evaluation of the sum of some unknowns (distinct, increasing).</summary>
    public AuditEvaluation Evaluate(int[] unknowns)
    {
        var key = string.Join(',', unknowns);
        if (!_cache.TryGetValue(key, out var evaluation))
        {
            var parts = unknowns.GroupBy(u => _blocks.Of(u).Index).Select(g => (Block: _blocks.All[g.Key], Part: (IReadOnlyList<int>)[.. g])).ToArray();
            evaluation = new AuditEvaluation(this, parts);
            _cache.Add(key, evaluation);
        }

        return evaluation;
    }

    internal AuditBlockSolver Solver(AuditBlock block) =>
        _solvers[block.Index] ??= new AuditBlockSolver(block, _unknowns, _equations, _rightHandSides);

    internal bool IsFree(int unknown) => _unknowns.IsFree(unknown);
}
