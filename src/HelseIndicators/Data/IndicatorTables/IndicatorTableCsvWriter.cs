using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;

namespace HelseIndicators.Data.IndicatorTables;

/// <summary>
/// Writes an <see cref="IndicatorTable"/> as CSV with the columns of the JSON rows (INDICATORS.md §8), the group keys
/// spread into one column per dimension: <c>indicator,year,base_year,&lt;dimensions…&gt;,value,unit,firms,status,reason,prices,disclosure_control</c>.
/// </summary>
/// <remarks>
/// Comma-separated, <c>.</c> decimals, invariant culture, RFC 4180 quoting where needed (and around leading or trailing blanks), <c>\n</c> line ends, UTF-8
/// without BOM. A null value or an empty group key is an empty field. The last two columns repeat the price basis
/// and whether disclosure control was on ("on"/"off"), so that a CSV that travels alone still says so.
/// Thread safety: stateless.
/// </remarks>
public static class IndicatorTableCsvWriter
{
    /// <summary>Writes the table to a text writer.</summary>
    /// <param name="writer">The destination.</param>
    /// <param name="table">The table.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(TextWriter writer, IndicatorTable table)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(table);
        var dimensions = table.Dimensions;
        var header = new List<string> { "indicator", "year", "base_year" };
        header.AddRange(dimensions.Select(GroupDimensions.Id));
        header.AddRange(["value", "unit", "firms", "status", "reason", "prices", "disclosure_control"]);
        WriteLine(writer, header);
        var prices = table.Prices.ToString();
        var control = table.Disclosure.Enabled ? "on" : "off";
        var fields = new List<string>(header.Count);
        foreach (var row in table)
        {
            fields.Clear();
            fields.Add(row.Indicator.Value);
            fields.Add(row.Year.ToString(CultureInfo.InvariantCulture));
            fields.Add(row.BaseYear?.ToString(CultureInfo.InvariantCulture) ?? "");
            foreach (var dimension in dimensions)
            {
                fields.Add(row.Group.ValueOf(dimension) ?? "");
            }

            fields.Add(row.Value is { } v ? IndicatorTableJsonWriter.Normalize(v).ToString(CultureInfo.InvariantCulture) : "");
            fields.Add(IndicatorUnits.Id(row.Unit));
            fields.Add(row.Firms.ToString(CultureInfo.InvariantCulture));
            fields.Add(IndicatorStatuses.Id(row.Status));
            fields.Add(row.Reason ?? "");
            fields.Add(prices);
            fields.Add(control);
            WriteLine(writer, fields);
        }
    }

    /// <summary>Writes the table to a string.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The CSV text.</returns>
    public static string ToCsv(IndicatorTable table)
    {
        var builder = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        Write(builder, table);
        return builder.ToString();
    }

    private static void WriteLine(TextWriter writer, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(CsvQuoting.Quote(fields[i]));
        }

        writer.Write('\n');
    }
}
