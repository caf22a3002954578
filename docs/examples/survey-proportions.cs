#:project ../../src/HelseIndicators/HelseIndicators.csproj
// Survey indicators: weighted proportions with Wilson 95 % intervals (Kish effective sample size), answers ranked
// to find "the biggest bottleneck". The first survey is written here; the second is the SYNTHETIC embedded one.
using System.Globalization;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Reporting.Display;
using HelseIndicators.Sample;
using HelseIndicators.Surveys;

// 10 firms answer "international ambitions?": 8 yes, 2 no (equal weights) → p = 0.8, interval [0.4902, 0.9433].
var csv = "respondent,question,answer\n" + string.Concat(Enumerable.Range(1, 10).Select(i =>
    $"r{i},international_ambitions,{(i <= 8 ? "yes" : "no")}\n"));
var small = SurveyAnalysis.Compute(SurveyCsvReader.Read(new StringReader(csv), "inline.csv").Responses);
var yes = small.Find("international_ambitions", "yes") ?? throw new InvalidOperationException("no yes row");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"international ambitions: {yes.Proportion:P0} [{yes.Lower:0.0000}, {yes.Upper:0.0000}] of {yes.Respondents}"));
if (Math.Abs(yes.Lower - 0.4902) > 5e-5 || Math.Abs(yes.Upper - 0.9433) > 5e-5)
{
    Console.Error.WriteLine("Wilson interval differs from the reference");
    return 1;
}

using var stream = SyntheticSurvey.OpenCsv();
var sample = SurveyAnalysis.Compute(SurveyCsvReader.Read(stream, "synthetic survey").Responses);
foreach (var question in sample.Questions)
{
    var top = sample.Ranked(question)[0];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{question}: most common answer {top.Answer} ({top.Proportion:P0})"));
}

Console.Write(small.ToMarkdown(DisplayOptions.Invariant));
return 0;
