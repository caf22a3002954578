using System.Globalization;
using System.Text.Unicode;
using HelseIndicators.Data.Csv;
using HelseIndicators.Model;
using HelseIndicators.Surveys;

namespace HelseIndicators.Data.Surveys;

/// <summary>
/// Turns the records of a survey CSV file into responses with the row rules of <see cref="SurveyCsvReader"/>, and
/// keeps the read's accounting: rows read = rows used + rows rejected.
/// </summary>
/// <remarks>
/// Lines of spaces before the header are skipped, as is a row that is only <c>""</c>. A respondent's first accepted row
/// fixes its weight and organisation number. Not thread safe (one per read).
/// </remarks>
internal sealed class SurveyRowHandler : ICsvRowHandler<SurveyResponse>
{
    /// <summary>The message of a header or row that is not valid UTF-8.</summary>
    internal const string InvalidUtf8Message = "the text is not valid UTF-8; save the file as UTF-8";

    private static readonly NumberFormatInfo s_commaDecimals = new() { NumberDecimalSeparator = ",", NegativeSign = "-" };

    private readonly string _source;
    private readonly ReadMode _mode;
    private readonly CsvProblemLog _problems;
    private readonly List<DataProblem> _rowProblems = [];
    private readonly List<DataProblem> _warnings = [];
    private readonly Dictionary<string, (decimal Weight, OrganisationNumber? Org, long Line)> _respondents = new(StringComparer.Ordinal);
    private readonly HashSet<(string Respondent, string Question, string Answer)> _seen = [];
    private readonly Utf8TextPool _text = new();
    private SurveyColumns? _columns;
    private char _separator = ',';
    private long _used;
    private long _rejected;

    /// <summary>Creates a handler for one read.</summary>
    /// <param name="source">The input's name, for problems.</param>
    /// <param name="mode">Strict (any row problem fails the read) or lenient (bad rows are rejected and counted).</param>
    public SurveyRowHandler(string source, ReadMode mode)
    {
        _source = source;
        _mode = mode;
        _problems = new CsvProblemLog(int.MaxValue, source);
    }

    /// <summary>Gets the accounting so far, with a warning per unknown column.</summary>
    public ReadDiagnostics Diagnostics => new(_used, _rejected, _warnings.ToArray());

    /// <summary>Gets every problem of the rejected rows, in file order.</summary>
    public IReadOnlyList<DataProblem> Rejections => _problems.ToList();

    /// <summary>Gets the field separator of the file: ',' (with '.' decimals) or ';' (with ',' decimals).</summary>
    public char Separator => _separator;

    /// <inheritdoc/>
    public void Header(Utf8CsvTokenizer tokenizer)
    {
        _separator = tokenizer.Dialect == CsvDialect.Semicolon ? ';' : ',';
        if (!IsBlank(tokenizer))
        {
            _columns = SurveyColumns.Read(tokenizer, _source, _warnings);
        }
    }

    /// <inheritdoc/>
    public bool TryRow(Utf8CsvTokenizer tokenizer, out SurveyResponse row)
    {
        row = null!;
        if (_columns is not { } columns)
        {
            Header(tokenizer); // the lines before were blank
            return false;
        }

        if (tokenizer.RecordError is null && tokenizer.FieldCount == 1 && tokenizer.Field(0).IsEmpty)
        {
            return false; // "" alone on a line: blank, not a row
        }

        var line = tokenizer.RecordLine;
        for (var i = 0; i < tokenizer.FieldCount; i++)
        {
            if (!Utf8.IsValid(tokenizer.Field(i)))
            {
                return Reject([new DataProblem(_source, line, columns.NameOf(i), null, InvalidUtf8Message)]);
            }
        }

        _rowProblems.Clear();
        var response = ReadRow(tokenizer, columns, line);
        if (response is not null)
        {
            CheckRespondent(response, line);
        }

        if (response is null || _rowProblems.Count > 0)
        {
            return Reject(_rowProblems);
        }

        _respondents.TryAdd(response.Respondent, (response.Weight, response.OrganisationNumber, line));
        _seen.Add((response.Respondent, response.Question, response.Answer));
        _used++;
        row = response;
        return true;
    }

    /// <inheritdoc/>
    public void Complete(Utf8CsvTokenizer tokenizer, bool sawHeader)
    {
        if (_columns is null)
        {
            throw new DataException(new DataProblem(_source, 0, null, null,
                "the file is empty; a survey file needs a header row: respondent,question,answer[,weight][,org_number]"));
        }

        if (_mode == ReadMode.Strict && _problems.Count > 0)
        {
            throw _problems.ToException();
        }
    }

    // A line of spaces (a byte order mark counts as one): skipped before the header.
    private static bool IsBlank(Utf8CsvTokenizer tokenizer) =>
        tokenizer.FieldCount == 1 && !tokenizer.IsQuoted(0) && tokenizer.RecordError is null &&
        string.IsNullOrWhiteSpace(CsvNumber.Text(tokenizer.Field(0)).TrimStart('\uFEFF'));

