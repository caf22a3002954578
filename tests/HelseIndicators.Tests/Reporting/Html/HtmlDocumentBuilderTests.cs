using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using HelseIndicators.Reporting.Charts;
using HelseIndicators.Reporting.Html;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Html;

public class HtmlDocumentBuilderTests
{
    private static readonly CultureInfo s_nb = CultureInfo.GetCultureInfo("nb-NO");
    private static readonly XNamespace s_svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string html)
    {
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace);
    }

    private static string Sample()
    {
        var chart = new LineChart(ChartData.ForYears([2014, 2015], ChartSeries.Of("Omsetning", 47m, 52m)), s_nb)
        { Title = "Omsetning <2015>", ValueAxisTitle = "Omsetning", ValueUnit = "mrd. kr" };
        var table = new DisplayTable("Tabell", [DisplayColumn.ForText("Segment"), DisplayColumn.ForAmount("Omsetning")],
            [[DisplayCell.FromText("Legemidler"), DisplayCell.Suppressed("færre enn 3 foretak")]]);
        return new HtmlDocumentBuilder("Helsenæringens verdi & <demo>", s_nb) { Footer = "Laget med HelseIndicators" }
            .AddNotice("Alle tall er syntetiske.", NoticeKind.Warning, "Syntetiske data")
            .AddNotice("Konfidensialitetskontroll er slått av.", NoticeKind.Info)
            .AddTableOfContents()
            .BeginSection("Omsetning")
                .AddParagraph("Omsetningen økte <script>alert(1)</script> & mer.")
                .AddFigure(chart)
                .BeginSection("Detaljer")
                    .AddTable(table)
                .EndSection()
            .EndSection()
            .BeginSection("Definisjoner")
                .AddDefinitionList([new("Eksportandel", "Σ eksport / Σ omsetning")])
            .EndSection()
            .ToHtml();
    }

    [Fact]
    public void ToHtml_IsWellFormedHtml5WithLanguageAndCharset()
    {
        var html = Sample();
        Assert.StartsWith("<!DOCTYPE html>", html);
        var doc = Parse(html);
        var root = doc.Root!;
        Assert.Equal("html", root.Name.LocalName);
        Assert.Equal("nb", (string?)root.Attribute("lang"));
        Assert.Equal("utf-8", (string?)root.Element("head")!.Element("meta")!.Attribute("charset"));
        Assert.Equal("Helsenæringens verdi & <demo>", root.Element("head")!.Element("title")!.Value);
        Assert.Equal("Helsenæringens verdi & <demo>", root.Descendants("h1").Single().Value);
    }

    [Fact]
    public void ToHtml_IsSelfContainedWithoutScript()
    {
        var html = Sample();
        var doc = Parse(html);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "link" or "img" or "iframe");
        Assert.DoesNotContain(doc.Descendants().Attributes(), a => a.Name.LocalName is "src" || (a.Name.LocalName == "href" && !a.Value.StartsWith('#')));
        Assert.DoesNotContain("url(", html);
        Assert.DoesNotContain("@import", html);
        Assert.Contains("@media print", html);
    }

    [Fact]
    public void ToHtml_SectionsNestWithHeadingLevelsAndTableOfContents()
    {
        var doc = Parse(Sample());
        var sections = doc.Descendants("section").ToList();
        Assert.Equal(["section-1", "section-2", "section-3"], sections.Select(s => (string)s.Attribute("id")!));
        Assert.Equal("Omsetning", sections[0].Element("h2")!.Value);
        Assert.Equal("Detaljer", sections[1].Element("h3")!.Value);
        Assert.Same(sections[0], sections[1].Parent);
        var toc = doc.Descendants("nav").Single();
        Assert.Equal(["#section-1", "#section-2", "#section-3"], toc.Descendants("a").Select(a => (string)a.Attribute("href")!));
        Assert.Equal("Innhold", toc.Element("h2")!.Value);
        Assert.Single(toc.Element("ol")!.Elements("li").First().Elements("ol"));
    }

    [Fact]
    public void ToHtml_FigureWrapsSvgWithNumberedCaptionAndNoDuplicateTitle()
    {
        var doc = Parse(Sample());
        var figure = doc.Descendants("figure").Single();
        var svg = figure.Element(s_svg + "svg");
        Assert.NotNull(svg);
        Assert.Equal("Figur 1. Omsetning <2015>", figure.Element("figcaption")!.Value);
        Assert.DoesNotContain(svg.Descendants(s_svg + "text"), t => ((string?)t.Attribute("class")) == "chart-title");
        Assert.Equal("Omsetning <2015>", svg.Element(s_svg + "title")!.Value);
    }

    [Fact]
    public void ToHtml_TextIsEncoded()
    {
        var html = Sample();
        Assert.DoesNotContain("<script>", html);
        var doc = Parse(html);
        Assert.Equal("Omsetningen økte <script>alert(1)</script> & mer.", doc.Descendants("p").First().Value);
    }

    [Fact]
    public void ToHtml_NoticesTablesAndDefinitionLists()
    {
        var doc = Parse(Sample());
        var notices = doc.Descendants("aside").ToList();
        Assert.Equal("notice warning", (string?)notices[0].Attribute("class"));
        Assert.Equal("Syntetiske data", notices[0].Element("strong")!.Value);
        Assert.Equal("notice info", (string?)notices[1].Attribute("class"));
        var cell = doc.Descendants("td").First(td => (string?)td.Attribute("class") == "suppressed");
        Assert.Equal(":", cell.Value);
        Assert.Equal("Eksportandel", doc.Descendants("dt").Single().Value);
        Assert.Equal("Σ eksport / Σ omsetning", doc.Descendants("dd").Single().Value);
        Assert.Equal("Laget med HelseIndicators", doc.Descendants("footer").Single().Value);
    }

    [Fact]
    public void Language_FollowsCulture()
    {
        Assert.Equal("en", new HtmlDocumentBuilder("t", CultureInfo.InvariantCulture).Language);
        Assert.Equal("en", new HtmlDocumentBuilder("t", CultureInfo.GetCultureInfo("en-GB")).Language);
        Assert.Equal("nb", new HtmlDocumentBuilder("t", CultureInfo.GetCultureInfo("nn-NO")).Language);
    }

    [Fact]
    public void EndSection_WithoutOpenSection_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new HtmlDocumentBuilder("t", s_nb).EndSection());

    [Fact]
    public void BeginSection_DeeperThanH6_Throws()
    {
        var builder = new HtmlDocumentBuilder("t", s_nb);
        for (var i = 0; i < 5; i++)
        {
            builder.BeginSection("s" + i);
        }

        Assert.Throws<InvalidOperationException>(() => builder.BeginSection("too deep"));
    }

    [Fact]
    public void ToHtml_OpenSections_AreClosed()
    {
        var doc = Parse(new HtmlDocumentBuilder("t", s_nb).BeginSection("a").BeginSection("b").AddParagraph("x").ToHtml());
        Assert.Equal(2, doc.Descendants("section").Count());
    }
}
