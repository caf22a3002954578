using HelseIndicators.Aggregation;
using HelseIndicators.DependencyInjection;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Display;
using Microsoft.Extensions.DependencyInjection;

var number = OrganisationNumber.Parse("923 609 016").Value;
var segment = Taxonomy.Default.SegmentForNaceCode(NaceCode.Of("21.100"));
if (segment?.Id != "pharma")
{
    Console.Error.WriteLine("classification through the package failed");
    return 1;
}

Console.WriteLine($"package consumer: {number} and 21.100 → {segment.Id}");

// Registering twice is harmless: one engine, one options object.
var services = new ServiceCollection();
services.AddHelseIndicators();
services.AddHelseIndicators();
if (services.Count(d => d.ServiceType == typeof(IndicatorEngine)) != 1)
{
    Console.Error.WriteLine("AddHelseIndicators twice registered the engine twice");
    return 1;
}

using var provider = services.BuildServiceProvider();
var engine = provider.GetRequiredService<IndicatorEngine>();

// Three pharma firms: revenue 100 + 200 + 300 = 600, exports 40 + 60 + 50 = 150 → export share 0.25.
// (Three firms meet the minimum frequency; the two largest hold 500 / 600 = 83 % < 85 %: not dominated.)
FirmYear Row(string org, decimal revenue, decimal exports) =>
    new(OrganisationNumber.Parse(org).Value, 2015) { SegmentId = "pharma", Revenue = revenue, Exports = exports };
var rows = new[] { Row("974760673", 100m, 40m), Row("923609016", 200m, 60m), Row("123456785", 300m, 50m) };
var table = engine.Compute(rows, new IndicatorRequest { Indicators = [IndicatorId.Revenue, IndicatorId.ExportShare] });

var revenue = table.Find(IndicatorId.Revenue, 2015, GroupKey.Total);
var share = table.Find(IndicatorId.ExportShare, 2015, GroupKey.Total);
if (revenue is not { Status: IndicatorStatus.Ok, Value: 600m, Firms: 3 } || share is not { Status: IndicatorStatus.Ok, Value: 0.25m })
{
    Console.Error.WriteLine($"unexpected indicators: {revenue}; {share}");
    return 1;
}

var html = table.ToHtml(DisplayOptions.Invariant);
if (!html.StartsWith("<div class=\"helse-display\">", StringComparison.Ordinal))
{
    Console.Error.WriteLine("ToHtml through the package failed");
    return 1;
}

Console.WriteLine($"package consumer: revenue {revenue.Value} NOK, export share {share.Value} from the engine resolved through DI");
return 0;
