using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Answers the intruder's questions about one block: whether a sum of its unknowns is a linear combination of its
/// equations (exact, <see cref="RowSpace"/>), and otherwise its largest and smallest values under the equations and the
/// known constraints (floating point, <see cref="LinearProgram"/>, one program for every objective of the block).
/// </summary>
/// <remarks>
/// <para>The program keeps only the equations that raise the exact rank (the others are combinations of them and add
/// nothing). Each unknown is scaled by its true value (or, when that is 0, by the mean magnitude of the block's
/// unknowns of the same unit), so that money and full-time equivalents, 10⁹ and 10⁰, meet the solver's tolerances at
/// a common size; the scaling changes neither the bounds nor the multipliers of the equations.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
internal sealed class AuditBlockSolver
{
    private readonly AuditBlock _block;
    private readonly AuditUnknowns _unknowns;
    private readonly IReadOnlyList<SparseRationalVector?> _equations;
    private readonly IReadOnlyList<Rational> _rightHandSides;
    private readonly List<int> _independent = [];
    private RowSpace? _space;
    private LinearProgram? _program;
    private double[] _scale = [];

    public AuditBlockSolver(AuditBlock block, AuditUnknowns unknowns, IReadOnlyList<SparseRationalVector?> equations, IReadOnlyList<Rational> rightHandSides)
    {
        _block = block;
        _unknowns = unknowns;
        _equations = equations;
        _rightHandSides = rightHandSides;
    }

    /// <summary>The number of maxima and minima solved.</summary>
    public int Solves { get; private set; }

    /// <summary>Whether the sum of the unknowns is a combination of the equations; the combination when it is.</summary>
    public bool TryExpress(IReadOnlyList<int> part, out IReadOnlyList<(int Equation, Rational Factor)> combination)
    {
        var space = Space();
        var row = part.Select(u => (_block.Local(u), Rational.One)).ToArray();
        if (space.TryExpress(row, out var factors))
        {
            combination = factors;
            return true;
        }

        combination = [];
        return false;
    }

    /// <summary>The largest value of the sum of the unknowns.</summary>
    public AuditBound Maximize(IReadOnlyList<int> part) => Solve(part, maximize: true);

    /// <summary>The smallest value of the sum of the unknowns.</summary>
    public AuditBound Minimize(IReadOnlyList<int> part) => Solve(part, maximize: false);

    private RowSpace Space()
    {
        if (_space is null)
        {
            _space = new RowSpace(_block.Unknowns.Count);
            foreach (var e in _block.Equations)
            {
                var row = _equations[e]!;
                var local = new (int Column, Rational Value)[row.Count];
                for (var k = 0; k < row.Count; k++)
                {
                    local[k] = (_block.Local(row.Indices[k]), row.Values[k]);
                }

                if (_space.Add(local, e))
                {
                    _independent.Add(e);
                }
            }
        }

        return _space;
    }

    private LinearProgram Program()
    {
        if (_program is not null)
        {
            return _program;
        }

        _ = Space();
        var n = _block.Unknowns.Count;
        _scale = new double[n];
        var typical = new Dictionary<bool, double>();
        foreach (var money in new[] { true, false })
        {
            var sizes = Enumerable.Range(0, n).Where(j => IsMoney(j) == money).Select(j => Math.Abs((double)_unknowns.TrueValue(_block.Unknowns[j])))
                .Where(v => v > 0).ToArray();
            typical[money] = sizes.Length > 0 ? sizes.Average() : 1d;
        }

        for (var j = 0; j < n; j++)
        {
            var size = Math.Abs((double)_unknowns.TrueValue(_block.Unknowns[j]));
            _scale[j] = size > 0 ? size : typical[IsMoney(j)];
        }

        var program = new LinearProgram(n);
        for (var j = 0; j < n; j++)
        {
            if (_unknowns.IsFree(_block.Unknowns[j]))
            {
                program.SetFree(j);
            }
        }

        foreach (var e in _independent)
        {
            var row = _equations[e]!;
            var terms = new (int Variable, double Coefficient)[row.Count];
            for (var k = 0; k < row.Count; k++)
            {
                var j = _block.Local(row.Indices[k]);
                terms[k] = (j, row.Values[k].ToDouble() * _scale[j]);
            }

            program.AddEquality(terms, _rightHandSides[e].ToDouble());
        }

        foreach (var (exports, revenue) in _block.ExportLimits)
        {
            var (x, r) = (_block.Local(exports), _block.Local(revenue));
            program.AddLessOrEqual([(x, _scale[x]), (r, -_scale[r])], 0d);
        }

        return _program = program;
    }

    private AuditBound Solve(IReadOnlyList<int> part, bool maximize)
    {
        var program = Program();
        var objective = part.Select(u => _block.Local(u)).Select(j => (j, _scale[j])).ToArray();
        Solves++;
        var result = maximize ? program.Maximize(objective) : program.Minimize(objective);
        var infinity = maximize ? double.PositiveInfinity : double.NegativeInfinity;
        switch (result.Status)
        {
            case LpStatus.Unbounded:
                return AuditBound.None(infinity);
            case LpStatus.Infeasible:
                return AuditBound.None(infinity) with { Failed = true };
        }

        var equations = new List<(int Equation, double Multiplier)>();
        var limits = new List<(int Exports, int Revenue)>();
        foreach (var (constraint, multiplier) in result.Binding)
        {
            if (constraint < _independent.Count)
            {
                equations.Add((_independent[constraint], multiplier));
            }
            else
            {
                limits.Add(_block.ExportLimits[constraint - _independent.Count]);
            }
        }

        return new AuditBound(result.Value, equations, limits);
    }

    private bool IsMoney(int local) => _unknowns.FieldOf(_block.Unknowns[local]) != Measure.Employees;
}
