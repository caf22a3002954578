using System.Globalization;
using System.Text;
using HelseIndicators.Data.Csv;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// Writes firm-years as a panel CSV that <see cref="PanelCsvReader"/> reads back to equal rows: every column of
/// <see cref="PanelColumns.All"/>, invariant numbers with the dialect's decimal mark, missing values as empty fields,
/// and quotes only where needed.
/// </summary>
/// <remarks>
/// A text value is quoted when it holds the separator, a quote or a line break, has leading or trailing spaces, or would
/// otherwise read as missing (empty, <c>NA</c>, <c>.</c>). Thread safety: the methods are thread safe.
/// </remarks>
public static class PanelCsvWriter
{
    /// <summary>Writes rows to a stream (left open).</summary>
    /// <param name="stream">The output.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="rows"/> is null.</exception>
    public static void Write(Stream stream, IEnumerable<FirmYear> rows, PanelCsvWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(rows);
        options ??= PanelCsvWriterOptions.Default;
        using var writer = new StreamWriter(stream, new UTF8Encoding(options.WriteByteOrderMark), 64 * 1024, leaveOpen: true);
        writer.NewLine = options.NewLine;
        var sep = options.Dialect == CsvDialect.Semicolon ? ';' : ',';
        writer.Write(string.Join(sep, PanelColumns.All));
        writer.Write(options.NewLine);
        foreach (var row in rows)
        {
            WriteRow(writer, row, options.Dialect, sep);
            writer.Write(options.NewLine);
        }
    }

    /// <summary>Writes rows to a file, whole or not at all (a temporary file is renamed at the end).</summary>
    /// <param name="path">The file; replaced if it exists.</param>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void Write(string path, IEnumerable<FirmYear> rows, PanelCsvWriterOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        AtomicFileWrite.Write(path, stream => Write(stream, rows, options));
    }

    /// <summary>Formats rows as panel CSV text.</summary>
    /// <param name="rows">The rows.</param>
    /// <param name="options">The options, or null for the defaults.</param>
    /// <returns>The CSV text, header first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rows"/> is null.</exception>
    public static string ToCsv(IEnumerable<FirmYear> rows, PanelCsvWriterOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, rows, (options ?? PanelCsvWriterOptions.Default) with { WriteByteOrderMark = false });
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteRow(StreamWriter writer, FirmYear row, CsvDialect dialect, char sep)
    {
        Span<char> org = stackalloc char[9];
        row.OrganisationNumber.TryFormat(org, out var written, "D", CultureInfo.InvariantCulture);
        writer.Write(org[..written]);
        writer.Write(sep);
        writer.Write(row.Year.ToString(CultureInfo.InvariantCulture));
        writer.Write(sep);
        WriteText(writer, row.Name, sep);
        writer.Write(sep);
        WriteText(writer, row.NaceCode?.ToString("G", CultureInfo.InvariantCulture), sep);
        writer.Write(sep);
        WriteText(writer, row.SegmentId, sep);
        writer.Write(sep);
        WriteText(writer, row.County, sep);
        foreach (var field in AccountFields.All)
        {
            writer.Write(sep);
            if (row.Get(field) is { } value)
            {
                writer.Write(CsvNumber.Format(value, dialect));
            }
        }

        writer.Write(sep);
        writer.Write(row.Currency.Code);
    }

    private static void WriteText(StreamWriter writer, string? text, char sep)
    {
        if (text is null)
        {
            return;
        }

        var quote = text.Length == 0 || text == "NA" || text == "." || text[0] is ' ' or '\t' || text[^1] is ' ' or '\t'
            || text.AsSpan().IndexOfAny(sep, '"', '\n') >= 0 || text.Contains('\r', StringComparison.Ordinal);
        if (!quote)
        {
            writer.Write(text);
            return;
        }

        writer.Write('"');
        writer.Write(text.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }
}
