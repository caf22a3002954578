using HelseIndicators.Data.Csv;

namespace HelseIndicators.Data.Surveys;

/// <summary>
/// Reads a survey CSV file (INDICATORS.md §6): columns <c>respondent</c>, <c>question</c>, <c>answer</c>, optional
/// <c>weight</c> (default 1) and optional <c>org_number</c>, in any order; unknown columns are ignored with a warning.
/// </summary>
/// <remarks>
/// <para>
/// UTF-8 with or without a BOM; a header row is required (names are matched ignoring case and surrounding spaces). Two
/// dialects, detected from the header: comma-separated with '.' decimals (RFC 4180 quoting), or semicolon-separated with
/// ',' decimals (Norwegian Excel). Blank lines are skipped and are not rows.
/// </para>
/// <para>
/// Row rules: respondent, question and answer are required; a weight, when the column exists, is a positive number
/// without thousands separators, the same on all rows of a respondent; an organisation number, when given, is valid and
/// the same on all rows of a respondent (empty, <c>NA</c> or <c>.</c> = not given); the same (respondent, question,
/// answer) twice is an error; a row has as many fields as the header. In <see cref="ReadMode.Strict"/> mode (the
/// default) any row problem fails the read with a <see cref="DataException"/> listing every problem; in
/// <see cref="ReadMode.Lenient"/> mode bad rows are rejected and counted, and rows read = rows used + rows rejected.
/// A header problem (a required column missing or a column twice) always fails the read.
/// </para>
/// <para>
/// Tokenized as the panel, firm-list and price-index files are, straight from UTF-8: RFC 4180 quoting
/// (separators, doubled quotes and line breaks inside quotes), LF, CRLF or CR line ends, and a malformed record (a quote
/// never closed, text after a closing quote) is a problem of its row, located by line and column.
/// </para>
/// <para>Thread safety: stateless, safe to call from any thread.</para>
/// </remarks>
public static class SurveyCsvReader
{
    private const string DefaultSource = "survey.csv";

    /// <summary>Reads a survey file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <returns>The responses and the accounting.</returns>
    /// <exception cref="DataException">The header is unusable, or (strict mode) a row breaks a rule.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyReadResult ReadFile(string path, ReadMode mode = ReadMode.Strict)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = CsvRecordLoop.OpenFile(path, useAsync: false);
        return Read(stream, Path.GetFileName(path), mode);
    }

    /// <summary>Reads a survey from UTF-8 bytes (a BOM is accepted).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name used in problems, such as the file name.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <returns>The responses and the accounting.</returns>
    /// <exception cref="DataException">The header is unusable, or (strict mode) a row breaks a rule.</exception>
    public static SurveyReadResult Read(Stream stream, string source = DefaultSource, ReadMode mode = ReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadUtf8(stream, source, mode);
    }

    /// <summary>Reads a survey from text (a leading BOM character is ignored).</summary>
    /// <param name="reader">The text; left open.</param>
    /// <param name="source">The name used in problems, such as the file name.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <returns>The responses and the accounting.</returns>
    /// <exception cref="DataException">The header is unusable, or (strict mode) a row breaks a rule.</exception>
    public static SurveyReadResult Read(TextReader reader, string source = DefaultSource, ReadMode mode = ReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(reader);
        using var stream = new TextReaderUtf8Stream(reader);
        return ReadUtf8(stream, source, mode);
    }

    private static SurveyReadResult ReadUtf8(Stream stream, string? source, ReadMode mode)
    {
        source ??= DefaultSource;
        if (mode is not (ReadMode.Strict or ReadMode.Lenient))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a read mode.");
        }

        var handler = new SurveyRowHandler(source, mode);
        var tokenizer = new Utf8CsvTokenizer { Source = source };
        var responses = CsvRecordLoop.Run(stream, ownsStream: false, tokenizer, handler, progress: null, CancellationToken.None).ToList();
        return new SurveyReadResult(responses, handler.Diagnostics, handler.Rejections, handler.Separator);
    }
}
