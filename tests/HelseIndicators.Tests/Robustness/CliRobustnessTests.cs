using System.Text.RegularExpressions;
using HelseIndicators.Cli;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// The command line never shows a stack trace: bad files give exit 1 with <c>FILE:LINE: column: message</c> lines,
/// bad usage exit 2, and an unexpected exception one "internal error" line.
/// </summary>
public sealed partial class CliRobustnessTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("helse-robust");

    public void Dispose() => _directory.Dispose();

    [GeneratedRegex(@"^(warning: )?\S[^\n]*?(:\d+)?: .+$")]
    private static partial Regex ProblemLine();

    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = HelseApp.Run(args, new CliContext(output, error, interactive: false));
        return (exit, output.ToString(), error.ToString());
    }

    private string Write(string name, byte[] content)
    {
        var path = _directory.File(name);
        File.WriteAllBytes(path, content);
        return path;
    }

    private static void AssertBadData((int Exit, string Out, string Error) result, string what)
    {
        Assert.True(result.Exit == 1, $"{what}: exit {result.Exit}\n{result.Error}");
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.Error, StringComparison.Ordinal);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        Assert.All(lines, line => Assert.Matches(ProblemLine(), line));
    }

    public static TheoryData<string> BadInputs() => new() { "random", "truncated", "wrong-columns", "empty", "invalid-utf8" };

    private static byte[] BadContent(string kind, byte[] valid, int seed, int? invalidAt = null) => kind switch
    {
        "random" => Fuzz.RandomBytes(seed, 1, 200).First() is { Length: > 0 } b ? b : [0xFF, 0x00],
        "truncated" => valid[..(valid.Length * 2 / 3)],
        "wrong-columns" => Fuzz.Utf8("alpha,beta,gamma\n1,2,3\n"),
        "empty" => [],
        _ => InsertInvalidUtf8(valid, invalidAt ?? Array.IndexOf(valid, (byte)'\n') + 3),
    };

    private static byte[] InsertInvalidUtf8(byte[] valid, int at) => [.. valid[..at], 0xFF, 0xFE, .. valid[at..]];

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Indicators_BadPanel_ExitsOneWithLocatedProblems(string kind)
    {
        var path = Write("panel.csv", BadContent(kind, Fuzz.Utf8(ReaderFuzzTests.ValidPanel), 1));
        AssertBadData(Run("indicators", "--input", path), kind);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Validate_BadPanel_ExitsOneWithLocatedProblems(string kind)
    {
        var path = Write("panel.csv", BadContent(kind, Fuzz.Utf8(ReaderFuzzTests.ValidPanel), 2));
        AssertBadData(Run("validate", "--input", path), kind);
    }

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Survey_BadSurvey_ExitsOneWithLocatedProblems(string kind)
    {
        var path = Write("survey.csv", BadContent(kind, Fuzz.Utf8(ReaderFuzzTests.ValidSurvey), 3));
        AssertBadData(Run("survey", "--input", path), kind);
    }

    private static readonly byte[] CanadaJson = ReaderFuzzTests.TestFile("jsonstat", "canada.json");

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void JsonStat_BadDocument_ExitsOneWithLocatedProblems(string kind)
    {
        var path = Write("data.json", BadContent(kind, CanadaJson, 4, CanadaJson.AsSpan().IndexOf("Population"u8) + 2));
        AssertBadData(Run("jsonstat", path), kind);
    }

    [Fact]
    public void Indicators_BadAuxiliaryFiles_ExitOneWithLocatedProblems()
    {
        var panel = Write("panel.csv", Fuzz.Utf8(ReaderFuzzTests.ValidPanel));
        var firms = Write("firms.csv", Fuzz.Utf8("org_number,segment\n123456789,pharma\n"));
        var index = Write("index.csv", Fuzz.Utf8("year,index\n2014,1e400\n"));
        AssertBadData(Run("indicators", "--input", panel, "--firms", firms), "firm list");
        AssertBadData(Run("indicators", "--input", panel, "--deflator", index, "--base-year", "2014"), "price index");
    }

    [Fact]
    public void Run_MissingFile_ExitsWithOneLineAndNoStackTrace()
    {
        var result = Run("indicators", "--input", _directory.File("nope.csv"));
        Assert.NotEqual(0, result.Exit);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("indicators")]
    [InlineData("indicators", "--input")]
    [InlineData("indicators", "--input", "x.csv", "--from", "twenty")]
    [InlineData("indicators", "--input", "x.csv", "--format", "xml")]
    [InlineData("survey", "--bogus")]
    [InlineData("jsonstat")]
    [InlineData("no-such-command")]
    [InlineData("sample", "--firms", "-5", "--from", "2015", "--to", "2014", "--output", "x.csv")]
    public void Run_BadUsage_ExitsTwoWithoutStackTrace(params string[] args)
    {
        var result = Run(args);
        Assert.Equal(2, result.Exit);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.NotEmpty(result.Error);
    }

    [Fact]
    public void Guard_UnexpectedException_PrintsOneInternalErrorLineAndExitsOne()
    {
        using var error = new StringWriter();
        var exit = HelseApp.Guard(() => throw new NullReferenceException("boom\nsecond line"), error);
        Assert.Equal(1, exit);
        Assert.Equal("helse: internal error: NullReferenceException: boom second line, please report it" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Guard_DataExceptionWithoutProblems_StillPrintsALine()
    {
        using var error = new StringWriter();
        var exit = HelseApp.Guard(() => throw new HelseIndicators.Data.DataException("no located problem"), error);
        Assert.Equal(1, exit);
        Assert.Equal("input: no located problem" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Guard_Cancelled_ExitsOneWithOneLine()
    {
        using var error = new StringWriter();
        Assert.Equal(1, HelseApp.Guard(() => throw new OperationCanceledException(), error));
        Assert.StartsWith("helse: cancelled", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_OutputToFileOnBadData_LeavesNoFile()
    {
        var panel = Write("panel.csv", Fuzz.Utf8(ReaderFuzzTests.ValidPanel.Replace("974760673,2015", "974760673,20x5", StringComparison.Ordinal)));
        var output = _directory.File("out.csv");
        AssertBadData(Run("indicators", "--input", panel, "--output", output), "output");
        Assert.Empty(Directory.GetFiles(_directory.Root, "*out.csv*"));
    }
}
