#:project ../../src/HelseIndicators/HelseIndicators.csproj
#:package Microsoft.Extensions.DependencyInjection@10.0.0
#:property ManagePackageVersionsCentrally=false
// An application that registers the library with AddHelseIndicators, resolves the engine, computes the indicators
// by value-chain link and by segment on the SYNTHETIC sample panel, and writes the self-contained HTML report.
// (The property line is needed only inside this repository, which pins versions centrally; outside it, drop it.)
using HelseIndicators.Aggregation;
using HelseIndicators.Data.Surveys;
using HelseIndicators.DependencyInjection;
using HelseIndicators.Indicators;
using HelseIndicators.Reporting.Reports;
using HelseIndicators.Sample;
using HelseIndicators.Surveys;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection()
    .AddHelseIndicators(options => options.Disclosure = DisclosureControlOptions.Default)
    .BuildServiceProvider();

var engine = services.GetRequiredService<IndicatorEngine>();
var settings = services.GetRequiredService<HelseIndicatorsOptions>();

var rows = SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 600, FromYear = 2013, ToYear = 2017 }).ToList();
// The report releases the total, the links and the segments together: they are one publication, protected together
// (computed one by one, a link minus its released segments could give a withheld segment back).
var publication = engine.ComputePublication(rows, new IndicatorRequest(), [[GroupDimension.Link], [GroupDimension.Segment]]);
var (byLink, bySegment) = (publication.Tables[0], publication.Tables[1]);

using var surveyCsv = SyntheticSurvey.OpenCsv();
var survey = SurveyAnalysis.Compute(SurveyCsvReader.Read(surveyCsv, "synthetic survey").Responses);

var report = new HealthIndustryReport(byLink, bySegment, survey, new HealthIndustryReportOptions
{
    Culture = settings.Culture,
    SyntheticNotice = SyntheticPanel.Notice,
});

var path = Path.Combine(Path.GetTempPath(), $"helse-report-{Guid.NewGuid():N}.html");
try
{
    File.WriteAllText(path, report.ToHtml());
    Console.WriteLine($"report for {report.LatestYear}: {new FileInfo(path).Length:N0} bytes, disclosure control {(byLink.Disclosure.Enabled ? "on" : "off")}");
    return File.ReadAllText(path).Contains("<svg", StringComparison.Ordinal) ? 0 : 1;
}
finally
{
    File.Delete(path);
}
