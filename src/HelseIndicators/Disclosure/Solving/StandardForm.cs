namespace HelseIndicators.Disclosure.Solving;

/// <summary>
/// The constraints of a <see cref="LinearProgram"/> in the form the simplex works on: equalities with a non-negative
/// right-hand side, every row scaled to a largest coefficient of 1 and every right-hand side divided by one common
/// scale so that the largest is at most 1.
/// </summary>
/// <remarks>
/// Columns: the structural variables <c>[0, StructuralCount)</c>, then one slack (≥ 0) per ≤ row, then, from
/// <see cref="FirstArtificial"/>, one artificial (≥ 0) per row whose slack cannot start in the basis (an equality,
/// or a ≤ row multiplied by -1 for its negative right-hand side). Every row has an identity column, holding 1 in that
/// row and 0 elsewhere: its slack or its artificial; those columns are the initial basis and their reduced costs give
/// the multipliers. Standard row i is <c>RowFactor[i]</c> times the caller's row i, its right-hand side
/// <c>RowFactor[i] · b_i / RhsScale</c>: the structural variables are the caller's divided by <see cref="RhsScale"/>.
/// Thread safety: immutable once built.
/// </remarks>
internal sealed class StandardForm
{
    private StandardForm(
        int structuralCount,
        int firstArtificial,
        int columnCount,
        int[][] rowColumns,
        double[][] rowValues,
        double[] rhs,
        double[] rowFactor,
        double rhsScale,
        int[] identityColumn,
        bool[] isFree)
    {
        StructuralCount = structuralCount;
        FirstArtificial = firstArtificial;
        ColumnCount = columnCount;
        RowColumns = rowColumns;
        RowValues = rowValues;
        Rhs = rhs;
        RowFactor = rowFactor;
        RhsScale = rhsScale;
        IdentityColumn = identityColumn;
        IsFree = isFree;
    }

    /// <summary>Gets the number of structural variables (the caller's).</summary>
    public int StructuralCount { get; }

    /// <summary>Gets the first artificial column; the slacks lie between the structural variables and it.</summary>
    public int FirstArtificial { get; }

    /// <summary>Gets the number of columns: structural, slack and artificial.</summary>
    public int ColumnCount { get; }

    /// <summary>Gets the number of rows (one per constraint, in the order added).</summary>
    public int RowCount => Rhs.Length;

    /// <summary>Gets each row's columns, slack and artificial included.</summary>
    public int[][] RowColumns { get; }

    /// <summary>Gets each row's values, matching <see cref="RowColumns"/>.</summary>
    public double[][] RowValues { get; }

    /// <summary>Gets each row's right-hand side, in [0, 1].</summary>
    public double[] Rhs { get; }

    /// <summary>Gets the factor from the caller's row to the standard row.</summary>
    public double[] RowFactor { get; }

    /// <summary>Gets the common divisor of the right-hand sides, and so of the structural variables; at least 1.</summary>
    public double RhsScale { get; }

    /// <summary>Gets each row's identity column (slack or artificial).</summary>
    public int[] IdentityColumn { get; }

    /// <summary>Gets, per column, whether it is free (no lower bound).</summary>
    public bool[] IsFree { get; }

    /// <summary>Builds the standard form of a program.</summary>
    /// <param name="variables">The number of structural variables.</param>
    /// <param name="free">Which structural variables are free.</param>
    /// <param name="constraints">The constraints, in order.</param>
    /// <returns>The standard form.</returns>
    public static StandardForm Build(int variables, IReadOnlyList<bool> free, IReadOnlyList<LinearConstraint> constraints)
    {
        var m = constraints.Count;
        var scaled = new double[m];
        var rowScale = new double[m];
        var rhsScale = 1d;
        for (var i = 0; i < m; i++)
        {
            var largest = 0d;
            foreach (var coefficient in constraints[i].Coefficients)
            {
                largest = Math.Max(largest, Math.Abs(coefficient));
            }

            rowScale[i] = largest > 0 ? largest : 1d;
            scaled[i] = constraints[i].Rhs / rowScale[i];
            rhsScale = Math.Max(rhsScale, Math.Abs(scaled[i]));
        }

        var slackCount = constraints.Count(c => !c.IsEquality);
        var firstArtificial = variables + slackCount;
        var nextSlack = variables;
        var nextArtificial = firstArtificial;
        var rowColumns = new int[m][];
        var rowValues = new double[m][];
        var rhs = new double[m];
        var rowFactor = new double[m];
        var identity = new int[m];
        for (var i = 0; i < m; i++)
        {
            var constraint = constraints[i];
            var sign = scaled[i] < 0 ? -1d : 1d;
            var factor = sign / rowScale[i];
            var columns = new List<int>(constraint.Variables);
            var values = new List<double>(constraint.Coefficients.Select(a => a * factor));
            var needsArtificial = constraint.IsEquality || sign < 0;
            if (!constraint.IsEquality)
            {
                columns.Add(nextSlack);
                values.Add(sign);
                identity[i] = nextSlack++;
            }

            if (needsArtificial)
            {
                columns.Add(nextArtificial);
                values.Add(1d);
                identity[i] = nextArtificial++;
            }

            rowColumns[i] = [.. columns];
            rowValues[i] = [.. values];
            rhs[i] = sign * scaled[i] / rhsScale;
            rowFactor[i] = constraint.CallerSign * factor;
        }

        var isFree = new bool[nextArtificial];
        for (var j = 0; j < variables; j++)
        {
            isFree[j] = free[j];
        }

        return new StandardForm(variables, firstArtificial, nextArtificial, rowColumns, rowValues, rhs, rowFactor, rhsScale, identity, isFree);
    }
}
