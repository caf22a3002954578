using System.Globalization;
using System.Text;

namespace HelseIndicators.Data.JsonStat;

/// <summary>
/// Writes a dataset as tidy CSV (INDICATORS.md §7): a header <c>&lt;dim&gt;,&lt;dim&gt;_label,…,value,status</c>, then one
/// row per cell in row-major order, missing values included as empty fields.
/// </summary>
/// <remarks>
/// Invariant culture; a number is written exactly as read where it fits <see cref="decimal"/> (so "100.0" stays
/// "100.0"), else in the shortest round-trip form of the double. A string value is written as it is. Fields are quoted as
/// RFC 4180 says (when they hold a comma, a quote, CR or LF; quotes doubled), and when they start or end with a blank.
/// Lines end with "\n".
/// Thread safety: stateless, safe to call concurrently on different writers.
/// </remarks>
public static class JsonStatTidyCsvWriter
{
    /// <summary>Writes the tidy CSV.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(JsonStatDataset dataset, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder();
        foreach (var d in dataset.Dimensions)
        {
            Field(line, d.Id);
            Field(line, d.Id + "_label");
        }

        line.Append("value,status");
        writer.Write(line.Append('\n'));
        foreach (var row in dataset.ToTidyRows())
        {
            line.Clear();
            foreach (var c in row.Categories)
            {
                Field(line, c.Id);
                Field(line, c.Label);
            }

            Field(line, FormatValue(row.Cell));
            line.Append(CsvQuoting.Quote(row.Cell.Status ?? ""));
            writer.Write(line.Append('\n'));
        }
    }

    /// <summary>Writes the tidy CSV to a string.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static string WriteToString(JsonStatDataset dataset)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(dataset, writer);
        return writer.ToString();
    }

    /// <summary>Formats a cell's value as the tidy outputs write it: exact decimal text, else round-trip double, else
    /// the string value, else empty.</summary>
    /// <param name="cell">The cell.</param>
    /// <returns>The text; empty when missing.</returns>
    internal static string FormatValue(JsonStatCell cell) =>
        cell.ExactValue is { } exact ? exact.ToString(CultureInfo.InvariantCulture)
        : cell.Value is { } value ? value.ToString("R", CultureInfo.InvariantCulture)
        : cell.Text ?? "";

    private static void Field(StringBuilder line, string text) => line.Append(CsvQuoting.Quote(text)).Append(',');
}
