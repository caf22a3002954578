using System.Globalization;
using System.Xml.Linq;
using HelseIndicators.Data.JsonStat;
using HelseIndicators.Model;
using HelseIndicators.Reporting.Charts;
using HelseIndicators.Reporting.Display;
using HelseIndicators.Reporting.Tables;
using HelseIndicators.Surveys;
using HelseIndicators.Tests.Data.JsonStat;

namespace HelseIndicators.Tests.Reporting.Display;

public class DisplayHtmlTests
{
    private const char Nbsp = '\u00A0';

    private static XElement Parse(string html)
    {
        var root = XElement.Parse(html);
        Assert.Equal("div", root.Name.LocalName);
        Assert.Equal("helse-display", (string?)root.Attribute("class"));
        return root;
    }

    private static List<XElement> Tables(XElement root) => root.Elements("table").ToList();

    private static List<List<XElement>> BodyRows(XElement table) =>
        table.Element("tbody")!.Elements("tr").Select(tr => tr.Elements("td").ToList()).ToList();

    private static List<string> Headers(XElement table) =>
        table.Element("thead")!.Descendants("th").Select(th => th.Value).ToList();

    [Fact]
    public void IndicatorTableToHtml_OneTablePerIndicator_YearsAsColumns_NorwegianNumbers()
    {
        var root = Parse(DisplaySamples.Indicators().ToHtml());
        Assert.NotNull(root.Element("style"));
        var tables = Tables(root);
        Assert.Equal(2, tables.Count);
        Assert.Equal("Driftsinntekter (kr)", tables[0].Element("caption")!.Value);
        Assert.Equal(["Gruppe", "2014", "2015"], Headers(tables[0]));

        var rows = BodyRows(tables[0]);
        var pharma = rows.Single(r => r[0].Value == "Legemidler");
        Assert.Equal("330,0" + Nbsp + "mill.", pharma[1].Value);
        Assert.Equal("360,0" + Nbsp + "mill.", pharma[2].Value);
        Assert.Equal("num", (string?)pharma[2].Attribute("class"));

        var total = rows.Single(r => r[0].Value == "Helsenæringen i alt");
        Assert.Equal("380,0" + Nbsp + "mill.", total[1].Value);
    }

