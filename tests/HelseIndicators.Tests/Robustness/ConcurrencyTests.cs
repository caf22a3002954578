using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Data.FirmLists;
using HelseIndicators.Data.IndicatorTables;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Data.Panel;
using HelseIndicators.Data.PriceIndices;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Reports;
using HelseIndicators.Reporting.Tables;
using HelseIndicators.Surveys;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// What the documents call thread safe is used from many threads at once (Parallel.For) and gives exactly the results
/// of a sequential run.
/// </summary>
public sealed class ConcurrencyTests
{
    private const int Iterations = 64;

    private static void AllEqualToSequential<T>(Func<int, T> work, Func<T, string> show)
    {
        var expected = show(work(0));
        var results = new string[Iterations];
        Parallel.For(0, Iterations, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = show(work(i)));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    private static readonly List<FirmYear> s_rows = DisclosureProperties.RandomPanel(77).Concat(DisclosureProperties.RandomPanel(78)
        .Select(r => r with { OrganisationNumber = Aggregation.TestFirms.Number(r.OrganisationNumber.GetHashCode() % 1000 + 2000) }))
        .DistinctBy(r => (r.OrganisationNumber, r.Year)).ToList();

    [Fact]
    public void IndicatorEngine_SharedInstanceManyThreads_SameTableAsSequential()
    {
        var engine = new IndicatorEngine();
        var request = new IndicatorRequest { Dimensions = [GroupDimension.Segment, GroupDimension.County] };
        AllEqualToSequential(_ => engine.Compute(s_rows, request), IndicatorTableJsonWriter.ToJson);
    }

    [Fact]
    public void TaxonomyAndClassifier_SharedManyThreads_SameClassifications()
    {
        var classifier = new FirmClassifier(Taxonomy.Default, FirmList.Empty);
        string[] codes = ["21.20", "32.501", "46.46", "47.73", "86.211", "87", "88.10", "01.1", "72.11"];
        AllEqualToSequential(
            _ => string.Join('|', s_rows.Select((r, i) =>
                classifier.Classify(r with { SegmentId = null, NaceCode = NaceCode.Parse(codes[i % codes.Length]).Value }).ToString())),
            s => s);
    }

    [Fact]
    public void Readers_StaticEntryPointsManyThreads_SameResults()
    {
        var panel = Fuzz.Utf8(ReaderFuzzTests.ValidPanel);
        var firms = Fuzz.Utf8(ReaderFuzzTests.ValidFirmList);
        var index = Fuzz.Utf8(ReaderFuzzTests.ValidPriceIndex);
        var survey = Fuzz.Utf8(ReaderFuzzTests.ValidSurvey);
        var jsonStat = ReaderFuzzTests.TestFile("jsonstat", "oecd.json");
        AllEqualToSequential(_ =>
        {
            var p = PanelCsvReader.ReadAll(new MemoryStream(panel));
            var f = FirmListCsvReader.Read(new MemoryStream(firms));
            var x = PriceIndexCsvReader.Read(new MemoryStream(index));
            var s = SurveyCsvReader.Read(new MemoryStream(survey));
            var j = JsonStatReader.ReadDataset(new MemoryStream(jsonStat));
            return string.Join('\n', p.Rows.Select(r => r.ToString())) + f.FirmList.Count.ToString(CultureInfo.InvariantCulture) +
                   string.Join(",", x.PriceIndex.Years.Order()) + string.Join(',', s.Responses) + JsonStatTidyCsvWriter.WriteToString(j);
        }, s => s);
    }

    [Fact]
    public void JsonStatDataset_SharedManyThreads_SameCells()
    {
        var dataset = JsonStatReader.ReadDataset(new MemoryStream(ReaderFuzzTests.TestFile("jsonstat", "oecd.json")));
        AllEqualToSequential(i =>
        {
            var cells = string.Join(';', Enumerable.Range(0, (int)dataset.CellCount).Select(p => dataset.CellAt((p + i) % dataset.CellCount))
                .OrderBy(c => string.Join(',', c.ToString()), StringComparer.Ordinal).Select(c => c.ToString()));
            return cells + JsonStatTidyJsonWriter.WriteToString(dataset);
        }, s => s);
    }

    [Fact]
    public void SurveyAnalysis_ManyThreads_SameResult()
    {
        var responses = SurveyCsvReader.Read(new MemoryStream(ReaderFuzzTests.TestFile("surveys", "survey-2016-synthetic.csv"))).Responses;
        AllEqualToSequential(_ => SurveyAnalysis.Compute(responses),
            r => string.Join('\n', r.Rows.Select(p => p.ToString())));
    }

    [Fact]
    public void Renderers_SharedTableManyThreads_SameText()
    {
        var engine = new IndicatorEngine();
        var byLink = engine.Compute(s_rows, new IndicatorRequest { Dimensions = [GroupDimension.Link] });
        var bySegment = engine.Compute(s_rows, new IndicatorRequest { Dimensions = [GroupDimension.Segment] });
        var report = new HealthIndustryReport(byLink, bySegment, survey: null);
        var display = IndicatorDisplay.ForYear(bySegment, bySegment.Years[^1], HealthIndustryReport.HeadlineIndicators, "t", Taxonomy.Default, CultureInfo.InvariantCulture);
        var options = new TableOptions(CultureInfo.GetCultureInfo("nb-NO"));
        AllEqualToSequential(_ =>
            report.ToHtml() + HtmlTableRenderer.Render(display, options) + TextTableRenderer.Render(display, options) +
            MarkdownTableRenderer.Render(display, options) + IndicatorTableCsvWriter.ToCsv(bySegment), s => s);
    }
}
