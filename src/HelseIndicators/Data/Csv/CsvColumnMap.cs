namespace HelseIndicators.Data.Csv;

/// <summary>
/// The header row of a CSV file mapped to known columns: order free, names matched without regard to case or
/// surrounding spaces, unknown columns ignored with a warning, required columns checked.
/// </summary>
internal sealed class CsvColumnMap
{
    private CsvColumnMap(int[] columnOfField)
    {
        ColumnOfField = columnOfField;
    }

    /// <summary>Gets, for each field of a row, the index of its known column, or -1 for an ignored one.</summary>
    public int[] ColumnOfField { get; }

    /// <summary>Gets the number of fields of the header.</summary>
    public int FieldCount => ColumnOfField.Length;

    /// <summary>Reads the header from the tokenizer's current record.</summary>
    /// <param name="tokenizer">The tokenizer, on the header record.</param>
    /// <param name="source">The input's name.</param>
    /// <param name="known">The known column names.</param>
    /// <param name="required">How many of the first known columns are required.</param>
    /// <param name="warnings">Receives a warning per unknown column.</param>
    /// <returns>The map.</returns>
    /// <exception cref="DataException">A required column is missing, a column is repeated, or the header is malformed.</exception>
    public static CsvColumnMap Read(Utf8CsvTokenizer tokenizer, string source, IReadOnlyList<string> known, int required, List<DataProblem> warnings)
    {
        var line = tokenizer.RecordLine;
        var names = new string[tokenizer.FieldCount];
        var map = new int[tokenizer.FieldCount];
        var problems = new List<DataProblem>();
        if (tokenizer.RecordError is { } error)
        {
            problems.Add(new DataProblem(source, line, null, null, "the header row is malformed: " + error));
        }

        var seen = new Dictionary<int, int>();
        for (var i = 0; i < names.Length; i++)
        {
            var name = CsvNumber.Text(CsvNumber.Trim(tokenizer.Field(i)));
            names[i] = name;
            map[i] = -1;
            for (var k = 0; k < known.Count; k++)
            {
                if (string.Equals(known[k], name, StringComparison.OrdinalIgnoreCase))
                {
                    map[i] = k;
                    break;
                }
            }

            if (map[i] < 0)
            {
                warnings.Add(new DataProblem(source, line, name, null,
                    $"unknown column ignored; the known columns are {string.Join(", ", known)}"));
            }
            else if (!seen.TryAdd(map[i], i))
            {
                problems.Add(new DataProblem(source, line, name, null,
                    $"the column {known[map[i]]} appears twice in the header (fields {seen[map[i]] + 1} and {i + 1}); keep one"));
            }
        }

        var dialect = tokenizer.Dialect == CsvDialect.Semicolon ? "semicolons" : "commas";
        for (var k = 0; k < required; k++)
        {
            if (!seen.ContainsKey(k))
            {
                problems.Add(new DataProblem(source, line, known[k], null,
                    $"the required column {known[k]} is missing; the header (read as separated by {dialect}) has: {string.Join(", ", names.Select(n => n.Length == 0 ? "(empty)" : n))}"));
            }
        }

        return problems.Count > 0 ? throw new DataException(problems) : new CsvColumnMap(map);
    }
}
