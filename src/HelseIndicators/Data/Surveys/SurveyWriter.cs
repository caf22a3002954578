using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using HelseIndicators.Surveys;

namespace HelseIndicators.Data.Surveys;

/// <summary>
/// Writes survey proportions in the shapes of INDICATORS.md §6: JSON
/// <c>{"schema": "helse-survey/1", "rows": [{"question", "answer", "proportion", "lower", "upper", "respondents", "effective_n"}]}</c>
/// and CSV with the same columns.
/// </summary>
/// <remarks>
/// Numbers are written in the invariant culture at full precision (the shortest text that reads back as the same
/// <see cref="double"/>); nothing is rounded. CSV is comma-separated with RFC 4180 quoting (and quotes around leading
/// or trailing blanks), LF line ends, UTF-8 without a BOM. Thread safety: stateless, safe to call from any thread.
/// </remarks>
public static class SurveyWriter
{
    /// <summary>The schema id written into the JSON output.</summary>
    public const string JsonSchema = "helse-survey/1";

    /// <summary>The CSV columns, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["question", "answer", "proportion", "lower", "upper", "respondents", "effective_n"];

    /// <summary>Writes the result as JSON.</summary>
    /// <param name="result">The proportions.</param>
    /// <param name="stream">The destination, left open.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteJson(SurveyResult result, Stream stream, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(stream);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = indented,
            // Keep Norwegian letters readable (ø, not \u00F8); the output is a data file, not HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        json.WriteStartObject();
        json.WriteString("schema", JsonSchema);
        json.WriteStartArray("rows");
        foreach (var row in result.Rows)
        {
            json.WriteStartObject();
            json.WriteString("question", row.Question);
            json.WriteString("answer", row.Answer);
            json.WriteNumber("proportion", row.Proportion);
            json.WriteNumber("lower", row.Lower);
            json.WriteNumber("upper", row.Upper);
            json.WriteNumber("respondents", row.Respondents);
            json.WriteNumber("effective_n", row.EffectiveN);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Writes the result as a JSON string.</summary>
    /// <param name="result">The proportions.</param>
    /// <param name="indented">Whether to indent the JSON.</param>
    /// <returns>The JSON document.</returns>
    public static string ToJson(SurveyResult result, bool indented = true)
    {
        using var stream = new MemoryStream();
        WriteJson(result, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the result as CSV, a header row and one row per (question, answer).</summary>
    /// <param name="result">The proportions.</param>
    /// <param name="writer">The destination, left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void WriteCsv(SurveyResult result, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(string.Join(',', Columns));
        writer.Write('\n');
        foreach (var row in result.Rows)
        {
            writer.Write(CsvQuoting.Quote(row.Question));
            writer.Write(',');
            writer.Write(CsvQuoting.Quote(row.Answer));
            foreach (var number in (ReadOnlySpan<double>)[row.Proportion, row.Lower, row.Upper])
            {
                writer.Write(',');
                writer.Write(number.ToString("R", CultureInfo.InvariantCulture));
            }

            writer.Write(',');
            writer.Write(row.Respondents.ToString(CultureInfo.InvariantCulture));
            writer.Write(',');
            writer.Write(row.EffectiveN.ToString("R", CultureInfo.InvariantCulture));
            writer.Write('\n');
        }
    }

    /// <summary>Writes the result as a CSV string.</summary>
    /// <param name="result">The proportions.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(SurveyResult result)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(result, writer);
        return writer.ToString();
    }
}
