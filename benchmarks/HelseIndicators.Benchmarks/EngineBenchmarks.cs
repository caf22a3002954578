using BenchmarkDotNet.Attributes;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Benchmarks;

/// <summary>
/// The indicator engine over one million in-memory firm-years (125 000 firms × 8 years), built once.
/// Run: <c>dotnet run -c Release --project benchmarks/HelseIndicators.Benchmarks -- --filter *EngineBenchmarks*</c>.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private static readonly string[] s_segments = ["pharma", "diagnostics", "medtech", "ehealth", "suppliers", "wholesale", "retail", "health_services", "care_services"];
    private static readonly string[] s_counties = ["03", "11", "15", "18", "31", "32", "33", "34", "39", "40", "42", "46", "50", "55", "56"];

    private FirmYear[] _rows = [];
    private IndicatorEngine _engine = new();
    private IndicatorRequest _total = new();
    private IndicatorRequest _bySegmentAndCounty = new();

    [Params(1_000_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20150101);
        var rows = new List<FirmYear>(Rows);
        var firms = Rows / 8;
        var first = 80_000_000;
        for (var f = 0; f < firms; f++)
        {
            OrganisationNumber number;
            while (!OrganisationNumber.FromFirstEightDigits(first++, out number))
            {
            }

            var segment = s_segments[random.Next(s_segments.Length)];
            var county = s_counties[random.Next(s_counties.Length)];
            var size = (decimal)Math.Exp(random.NextDouble() * 12);
            for (var year = 2014; year < 2022; year++)
            {
                size *= 0.9m + ((decimal)random.NextDouble() * 0.25m);
                var revenue = Math.Round(size * 1000m, 0);
                rows.Add(new FirmYear(number, year)
                {
                    SegmentId = segment,
                    County = county,
                    Revenue = revenue,
                    Exports = Math.Round(revenue * (decimal)random.NextDouble() * 0.5m, 0),
                    OperatingProfit = Math.Round(revenue * (((decimal)random.NextDouble() * 0.3m) - 0.1m), 0),
                    Depreciation = random.Next(4) == 0 ? null : Math.Round(revenue * 0.03m, 0),
                    WageCosts = Math.Round(revenue * 0.35m, 0),
                    Employees = Math.Round(size / 800m, 1),
                    RdExpenditure = random.Next(3) == 0 ? Math.Round(revenue * 0.05m, 0) : null,
                });
            }
        }

        _rows = [.. rows];
        _engine = new IndicatorEngine();
        _total = new IndicatorRequest();
        _bySegmentAndCounty = new IndicatorRequest { Dimensions = [GroupDimension.Segment, GroupDimension.County] };
    }

    /// <summary>Adding every row to one pre-sized aggregate (validation, classification, the duplicate check).</summary>
    [Benchmark]
    public int Aggregate()
    {
        var aggregate = new PanelAggregate(null, null, _rows.Length);
        foreach (var row in _rows)
        {
            aggregate.Add(row);
        }

        return aggregate.Count;
    }

    /// <summary>The whole panel, grand total only (parallel partitions merged).</summary>
    [Benchmark(Baseline = true)]
    public int ComputeTotal() => _engine.Compute(_rows, _total).Count;

    /// <summary>The whole panel by segment × county.</summary>
    [Benchmark]
    public int ComputeBySegmentAndCounty() => _engine.Compute(_rows, _bySegmentAndCounty).Count;
}
