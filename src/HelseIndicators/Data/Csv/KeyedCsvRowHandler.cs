using System.Globalization;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// The row handling shared by the small CSV formats whose rows each carry a key that may appear once (a price index's
/// year, a firm list's firm and <c>from_year</c>): the header mapped to known columns, malformed records and rows with
/// the wrong field count rejected, a row with any bad field rejected, the accounting of used and rejected rows, and
/// the end of the read (an empty input throws; in strict mode, so does any problem).
/// </summary>
/// <typeparam name="T">The row type.</typeparam>
/// <remarks>
/// A format supplies how the fields of a record become a row (<see cref="ReadFields"/>) and how a repeated key is
/// found and reported (<see cref="TryAddKey"/>). Not thread safe: one handler serves one read.
/// </remarks>
internal abstract class KeyedCsvRowHandler<T> : ICsvRowHandler<T>
{
    private readonly CsvProblemLog _problems;
    private readonly List<DataProblem> _warnings = [];
    private readonly string _source;
    private readonly IReadOnlyList<string> _columns;
    private readonly int _requiredColumns;
    private readonly ReadMode _mode;
    private readonly string _emptyInputMessage;
    private CsvColumnMap? _map;
    private long _used;
    private long _rejected;

    /// <summary>Initializes a handler for one read.</summary>
    /// <param name="options">The read's options (mode and how many problems are listed).</param>
    /// <param name="source">The input's name in messages.</param>
    /// <param name="columns">The format's known column names.</param>
    /// <param name="requiredColumns">How many of the first known columns are required.</param>
    /// <param name="emptyInputMessage">The message of the problem thrown when the input has no header row.</param>
    protected KeyedCsvRowHandler(CsvReadOptions options, string source, IReadOnlyList<string> columns, int requiredColumns, string emptyInputMessage)
    {
        _problems = new CsvProblemLog(options.MaxProblems, source);
        _source = source;
        _columns = columns;
        _requiredColumns = requiredColumns;
        _mode = options.Mode;
        _emptyInputMessage = emptyInputMessage;
    }

    /// <summary>Gets the accounting of the rows read so far: used, rejected, and the header's warnings.</summary>
    public ReadDiagnostics Diagnostics => new(_used, _rejected, _warnings.ToArray());

    /// <summary>Gets the problems recorded so far, up to the listed maximum.</summary>
    public IReadOnlyList<DataProblem> Problems => _problems.ToList();

    /// <summary>Gets the dialect numbers are read in, set from the header row: the tokenizer's, or comma when it has none.</summary>
    protected CsvDialect Dialect { get; private set; }

    /// <inheritdoc/>
    public void Header(Utf8CsvTokenizer tokenizer)
    {
        Dialect = tokenizer.Dialect ?? CsvDialect.Comma;
        _map = CsvColumnMap.Read(tokenizer, _source, _columns, _requiredColumns, _warnings);
    }

    /// <inheritdoc/>
    public bool TryRow(Utf8CsvTokenizer tokenizer, out T row)
    {
        row = default!;
        var line = tokenizer.RecordLine;
        var before = _problems.Count;
        if (tokenizer.RecordError is { } error)
        {
            return Reject(line, null, null, error);
        }

        var map = _map!;
        if (tokenizer.FieldCount != map.FieldCount)
        {
            return Reject(line, null, null, string.Create(CultureInfo.InvariantCulture,
                $"the row has {tokenizer.FieldCount} fields but the header has {map.FieldCount}: quote a value that contains the separator, and give every row the header's columns"));
        }

        var candidate = ReadFields(tokenizer, map, line);
        if (_problems.Count > before)
        {
            _rejected++;
            return false;
        }

        if (!TryAddKey(candidate, line))
        {
            return false;
        }

        row = candidate;
        _used++;
        return true;
    }

    /// <inheritdoc/>
    public void Complete(Utf8CsvTokenizer tokenizer, bool sawHeader)
    {
        if (!sawHeader)
        {
            throw new DataException(new DataProblem(_source, 0, null, null, _emptyInputMessage));
        }

        if (_mode == ReadMode.Strict && _problems.Count > 0)
        {
            throw _problems.ToException();
        }
    }

    /// <summary>
    /// Reads the fields of a record that has the header's field count, recording a problem for each bad field with
    /// <see cref="Add"/>; when any is recorded the row returned is discarded and the record counted as rejected.
    /// </summary>
    /// <param name="tokenizer">The tokenizer, on the record.</param>
    /// <param name="map">The header's columns.</param>
    /// <param name="line">The record's line, for messages.</param>
    /// <returns>The row (unused when a problem was recorded).</returns>
    protected abstract T ReadFields(Utf8CsvTokenizer tokenizer, CsvColumnMap map, long line);

    /// <summary>Registers the key of a row whose fields are all valid.</summary>
    /// <param name="row">The row.</param>
    /// <param name="line">The record's line, for messages.</param>
    /// <returns>True when the key is new; false when an earlier row has it (the row then rejected with <see cref="Reject"/>).</returns>
    protected abstract bool TryAddKey(T row, long line);

    /// <summary>Records a problem of the current record without rejecting it yet.</summary>
    /// <param name="line">The record's line.</param>
    /// <param name="column">The column, or null for the whole row.</param>
    /// <param name="value">The value as written, or null.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    protected void Add(long line, string? column, string? value, string message) =>
        _problems.Add(new DataProblem(_source, line, column, value, message));

    /// <summary>Records a problem of the current record and counts the record as rejected.</summary>
    /// <param name="line">The record's line.</param>
    /// <param name="column">The column, or null for the whole row.</param>
    /// <param name="value">The value as written, or null.</param>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <returns>False, for <c>return Reject(...)</c> from a method that says whether the row is used.</returns>
    protected bool Reject(long line, string? column, string? value, string message)
    {
        Add(line, column, value, message);
        _rejected++;
        return false;
    }
}
