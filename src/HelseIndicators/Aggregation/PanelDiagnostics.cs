using HelseIndicators.Data;

namespace HelseIndicators.Aggregation;

/// <summary>
/// What happened to the rows of a panel: how many were read, used and rejected (and why), and how many firm-years
/// could not be classified.
/// </summary>
/// <remarks>
/// <para>Invariant: <see cref="RowsRead"/> = <see cref="RowsUsed"/> + <see cref="RowsRejected"/>. Unclassified
/// firm-years are valid rows, so they are counted in <see cref="RowsUsed"/> and again in
/// <see cref="UnclassifiedFirmYears"/>; they are in no group and no total.</para>
/// <para>Equality: value equality of the counts (the reason list by reference). Thread safety: immutable.</para>
/// </remarks>
public sealed record PanelDiagnostics
{
    /// <summary>Creates diagnostics.</summary>
    /// <param name="rowsUsed">Rows that passed the row rules.</param>
    /// <param name="unclassifiedFirmYears">Used rows that could not be classified.</param>
    /// <param name="rejections">Rejected rows by reason.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, or more unclassified than used rows.</exception>
    public PanelDiagnostics(long rowsUsed, long unclassifiedFirmYears, IReadOnlyList<RejectionCount>? rejections = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rowsUsed);
        ArgumentOutOfRangeException.ThrowIfNegative(unclassifiedFirmYears);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(unclassifiedFirmYears, rowsUsed);
        RowsUsed = rowsUsed;
        UnclassifiedFirmYears = unclassifiedFirmYears;
        Rejections = rejections ?? [];
        long rejected = 0;
        foreach (var r in Rejections)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(r.Count, nameof(rejections));
            rejected += r.Count;
        }

        RowsRejected = rejected;
    }

    /// <summary>Gets diagnostics of an empty panel.</summary>
    public static PanelDiagnostics Empty { get; } = new(0, 0);

    /// <summary>Gets the number of rows read (used + rejected).</summary>
    public long RowsRead => RowsUsed + RowsRejected;

    /// <summary>Gets the number of rows that passed the row rules (classified or not).</summary>
    public long RowsUsed { get; }

    /// <summary>Gets the number of rejected rows (the sum of <see cref="Rejections"/>).</summary>
    public long RowsRejected { get; }

    /// <summary>Gets the number of used firm-years that no rule could classify (left out of every group and total).</summary>
    public long UnclassifiedFirmYears { get; }

    /// <summary>Gets the rejected rows by reason, largest count first (ties by reason, ordinal).</summary>
    public IReadOnlyList<RejectionCount> Rejections { get; }

    /// <summary>
    /// Combines with the diagnostics of the reader that produced the rows: the reader's rejected rows are added as
    /// the reason "rejected by the reader", so <see cref="RowsRead"/> becomes the number of rows in the file.
    /// </summary>
    /// <param name="reader">The reader's diagnostics.</param>
    /// <returns>The combined diagnostics.</returns>
    public PanelDiagnostics WithReader(ReadDiagnostics reader)
    {
        if (reader.RowsRejected == 0)
        {
            return this;
        }

        var list = new List<RejectionCount>(Rejections) { new("rejected by the reader", reader.RowsRejected) };
        return new PanelDiagnostics(RowsUsed, UnclassifiedFirmYears, Sort(list));
    }

    internal static List<RejectionCount> Sort(List<RejectionCount> list)
    {
        list.Sort((a, b) => a.Count != b.Count ? b.Count.CompareTo(a.Count) : string.CompareOrdinal(a.Reason, b.Reason));
        return list;
    }
}
