#:project ../../src/HelseIndicators/HelseIndicators.csproj
// Protect a publication as a whole, then audit it as an intruder would: the tables by link and by segment of the
// SYNTHETIC sample, computed together, and the independent audit of what they release against the microdata.
using HelseIndicators.Aggregation;
using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Indicators;
using HelseIndicators.Sample;

var rows = SyntheticPanel.Generate(new SyntheticPanelOptions { Firms = 120, FromYear = 2014, ToYear = 2016 }).ToList();
var engine = new IndicatorEngine();
var publication = engine.ComputePublication(rows, new IndicatorRequest(), [[GroupDimension.Link], [GroupDimension.Segment]]);

var released = publication.Rows.Count(r => r.Status == IndicatorStatus.Ok);
var secondary = publication.Rows.Count(r => r.Reason?.StartsWith("secondary", StringComparison.Ordinal) == true);
Console.WriteLine($"{publication.Disclosure}: {released} rows released, {secondary} withheld to protect others");
Console.WriteLine(publication.Rows.First(r => r.Reason?.StartsWith("secondary", StringComparison.Ordinal) == true).Reason);

// The audit recomputes every sum from the microdata, writes every released number as an exact equation, and asks
// whether any sensitive cell or firm's value can be narrowed to within ±10 %.
var audit = DisclosureAudit.Run(rows, publication.Rows);
Console.WriteLine(audit);
if (!audit.IsClean)
{
    throw new InvalidOperationException("the protected publication leaks: " + string.Join("\n", audit.Findings));
}
