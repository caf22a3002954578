using System.Text.Unicode;
using HelseIndicators.Data.Csv;

namespace HelseIndicators.Data.Surveys;

/// <summary>
/// Where the survey columns (INDICATORS.md §6) are in a row, read from the header: <c>respondent</c>, <c>question</c>
/// and <c>answer</c> required, <c>weight</c> and <c>org_number</c> optional, in any order, names matched ignoring case
/// and surrounding spaces; an unknown column is ignored with a warning.
/// </summary>
/// <remarks>
/// Stricter than <see cref="CsvColumnMap"/> on purpose, and with the survey's own messages: any name twice (an unknown
/// one too) and invalid UTF-8 in the header fail the read. Immutable.
/// </remarks>
internal sealed class SurveyColumns
{
    /// <summary>The known column names; the first <see cref="RequiredCount"/> are required.</summary>
    private static readonly string[] s_known = ["respondent", "question", "answer", "weight", "org_number"];

    private const int RequiredCount = 3;

    private readonly string[] _names;

    private SurveyColumns(string[] names, Dictionary<string, int> index)
    {
        _names = names;
        Respondent = index["respondent"];
        Question = index["question"];
        Answer = index["answer"];
        Weight = index.GetValueOrDefault("weight", -1);
        OrgNumber = index.GetValueOrDefault("org_number", -1);
    }

    /// <summary>Gets the number of fields of the header, which every row must have.</summary>
    public int FieldCount => _names.Length;

    /// <summary>Gets the field index of <c>respondent</c>.</summary>
    public int Respondent { get; }

    /// <summary>Gets the field index of <c>question</c>.</summary>
    public int Question { get; }

    /// <summary>Gets the field index of <c>answer</c>.</summary>
    public int Answer { get; }

    /// <summary>Gets the field index of <c>weight</c>, or -1 when the column is absent (equal weights).</summary>
    public int Weight { get; }

    /// <summary>Gets the field index of <c>org_number</c>, or -1 when the column is absent.</summary>
    public int OrgNumber { get; }

    /// <summary>Gets the header's name of a field, as written (trimmed), or null for a field beyond the header.</summary>
    /// <param name="field">The 0-based field index.</param>
    /// <returns>The name, or null.</returns>
    public string? NameOf(int field) => (uint)field < (uint)_names.Length ? _names[field] : null;

    /// <summary>Reads the header from the tokenizer's current record.</summary>
    /// <param name="tokenizer">The tokenizer, on the header record.</param>
    /// <param name="source">The input's name, for problems.</param>
    /// <param name="warnings">Receives a warning per unknown column.</param>
    /// <returns>The columns.</returns>
    /// <exception cref="DataException">
    /// The header is not valid UTF-8, is malformed, names a column twice, or lacks a required column.
    /// </exception>
    public static SurveyColumns Read(Utf8CsvTokenizer tokenizer, string source, List<DataProblem> warnings)
    {
        var line = tokenizer.RecordLine;
        for (var i = 0; i < tokenizer.FieldCount; i++)
        {
            if (!Utf8.IsValid(tokenizer.Field(i)))
            {
                throw new DataException(new DataProblem(source, line, null, null, SurveyRowHandler.InvalidUtf8Message));
            }
        }

        var problems = new List<DataProblem>();
        if (tokenizer.RecordError is { } error)
        {
            problems.Add(new DataProblem(source, line, null, null, "the header row is malformed: " + error));
        }

        var names = new string[tokenizer.FieldCount];
        var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            var name = CsvNumber.Text(tokenizer.Field(i));
            name = (i == 0 ? name.TrimStart('\uFEFF') : name).Trim(); // U+FEFF left after the BOM is no part of a name
            names[i] = name;
            if (!index.TryAdd(name, i))
            {
                problems.Add(new DataProblem(source, line, name, null, "the column appears twice in the header; keep one"));
            }
            else if (!s_known.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                warnings.Add(new DataProblem(source, line, name, null,
                    "unknown column, ignored (survey columns: respondent, question, answer, weight, org_number)"));
            }
        }

        foreach (var required in s_known.AsSpan(0, RequiredCount))
        {
            if (!index.ContainsKey(required))
            {
                problems.Add(new DataProblem(source, line, required, null,
                    $"the required column '{required}' is missing from the header; a survey file needs respondent, question and answer"));
            }
        }

        return problems.Count > 0 ? throw new DataException(problems) : new SurveyColumns(names, index);
    }
}