    [Fact]
    public void IndicatorTableToHtml_SuppressedAndUndefinedCells_MarkedDifferently()
    {
        var tables = Tables(Parse(DisplaySamples.Indicators().ToHtml()));
        var medtech = BodyRows(tables[0]).Single(r => r[0].Value == "Medisinsk teknologi");
        Assert.Equal(":", medtech[1].Value);
        Assert.Equal("suppressed", (string?)medtech[1].Attribute("class"));
        Assert.StartsWith("Skjult (konfidensialitet)", (string?)medtech[1].Attribute("title"), StringComparison.Ordinal);

        var growth = BodyRows(tables[1]).Single(r => r[0].Value == "Legemidler");
        Assert.Equal(".", growth[1].Value);
        Assert.Equal("undefined", (string?)growth[1].Attribute("class"));
        Assert.Equal("9,1", growth[2].Value);

        var legend = tables[0].Element("tfoot")!.Value;
        Assert.Contains("skjult (konfidensialitet)", legend, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorTableToHtml_NotesOnPricesAndDisclosure()
    {
        var notes = Parse(DisplaySamples.Indicators().ToHtml()).Elements("p").Select(p => p.Value).ToList();
        Assert.Contains("Løpende priser.", notes);
        Assert.Contains(notes, n => n.StartsWith("Konfidensialitet: celler med færre enn 3 foretak", StringComparison.Ordinal));
    }

    [Fact]
    public void IndicatorTableToHtml_Invariant_EnglishWordsAndNumbers()
    {
        var tables = Tables(Parse(DisplaySamples.Indicators().ToHtml(DisplayOptions.Invariant)));
        Assert.Equal("Revenue (NOK)", tables[0].Element("caption")!.Value);
        Assert.Equal(["Group", "2014", "2015"], Headers(tables[0]));
        var pharma = BodyRows(tables[0]).Single(r => r[0].Value == "Pharmaceuticals");
        Assert.Equal("360.0" + Nbsp + "mn", pharma[2].Value);
        Assert.Equal("9.1", BodyRows(tables[1]).Single(r => r[0].Value == "Pharmaceuticals")[2].Value);
    }

    [Fact]
    public void IndicatorTableToHtml_AmountsInFull_WhenNotCompact()
    {
        var options = DisplayOptions.Invariant with { CompactAmounts = false };
        var pharma = BodyRows(Tables(Parse(DisplaySamples.Indicators().ToHtml(options)))[0]).Single(r => r[0].Value == "Pharmaceuticals");
        Assert.Equal("360,000,000", pharma[2].Value);
    }

    [Fact]
    public void IndicatorTableToHtml_OneIndicator_OneTable()
    {
        var tables = Tables(Parse(DisplaySamples.Indicators().ToHtml(HelseIndicators.Indicators.IndicatorId.RevenueGrowth)));
        Assert.Single(tables);
        Assert.Equal("Vekst i driftsinntekter (%)", tables[0].Element("caption")!.Value);
    }

    [Fact]
    public void IndicatorTableToMarkdown_PivotWithMarks()
    {
        var markdown = DisplaySamples.Indicators().ToMarkdown();
        Assert.Contains("| Gruppe | 2014 | 2015 |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Medisinsk teknologi | : | : |", markdown, StringComparison.Ordinal);
        Assert.Contains("Løpende priser.", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void DisplayTableToHtml_EncodesText()
    {
        var table = new DisplayTable("<R&D> \"x\"", [DisplayColumn.ForText("a<b")], [[DisplayCell.FromText("<script>alert('x')</script>")]]);
        var html = table.ToHtml();
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        var parsed = Tables(Parse(html))[0];
        Assert.Equal("<R&D> \"x\"", parsed.Element("caption")!.Value);
        Assert.Equal(["a<b"], Headers(parsed));
        Assert.Equal("<script>alert('x')</script>", BodyRows(parsed)[0][0].Value);
    }

    [Fact]
    public void DisplayTableToMarkdown_EscapesPipesAndMarksCells()
    {
        var table = new DisplayTable("t", [DisplayColumn.ForText("a"), DisplayColumn.ForAmount("b")],
            [[DisplayCell.FromText("x|y"), DisplayCell.Suppressed("fewer than 3 firms")], [DisplayCell.FromText("z"), DisplayCell.Undefined()]]);
        var markdown = table.ToMarkdown(DisplayOptions.Invariant);
        Assert.Contains("| x\\|y | : |", markdown, StringComparison.Ordinal);
        Assert.Contains("| z | . |", markdown, StringComparison.Ordinal);
        Assert.Contains("| a | b (NOK) |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(25, null, 20, "(5 rader til)")]
    [InlineData(25, "en", 20, "(5 more)")]
    [InlineData(21, null, 20, "(1 rad til)")]
    [InlineData(20, null, 20, null)]
    public void DisplayTableToHtml_RowCap_CountsTheRest(int count, string? culture, int shown, string? more)
    {
        var options = culture is null ? DisplayOptions.Default : DisplayOptions.Default with { Culture = CultureInfo.GetCultureInfo(culture) };
        var table = new DisplayTable("t", [DisplayColumn.ForCount("n")], Enumerable.Range(1, count).Select(i => new[] { DisplayCell.FromNumber(i) }));
        var body = Tables(Parse(table.ToHtml(options)))[0].Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(shown, body.Count(tr => (string?)tr.Attribute("class") != "more"));
        var moreRow = body.SingleOrDefault(tr => (string?)tr.Attribute("class") == "more");
        Assert.Equal(more, moreRow?.Value);
    }

    [Fact]
    public void DisplayTableToHtml_NoCap_ShowsEveryRow()
    {
        var table = new DisplayTable("t", [DisplayColumn.ForCount("n")], Enumerable.Range(1, 25).Select(i => new[] { DisplayCell.FromNumber(i) }));
        var body = Tables(Parse(table.ToHtml(DisplayOptions.Default with { MaxRows = null })))[0].Element("tbody")!.Elements("tr");
        Assert.Equal(25, body.Count());
    }

    [Fact]
    public void DisplayTableToHtml_WithoutStyle_HasNoStyleElement()
    {
        var table = new DisplayTable("t", [DisplayColumn.ForCount("n")], [[DisplayCell.FromNumber(1)]]);
        Assert.Null(Parse(table.ToHtml(DisplayOptions.Default with { IncludeStyle = false })).Element("style"));
    }

    [Fact]
    public void YearSeriesToHtml_UnitInHeader_MissingYearMarked()
    {
        var series = new YearSeries([new(2014, 47_000.5m), new(2015, null), new(2016, 1234.25m)], "Eksport", "mill. kr");
        var table = Tables(Parse(series.ToHtml()))[0];
        Assert.Equal(["År", "Eksport (mill. kr)"], Headers(table));
        var rows = BodyRows(table);
        Assert.Equal("47" + Nbsp + "000,50", rows[0][1].Value);
        Assert.Equal("..", rows[1][1].Value);
        Assert.Equal("missing", (string?)rows[1][1].Attribute("class"));
        Assert.Equal("1" + Nbsp + "234,25", rows[2][1].Value);
    }

    [Fact]
    public void YearSeriesToHtml_RatioUnit_AsPercent()
    {
        var series = new YearSeries([new(2015, 0.4123m)], "Eksportandel", "ratio");
        var table = Tables(Parse(series.ToHtml(DisplayOptions.Invariant)))[0];
        Assert.Equal(["Year", "Eksportandel (%)"], Headers(table));
        Assert.Equal("41.2", BodyRows(table)[0][1].Value);
    }

    [Fact]
    public void SurveyResultToHtml_PercentWithInterval_RankedAnswers()
    {
        var (lo, hi) = SurveyAnalysis.Wilson(0.8, 10);
        var (lo2, hi2) = SurveyAnalysis.Wilson(0.2, 10);
        var result = new SurveyResult([
            new SurveyProportion("international_ambitions", "no", 0.2, lo2, hi2, 10, 10),
            new SurveyProportion("international_ambitions", "yes", 0.8, lo, hi, 10, 10),
        ]);
        var table = Tables(Parse(result.ToHtml()))[0];
        Assert.Equal("Spørreundersøkelse: andeler med 95 % Wilson-intervall", table.Element("caption")!.Value);
        Assert.Equal(["Spørsmål", "Svar", "Andel (%)", "Nedre (%)", "Øvre (%)", "Respondenter", "Effektiv n"], Headers(table));
        var first = BodyRows(table)[0].Select(td => td.Value).ToList();
        Assert.Equal(["international_ambitions", "yes", "80,0", "49,0", "94,3", "10", "10,0"], first);
    }

    [Fact]
    public void JsonStatDatasetToHtml_DimensionLabels_UnitAndStatus()
    {
        var dataset = JsonStatReader.Parse(JsonStatTestData.RdByIndustry).Dataset;
        var root = Parse(dataset.ToHtml(DisplayOptions.Invariant));
        var table = Tables(root)[0];
        Assert.Equal("R&D expenditure by industry", table.Element("caption")!.Value);
        Assert.Equal(["industry", "ContentsCode", "Tid", "Value (NOK million)", "Status"], Headers(table));
        var rows = BodyRows(table);
        Assert.Equal(6, rows.Count);
        Assert.Equal(["Pharmaceuticals", "R&D expenditure", "2015", "1,200.5", ""], rows[0].Select(td => td.Value));
        Assert.Equal("..", rows[2][3].Value);
        Assert.Equal("missing", (string?)rows[2][3].Attribute("class"));
        Assert.Equal("Scientific R&D", rows[3][0].Value);
        Assert.Contains("Source: Statistisk sentralbyrå", root.Elements("p").Select(p => p.Value));
    }

    [Fact]
    public void JsonStatDatasetToHtml_RowCap()
    {
        var dataset = JsonStatReader.Parse(JsonStatTestData.RdByIndustry).Dataset;
        var table = Tables(Parse(dataset.ToHtml(DisplayOptions.Invariant with { MaxRows = 4 })))[0];
        var body = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(5, body.Count);
        Assert.Equal("(2 more)", body[4].Value);
    }

    [Fact]
    public void ChartToHtml_IsTheInlineSvg()
    {
        var series = new YearSeries([new(2014, 47m), new(2015, 52m)], "Driftsinntekter", "mrd. kr");
        var chart = new LineChart(ChartData.FromYearSeries(series), CultureInfo.GetCultureInfo("nb-NO")) { Title = "Driftsinntekter" };
        var html = chart.ToHtml();
        Assert.Equal(chart.ToSvg(), html);
        Assert.Equal("svg", XElement.Parse(html).Name.LocalName);
    }

    [Fact]
    public void DisplayOptions_NegativeRowCap_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DisplayOptions.Default with { MaxRows = -1 });

    [Fact]
    public void DisplayOptions_Defaults()
    {
        var options = DisplayOptions.Default;
        Assert.Equal("nb-NO", options.Culture.Name);
        Assert.Equal(20, options.MaxRows);
        Assert.True(options.CompactAmounts);
        Assert.True(options.IncludeStyle);
    }
}
