// The DuckDB peer of the side-by-side comparison (benchmarks/compare/README.md).
//
// Reads a firm-year panel CSV (INDICATORS.md §3) with DuckDB's read_csv, classifies every row the way the library
// does (segment on the row, else the default taxonomy's NACE codes, longest prefix winning) and computes, by segment
// and year, exactly per INDICATORS.md §4:
//   revenue       Σ revenue over the rows where it is present (exact: DECIMAL(38,2), printed in full)
//   export_share  Σ exports / Σ revenue over the rows with both present
//   rd_intensity  Σ rd_expenditure / Σ value_added over the rows with both present
//   productivity  Σ value_added / Σ employees over the rows with both present
// where value_added = operating_profit + depreciation + wage_costs over the rows with operating_profit and
// wage_costs present, a missing depreciation counting as 0. Writes "indicator,year,segment,value"; a value that
// cannot be computed (no contributing row, a zero denominator) is written empty.
//
// Usage: DuckDbIndicators --input PANEL.csv --output OUT.csv [--amounts decimal|double] [--threads N]
using System.Diagnostics;
using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace DuckDbIndicators;

internal static class Program
{
    // The default taxonomy's first-guess NACE codes (INDICATORS.md §1), as digits without dots. The CASE expression
    // built from them tests the longest codes first, so the longest matching prefix wins, as in the library.
    private static readonly (string Digits, string Segment)[] s_naceMapping =
    [
        ("21", "pharma"), ("7211", "pharma"),
        ("2660", "medtech"), ("3250", "medtech"),
        ("4646", "wholesale"),
        ("4773", "retail"), ("4774", "retail"),
        ("86", "health_services"),
        ("87", "care_services"), ("8810", "care_services"),
    ];

    private static readonly string[] s_amountColumns =
        ["revenue", "operating_profit", "depreciation", "wage_costs", "employees", "exports", "rd_expenditure"];

