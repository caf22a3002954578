using System.Runtime.CompilerServices;
using BenchmarkDotNet.Attributes;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Benchmarks;

/// <summary>
/// Reading JSON-stat from memory: us-labor.json (12,880 cells, 245 kB, a large category index) and galicia.json
/// (3,960 cells, 6 dimensions), plus the tidy CSV of us-labor. The files are the test copies
/// (tests/HelseIndicators.Tests/TestData/jsonstat/).
/// </summary>
[MemoryDiagnoser]
public class JsonStatReaderBenchmarks
{
    private byte[] _usLabor = [];
    private byte[] _galicia = [];
    private JsonStatDataset? _usLaborDataset;

    [GlobalSetup]
    public void Setup()
    {
        _usLabor = File.ReadAllBytes(Find("us-labor.json"));
        _galicia = File.ReadAllBytes(Find("galicia.json"));
        _usLaborDataset = JsonStatReader.Read(new MemoryStream(_usLabor)).Dataset;
    }

    [Benchmark]
    public long ReadUsLabor() => JsonStatReader.Read(new MemoryStream(_usLabor, writable: false)).Dataset.CellCount;

    [Benchmark]
    public long ReadGalicia() => JsonStatReader.Read(new MemoryStream(_galicia, writable: false)).Dataset.CellCount;

    [Benchmark]
    public int TidyCsvUsLabor() => JsonStatTidyCsvWriter.WriteToString(_usLaborDataset!).Length;

    private static string Find(string name, [CallerFilePath] string sourceFile = "")
    {
        // Walk up from this source file (BenchmarkDotNet runs from a generated folder) or from the output folder to
        // the repository, then into the test data.
        var starts = new[] { Path.GetDirectoryName(sourceFile), AppContext.BaseDirectory, Environment.CurrentDirectory };
        foreach (var start in starts.Where(s => !string.IsNullOrEmpty(s)))
        {
            for (var dir = new DirectoryInfo(start!); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "tests", "HelseIndicators.Tests", "TestData", "jsonstat", name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new FileNotFoundException($"Cannot find the JSON-stat test file {name} above {AppContext.BaseDirectory}.");
    }
}
