using System.Text.Encodings.Web;
using System.Text.Json;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;

namespace HelseIndicators.Data.IndicatorTables;

/// <summary>
/// Writes an <see cref="IndicatorTable"/> as the JSON of INDICATORS.md §8 (<c>"schema": "helse-indicators/1"</c>):
/// the price basis, the disclosure control used (stated even when it is off), the rows, and the diagnostics.
/// </summary>
/// <remarks>
/// Numbers are JSON numbers at full decimal precision (trailing zeros dropped); NOK levels are exact. A row has
/// <c>base_year</c> only when it is a CAGR row, and <c>reason</c> only when there is one. Output is UTF-8 without BOM,
/// indented. Thread safety: stateless, safe to call from several threads on different streams.
/// </remarks>
public static class IndicatorTableJsonWriter
{
    /// <summary>The schema id written in every document.</summary>
    public const string Schema = "helse-indicators/1";

    /// <summary>Writes the table to a stream (left open).</summary>
    /// <param name="stream">The destination.</param>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(Stream stream, IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("schema", Schema);
        json.WriteString("prices", table.Prices.ToString());
        json.WriteStartObject("disclosure_control");
        json.WriteBoolean("enabled", table.Disclosure.Enabled);
        json.WriteNumber("min_firms", table.Disclosure.MinFirms);
        json.WriteNumber("dominance_n", table.Disclosure.DominanceN);
        json.WriteNumber("dominance_k", Normalize(table.Disclosure.DominanceK));
        json.WriteString("suppression", table.Disclosure.Suppression);
        if (table.Disclosure.Enabled && table.Disclosure.SecondarySuppression)
        {
            json.WriteNumber("protection_level", Normalize(table.Disclosure.ProtectionLevel));
        }

        json.WriteEndObject();
        json.WriteStartArray("rows");
        foreach (var row in table)
        {
            WriteRow(json, row);
        }

        json.WriteEndArray();
        var d = table.Diagnostics;
        json.WriteStartObject("diagnostics");
        json.WriteNumber("rows_read", d.RowsRead);
        json.WriteNumber("rows_used", d.RowsUsed);
        json.WriteNumber("rows_rejected", d.RowsRejected);
        json.WriteNumber("unclassified_firm_years", d.UnclassifiedFirmYears);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>Writes the table to a string.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The JSON document.</returns>
    public static string ToJson(IndicatorTable table)
    {
        using var buffer = new MemoryStream();
        Write(buffer, table);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteRow(Utf8JsonWriter json, IndicatorRow row)
    {
        json.WriteStartObject();
        json.WriteString("indicator", row.Indicator.Value);
        json.WriteNumber("year", row.Year);
        if (row.BaseYear is { } baseYear)
        {
            json.WriteNumber("base_year", baseYear);
        }

        json.WriteStartObject("group");
        foreach (var (dimension, value) in row.Group.Pairs)
        {
            json.WriteString(GroupDimensions.Id(dimension), value);
        }

        json.WriteEndObject();
        if (row.Value is { } v)
        {
            json.WriteNumber("value", Normalize(v));
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("unit", IndicatorUnits.Id(row.Unit));
        json.WriteNumber("firms", row.Firms);
        json.WriteString("status", IndicatorStatuses.Id(row.Status));
        if (row.Reason is not null)
        {
            json.WriteString("reason", row.Reason);
        }

        json.WriteEndObject();
    }

    /// <summary>Drops trailing zeros of the scale (52000000000.00 → 52000000000) without changing the value.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;
}
