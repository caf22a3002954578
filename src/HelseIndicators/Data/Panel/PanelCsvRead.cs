using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// One streaming read of a panel CSV: enumerate <see cref="Rows"/> (or <see cref="ReadRowsAsync"/>) once, then read
/// <see cref="Diagnostics"/> and <see cref="Problems"/>. Rows come one at a time; the file is never held whole.
/// </summary>
/// <remarks>
/// In strict mode the enumeration throws <see cref="DataException"/> at its end when any row broke a rule, listing
/// every problem (the rows yielded before are the good ones); in lenient mode bad rows are skipped, counted in
/// <see cref="Diagnostics"/> and described in <see cref="Problems"/>. A header that cannot be read (a required column
/// missing, an empty file) throws in both modes. Equality: by reference. Thread safety: not thread safe; one
/// enumeration only.
/// </remarks>
public sealed class PanelCsvRead
{
    private readonly Func<bool, Stream> _open;
    private readonly bool _ownsStream;
    private readonly PanelCsvOptions _options;
    private readonly PanelRowHandler _handler;
    private readonly CancellationToken _cancellationToken;
    private bool _started;

    internal PanelCsvRead(Func<bool, Stream> open, bool ownsStream, PanelCsvOptions options, string source, CancellationToken cancellationToken)
    {
        _open = open;
        _ownsStream = ownsStream;
        _options = options;
        _handler = new PanelRowHandler(options, source);
        _cancellationToken = cancellationToken;
        SourceName = source;
    }

    /// <summary>Gets the name of the input in messages.</summary>
    public string SourceName { get; }

    /// <summary>Gets the rows, lazily; enumerate once.</summary>
    /// <exception cref="InvalidOperationException">Enumerated a second time.</exception>
    /// <exception cref="DataException">(During enumeration.) The header is unusable, or in strict mode a row broke a rule.</exception>
    public IEnumerable<FirmYear> Rows
    {
        get
        {
            Start();
            return ToFirmYears(CsvRecordLoop.Run(_open(false), _ownsStream, NewTokenizer(), _handler, _options.Progress, _cancellationToken));
        }
    }

    /// <summary>
    /// Reads every row into a sink, instead of <see cref="Rows"/>: each row is a value on the stack, handed over by
    /// reference, so the read allocates nothing per row and copies no row into the heap.
    /// </summary>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    internal void ReadInto<TSink>(TSink sink)
        where TSink : ICsvRowSink<PanelRow>
    {
        Start();
        CsvRecordLoop.RunInto<PanelRow, PanelRowHandler.Direct, TSink>(_open(false), _ownsStream, NewTokenizer(), new(_handler), sink,
            _options.Progress, _cancellationToken);
    }

    /// <summary>The rows <see cref="ReadInto"/> read straight from their lines (the usual ones), not as records.</summary>
    internal long LinesRead => _handler.LinesRead;

    /// <summary>The firm-years read so far.</summary>
    internal FirmYearDuplicateDetector? FirmYears => _handler.FirmYears;

    /// <summary>The order of the firm-years read so far, when the read requires rows grouped by firm.</summary>
    internal FirmGroupedOrder? FirmOrder => _handler.FirmOrder;

    /// <summary>Gets whether the enumeration has reached the end of the input.</summary>
    public bool IsComplete => _handler.IsComplete;

    /// <summary>Gets the dialect, known once the header has been read.</summary>
    public CsvDialect? Dialect => _handler.Dialect;

    /// <summary>Gets the accounting of the read.</summary>
    /// <exception cref="InvalidOperationException">The rows have not been enumerated to the end.</exception>
    public ReadDiagnostics Diagnostics => IsComplete
        ? _handler.Diagnostics
        : throw new InvalidOperationException("Enumerate the rows to the end before reading the diagnostics.");

    /// <summary>Gets the problems of rejected rows, capped at <see cref="CsvReadOptions.MaxProblems"/> with a final count entry.</summary>
    /// <exception cref="InvalidOperationException">The rows have not been enumerated to the end.</exception>
    public IReadOnlyList<DataProblem> Problems => IsComplete
        ? _handler.Problems
        : throw new InvalidOperationException("Enumerate the rows to the end before reading the problems.");

    /// <summary>Reads the rows asynchronously; enumerate once (instead of <see cref="Rows"/>).</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="InvalidOperationException">The rows were already enumerated.</exception>
    public IAsyncEnumerable<FirmYear> ReadRowsAsync(CancellationToken cancellationToken = default)
    {
        Start();
        var token = cancellationToken.CanBeCanceled ? cancellationToken : _cancellationToken;
        return ToFirmYears(CsvRecordLoop.RunAsync(_open(true), _ownsStream, NewTokenizer(), _handler, _options.Progress, token));
    }

    private static IEnumerable<FirmYear> ToFirmYears(IEnumerable<PanelRow> rows)
    {
        foreach (var row in rows)
        {
            yield return row.ToFirmYear();
        }
    }

    private static async IAsyncEnumerable<FirmYear> ToFirmYears(IAsyncEnumerable<PanelRow> rows)
    {
        await foreach (var row in rows.ConfigureAwait(false))
        {
            yield return row.ToFirmYear();
        }
    }

    private Utf8CsvTokenizer NewTokenizer() => new(_options.Dialect) { Source = SourceName, LineOffset = _options.LineOffset };

    private void Start()
    {
        if (_started)
        {
            throw new InvalidOperationException("A panel read can be enumerated once; open the file again to read it again.");
        }

        _started = true;
    }
}
