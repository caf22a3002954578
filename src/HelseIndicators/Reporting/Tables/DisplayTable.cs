namespace HelseIndicators.Reporting.Tables;

/// <summary>
/// A table for people: a title, typed columns and rows of <see cref="DisplayCell"/>s, and notes. Renderers turn it into
/// HTML (<see cref="HtmlTableRenderer"/>), Markdown (<see cref="MarkdownTableRenderer"/>) or monospace text
/// (<see cref="TextTableRenderer"/>).
/// </summary>
/// <remarks>
/// Every row has exactly one cell per column. Equality: by reference. Thread safety: immutable (the lists given are
/// copied), safe to share.
/// </remarks>
/// <example>
/// <code>
/// var table = new DisplayTable("Revenue by segment",
///     [DisplayColumn.ForText("Segment"), DisplayColumn.ForAmount("Revenue")],
///     [[DisplayCell.FromText("Pharma"), DisplayCell.FromNumber(1234.5m)],
///      [DisplayCell.FromText("Diagnostics"), DisplayCell.Suppressed("fewer than 3 firms")]]);
/// </code>
/// </example>
[HelseIndicators.Reporting.Display.TypeFormatterSource(typeof(HelseIndicators.Reporting.Display.HelseFormatterSource))]
public sealed class DisplayTable
{
    private readonly DisplayColumn[] _columns;
    private readonly DisplayCell[][] _rows;
    private readonly string[] _notes;

    /// <summary>Creates a table.</summary>
    /// <param name="title">The title (a caption); may be empty.</param>
    /// <param name="columns">The columns, at least one.</param>
    /// <param name="rows">The rows, each with one cell per column; may be empty.</param>
    /// <param name="notes">Notes shown under the table (sources, "synthetic data"); optional.</param>
    /// <exception cref="ArgumentNullException">An argument, a column, a row or a cell is null.</exception>
    /// <exception cref="ArgumentException">There is no column, or a row's length differs from the number of columns.</exception>
    public DisplayTable(string title, IEnumerable<DisplayColumn> columns, IEnumerable<IEnumerable<DisplayCell>> rows,
        IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        _columns = columns.ToArray();
        if (_columns.Length == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (_columns.Any(c => c is null))
        {
            throw new ArgumentNullException(nameof(columns), "A column is null.");
        }

        var list = new List<DisplayCell[]>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var cells = row.ToArray();
            if (cells.Length != _columns.Length)
            {
                throw new ArgumentException(
                    $"Row {list.Count + 1} has {cells.Length} cells but the table has {_columns.Length} columns.", nameof(rows));
            }

            if (cells.Any(c => c is null))
            {
                throw new ArgumentNullException(nameof(rows), $"Row {list.Count + 1} has a null cell.");
            }

            list.Add(cells);
        }

        _rows = [.. list];
        _notes = notes?.Where(n => !string.IsNullOrWhiteSpace(n)).ToArray() ?? [];
        Title = title ?? "";
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the columns.</summary>
    public IReadOnlyList<DisplayColumn> Columns => _columns;

    /// <summary>Gets the rows.</summary>
    public IReadOnlyList<IReadOnlyList<DisplayCell>> Rows => _rows;

    /// <summary>Gets the notes shown under the table.</summary>
    public IReadOnlyList<string> Notes => _notes;
}
