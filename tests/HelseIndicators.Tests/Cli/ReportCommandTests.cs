using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;

namespace HelseIndicators.Tests.Cli;

/// <summary>The main job: <c>helse report</c> on the embedded sample.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new();
    private readonly (int ExitCode, string Output, string Error) _run;

    public ReportCommandTests() => _run = CliRunner.Run("report", "--out", _directory.Root, "--lang", "en");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Report_WritesTheThreeFiles_AndSucceeds()
    {
        Assert.Equal(0, _run.ExitCode);
        Assert.True(File.Exists(_directory.File("report.html")));
        Assert.True(File.Exists(_directory.File("indicators.csv")));
        Assert.True(File.Exists(_directory.File("indicators.json")));
        Assert.Empty(Directory.GetFiles(_directory.Root, "*.tmp"));
    }

    [Fact]
    public void Report_Terminal_ShowsHeadlineTablesForTheReferenceAndLatestYear_AndTheSyntheticNotice()
    {
        Assert.Contains("Headline figures 2015, by value-chain link", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Headline figures 2020, by segment", _run.Output, StringComparison.Ordinal);
        Assert.Contains("Synthetic data", _run.Output, StringComparison.Ordinal);
        Assert.Contains("52.0\u00A0bn", _run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Html_IsSelfContainedWithLabelledCharts()
    {
        var html = File.ReadAllText(_directory.File("report.html"));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var document = XDocument.Parse(html.Replace("<!DOCTYPE html>", "", StringComparison.OrdinalIgnoreCase));
        XNamespace svg = "http://www.w3.org/2000/svg";
        var charts = document.Descendants(svg + "svg").ToList();
        Assert.True(charts.Count >= 8, $"only {charts.Count} charts");
        Assert.All(charts, chart => Assert.NotNull(chart.Attribute("viewBox")));
        var texts = document.Descendants(svg + "text").Select(t => t.Value).ToList();
        Assert.Contains(texts, t => t.StartsWith("Revenue", StringComparison.Ordinal) && t.Contains("NOK", StringComparison.Ordinal));
        Assert.Contains(texts, t => t == "Year");
        Assert.Contains("Synthetic data", html, StringComparison.Ordinal);
        Assert.Contains("Disclosure control", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Json_ReproducesThePublishedFiguresWithinOnePercent()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(_directory.File("indicators.json")));
        Assert.Equal("helse-indicators/1", json.RootElement.GetProperty("schema").GetString());
        decimal Value(string indicator, int year, string link) => json.RootElement.GetProperty("rows").EnumerateArray()
            .Single(r => r.GetProperty("indicator").GetString() == indicator && r.GetProperty("year").GetInt32() == year
                         && r.GetProperty("group").TryGetProperty("link", out var l) && l.GetString() == link)
            .GetProperty("value").GetDecimal();
        AssertWithin(47e9m, Value("revenue", 2014, "industry"));
        AssertWithin(52e9m, Value("revenue", 2015, "industry"));
        AssertWithin(20e9m, Value("exports", 2015, "industry"));
        Assert.InRange(Value("rd_expenditure", 2015, "industry"), 2.5e9m, 2.6e9m);
    }

    [Fact]
    public void Report_Csv_HasTheGroupKeysAsColumns()
    {
        var header = File.ReadLines(_directory.File("indicators.csv")).First().Split(',');
        Assert.Equal(["indicator", "year", "base_year", "link", "segment", "value", "unit", "firms", "status", "reason", "prices", "disclosure_control"], header);
    }

    private static void AssertWithin(decimal expected, decimal actual) =>
        Assert.True(Math.Abs(actual / expected - 1m) <= 0.01m,
            string.Create(CultureInfo.InvariantCulture, $"{actual} is not within 1 % of {expected}"));
}
