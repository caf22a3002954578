using System.Text;
using HelseIndicators.Model;
using HelseIndicators.Sample;

namespace HelseIndicators.Tests.Sample;

public class SyntheticSurveyTests
{
    private static readonly string[] s_lines = SyntheticSurvey.CsvText.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private static IEnumerable<string[]> Records => s_lines.Skip(1).Select(l => l.Split(','));

    [Fact]
    public void CsvText_HasTheSurveyHeaderAndFiveFieldsPerLine()
    {
        Assert.Equal("respondent,question,answer,weight,org_number", s_lines[0]);
        Assert.All(Records, f => Assert.Equal(5, f.Length));
        Assert.EndsWith("\n", SyntheticSurvey.CsvText, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", SyntheticSurvey.CsvText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"", SyntheticSurvey.CsvText, StringComparison.Ordinal); // nothing needs quoting
    }

    [Fact]
    public void CsvText_Has150RespondentsWithWeightOneAndValidOrganisationNumbers()
    {
        Assert.Equal(150, Records.Select(f => f[0]).Distinct().Count());
        Assert.Equal(SyntheticSurvey.Respondents, Records.Select(f => f[0]).Distinct().Count());
        Assert.All(Records, f => Assert.Equal("1", f[3]));
        Assert.All(Records, f => Assert.True(OrganisationNumber.Parse(f[4]).Success, f[4]));
        // One organisation number per respondent, distinct between respondents.
        var numbers = Records.GroupBy(f => f[0]).Select(g => Assert.Single(g.Select(f => f[4]).Distinct())).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
    }

    [Fact]
    public void CsvText_OrganisationNumbersAreIndustryFirmsOfTheSamplePanel()
    {
        var classifier = new FirmClassifier();
        var industry = SyntheticPanel.Generate()
            .Where(r => classifier.Classify(r).Segment!.Link.Id == "industry")
            .Select(r => r.OrganisationNumber.ToString("D", null))
            .ToHashSet();
        Assert.All(Records, f => Assert.Contains(f[4], industry));
    }

    [Fact]
    public void CsvText_EightOfTenHaveInternationalAmbitions()
    {
        var answers = Single("international_ambitions");
        Assert.Equal(150, answers.Count);
        Assert.Equal(0.8, (double)answers.Count(a => a.Value == "yes") / answers.Count, 12);
        Assert.All(answers.Values, a => Assert.Contains(a, new[] { "yes", "no" }));
    }

    [Fact]
    public void CsvText_OneOfThreeAimsToBeWorldLeading()
    {
        var answers = Single("ambition");
        Assert.Equal(150, answers.Count);
        Assert.Equal(1.0 / 3.0, (double)answers.Count(a => a.Value == "world_leading") / answers.Count, 12);
        Assert.Equal(["international", "national", "world_leading"], answers.Values.Distinct().Order().ToArray());
    }

    [Fact]
    public void CsvText_AmbitionAndInternationalAmbitionsAgree()
    {
        var international = Single("international_ambitions");
        foreach (var (respondent, ambition) in Single("ambition"))
        {
            Assert.Equal(ambition == "national" ? "no" : "yes", international[respondent]);
        }
    }

    [Fact]
    public void CsvText_AccessToCapitalIsTheMostNamedBottleneck()
    {
        var rows = Records.Where(f => f[1] == "bottlenecks").ToList();
        var respondents = rows.Select(f => f[0]).Distinct().Count();
        Assert.Equal(150, respondents); // every respondent answered (some with "none")
        var proportions = rows.GroupBy(f => f[2]).ToDictionary(g => g.Key, g => (double)g.Select(f => f[0]).Distinct().Count() / respondents);
        var ranked = proportions.OrderByDescending(p => p.Value).Select(p => p.Key).ToList();
        Assert.Equal("access_to_capital", ranked[0]);
        Assert.Equal(84.0 / 150, proportions["access_to_capital"], 12);
        Assert.True(proportions["access_to_capital"] > proportions["qualified_staff"]);
        foreach (var answer in new[] { "qualified_staff", "market_access", "regulation", "public_procurement" })
        {
            Assert.Contains(answer, proportions.Keys);
        }

        // Multiple choice: some respondents name several bottlenecks, and no answer twice.
        Assert.Contains(rows.GroupBy(f => f[0]), g => g.Count() >= 2);
        Assert.All(rows.GroupBy(f => f[0]), g => Assert.Equal(g.Count(), g.Select(f => f[2]).Distinct().Count()));
        Assert.All(rows.Where(f => f[2] == "none"), f => Assert.Single(rows, r => r[0] == f[0]));
    }

    [Fact]
    public void OpenCsv_GivesTheTextAsUtf8WithoutBom()
    {
        using var stream = SyntheticSurvey.OpenCsv();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var bytes = copy.ToArray();
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.Equal(SyntheticSurvey.CsvText, Encoding.UTF8.GetString(bytes));
        Assert.False(stream.CanWrite);
    }

    [Fact]
    public void CsvText_IsStable()
    {
        // The same text on every call (built once) and the same every time it is built from the seed.
        Assert.Same(SyntheticSurvey.CsvText, SyntheticSurvey.CsvText);
        Assert.StartsWith("respondent,question,answer,weight,org_number\nR001,international_ambitions,", SyntheticSurvey.CsvText, StringComparison.Ordinal);
    }

    [Fact]
    public void Notice_SaysSyntheticInBothLanguages()
    {
        Assert.Contains("Syntetisk", SyntheticSurvey.Notice.Norwegian, StringComparison.Ordinal);
        Assert.Contains("Synthetic", SyntheticSurvey.Notice.English, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Single(string question) =>
        Records.Where(f => f[1] == question).ToDictionary(f => f[0], f => f[2]);
}
