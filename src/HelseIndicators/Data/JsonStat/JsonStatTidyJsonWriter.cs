using System.Text.Encodings.Web;
using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>
/// Writes a dataset as tidy JSON (INDICATORS.md §7):
/// <c>{"schema": "helse-jsonstat/1", "label", "dimensions": [ids], "rows": [{"&lt;dim&gt;": code, "&lt;dim&gt;_label": label, …,
/// "value": number|null, "status": string|null}]}</c>, one row per cell in row-major order, missing values as null.
/// </summary>
/// <remarks>
/// A number is written exactly as read where it fits <see cref="decimal"/>, else as the shortest round-trip double. A
/// string value (JSON-stat allows them; see order.json) is written as a JSON string. Non-ASCII letters are written as
/// they are (UTF-8), not escaped. Thread safety: stateless, safe to call concurrently on different streams.
/// </remarks>
public static class JsonStatTidyJsonWriter
{
    /// <summary>The value of the <c>schema</c> property.</summary>
    public const string Schema = "helse-jsonstat/1";

    /// <summary>Writes the tidy JSON as UTF-8.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="utf8Json">Where to write; flushed, not closed.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(JsonStatDataset dataset, Stream utf8Json, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions
        {
            Indented = indented,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        });
        Write(dataset, writer);
    }

    /// <summary>Writes the tidy JSON to a string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="indented">Whether to indent.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string WriteToString(JsonStatDataset dataset, bool indented = true)
    {
        using var stream = new MemoryStream();
        Write(dataset, stream, indented);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the tidy JSON object to a JSON writer.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">The writer; flushed at the end.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(JsonStatDataset dataset, Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        var ids = dataset.Dimensions.Select(d => d.Id).ToArray();
        var labelKeys = ids.Select(id => id + "_label").ToArray();
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("label", dataset.Label);
        writer.WriteStartArray("dimensions");
        foreach (var id in ids)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        writer.WriteStartArray("rows");
        foreach (var row in dataset.ToTidyRows())
        {
            writer.WriteStartObject();
            for (var i = 0; i < ids.Length; i++)
            {
                writer.WriteString(ids[i], row.Categories[i].Id);
                writer.WriteString(labelKeys[i], row.Categories[i].Label);
            }

            writer.WritePropertyName("value");
            var cell = row.Cell;
            if (cell.ExactValue is { } exact)
            {
                writer.WriteNumberValue(exact);
            }
            else if (cell.Value is { } value)
            {
                writer.WriteNumberValue(value);
            }
            else if (cell.Text is { } text)
            {
                writer.WriteStringValue(text);
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteString("status", cell.Status);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }
}
