using BenchmarkDotNet.Attributes;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Benchmarks;

/// <summary>The pure calculators on plain numbers and on series.</summary>
[MemoryDiagnoser]
public class CalculatorBenchmarks
{
    private decimal[] _values = [];
    private (decimal? Numerator, decimal? Denominator)[] _pairs = [];
    private YearSeries _series = new([]);

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _values = Enumerable.Range(0, 10_000).Select(_ => (decimal)random.Next(0, 10_000_000)).ToArray();
        _pairs = _values.Select(v => ((decimal?)(v / 3m), random.Next(10) == 0 ? null : (decimal?)v)).ToArray();
        _series = new YearSeries(Enumerable.Range(1990, 35).Select(y => new KeyValuePair<int, decimal?>(y, 1000m + y)));
    }

    [Benchmark]
    public decimal? GrowthSimple() => Growth.Compute(47_000_000_000m, 52_000_000_000m).Value;

    [Benchmark]
    public decimal? CagrFiveYears() => Cagr.Compute(47_000_000_000m, 71_000_000_000m, 5).Value;

    [Benchmark]
    public int GrowthSeries() => Growth.Series(_series).Count;

    [Benchmark]
    public int IndexNumbersSeries() => IndexNumbers.Compute(_series, 2015).Count;

    [Benchmark]
    public decimal? Herfindahl10k() => Herfindahl.Compute(_values).Value;

    [Benchmark]
    public decimal? Top8Share10k() => TopShare.Compute(_values, 8).Value;

    [Benchmark]
    public decimal? RatioOfSums10k() => Ratios.OfSums(_pairs).Value;
}
