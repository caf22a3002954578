#:project ../../src/HelseIndicators/HelseIndicators.csproj
// An SSB JSON-stat 2.0 table turned into a year series and its growth. The document below is a cut-down table in
// the shape SSB's PxWebApi returns (R&D expenditure by industry); the figures are illustrative, not SSB's.
using System.Globalization;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Reporting.Display;

const string json = """
    {
      "version": "2.0", "class": "dataset",
      "label": "R&D expenditure in the business enterprise sector, by industry (NOK million)",
      "source": "Statistics Norway (cut-down example)", "updated": "2024-06-20T06:00:00Z",
      "id": ["NACE2007", "ContentsCode", "Tid"], "size": [2, 1, 4],
      "role": { "time": ["Tid"], "metric": ["ContentsCode"] },
      "dimension": {
        "NACE2007": { "label": "industry", "category": {
          "index": ["21", "26"], "label": { "21": "Pharmaceuticals", "26": "Computer and electronic products" } } },
        "ContentsCode": { "label": "contents", "category": {
          "index": ["FoUKostnader"], "label": { "FoUKostnader": "R&D expenditure" },
          "unit": { "FoUKostnader": { "label": "NOK million", "decimals": 1 } } } },
        "Tid": { "label": "year", "category": { "index": ["2014", "2015", "2016", "2017"] } }
      },
      "value": [1210.4, 1385.2, 1502.0, null, 2840.9, 2911.3, 3050.7, 3122.4],
      "status": { "3": ".." }
    }
    """;

var dataset = JsonStatReader.Parse(json).Dataset;
Console.WriteLine($"{dataset} — {dataset.NonNullCount} values");

var series = dataset.ToYearSeries(fixedCategories: new Dictionary<string, string> { ["NACE2007"] = "21" }, name: "Pharmaceutical R&D");
foreach (var (year, result) in Growth.Series(series))
{
    var text = result.Value is { } g ? g.ToString("P1", CultureInfo.InvariantCulture) : "undefined: " + result.Reason;
    Console.WriteLine($"{year}: {series.ValueOf(year)?.ToString(CultureInfo.InvariantCulture) ?? "–",8} {series.Unit}  growth {text}");
}

var growth2015 = Growth.Of(series, 2015);
if (growth2015.Value is not { } g2015 || Math.Abs(g2015 - (1385.2m / 1210.4m - 1m)) > 1e-12m)
{
    Console.Error.WriteLine("unexpected 2015 growth");
    return 1;
}

Console.WriteLine($"HTML of the dataset: {dataset.ToHtml().Length:N0} characters; of the series: {series.ToHtml().Length:N0}");
return 0;
