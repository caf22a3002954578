using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The intruder's linear program for one year and one family of measures that the constraints tie together (revenue
/// and exports: exports ≤ revenue; operating profit, depreciation, wage costs and value added: value added = its
/// parts; employees; R&amp;D): one unknown per atom and measure, ≥ 0 except operating profit, and one equation per
/// released piece of information. It answers whether a target can be narrowed, and which released cells bind.
/// </summary>
/// <remarks>
/// Values are divided by the block's largest absolute value, so the solver works near 1. A bound is taken as proven
/// below a threshold when it falls short of it by more than a relative 1e-9; a bound at the threshold within that is
/// taken as narrowed too (the doubt goes to protection). Not thread-safe.
/// </remarks>
internal sealed class ProtectionBlock
{
    private const double Tolerance = 1e-9;
    private readonly IReadOnlyList<ProtectionAtom> _atoms;
    private readonly Measure[] _measures;
    private readonly Dictionary<(int Atom, Measure Measure), int> _variables = [];
    private readonly double _scale;
    private LinearProgram? _program;
    private List<int> _equationUnits = [];
    private int _inequalities;

    public ProtectionBlock(IReadOnlyList<ProtectionAtom> atoms, Measure[] measures, decimal scale)
    {
        _atoms = atoms;
        _measures = measures;
        _scale = (double)Math.Max(1m, scale);
        for (var a = 0; a < atoms.Count; a++)
        {
            foreach (var m in measures)
            {
                if (m != Measure.ValueAdded && atoms[a].Has(m))
                {
                    _variables.Add((a, m), _variables.Count);
                }
            }
        }
    }

    /// <summary>The families of measures, each a block.</summary>
    public static Measure[][] Families { get; } =
    [
        [Measure.Revenue, Measure.Exports],
        [Measure.OperatingProfit, Measure.Depreciation, Measure.WageCosts, Measure.ValueAdded],
        [Measure.Employees],
        [Measure.RdExpenditure],
    ];

    /// <summary>Sets the released pieces of information: per unit, its measure, atoms and value.</summary>
    public void Release(IReadOnlyList<(Measure Measure, int[] Atoms, decimal Value)> units)
    {
        var program = new LinearProgram(_variables.Count);
        foreach (var ((_, m), j) in _variables)
        {
            if (m == Measure.OperatingProfit)
            {
                program.SetFree(j);
            }
        }

        _inequalities = 0;
        for (var a = 0; a < _atoms.Count; a++)
        {
            if (_variables.TryGetValue((a, Measure.Exports), out var e) && _variables.TryGetValue((a, Measure.Revenue), out var r))
            {
                program.AddLessOrEqual([(e, 1d), (r, -1d)], 0d);
                _inequalities++;
            }
        }

        _equationUnits = [];
        for (var u = 0; u < units.Count; u++)
        {
            program.AddEquality(Terms(units[u].Measure, units[u].Atoms), (double)units[u].Value / _scale);
            _equationUnits.Add(u);
        }

        _program = program;
    }

    /// <summary>Whether an intruder can narrow the target; when so, the released units that bind (by index in the last
    /// <see cref="Release"/>), most binding first.</summary>
    public bool IsNarrowed(ProtectionTarget target, out IReadOnlyList<int> binding)
    {
        var program = _program ?? throw new InvalidOperationException("Release the cells first.");
        var terms = Terms(target.Measure, target.Atoms);
        var slack = Tolerance * Math.Max(1d, Math.Abs((double)target.Value) / _scale);
        var upper = program.Maximize(terms);
        if (upper.Status == LpStatus.Infeasible || (upper.Status == LpStatus.Optimal && upper.Value < ((double)target.Upper / _scale) + slack))
        {
            binding = Binding(upper);
            return true;
        }

        if (target.Lower is { } lower)
        {
            var below = program.Minimize(terms);
            if (below.Status == LpStatus.Infeasible || (below.Status == LpStatus.Optimal && below.Value > ((double)lower / _scale) - slack))
            {
                binding = Binding(below);
                return true;
            }
        }

        binding = [];
        return false;
    }

    private List<int> Binding(LpResult result)
    {
        var units = new List<(int Unit, double Weight)>();
        if (result.Status == LpStatus.Optimal)
        {
            foreach (var (constraint, multiplier) in result.Binding)
            {
                var e = constraint - _inequalities;
                if (e >= 0 && e < _equationUnits.Count)
                {
                    units.Add((_equationUnits[e], Math.Abs(multiplier)));
                }
            }
        }

        return units.OrderByDescending(u => u.Weight).Select(u => u.Unit).ToList();
    }

    private (int Variable, double Coefficient)[] Terms(Measure measure, int[] atoms)
    {
        var terms = new List<(int, double)>(atoms.Length * 3);
        foreach (var a in atoms)
        {
            if (measure == Measure.ValueAdded)
            {
                foreach (var part in new[] { Measure.OperatingProfit, Measure.Depreciation, Measure.WageCosts })
                {
                    if (_variables.TryGetValue((a, part), out var j))
                    {
                        terms.Add((j, 1d));
                    }
                }
            }
            else if (_variables.TryGetValue((a, measure), out var j))
            {
                terms.Add((j, 1d));
            }
        }

        return [.. terms];
    }
}
