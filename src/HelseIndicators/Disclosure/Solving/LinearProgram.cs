namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// A linear program in double precision for the bounds of linear functionals over one polyhedron: variables
/// <c>x_0 .. x_{n-1}</c>, each ≥ 0 or free, under sparse equality and inequality constraints; then the maximum or
/// minimum of many objectives over the same constraints, with the constraints that bind each bound.
/// </summary>
/// <remarks>
/// <para>
/// What it solves: <c>max</c> or <c>min c·x</c> subject to <c>a_i·x = b_i</c>, <c>a_i·x ≤ b_i</c> or
/// <c>a_i·x ≥ b_i</c>, <c>x_j ≥ 0</c> unless <see cref="SetFree"/>. Constraints are numbered from 0 in the order
/// added. Redundant and linearly dependent equalities (a total and all its parts) are fine: phase 1 drops them.
/// </para>
/// <para>
/// Method: a two-phase primal simplex on a dense tableau (<see cref="SimplexTableau"/>). Phase 1 (artificial
/// variables, their sum minimised) runs once, at the first solve after the constraints last changed; every solve then
/// starts from the basis the previous one ended at, which is still feasible, since solves never change the
/// constraints. Devex pricing, with Bland's rule after a run of degenerate pivots, so it cannot cycle.
/// Each optimum is checked against the original rows (primal residuals, the signs of the reduced costs from the
/// multipliers, and the duality gap; each unbounded ray likewise); when round-off broke the certificate, the tableau
/// is rebuilt from the basis (or, if that fails, phase 1 is rerun) and the solve resumes.
/// </para>
/// <para>
/// Tolerances, relative to the data: each row is scaled to a largest coefficient of 1, the right-hand sides by one
/// common factor to a largest of 1 (so the variables too), each objective to a largest coefficient of 1; then a pivot
/// must be at least 1e-9 in magnitude, a basic value down to -1e-9 counts as 0, a reduced cost up to 1e-9 does not
/// improve, a multiplier of magnitude up to 1e-9 does not bind, coefficients below 1e-12 after a pivot are round-off
/// (set to 0; right-hand sides are kept). Phase 1 accepts a remaining infeasibility up to 1e-8 of the largest
/// right-hand side: constraints that disagree by less (rounding in published figures) are read as consistent. The
/// certificate of an optimum allows residuals of 1e-7 of the largest right-hand side (and of the largest multiplier).
/// </para>
/// <para>
/// Complexity: the tableau holds <c>m × (n + s + a + 1)</c> doubles for m constraints, n variables, s inequalities
/// (a slack each) and a equalities or inequalities with a right-hand side of the wrong sign (an artificial each):
/// between 1.4 and 2.2 MB for 300 × 300, up to 216 MB for 3,000 × 3,000. A pivot costs the product of the non-zero
/// counts of its row and column, at most <c>m (n + s + a)</c>; phase 1 takes a few times m pivots, each later
/// objective from the previous basis usually far fewer. Measured: tables' systems of 300 to 1,000 variables take
/// about 1 ms an objective (3,375 × 2,045: 25 ms); a random sparse program of 300 × 300 about 12 ms (140 pivots),
/// of 1,000 × 1,000 1 to 2 s (650 to 800 pivots): a revised simplex with a sparse LU factorisation would be the step
/// beyond.
/// Thread safety: not thread-safe; <see cref="Maximize"/> and <see cref="Minimize"/> change the basis.
/// </para>
/// </remarks>
internal sealed class LinearProgram
{
    private const double CertificateTolerance = 1e-7;
    private const int RepairAttempts = 3;

    private readonly bool[] _free;
    private readonly List<LinearConstraint> _constraints = [];
    private StandardForm? _form;
    private SimplexTableau? _tableau;
    private bool _infeasible;