    public static int Main(string[] args)
    {
        string? input = null, output = null, amounts = "decimal";
        int? threads = null;
        var verbose = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--input" when i + 1 < args.Length: input = args[++i]; break;
                case "--output" when i + 1 < args.Length: output = args[++i]; break;
                case "--amounts" when i + 1 < args.Length: amounts = args[++i]; break;
                case "--threads" when i + 1 < args.Length: threads = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--verbose": verbose = true; break;
                default:
                    Console.Error.WriteLine($"DuckDbIndicators: unknown argument '{args[i]}'");
                    return Usage();
            }
        }

        if (input is null || output is null || string.IsNullOrWhiteSpace(amounts))
        {
            return Usage();
        }

        if (!File.Exists(input))
        {
            Console.Error.WriteLine($"DuckDbIndicators: {input}: no such file");
            return 1;
        }

        var stopwatch = Stopwatch.StartNew();
        var (header, semicolon) = ReadHeader(input);
        foreach (var required in new[] { "org_number", "year" })
        {
            if (!header.Contains(required, StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"DuckDbIndicators: {input}:1: the header has no '{required}' column");
                return 1;
            }
        }

        var amountType = amounts switch
        {
            "decimal" => "DECIMAL(18,2)",
            "double" => "DOUBLE",
            _ => amounts, // any DuckDB numeric type, e.g. "DECIMAL(38,6)", for experiments
        };
        var sql = BuildQuery(Path.GetFullPath(input), header, semicolon, amountType);
        if (verbose)
        {
            Console.Error.WriteLine(sql);
        }

        var lines = new List<string> { "indicator,year,segment,value" };
        using (var connection = new DuckDBConnection("Data Source=:memory:"))
        {
            connection.Open();
            if (threads is { } t)
            {
                using var set = connection.CreateCommand();
                set.CommandText = $"SET threads = {t.ToString(CultureInfo.InvariantCulture)}";
                set.ExecuteNonQuery();
            }

            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<(string Segment, int Year, string? Revenue, double? ExportShare, double? RdIntensity, double? Productivity)>();
            while (reader.Read())
            {
                rows.Add((
                    reader.GetString(0),
                    reader.GetInt32(1),
                    reader.IsDBNull(2) ? null : reader.GetString(2),
                    reader.IsDBNull(3) ? null : reader.GetDouble(3),
                    reader.IsDBNull(4) ? null : reader.GetDouble(4),
                    reader.IsDBNull(5) ? null : reader.GetDouble(5)));
            }

            foreach (var r in rows)
            {
                lines.Add(Line("revenue", r.Year, r.Segment, r.Revenue is null ? "" : TrimDecimal(r.Revenue)));
            }

            foreach (var r in rows)
            {
                lines.Add(Line("export_share", r.Year, r.Segment, Format(r.ExportShare)));
            }

            foreach (var r in rows)
            {
                lines.Add(Line("rd_intensity", r.Year, r.Segment, Format(r.RdIntensity)));
            }

            foreach (var r in rows)
            {
                lines.Add(Line("productivity", r.Year, r.Segment, Format(r.Productivity)));
            }
        }

        File.WriteAllLines(output, lines, new UTF8Encoding(false));
        if (verbose)
        {
            Console.Error.WriteLine($"DuckDbIndicators: {lines.Count - 1} rows in {stopwatch.Elapsed.TotalSeconds:F3} s");
        }

        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: DuckDbIndicators --input PANEL.csv --output OUT.csv [--amounts decimal|double] [--threads N] [--verbose]");
        return 2;
    }

    /// <summary>Reads the header row (a UTF-8 BOM is accepted) and detects the dialect of INDICATORS.md §3.</summary>
    private static (string[] Columns, bool Semicolon) ReadHeader(string path)
    {
        using var stream = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var line = stream.ReadLine() ?? "";
        var semicolon = line.Contains(';', StringComparison.Ordinal) && !line.Contains(',', StringComparison.Ordinal);
        var columns = line.Split(semicolon ? ';' : ',')
            .Select(c => c.Trim().Trim('"').Trim())
            .ToArray();
        return (columns, semicolon);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>Builds the whole query: read, classify, aggregate by segment and year.</summary>
    internal static string BuildQuery(string path, string[] header, bool semicolon, string amountType)
    {
        // Explicit column types for every column of the file (no sniffing): identifiers and codes are text, the year
        // an integer, amounts exact decimals (or doubles, with --amounts double); unknown columns stay text.
        string TypeOf(string column) => column switch
        {
            "year" => "INTEGER",
            _ when s_amountColumns.Contains(column) => amountType,
            _ => "VARCHAR",
        };

        var columns = string.Join(", ", header.Select((c, i) =>
            Quote(c.Length == 0 ? $"column{i}" : c) + ": " + Quote(TypeOf(c))));

        string Column(string name, string type) =>
            header.Contains(name, StringComparer.Ordinal) ? Identifier(name) : $"CAST(NULL AS {type}) AS {Identifier(name)}";

        var select = string.Join(", ",
            new[] { Column("year", "INTEGER"), Column("nace", "VARCHAR"), Column("segment", "VARCHAR") }
                .Concat(s_amountColumns.Select(c => Column(c, amountType))));

        var cases = new StringBuilder();
        foreach (var (digits, segment) in s_naceMapping.OrderByDescending(m => m.Digits.Length))
        {
            cases.Append(CultureInfo.InvariantCulture, $" WHEN starts_with(nace_digits, {Quote(digits)}) THEN {Quote(segment)}");
        }

        var columnsStruct = "{" + columns + "}";
        var dialect = semicolon ? "delim = ';', decimal_separator = ','" : "delim = ','";
        return $"""
            WITH panel AS (
              SELECT {select}
              FROM read_csv({Quote(path)}, header = true, {dialect}, quote = '"', escape = '"',
                            auto_detect = false, nullstr = ['', 'NA', '.'], columns = {columnsStruct})
            ),
            prepared AS (
              SELECT year,
                     NULLIF(trim(segment), '') AS row_segment,
                     regexp_replace(nace, '[^0-9]', '', 'g') AS nace_digits,
                     revenue, exports, rd_expenditure AS rd, employees,
                     CASE WHEN operating_profit IS NOT NULL AND wage_costs IS NOT NULL
                          THEN operating_profit + COALESCE(depreciation, 0) + wage_costs END AS va
              FROM panel
            ),
            classified AS (
              SELECT year, COALESCE(row_segment, CASE{cases} END) AS seg, revenue, exports, rd, employees, va
              FROM prepared
            ),
            sums AS (
              SELECT seg, year,
                     SUM(revenue) AS revenue,
                     SUM(exports) FILTER (WHERE exports IS NOT NULL AND revenue IS NOT NULL) AS export_num,
                     SUM(revenue) FILTER (WHERE exports IS NOT NULL AND revenue IS NOT NULL) AS export_den,
                     SUM(rd) FILTER (WHERE rd IS NOT NULL AND va IS NOT NULL) AS rd_num,
                     SUM(va) FILTER (WHERE rd IS NOT NULL AND va IS NOT NULL) AS rd_den,
                     SUM(va) FILTER (WHERE va IS NOT NULL AND employees IS NOT NULL) AS prod_num,
                     SUM(employees) FILTER (WHERE va IS NOT NULL AND employees IS NOT NULL) AS prod_den
              FROM classified
              WHERE seg IS NOT NULL
              GROUP BY seg, year
            )
            SELECT seg, year,
                   CAST(revenue AS VARCHAR),
                   CAST(export_num AS DOUBLE) / NULLIF(CAST(export_den AS DOUBLE), 0),
                   CAST(rd_num AS DOUBLE) / NULLIF(CAST(rd_den AS DOUBLE), 0),
                   CAST(prod_num AS DOUBLE) / NULLIF(CAST(prod_den AS DOUBLE), 0)
            FROM sums
            ORDER BY seg, year
            """;
    }

    private static string Line(string indicator, int year, string segment, string value) =>
        string.Create(CultureInfo.InvariantCulture, $"{indicator},{year},{segment},{value}");

    private static string Format(double? value) => value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "";

    /// <summary>"123.450000" → "123.45", "100.000000" → "100": the exact sum, without the scale's trailing zeros.</summary>
    private static string TrimDecimal(string text) =>
        text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
}
