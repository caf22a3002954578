namespace HelseIndicators.Data;

/// <summary>
/// The accounting of a read: every data row read is either used or rejected, so
/// <see cref="RowsRead"/> = <see cref="RowsUsed"/> + <see cref="RowsRejected"/> always holds.
/// </summary>
/// <remarks>Equality: by value. Thread safety: immutable. Default value: nothing read.</remarks>
public readonly record struct ReadDiagnostics
{
    /// <summary>Creates the accounting of a read.</summary>
    /// <param name="rowsUsed">Rows passed on.</param>
    /// <param name="rowsRejected">Rows rejected.</param>
    /// <param name="warnings">Problems that did not reject a row (an unknown column, for example).</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative.</exception>
    public ReadDiagnostics(long rowsUsed, long rowsRejected, IReadOnlyList<DataProblem>? warnings = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowsUsed);
        ArgumentOutOfRangeException.ThrowIfNegative(rowsRejected);
        RowsUsed = rowsUsed;
        RowsRejected = rowsRejected;
        Warnings = warnings ?? [];
    }

    /// <summary>Gets the number of data rows read (header excluded).</summary>
    public long RowsRead => RowsUsed + RowsRejected;

    /// <summary>Gets the number of rows passed on.</summary>
    public long RowsUsed { get; }

    /// <summary>Gets the number of rows rejected.</summary>
    public long RowsRejected { get; }

    /// <summary>Gets problems that did not reject a row.</summary>
    public IReadOnlyList<DataProblem> Warnings { get; }
}
