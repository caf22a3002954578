using System.Globalization;
using HelseIndicators.Model;
using HelseIndicators.Sample;
using static HelseIndicators.Tests.Sample.SamplePanelFacts;

namespace HelseIndicators.Tests.Sample;

/// <summary>Keeps the tables of docs/sample.md true: they are recomputed here from the sample's rows.</summary>
public class SampleDocsTests
{
    private static readonly Lazy<string[]> s_doc = new(() => File.ReadAllLines(Repository.PathOf("docs", "sample.md")));

    [Fact]
    public void CalibrationTable_MatchesTheSample()
    {
        foreach (var figure in SyntheticPanel.PublishedFigures)
        {
            var key = $"| {figure.LinkId} | {AccountFields.Id(figure.Field)} | {figure.Year} |";
            var line = Assert.Single(s_doc.Value, l => l.Contains(key, StringComparison.Ordinal));
            var cells = Cells(line);
            Assert.Equal(Bn(figure.Value), cells[^3]);
            Assert.Equal(Bn(LinkSum(figure.LinkId, figure.Field, figure.Year)), cells[^2]);
            Assert.Equal(string.Create(CultureInfo.InvariantCulture, $"{figure.Tolerance * 100:0} %"), cells[^1]);
        }
    }

    [Fact]
    public void SegmentTable2015_MatchesTheSample()
    {
        foreach (var segment in Taxonomy.Default.Segments)
        {
            var rows = Rows.Where(r => r.Year == 2015 && SegmentOf(r) == segment).ToList();
            var line = Assert.Single(s_doc.Value, l => l.StartsWith($"| {segment.Link.Id} | {segment.Id} |", StringComparison.Ordinal));
            var expected = new[]
            {
                segment.Link.Id, segment.Id, rows.Count.ToString(CultureInfo.InvariantCulture),
                F(Sum(rows, AccountField.Revenue) / 1e9m, "F2"), F(Sum(rows, AccountField.Exports) / 1e9m, "F2"),
                F(Sum(rows, AccountField.RdExpenditure) / 1e9m, "F3"), F(Sum(rows, AccountField.Employees), "F0"),
                rows.Count(r => r.OperatingProfit < 0).ToString(CultureInfo.InvariantCulture),
            };
            Assert.Equal(expected, Cells(line));
        }
    }

    [Fact]
    public void SurveyExample_IsTheStartOfTheSurvey()
    {
        var start = string.Join("\n", SyntheticSurvey.CsvText.Split('\n').Take(4));
        Assert.Contains(start, string.Join("\n", s_doc.Value), StringComparison.Ordinal);
    }

    private static string Bn(decimal value) => F(value / 1e9m, "F3");

    private static string F(decimal value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();
}
