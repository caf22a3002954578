using System.Text.Json;
using HelseIndicators.Data.Panel;
using HelseIndicators.Sample;

namespace HelseIndicators.Tests.Cli;

public sealed class IndicatorsCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    private string Panel()
    {
        var path = _directory.File("panel.csv");
        PanelCsvWriter.Write(path, SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 200, FromYear = 2014, ToYear = 2016 }));
        return path;
    }

    [Fact]
    public void Indicators_Json_HasTheShapeOfTheContract()
    {
        var output = _directory.File("out.json");
        var run = CliRunner.Run("indicators", "--input", Panel(), "--by", "segment", "--format", "json", "--output", output);
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.Equal("helse-indicators/1", root.GetProperty("schema").GetString());
        Assert.Equal("current", root.GetProperty("prices").GetString());
        Assert.True(root.GetProperty("disclosure_control").GetProperty("enabled").GetBoolean());
        Assert.Equal(3, root.GetProperty("disclosure_control").GetProperty("min_firms").GetInt32());
        var rows = root.GetProperty("rows").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("group").EnumerateObject().Any() == false);
        Assert.All(rows, r => Assert.Contains(r.GetProperty("status").GetString(), new[] { "ok", "suppressed", "undefined" }));
        Assert.All(rows.Where(r => r.GetProperty("status").GetString() != "ok"), r => Assert.Equal(JsonValueKind.Null, r.GetProperty("value").ValueKind));
        Assert.Contains(rows, r => r.TryGetProperty("base_year", out _));
        var diagnostics = root.GetProperty("diagnostics");
        Assert.Equal(diagnostics.GetProperty("rows_read").GetInt64(),
            diagnostics.GetProperty("rows_used").GetInt64() + diagnostics.GetProperty("rows_rejected").GetInt64());
    }

    [Fact]
    public void Indicators_NoDisclosureControl_IsStatedInTheOutput()
    {
        var run = CliRunner.Run("indicators", "--input", Panel(), "--format", "json", "--no-disclosure-control");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.False(json.RootElement.GetProperty("disclosure_control").GetProperty("enabled").GetBoolean());
    }

    [Fact]
    public void Indicators_BadData_ExitsOne_WithLocatedProblems_AndWritesNoFile()
    {
        var path = _directory.File("bad.csv");
        File.WriteAllText(path, "org_number,year,revenue\n123456789,2015,100\n923609016,2015,1 000\n");
        var output = _directory.File("out.csv");
        var run = CliRunner.Run("indicators", "--input", path, "--format", "csv", "--output", output);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:2: org_number:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{path}:3: revenue:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Indicators_SumBeyondADecimal_ExitsOne_SayingSo_NotAsAnInternalError()
    {
        var path = _directory.File("digits.csv");
        File.WriteAllText(path, "org_number,year,segment,revenue\n923609016,2014,pharma,9000000000000\n974760673,2014,pharma,0.0000000000000004\n");
        var run = CliRunner.Run("indicators", "--input", path, "--format", "csv", "--no-disclosure-control");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("helse: the sum 9000000000000 + 0.0000000000000004 cannot be held exactly", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_SomeIndicators_AreTheRowsOfEveryIndicatorForThem()
    {
        var panel = Panel();
        var every = CliRunner.Run("indicators", "--input", panel, "--by", "segment", "--format", "csv");
        var some = CliRunner.Run("indicators", "--input", panel, "--by", "segment", "--format", "csv",
            "--indicators", "revenue, export_share,revenue_growth_same_firms");
        Assert.Equal(0, every.ExitCode);
        Assert.Equal(0, some.ExitCode);

        var lines = every.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        string[] ids = ["revenue", "export_share", "revenue_growth_same_firms"];
        var expected = lines.Take(1).Concat(lines.Skip(1).Where(l => ids.Contains(l[..l.IndexOf(',', StringComparison.Ordinal)])));
        Assert.Equal(expected, some.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(lines, l => l.StartsWith("hhi_revenue,", StringComparison.Ordinal)); // left out above
    }

    [Theory]
    [InlineData("revenue,exports_share", "'exports_share' is not an indicator id")]
    [InlineData("revenue,revenue", "the indicator 'revenue' is given twice")]
    public void Indicators_AnUnknownOrRepeatedIndicator_IsBadUsage(string list, string message)
    {
        var run = CliRunner.Run("indicators", "--input", Panel(), "--indicators", list);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--indicators: {message}", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("indicators", "--input", "x.csv", "--by", "colour")]
    [InlineData("indicators", "--input", "x.csv", "--format", "xml")]
    [InlineData("nonsense")]
    [InlineData("sample", "--firms", "10")]
    public void BadUsage_ExitsTwo(params string[] args)
    {
        var run = CliRunner.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Indicators_DeflatorWithoutBaseYear_IsBadUsage()
    {
        var run = CliRunner.Run("indicators", "--input", Panel(), "--deflator", Panel());
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base-year", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_CleanFile_ExitsZero_BadFile_ListsEveryProblem()
    {
        Assert.Equal(0, CliRunner.Run("validate", "--input", Panel()).ExitCode);
        var path = _directory.File("bad.csv");
        File.WriteAllText(path, "org_number,year,revenue,exports\n123456789,2015,100,1\n923609016,2015,100,200\n923609016,2015,100,1\n");
        var run = CliRunner.Run("validate", "--input", path);
        Assert.Equal(1, run.ExitCode);
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"{path}:2: org_number:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:3: exports:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{path}:4:", StringComparison.Ordinal));
    }

    [Fact]
    public void Sample_IsDeterministicForASeed()
    {
        var a = _directory.File("a.csv");
        var b = _directory.File("b.csv");
        Assert.Equal(0, CliRunner.Run("sample", "--firms", "30", "--from", "2014", "--to", "2015", "--seed", "7", "--output", a).ExitCode);
        Assert.Equal(0, CliRunner.Run("sample", "--firms", "30", "--from", "2014", "--to", "2015", "--seed", "7", "--output", b).ExitCode);
        Assert.Equal(File.ReadAllText(a), File.ReadAllText(b));
        Assert.Equal(0, CliRunner.Run("validate", "--input", a).ExitCode);
    }
}