    /// <summary>Initialises a program of non-negative variables and no constraints.</summary>
    /// <param name="variables">The number of variables, at least 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variables"/> is negative.</exception>
    public LinearProgram(int variables)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variables);
        _free = new bool[variables];
    }

    /// <summary>Gets the number of variables.</summary>
    public int VariableCount => _free.Length;

    /// <summary>Gets the number of constraints added.</summary>
    public int ConstraintCount => _constraints.Count;

    /// <summary>Gets the number of simplex pivots made so far, phase 1 and every solve together (a diagnostic).</summary>
    public long Pivots { get; private set; }

    /// <summary>Makes a variable free (no lower bound) instead of ≥ 0.</summary>
    /// <param name="variable">The variable.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="variable"/> is not a variable.</exception>
    public void SetFree(int variable)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(variable);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(variable, VariableCount);
        if (!_free[variable])
        {
            _free[variable] = true;
            Invalidate();
        }
    }

    /// <summary>Adds the constraint <c>Σ coefficient · x[variable] = rhs</c>.</summary>
    /// <param name="terms">The terms; a variable given twice has its coefficients summed.</param>
    /// <param name="rhs">The right-hand side.</param>
    /// <returns>The constraint's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A variable is out of range.</exception>
    /// <exception cref="ArgumentException">A coefficient or the right-hand side is not finite.</exception>
    public int AddEquality(ReadOnlySpan<(int Variable, double Coefficient)> terms, double rhs) => Add(terms, rhs, true, 1);

    /// <summary>Adds the constraint <c>Σ coefficient · x[variable] ≤ rhs</c>.</summary>
    /// <param name="terms">The terms; a variable given twice has its coefficients summed.</param>
    /// <param name="rhs">The right-hand side.</param>
    /// <returns>The constraint's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A variable is out of range.</exception>
    /// <exception cref="ArgumentException">A coefficient or the right-hand side is not finite.</exception>
    public int AddLessOrEqual(ReadOnlySpan<(int Variable, double Coefficient)> terms, double rhs) => Add(terms, rhs, false, 1);

    /// <summary>Adds the constraint <c>Σ coefficient · x[variable] ≥ rhs</c>.</summary>
    /// <param name="terms">The terms; a variable given twice has its coefficients summed.</param>
    /// <param name="rhs">The right-hand side.</param>
    /// <returns>The constraint's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A variable is out of range.</exception>
    /// <exception cref="ArgumentException">A coefficient or the right-hand side is not finite.</exception>
    public int AddGreaterOrEqual(ReadOnlySpan<(int Variable, double Coefficient)> terms, double rhs) => Add(terms, rhs, false, -1);

    /// <summary>Maximises <c>Σ coefficient · x[variable]</c> over the constraints.</summary>
    /// <param name="objective">The objective's terms; a variable given twice has its coefficients summed.</param>
    /// <returns>The maximum, or why there is none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A variable is out of range.</exception>
    /// <exception cref="ArgumentException">A coefficient is not finite.</exception>
    /// <exception cref="InvalidOperationException">The simplex did not converge (numerical trouble; not expected).</exception>
    public LpResult Maximize(ReadOnlySpan<(int Variable, double Coefficient)> objective) => Solve(objective, 1);

    /// <summary>Minimises <c>Σ coefficient · x[variable]</c> over the constraints.</summary>
    /// <param name="objective">The objective's terms; a variable given twice has its coefficients summed.</param>
    /// <returns>The minimum, or why there is none.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A variable is out of range.</exception>
    /// <exception cref="ArgumentException">A coefficient is not finite.</exception>
    /// <exception cref="InvalidOperationException">The simplex did not converge (numerical trouble; not expected).</exception>
    public LpResult Minimize(ReadOnlySpan<(int Variable, double Coefficient)> objective) => Solve(objective, -1);

    private int Add(ReadOnlySpan<(int Variable, double Coefficient)> terms, double rhs, bool isEquality, int callerSign)
    {
        if (!double.IsFinite(rhs))
        {
            throw new ArgumentException("The right-hand side is not finite.", nameof(rhs));
        }

        var merged = Merge(terms, nameof(terms));
        var variables = merged.Keys.Order().ToArray();
        var coefficients = variables.Select(j => callerSign * merged[j]).ToArray();
        _constraints.Add(new LinearConstraint(variables, coefficients, callerSign * rhs, isEquality, callerSign));
        Invalidate();
        return _constraints.Count - 1;
    }

    private Dictionary<int, double> Merge(ReadOnlySpan<(int Variable, double Coefficient)> terms, string parameter)
    {
        var merged = new Dictionary<int, double>(terms.Length);
        foreach (var (variable, coefficient) in terms)
        {
            if ((uint)variable >= (uint)VariableCount)
            {
                throw new ArgumentOutOfRangeException(parameter, variable, $"A variable is outside [0, {VariableCount}).");
            }

            if (!double.IsFinite(coefficient))
            {
                throw new ArgumentException($"The coefficient of x{variable} is not finite.", parameter);
            }

            merged[variable] = merged.GetValueOrDefault(variable) + coefficient;
        }

        foreach (var zero in merged.Where(t => t.Value == 0d).Select(t => t.Key).ToList())
        {
            merged.Remove(zero);
        }

        return merged;
    }

    private void Invalidate()
    {
        _form = null;
        _tableau = null;
        _infeasible = false;
    }

    /// <summary>Builds the standard form and runs phase 1 (once per set of constraints).</summary>
    private void Start()
    {
        _form ??= StandardForm.Build(VariableCount, _free, _constraints);
        var tableau = new SimplexTableau(_form);
        _infeasible = !tableau.RunPhaseOne();
        Pivots += tableau.Pivots;
        _tableau = _infeasible ? null : tableau;
    }

    private LpResult Solve(ReadOnlySpan<(int Variable, double Coefficient)> objective, int sense)
    {
        var merged = Merge(objective, nameof(objective));
        if (_form is null || (_tableau is null && !_infeasible))
        {
            Start();
        }

        if (_infeasible)
        {
            return new LpResult(LpStatus.Infeasible, double.NaN, [], []);
        }

        var form = _form!;
        var scale = merged.Count == 0 ? 1d : merged.Values.Max(Math.Abs);
        var cost = new double[form.ColumnCount];
        foreach (var (variable, coefficient) in merged)
        {
            cost[variable] = sense * coefficient / scale;
        }

        for (var attempt = 0; ; attempt++)
        {
            var tableau = _tableau!;
            var before = tableau.Pivots;
            var optimal = tableau.Optimise(cost);
            Pivots += tableau.Pivots - before;
            var certified = optimal ? IsOptimalCertified(form, tableau, cost) : IsRayCertified(form, tableau, cost);
            if (certified || attempt == RepairAttempts)
            {
                return optimal
                    ? OptimalResult(form, tableau, merged, sense, scale)
                    : new LpResult(LpStatus.Unbounded, sense * double.PositiveInfinity, [], []);
            }

            before = tableau.Pivots;
            var repaired = tableau.Refactor();
            Pivots += tableau.Pivots - before;
            if (!repaired)
            {
                Start();
                if (_infeasible)
                {
                    return new LpResult(LpStatus.Infeasible, double.NaN, [], []);
                }
            }
        }
    }

    private LpResult OptimalResult(StandardForm form, SimplexTableau tableau, Dictionary<int, double> objective, int sense, double scale)
    {
        var primal = tableau.Primal();
        var point = new double[VariableCount];
        for (var j = 0; j < point.Length; j++)
        {
            var scaled = primal[j];
            point[j] = (!_free[j] && scaled < 0d ? 0d : scaled) * form.RhsScale;
        }

        var value = objective.Sum(t => t.Value * point[t.Key]);
        var duals = tableau.Duals();
        var binding = new List<(int Constraint, double Multiplier)>();
        for (var i = 0; i < duals.Length; i++)
        {
            if (Math.Abs(duals[i]) > SimplexTableau.OptimalityTolerance)
            {
                binding.Add((i, sense * scale * form.RowFactor[i] * duals[i]));
            }
        }

        return new LpResult(LpStatus.Optimal, value, binding, point);
    }

    /// <summary>
    /// Whether the tableau's optimum is one on the original rows: feasible, its multipliers dual feasible, and the
    /// two objectives equal.
    /// </summary>
    private static bool IsOptimalCertified(StandardForm form, SimplexTableau tableau, double[] cost)
    {
        var x = tableau.Primal();
        var y = tableau.Duals();
        var largestX = 1d + x.Select(Math.Abs).DefaultIfEmpty().Max();
        var largestY = 1d + y.Select(Math.Abs).DefaultIfEmpty().Max();
        var reduced = (double[])cost.Clone();
        double primalObjective = 0, dualObjective = 0;
        for (var i = 0; i < form.RowCount; i++)
        {
            var columns = form.RowColumns[i];
            var values = form.RowValues[i];
            var activity = 0d;
            for (var k = 0; k < columns.Length; k++)
            {
                activity += values[k] * x[columns[k]];
                reduced[columns[k]] -= y[i] * values[k];
            }

            if (Math.Abs(activity - form.Rhs[i]) > CertificateTolerance * largestX)
            {
                return false;
            }

            dualObjective += y[i] * form.Rhs[i];
        }

        for (var j = 0; j < form.ColumnCount; j++)
        {
            primalObjective += cost[j] * x[j];
            if (j >= form.FirstArtificial)
            {
                if (Math.Abs(x[j]) > CertificateTolerance * largestX)
                {
                    return false;
                }

                continue;
            }

            var dualViolated = form.IsFree[j] ? Math.Abs(reduced[j]) > CertificateTolerance * largestY : reduced[j] > CertificateTolerance * largestY;
            if ((!form.IsFree[j] && x[j] < -CertificateTolerance * largestX) || dualViolated)
            {
                return false;
            }
        }

        return Math.Abs(primalObjective - dualObjective) <= CertificateTolerance * largestX * largestY;
    }

    /// <summary>Whether the tableau's unbounded ray is one on the original rows: A·ray = 0, ray ≥ 0 where bounded, cost·ray &gt; 0.</summary>
    private static bool IsRayCertified(StandardForm form, SimplexTableau tableau, double[] cost)
    {
        var ray = tableau.Ray();
        var largest = ray.Select(Math.Abs).DefaultIfEmpty().Max();
        for (var i = 0; i < form.RowCount; i++)
        {
            var columns = form.RowColumns[i];
            var values = form.RowValues[i];
            var activity = 0d;
            for (var k = 0; k < columns.Length; k++)
            {
                activity += values[k] * ray[columns[k]];
            }

            if (Math.Abs(activity) > CertificateTolerance * largest)
            {
                return false;
            }
        }

        var gain = 0d;
        for (var j = 0; j < form.ColumnCount; j++)
        {
            gain += cost[j] * ray[j];
            if ((j >= form.FirstArtificial && Math.Abs(ray[j]) > CertificateTolerance * largest)
                || (!form.IsFree[j] && ray[j] < -CertificateTolerance * largest))
            {
                return false;
            }
        }

        return gain > SimplexTableau.OptimalityTolerance * largest;
    }
}
