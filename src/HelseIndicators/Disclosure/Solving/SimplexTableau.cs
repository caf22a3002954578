using System.Numerics;
using System.Runtime.InteropServices;

namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// A dense simplex tableau over a <see cref="StandardForm"/>: <c>B⁻¹ [A | b]</c> for the current basis, with a
/// reduced-cost row, pivoted by Gauss-Jordan steps that touch only the non-zero entries of the pivot row and column.
/// </summary>
/// <remarks>
/// <para>
/// Every non-basic column is at 0 (its lower bound, or 0 for a free column). Entering: Devex pricing (Forrest and
/// Goldfarb's approximate steepest edge: the largest <c>d_j² / w_j</c> over the improving reduced costs d_j, either sign
/// for a free column, the weights w_j reset to 1 at each objective), switching to Bland's rule (the lowest improving
/// column, ties in the ratio test to the lowest basic column) after <see cref="DegenerateRunBeforeBland"/> degenerate
/// pivots in a row, until a pivot makes progress again: Bland's rule cannot cycle, and a pivot that makes progress
/// cannot return to an earlier basis, so the iterations end. Leaving: the minimum ratio over the rows whose basic
/// column has a lower bound (a free basic column never leaves), near ties to the largest pivot (the most stable).
/// Artificial columns never enter.
/// </para>
/// <para>
/// A pivot updates only the rows with an entry in the pivot column, and in them only the pivot row's non-zero
/// columns, or, when more than a quarter of the pivot row is non-zero, whole rows by SIMD vectors.
/// </para>
/// <para>Thread safety: not thread-safe.</para>
/// </remarks>
internal sealed class SimplexTableau
{
    /// <summary>The smallest magnitude of a tableau entry pivoted on (the rows are scaled to a largest coefficient 1).</summary>
    public const double PivotTolerance = 1e-9;

    /// <summary>How far below 0 a basic value (the right-hand sides are scaled to at most 1) is still read as 0.</summary>
    public const double FeasibilityTolerance = 1e-9;

    /// <summary>The reduced cost (the objective is scaled to a largest coefficient 1) below which a column does not improve.</summary>
    public const double OptimalityTolerance = 1e-9;

    /// <summary>The largest sum of the artificials at the end of phase 1 read as feasible (scaled right-hand sides).</summary>
    public const double InfeasibilityTolerance = 1e-8;

    /// <summary>Coefficients smaller than this after a pivot are set to 0 (round-off), which keeps the tableau sparse; right-hand sides are kept.</summary>
    public const double ZeroTolerance = 1e-12;

    /// <summary>How far below 0 the ratio test lets another basic value fall (Harris's δ), below <see cref="FeasibilityTolerance"/>
    /// so that the pivot reads it as 0.</summary>
    public const double HarrisTolerance = FeasibilityTolerance / 2;

    /// <summary>The run of degenerate pivots after which the entering rule switches to Bland's.</summary>
    public const int DegenerateRunBeforeBland = 50;

    private readonly StandardForm _form;
    private readonly int _rhs;
    private readonly bool[] _isBasic;
    private readonly double[] _cost;
    private readonly double[] _weight;
    private readonly List<int> _nonZero = [];
    private List<double[]> _rows = [];
    private List<int> _basis = [];
    private readonly List<int> _origin = [];

    /// <summary>Initialises the tableau of a standard form at its identity basis (slacks and artificials).</summary>
    /// <param name="form">The standard form.</param>
    public SimplexTableau(StandardForm form)
    {
        _form = form;
        _rhs = form.ColumnCount;
        _isBasic = new bool[form.ColumnCount];
        _cost = new double[form.ColumnCount + 1];
        _weight = new double[form.ColumnCount];
        for (var i = 0; i < form.RowCount; i++)
        {
            _rows.Add(DenseRow(i));
            _basis.Add(form.IdentityColumn[i]);
            _origin.Add(i);
            _isBasic[form.IdentityColumn[i]] = true;
        }
    }

    /// <summary>Gets the number of pivots made so far, all solves together.</summary>
    public long Pivots { get; private set; }

    /// <summary>Gets the column that entered last when <see cref="Optimise"/> found the objective unbounded.</summary>
    public int UnboundedColumn { get; private set; } = -1;

    /// <summary>Gets the direction (+1 or -1) of <see cref="UnboundedColumn"/> along the unbounded ray.</summary>
    public int UnboundedDirection { get; private set; }

