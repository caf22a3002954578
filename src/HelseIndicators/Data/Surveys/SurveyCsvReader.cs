using System.Globalization;
using System.Text;
using HelseIndicators.Model;
using HelseIndicators.Surveys;

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
/// <para>Thread safety: stateless, safe to call from any thread.</para>
/// </remarks>
public static class SurveyCsvReader
{
    private const string ReplacementCharacter = "\uFFFD";

    private const string InvalidUtf8Message = "the text is not valid UTF-8; save the file as UTF-8";

    private static readonly NumberFormatInfo s_commaDecimals = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    /// <summary>Reads a survey file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <returns>The responses and the accounting.</returns>
    /// <exception cref="DataException">The header is unusable, or (strict mode) a row breaks a rule.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static SurveyReadResult ReadFile(string path, ReadMode mode = ReadMode.Strict)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, Path.GetFileName(path), mode);
    }

    /// <summary>Reads a survey from UTF-8 bytes (a BOM is accepted).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name used in problems, such as the file name.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <returns>The responses and the accounting.</returns>
    /// <exception cref="DataException">The header is unusable, or (strict mode) a row breaks a rule.</exception>
    public static SurveyReadResult Read(Stream stream, string source = "survey.csv", ReadMode mode = ReadMode.Strict)
    {
        ArgumentNullException.ThrowIfNull(stream);
        // Invalid UTF-8 is decoded to U+FFFD and reported on its line (a throwing decoder would leak a
        // DecoderFallbackException with no line).
        using var reader = new StreamReader(stream, new UTF8Encoding(false, false), detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader, source ?? "survey.csv", mode, invalidUtf8IsError: true);
    }

    /// <summary>Reads a survey from text (a leading BOM character is ignored).</summary>
    /// <param name="reader">The text.</param>
    /// <param name="source">The name used in problems, such as the file name.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <returns>The responses and the accounting.</returns>
    /// <exception cref="DataException">The header is unusable, or (strict mode) a row breaks a rule.</exception>
    public static SurveyReadResult Read(TextReader reader, string source = "survey.csv", ReadMode mode = ReadMode.Strict) =>
        Read(reader, source, mode, invalidUtf8IsError: false);

    private static SurveyReadResult Read(TextReader reader, string source, ReadMode mode, bool invalidUtf8IsError)
    {
        ArgumentNullException.ThrowIfNull(reader);
        source ??= "survey.csv";
        if (mode is not (ReadMode.Strict or ReadMode.Lenient))
        {
            throw new ArgumentOutOfRangeException(nameof(mode), mode, "Not a read mode.");
        }

        string? headerLine;
        long headerLineNumber = 0;
        do
        {
            headerLine = reader.ReadLine();
            headerLineNumber++;
        }
        while (headerLine is not null && string.IsNullOrWhiteSpace(headerLine.TrimStart('\uFEFF')));

        if (headerLine is null)
        {
            throw new DataException(new DataProblem(source, 0, null, null,
                "the file is empty; a survey file needs a header row: respondent,question,answer[,weight][,org_number]"));
        }

        headerLine = headerLine.TrimStart('\uFEFF');
        if (invalidUtf8IsError && headerLine.Contains(ReplacementCharacter, StringComparison.Ordinal))
        {
            throw new DataException(new DataProblem(source, headerLineNumber, null, null, InvalidUtf8Message));
        }

        var separator = SurveyCsvTokenizer.DetectSeparator(headerLine);
        var header = SurveyCsvTokenizer.SplitLine(headerLine, separator)!.Value;
        var columns = ReadHeader(header, source, headerLineNumber, out var warnings);

        var tokenizer = new SurveyCsvTokenizer(reader, separator, headerLineNumber + 1);
        var responses = new List<SurveyResponse>();
        var problems = new List<DataProblem>();
        var respondents = new Dictionary<string, (decimal Weight, OrganisationNumber? Org, long Line)>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string, string)>();
        long rejected = 0;
        while (tokenizer.Next() is { } record)
        {
            var rowProblems = new List<DataProblem>();
            if (invalidUtf8IsError && IndexOfInvalidText(record.Fields) is var bad and >= 0)
            {
                var column = bad < header.Fields.Count ? header.Fields[bad].Trim() : null;
                problems.Add(new DataProblem(source, record.Line, column, null, InvalidUtf8Message));
                rejected++;
                continue;
            }

            var response = ReadRow(record, header.Fields.Count, columns, separator, source, rowProblems);
            if (response is not null)
            {
                CheckRespondent(response, record.Line, source, respondents, seen, rowProblems);
            }

            if (rowProblems.Count > 0 || response is null)
            {
                rejected++;
                problems.AddRange(rowProblems);
                continue;
            }

            respondents.TryAdd(response.Respondent, (response.Weight, response.OrganisationNumber, record.Line));
            seen.Add((response.Respondent, response.Question, response.Answer));
            responses.Add(response);
        }

        if (mode == ReadMode.Strict && problems.Count > 0)
        {
            throw new DataException(problems);
        }

        return new SurveyReadResult(responses, new ReadDiagnostics(responses.Count, rejected, warnings), problems, separator);
    }

    private static int IndexOfInvalidText(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (fields[i].Contains(ReplacementCharacter, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private sealed record Columns(int Respondent, int Question, int Answer, int Weight, int OrgNumber);

    private static Columns ReadHeader(SurveyCsvRecord header, string source, long line, out List<DataProblem> warnings)
    {
        warnings = [];
        var problems = new List<DataProblem>();
        if (header.Error is not null)
        {
            problems.Add(new DataProblem(source, line, null, null, "the header row is malformed: " + header.Error));
        }

        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string[] known = ["respondent", "question", "answer", "weight", "org_number"];
        for (var i = 0; i < header.Fields.Count; i++)
        {
            var name = header.Fields[i].Trim();
            if (!index.TryAdd(name, i))
            {
                problems.Add(new DataProblem(source, line, name, null, "the column appears twice in the header; keep one"));
            }
            else if (!known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                warnings.Add(new DataProblem(source, line, name, null,
                    "unknown column, ignored (survey columns: respondent, question, answer, weight, org_number)"));
            }
        }

        foreach (var required in known.AsSpan(0, 3))
        {
            if (!index.ContainsKey(required))
            {
                problems.Add(new DataProblem(source, line, required, null,
                    $"the required column '{required}' is missing from the header; a survey file needs respondent, question and answer"));
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        return new Columns(index["respondent"], index["question"], index["answer"],
            index.GetValueOrDefault("weight", -1), index.GetValueOrDefault("org_number", -1));
    }

    private static SurveyResponse? ReadRow(
        SurveyCsvRecord record, int width, Columns columns, char separator, string source, List<DataProblem> problems)
    {
        if (record.Error is not null)
        {
            problems.Add(new DataProblem(source, record.Line, null, null, record.Error));
            return null;
        }

        if (record.Fields.Count != width)
        {
            problems.Add(new DataProblem(source, record.Line, null, null,
                $"the row has {record.Fields.Count} fields but the header has {width}; check the separator ('{separator}') and quote fields that contain it"));
            return null;
        }

        var respondent = Required(record, columns.Respondent, "respondent", source, problems);
        var question = Required(record, columns.Question, "question", source, problems);
        var answer = Required(record, columns.Answer, "answer", source, problems);
        var weight = columns.Weight < 0 ? 1m : ParseWeight(record, columns.Weight, separator, source, problems);
        OrganisationNumber? org = null;
        if (columns.OrgNumber >= 0)
        {
            var text = record.Fields[columns.OrgNumber].Trim();
            if (!IsMissing(text))
            {
                var parsed = OrganisationNumber.Parse(text);
                if (parsed.TryGetValue(out var number))
                {
                    org = number;
                }
                else
                {
                    problems.Add(new DataProblem(source, record.Line, "org_number", text, parsed.Error! + "; correct it or leave the field empty"));
                }
            }
        }

        return problems.Count > 0 ? null : new SurveyResponse(respondent!, question!, answer!, weight ?? 1m, org);
    }

    private static void CheckRespondent(
        SurveyResponse response,
        long line,
        string source,
        Dictionary<string, (decimal Weight, OrganisationNumber? Org, long Line)> respondents,
        HashSet<(string, string, string)> seen,
        List<DataProblem> problems)
    {
        if (respondents.TryGetValue(response.Respondent, out var first))
        {
            if (first.Weight != response.Weight)
            {
                problems.Add(new DataProblem(source, line, "weight", response.Weight.ToString(CultureInfo.InvariantCulture),
                    $"respondent '{response.Respondent}' has weight {first.Weight.ToString(CultureInfo.InvariantCulture)} on line " +
                    $"{first.Line.ToString(CultureInfo.InvariantCulture)}; a respondent's weight must be the same on all its rows"));
            }

            if (first.Org != response.OrganisationNumber)
            {
                problems.Add(new DataProblem(source, line, "org_number", response.OrganisationNumber?.ToString("D", CultureInfo.InvariantCulture),
                    $"respondent '{response.Respondent}' has another organisation number on line {first.Line.ToString(CultureInfo.InvariantCulture)}; " +
                    "a respondent is one firm"));
            }
        }

        if (seen.Contains((response.Respondent, response.Question, response.Answer)))
        {
            problems.Add(new DataProblem(source, line, "answer", response.Answer,
                $"respondent '{response.Respondent}' gives this answer to '{response.Question}' twice; remove the duplicate row"));
        }
    }

    private static string? Required(SurveyCsvRecord record, int column, string name, string source, List<DataProblem> problems)
    {
        var text = record.Fields[column].Trim();
        if (text.Length == 0)
        {
            problems.Add(new DataProblem(source, record.Line, name, null, $"the {name} is empty; every row needs a respondent, a question and an answer"));
            return null;
        }

        return text;
    }

    private static decimal? ParseWeight(SurveyCsvRecord record, int column, char separator, string source, List<DataProblem> problems)
    {
        var text = record.Fields[column].Trim();
        if (IsMissing(text))
        {
            problems.Add(new DataProblem(source, record.Line, "weight", text,
                "the weight is missing; give every row its respondent's weight, or leave out the weight column for equal weights"));
            return null;
        }

        var comma = separator == ';';
        var format = comma ? s_commaDecimals : NumberFormatInfo.InvariantInfo;
        var wrongSeparator = comma ? '.' : ',';
        if (text.Contains(wrongSeparator, StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal) ||
            !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, format, out var weight))
        {
            problems.Add(new DataProblem(source, record.Line, "weight", text, comma
                ? "the weight is not a number: in a semicolon-separated file write decimals with ',' (1,25) and no thousands separators"
                : "the weight is not a number: in a comma-separated file write decimals with '.' (1.25) and no thousands separators"));
            return null;
        }

        if (weight <= 0m)
        {
            problems.Add(new DataProblem(source, record.Line, "weight", text, "the weight must be positive; remove the respondent or give a positive weight"));
            return null;
        }

        return weight;
    }

    private static bool IsMissing(string text) => text.Length == 0 || text is "NA" or ".";
}