    private bool Reject(List<DataProblem> problems)
    {
        foreach (var problem in problems)
        {
            _problems.Add(problem);
        }

        _rejected++;
        return false;
    }

    private SurveyResponse? ReadRow(Utf8CsvTokenizer tokenizer, SurveyColumns columns, long line)
    {
        if (tokenizer.RecordError is { } error)
        {
            _rowProblems.Add(new DataProblem(_source, line, columns.NameOf(tokenizer.RecordErrorField), null, error));
            return null;
        }

        if (tokenizer.FieldCount != columns.FieldCount)
        {
            _rowProblems.Add(new DataProblem(_source, line, null, null,
                $"the row has {tokenizer.FieldCount} fields but the header has {columns.FieldCount}; check the separator ('{_separator}') and quote fields that contain it"));
            return null;
        }

        var respondent = Required(tokenizer, columns.Respondent, "respondent", line);
        var question = Required(tokenizer, columns.Question, "question", line);
        var answer = Required(tokenizer, columns.Answer, "answer", line);
        var weight = columns.Weight < 0 ? 1m : ParseWeight(Text(tokenizer, columns.Weight), line);
        OrganisationNumber? org = null;
        if (columns.OrgNumber >= 0)
        {
            var text = Text(tokenizer, columns.OrgNumber);
            if (!IsMissing(text))
            {
                var parsed = OrganisationNumber.Parse(text);
                if (parsed.TryGetValue(out var number))
                {
                    org = number;
                }
                else
                {
                    _rowProblems.Add(new DataProblem(_source, line, "org_number", text, parsed.Error! + "; correct it or leave the field empty"));
                }
            }
        }

        return _rowProblems.Count > 0 ? null : new SurveyResponse(respondent!, question!, answer!, weight ?? 1m, org);
    }

    private void CheckRespondent(SurveyResponse response, long line)
    {
        if (_respondents.TryGetValue(response.Respondent, out var first))
        {
            if (first.Weight != response.Weight)
            {
                _rowProblems.Add(new DataProblem(_source, line, "weight", response.Weight.ToString(CultureInfo.InvariantCulture),
                    $"respondent '{response.Respondent}' has weight {first.Weight.ToString(CultureInfo.InvariantCulture)} on line " +
                    $"{first.Line.ToString(CultureInfo.InvariantCulture)}; a respondent's weight must be the same on all its rows"));
            }

            if (first.Org != response.OrganisationNumber)
            {
                _rowProblems.Add(new DataProblem(_source, line, "org_number", response.OrganisationNumber?.ToString("D", CultureInfo.InvariantCulture),
                    $"respondent '{response.Respondent}' has another organisation number on line {first.Line.ToString(CultureInfo.InvariantCulture)}; " +
                    "a respondent is one firm"));
            }
        }

        if (_seen.Contains((response.Respondent, response.Question, response.Answer)))
        {
            _rowProblems.Add(new DataProblem(_source, line, "answer", response.Answer,
                $"respondent '{response.Respondent}' gives this answer to '{response.Question}' twice; remove the duplicate row"));
        }
    }

    // A field as trimmed text; the record's UTF-8 was checked, and repeated values (questions, answers) decode once.
    private string Text(Utf8CsvTokenizer tokenizer, int field) => _text.Get(tokenizer.Field(field))!.Trim();

    private string? Required(Utf8CsvTokenizer tokenizer, int field, string name, long line)
    {
        var text = Text(tokenizer, field);
        if (text.Length == 0)
        {
            _rowProblems.Add(new DataProblem(_source, line, name, null, $"the {name} is empty; every row needs a respondent, a question and an answer"));
            return null;
        }

        return text;
    }

    private decimal? ParseWeight(string text, long line)
    {
        if (IsMissing(text))
        {
            _rowProblems.Add(new DataProblem(_source, line, "weight", text,
                "the weight is missing; give every row its respondent's weight, or leave out the weight column for equal weights"));
            return null;
        }

        var comma = _separator == ';';
        var format = comma ? s_commaDecimals : NumberFormatInfo.InvariantInfo;
        var wrongSeparator = comma ? '.' : ',';
        if (text.Contains(wrongSeparator, StringComparison.Ordinal) || text.Contains(' ', StringComparison.Ordinal) ||
            !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, format, out var weight))
        {
            _rowProblems.Add(new DataProblem(_source, line, "weight", text, comma
                ? "the weight is not a number: in a semicolon-separated file write decimals with ',' (1,25) and no thousands separators"
                : "the weight is not a number: in a comma-separated file write decimals with '.' (1.25) and no thousands separators"));
            return null;
        }

        if (weight <= 0m)
        {
            _rowProblems.Add(new DataProblem(_source, line, "weight", text, "the weight must be positive; remove the respondent or give a positive weight"));
            return null;
        }

        return weight;
    }

    private static bool IsMissing(string text) => text.Length == 0 || text is "NA" or ".";
}
