using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Benchmarks;

/// <summary>
/// The panel CSV reader against a CsvHelper-based reader of the same file into <see cref="FirmYear"/>s.
/// Run: <c>dotnet run -c Release --project benchmarks/HelseIndicators.Benchmarks -- --filter *PanelCsvReader* --job short</c>.
/// </summary>
/// <remarks>
/// The file is generated in memory by <see cref="PanelCsvWriter"/> (comma dialect), so the benchmark measures parsing,
/// not the disk. The CsvHelper reader parses the same columns with the framework's parsers but checks fewer rules
/// (no duplicate detection, no thousands-separator or exponent diagnostics); ours does all of INDICATORS.md §3.
/// </remarks>
[MemoryDiagnoser]
public class PanelCsvReaderBenchmarks
{
    private static readonly string[] s_nace = ["21.100", "26.600", "32.500", "46.460", "47.730", "86.211", "87.101"];
    private static readonly string[] s_segments = ["pharma", "medtech", "wholesale", "retail", "health_services", ""];
    private static readonly string[] s_counties = ["Oslo", "Viken", "Vestland", "Trøndelag", "Troms og Finnmark", "Agder"];

    private byte[] _file = [];

    [Params(100_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var rows = new List<FirmYear>(Rows);
        var firm = 10_000_000;
        while (rows.Count < Rows)
        {
            while (!OrganisationNumber.FromFirstEightDigits(firm++, out _))
            {
            }

            OrganisationNumber.FromFirstEightDigits(firm - 1, out var org);
            for (var year = 2014; year <= 2023 && rows.Count < Rows; year++)
            {
                var revenue = Math.Round((decimal)(random.NextDouble() * 1e9), 2);
                rows.Add(new FirmYear(org, year)
                {
                    Name = $"Firma {firm} AS",
                    NaceCode = NaceCode.Of(s_nace[random.Next(s_nace.Length)]),
                    SegmentId = s_segments[random.Next(s_segments.Length)] is { Length: > 0 } s ? s : null,
                    County = s_counties[random.Next(s_counties.Length)],
                    Revenue = revenue,
                    OperatingProfit = Math.Round(revenue * (decimal)(random.NextDouble() * 0.4 - 0.1), 2),
                    Depreciation = Math.Round(revenue * 0.03m, 2),
                    WageCosts = Math.Round(revenue * 0.35m, 2),
                    Employees = Math.Round((decimal)(random.NextDouble() * 500), 1),
                    Exports = Math.Round(revenue * (decimal)random.NextDouble(), 2),
                    RdExpenditure = random.Next(4) == 0 ? null : Math.Round(revenue * 0.05m, 0),
                });
            }
        }

        using var stream = new MemoryStream();
        PanelCsvWriter.Write(stream, rows);
        _file = stream.ToArray();
        Console.WriteLine($"// Panel file: {Rows} rows, {_file.Length} bytes ({_file.Length / 1e6:F2} MB)");
    }

    [Benchmark(Baseline = true)]
    public decimal HelseIndicatorsReader()
    {
        var sum = 0m;
        foreach (var row in PanelCsvReader.ReadRows(new MemoryStream(_file, writable: false)))
        {
            sum += row.Revenue ?? 0m;
        }

        return sum;
    }

    [Benchmark]
    public decimal CsvHelperReader()
    {
        var sum = 0m;
        foreach (var row in ReadWithCsvHelper(new MemoryStream(_file, writable: false)))
        {
            sum += row.Revenue ?? 0m;
        }

        return sum;
    }

    // CsvHelper 34's own idiom: a UTF-8 reader, columns by header name, Parse<decimal> for the amounts, the Model's
    // parsers for organisation numbers, industry codes and currencies, NA and . as null values.
    private static IEnumerable<FirmYear> ReadWithCsvHelper(Stream stream)
    {
        var options = new CsvReaderOptions { Separator = ',', NullValues = ["NA", "."], FormatProvider = CultureInfo.InvariantCulture };
        using var csv = CsvReader.Create(stream, options, false);
        csv.ReadHeader();
        var orgIndex = csv.GetFieldIndex("org_number");
        var yearIndex = csv.GetFieldIndex("year");
        var nameIndex = csv.GetFieldIndex("name");
        var naceIndex = csv.GetFieldIndex("nace");
        var segmentIndex = csv.GetFieldIndex("segment");
        var countyIndex = csv.GetFieldIndex("county");
        var currencyIndex = csv.GetFieldIndex("currency");
        var amounts = new[] { "revenue", "operating_profit", "depreciation", "wage_costs", "employees", "exports", "rd_expenditure" }
            .Select(name => csv.GetFieldIndex(name)).ToArray();
        while (csv.Read())
        {
            var org = OrganisationNumber.Parse(csv.GetString(orgIndex)).Value;
            var year = csv.Parse<int>(yearIndex);
            var nace = csv.GetStringOrNull(naceIndex);
            var currency = csv.GetStringOrNull(currencyIndex);
            yield return new FirmYear(org, year)
            {
                Name = NullIfEmpty(csv.GetStringOrNull(nameIndex)),
                NaceCode = string.IsNullOrEmpty(nace) ? null : NaceCode.Parse(nace).Value,
                SegmentId = NullIfEmpty(csv.GetStringOrNull(segmentIndex)),
                County = NullIfEmpty(csv.GetStringOrNull(countyIndex)),
                Currency = string.IsNullOrEmpty(currency) ? Currency.Nok : Currency.Parse(currency).Value,
                Revenue = Amount(csv, amounts[0]),
                OperatingProfit = Amount(csv, amounts[1]),
                Depreciation = Amount(csv, amounts[2]),
                WageCosts = Amount(csv, amounts[3]),
                Employees = Amount(csv, amounts[4]),
                Exports = Amount(csv, amounts[5]),
                RdExpenditure = Amount(csv, amounts[6]),
            };
        }
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    private static decimal? Amount(CsvReader csv, int index) => csv.IsNull(index) ? null : csv.Parse<decimal>(index);
}