    /// <summary>
    /// Phase 1: minimises the sum of the artificials; when it reaches 0, pivots every artificial still basic out of
    /// the basis, or drops its row when no other column has an entry in it (the row was a combination of the others).
    /// </summary>
    /// <returns>False when the constraints are infeasible.</returns>
    public bool RunPhaseOne()
    {
        var cost = new double[_form.ColumnCount];
        for (var j = _form.FirstArtificial; j < _form.ColumnCount; j++)
        {
            cost[j] = -1d;
        }

        SetCost(cost);
        _ = Iterate();
        var infeasibility = 0d;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_basis[i] >= _form.FirstArtificial)
            {
                infeasibility += Math.Max(_rows[i][_rhs], 0d);
            }
        }

        if (infeasibility > InfeasibilityTolerance)
        {
            return false;
        }

        var redundant = new List<int>();
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_basis[i] < _form.FirstArtificial)
            {
                continue;
            }

            var row = _rows[i];
            row[_rhs] = 0d;
            var best = -1;
            for (var j = 0; j < _form.FirstArtificial; j++)
            {
                if (!_isBasic[j] && Math.Abs(row[j]) > PivotTolerance && (best < 0 || Math.Abs(row[j]) > Math.Abs(row[best])))
                {
                    best = j;
                }
            }

            if (best >= 0)
            {
                Pivot(i, best);
            }
            else
            {
                redundant.Add(i);
            }
        }

        for (var k = redundant.Count - 1; k >= 0; k--)
        {
            var i = redundant[k];
            _isBasic[_basis[i]] = false;
            _rows.RemoveAt(i);
            _basis.RemoveAt(i);
            _origin.RemoveAt(i);
        }

        return true;
    }

    /// <summary>Maximises <c>cost · x</c> from the current (feasible) basis.</summary>
    /// <param name="cost">The cost of every column (0 for slacks and artificials).</param>
    /// <returns>True at an optimum; false when unbounded (see <see cref="UnboundedColumn"/>).</returns>
    public bool Optimise(double[] cost)
    {
        SetCost(cost);
        return Iterate();
    }

    /// <summary>Returns the value of every column at the current basis (0 for the non-basic ones).</summary>
    /// <returns>The values, indexed by column.</returns>
    public double[] Primal()
    {
        var values = new double[_form.ColumnCount];
        for (var i = 0; i < _rows.Count; i++)
        {
            values[_basis[i]] = _rows[i][_rhs];
        }

        return values;
    }

    /// <summary>
    /// Returns the multiplier of every standard row, <c>c_B B⁻¹</c>, read from the reduced costs of the identity
    /// columns (0 for the rows phase 1 dropped).
    /// </summary>
    /// <returns>The multipliers, indexed by standard row.</returns>
    public double[] Duals()
    {
        var duals = new double[_form.RowCount];
        foreach (var i in _origin)
        {
            duals[i] = -_cost[_form.IdentityColumn[i]];
        }

        return duals;
    }

    /// <summary>Returns the unbounded ray found last: <c>x + t · ray</c> stays feasible for every t ≥ 0.</summary>
    /// <returns>The ray, indexed by column.</returns>
    public double[] Ray()
    {
        var ray = new double[_form.ColumnCount];
        ray[UnboundedColumn] = UnboundedDirection;
        for (var i = 0; i < _rows.Count; i++)
        {
            ray[_basis[i]] = -UnboundedDirection * _rows[i][UnboundedColumn];
        }

        return ray;
    }

    /// <summary>
    /// Rebuilds <c>B⁻¹ [A | b]</c> from the standard form for the current basis, discarding the round-off of the
    /// pivots made so far.
    /// </summary>
    /// <returns>False when the basis is numerically singular or infeasible; the tableau is then unusable.</returns>
    public bool Refactor()
    {
        var columns = _basis.ToArray();
        _rows = _origin.Select(DenseRow).ToList();
        _basis = Enumerable.Repeat(-1, _rows.Count).ToList();
        Array.Clear(_isBasic);
        Array.Clear(_cost);
        var assigned = new bool[_rows.Count];

        // The identity columns first: their pivots fill in nothing.
        foreach (var column in columns.OrderBy(c => c < _form.StructuralCount ? 1 : 0).ThenBy(c => c))
        {
            var best = -1;
            for (var i = 0; i < _rows.Count; i++)
            {
                if (!assigned[i] && Math.Abs(_rows[i][column]) > PivotTolerance
                    && (best < 0 || Math.Abs(_rows[i][column]) > Math.Abs(_rows[best][column])))
                {
                    best = i;
                }
            }

            if (best < 0)
            {
                return false;
            }

            assigned[best] = true;
            Pivot(best, column);
        }

        for (var i = 0; i < _rows.Count; i++)
        {
            if (!_form.IsFree[_basis[i]] && _rows[i][_rhs] < -FeasibilityTolerance * 100)
            {
                return false;
            }
        }

        return true;
    }

    private double[] DenseRow(int standardRow)
    {
        var row = new double[_form.ColumnCount + 1];
        var columns = _form.RowColumns[standardRow];
        var values = _form.RowValues[standardRow];
        for (var k = 0; k < columns.Length; k++)
        {
            row[columns[k]] += values[k];
        }

        row[_rhs] = _form.Rhs[standardRow];
        return row;
    }

    /// <summary>Sets the reduced costs <c>c - c_B B⁻¹ A</c> and, in the right-hand side's place, <c>-c_B x_B</c>.</summary>
    private void SetCost(double[] cost)
    {
        Array.Fill(_weight, 1d);
        Array.Copy(cost, _cost, cost.Length);
        _cost[_rhs] = 0d;
        for (var i = 0; i < _rows.Count; i++)
        {
            var basic = cost[_basis[i]];
            if (basic == 0d)
            {
                continue;
            }

            var row = _rows[i];
            for (var j = 0; j < row.Length; j++)
            {
                if (row[j] != 0d)
                {
                    _cost[j] -= basic * row[j];
                }
            }
        }

        foreach (var column in _basis)
        {
            _cost[column] = 0d;
        }
    }

    /// <summary>Pivots until optimal (true) or unbounded (false).</summary>
    private bool Iterate()
    {
        var limit = 50L * (_rows.Count + _form.ColumnCount) + 10_000;
        var degenerateRun = 0;
        for (long iteration = 0; iteration < limit; iteration++)
        {
            var bland = degenerateRun >= DegenerateRunBeforeBland;
            var (entering, direction) = ChooseEntering(bland);
            if (entering < 0)
            {
                return true;
            }

            var leaving = ChooseLeaving(entering, direction, bland);
            if (leaving < 0)
            {
                (UnboundedColumn, UnboundedDirection) = (entering, direction);
                return false;
            }

            var step = Math.Max(_rows[leaving][_rhs], 0d) / Math.Abs(_rows[leaving][entering]);
            degenerateRun = step <= ZeroTolerance ? degenerateRun + 1 : 0;
            var enteringWeight = _weight[entering];
            Pivot(leaving, entering);
            UpdateWeights(leaving, entering, enteringWeight);
        }

        throw new InvalidOperationException(
            $"The simplex did not converge in {limit} pivots ({_rows.Count} rows, {_form.ColumnCount} columns).");
    }

    private (int Column, int Direction) ChooseEntering(bool bland)
    {
        var best = -1;
        var bestDirection = 0;
        var bestScore = 0d;
        for (var j = 0; j < _form.FirstArtificial; j++)
        {
            if (_isBasic[j])
            {
                continue;
            }

            var reduced = _cost[j];
            var direction = reduced > OptimalityTolerance ? 1
                : reduced < -OptimalityTolerance && _form.IsFree[j] ? -1
                : 0;
            if (direction == 0)
            {
                continue;
            }

            if (bland)
            {
                return (j, direction);
            }

            var score = reduced * reduced / _weight[j];
            if (score > bestScore)
            {
                (best, bestDirection, bestScore) = (j, direction, score);
            }
        }

        return (best, bestDirection);
    }

    /// <summary>
    /// Harris's two-pass ratio test. Pass 1: the largest step <c>θ = min (max(b_i, 0) + δ) / α_i</c> that leaves no
    /// basic value below <c>-δ</c> (δ = <see cref="HarrisTolerance"/>), over the rows with a pivot α_i above
    /// <see cref="PivotTolerance"/>. Pass 2: among the rows whose own ratio is at most θ, the largest pivot (the most
    /// stable) or, under Bland's rule, the lowest basic column. Whichever row leaves, the step is its ratio ≤ θ, so no
    /// other basic value falls below -δ, which the pivot then reads as 0. (Ties by an absolute tolerance on the
    /// ratios instead let a pivot of 10¹¹ with a ratio of 10⁻¹³ "tie" with a ratio of 0, and drove other basic values
    /// to -10⁻²: an infeasible basis that no certificate accepts.)
    /// </summary>
    private int ChooseLeaving(int entering, int direction, bool bland)
    {
        var bound = double.PositiveInfinity;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_form.IsFree[_basis[i]])
            {
                continue;
            }

            var alpha = direction * _rows[i][entering];
            if (alpha > PivotTolerance)
            {
                bound = Math.Min(bound, (Math.Max(_rows[i][_rhs], 0d) + HarrisTolerance) / alpha);
            }
        }

        if (double.IsPositiveInfinity(bound))
        {
            return -1;
        }

        var best = -1;
        var bestAlpha = 0d;
        for (var i = 0; i < _rows.Count; i++)
        {
            if (_form.IsFree[_basis[i]])
            {
                continue;
            }

            var alpha = direction * _rows[i][entering];
            if (alpha <= PivotTolerance || Math.Max(_rows[i][_rhs], 0d) / alpha > bound)
            {
                continue;
            }

            if (best < 0 || (bland ? _basis[i] < _basis[best] : alpha > bestAlpha))
            {
                (best, bestAlpha) = (i, alpha);
            }
        }

        return best;
    }

    /// <summary><c>row -= factor · pivotRow</c> over the coefficients (not the right-hand side), by whole vectors.</summary>
    private void SubtractDense(double[] row, double factor, double[] pivotRow)
    {
        var target = row.AsSpan(0, _rhs);
        var source = pivotRow.AsSpan(0, _rhs);
        var width = Vector<double>.Count;
        var scaled = new Vector<double>(factor);
        var tolerance = new Vector<double>(ZeroTolerance);
        var j = 0;
        for (; j <= target.Length - width; j += width)
        {
            var value = new Vector<double>(target[j..]) - (scaled * new Vector<double>(source[j..]));
            Vector.ConditionalSelect(Vector.LessThan(Vector.Abs(value), tolerance), Vector<double>.Zero, value).CopyTo(target[j..]);
        }

        for (; j < target.Length; j++)
        {
            var value = target[j] - (factor * source[j]);
            target[j] = Math.Abs(value) < ZeroTolerance ? 0d : value;
        }
    }

    /// <summary>
    /// Devex (Forrest and Goldfarb's approximate steepest edge): after a pivot, from the normalised pivot row
    /// <c>α_rj / α_rq</c>, each non-basic weight becomes <c>max(w_j, (α_rj / α_rq)² w_q)</c>; the leaving column's
    /// <c>max(w_q / α_rq², 1)</c>, which is the same formula, its entry being <c>1 / α_rq</c>.
    /// </summary>
    private void UpdateWeights(int pivotRowIndex, int entering, double enteringWeight)
    {
        var pivotRow = _rows[pivotRowIndex];
        foreach (var j in _nonZero)
        {
            if (j < _form.ColumnCount && j != entering)
            {
                var ratio = pivotRow[j];
                _weight[j] = Math.Max(_weight[j], ratio * ratio * enteringWeight);
            }
        }
    }

    /// <summary>A Gauss-Jordan step on (row, column), over the non-zero entries of the pivot row and column only.</summary>
    private void Pivot(int pivotRowIndex, int column)
    {
        Pivots++;
        var pivotRow = _rows[pivotRowIndex];
        var inverse = 1d / pivotRow[column];
        _nonZero.Clear();
        for (var j = 0; j < pivotRow.Length; j++)
        {
            var value = pivotRow[j];
            if (value == 0d)
            {
                continue;
            }

            value *= inverse;
            if (Math.Abs(value) < ZeroTolerance && j != _rhs)
            {
                pivotRow[j] = 0d;
                continue;
            }

            pivotRow[j] = value;
            _nonZero.Add(j);
        }

        pivotRow[column] = 1d;

        // The right-hand side is updated apart (never set to 0 as round-off); a dense pivot row by whole vectors.
        if (_nonZero.Count > 0 && _nonZero[^1] == _rhs)
        {
            _nonZero.RemoveAt(_nonZero.Count - 1);
        }

        var nonZero = CollectionsMarshal.AsSpan(_nonZero);
        var dense = nonZero.Length * 4 > _rhs;
        for (var i = 0; i < _rows.Count; i++)
        {
            var row = _rows[i];
            var factor = row[column];
            if (i == pivotRowIndex || factor == 0d)
            {
                continue;
            }

            if (dense)
            {
                SubtractDense(row, factor, pivotRow);
            }
            else
            {
                foreach (var j in nonZero)
                {
                    var value = row[j] - (factor * pivotRow[j]);
                    row[j] = Math.Abs(value) < ZeroTolerance ? 0d : value;
                }
            }

            row[_rhs] -= factor * pivotRow[_rhs];
            row[column] = 0d;
            if (row[_rhs] < 0d && row[_rhs] > -FeasibilityTolerance && _basis[i] >= 0 && !_form.IsFree[_basis[i]])
            {
                row[_rhs] = 0d;
            }
        }

        var reducedFactor = _cost[column];
        if (reducedFactor != 0d)
        {
            foreach (var j in nonZero)
            {
                _cost[j] -= reducedFactor * pivotRow[j];
            }

            _cost[_rhs] -= reducedFactor * pivotRow[_rhs];
            _cost[column] = 0d;
        }

        if (_basis[pivotRowIndex] >= 0)
        {
            _isBasic[_basis[pivotRowIndex]] = false;
        }

        _basis[pivotRowIndex] = column;
        _isBasic[column] = true;
    }
}
