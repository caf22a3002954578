using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// Reads the firm-year panel CSV of INDICATORS.md §3: UTF-8 (BOM accepted), a header row in any column order, comma
/// or semicolon dialect detected from the header, missing values as an empty field, <c>NA</c> or <c>.</c>, every row
/// checked (organisation number, year, numbers, signs, exports ≤ revenue, duplicates, segment, industry code,
/// currency), each problem located by file, line, column and value.
/// </summary>
/// <remarks>
/// <para>
/// The reader streams: it parses UTF-8 bytes in a 64 KiB buffer and makes no string per field except for text columns
/// (name, county, segment, nace, currency; repeated short values are pooled). Numbers are exact decimals; a number that
/// does not fit a <see cref="decimal"/> exactly is an error, never rounded or wrapped.
/// </para>
/// <para>
/// Strict mode (the default) throws <see cref="DataException"/> with every problem at the end of the read; lenient mode
/// rejects and counts bad rows. Duplicates: the first row of a firm and year is used, the later one is the problem.
/// Thread safety: the methods are thread safe; each returned read is single-threaded.
/// </para>
/// </remarks>
public static class PanelCsvReader
{
    /// <summary>The earliest year accepted by default.</summary>
    public const int DefaultMinYear = 1900;

    /// <summary>The latest year accepted by default.</summary>
    public const int DefaultMaxYear = 2100;

    /// <summary>Opens a streaming read of a stream; nothing is read until the rows are enumerated.</summary>
    /// <param name="stream">The input, read once from its current position; not disposed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The read, to enumerate once.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static PanelCsvRead Open(Stream stream, PanelCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= PanelCsvOptions.Default;
        return new PanelCsvRead(_ => stream, false, options, options.ResolveSource(null), cancellationToken);
    }

    /// <summary>Opens a streaming read of a file; the file is opened when the rows are enumerated and closed at the end.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or null for the defaults (the source name is then the file name).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The read, to enumerate once.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    public static PanelCsvRead Open(string path, PanelCsvOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        options ??= PanelCsvOptions.Default;
        return new PanelCsvRead(useAsync => CsvRecordLoop.OpenFile(path, useAsync), true, options, options.ResolveSource(path), cancellationToken);
    }

    /// <summary>Reads the rows of a stream lazily; in strict mode the enumeration throws at its end if any row is bad.</summary>
    /// <param name="stream">The input; not disposed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The rows used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataException">(During enumeration.) The header is unusable, or in strict mode a row broke a rule.</exception>
    public static IEnumerable<FirmYear> ReadRows(Stream stream, PanelCsvOptions? options = null) => Open(stream, options).Rows;

    /// <summary>Reads the rows of a file lazily; see <see cref="ReadRows(Stream, PanelCsvOptions?)"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The rows used.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DataException">(During enumeration.) The header is unusable, or in strict mode a row broke a rule.</exception>
    public static IEnumerable<FirmYear> ReadRows(string path, PanelCsvOptions? options = null) => Open(path, options).Rows;

    /// <summary>Reads the rows of a stream asynchronously, lazily.</summary>
    /// <param name="stream">The input; not disposed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows used.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public static IAsyncEnumerable<FirmYear> ReadRowsAsync(Stream stream, PanelCsvOptions? options = null, CancellationToken cancellationToken = default) =>
        Open(stream, options, cancellationToken).ReadRowsAsync(cancellationToken);

    /// <summary>Reads a whole file into memory.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows used, the accounting and the problems of rejected rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static PanelCsvResult ReadAll(string path, PanelCsvOptions? options = null, CancellationToken cancellationToken = default) =>
        Collect(Open(path, options, cancellationToken));

    /// <summary>Reads a whole stream into memory.</summary>
    /// <param name="stream">The input; not disposed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows used, the accounting and the problems of rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static PanelCsvResult ReadAll(Stream stream, PanelCsvOptions? options = null, CancellationToken cancellationToken = default) =>
        Collect(Open(stream, options, cancellationToken));

    /// <summary>Reads a whole file into memory asynchronously.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows used, the accounting and the problems of rejected rows.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static Task<PanelCsvResult> ReadAllAsync(string path, PanelCsvOptions? options = null, CancellationToken cancellationToken = default) =>
        CollectAsync(Open(path, options, cancellationToken), cancellationToken);

    /// <summary>Reads a whole stream into memory asynchronously.</summary>
    /// <param name="stream">The input; not disposed.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The rows used, the accounting and the problems of rejected rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="DataException">The header is unusable, or in strict mode a row broke a rule.</exception>
    public static Task<PanelCsvResult> ReadAllAsync(Stream stream, PanelCsvOptions? options = null, CancellationToken cancellationToken = default) =>
        CollectAsync(Open(stream, options, cancellationToken), cancellationToken);

    private static PanelCsvResult Collect(PanelCsvRead read)
    {
        var rows = read.Rows.ToList();
        return new PanelCsvResult(rows, read.Diagnostics, read.Problems, read.Dialect ?? CsvDialect.Comma);
    }

    private static async Task<PanelCsvResult> CollectAsync(PanelCsvRead read, CancellationToken cancellationToken)
    {
        var rows = new List<FirmYear>();
        await foreach (var row in read.ReadRowsAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(row);
        }

        return new PanelCsvResult(rows, read.Diagnostics, read.Problems, read.Dialect ?? CsvDialect.Comma);
    }
}
