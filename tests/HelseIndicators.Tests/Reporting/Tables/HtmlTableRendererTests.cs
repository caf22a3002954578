using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Tables;

public class HtmlTableRendererTests
{
    private static XElement Render(DisplayTable table, TableOptions options) =>
        TableSamples.ParseHtml(HtmlTableRenderer.Render(table, options)).Element("table")!;

    private static List<XElement> BodyCells(XElement table, int row) =>
        table.Element("tbody")!.Elements("tr").ElementAt(row).Elements("td").ToList();

    [Fact]
    public void Render_Headers_ShowUnits()
    {
        var table = Render(TableSamples.Segments(), new TableOptions(TableSamples.En));
        var headers = table.Element("thead")!.Descendants("th").Select(th => th.Value).ToArray();
        Assert.Equal(["Segment", "Firms", "Revenue (NOK)", "Export share (%)"], headers);
        Assert.All(table.Element("thead")!.Descendants("th"), th => Assert.Equal("col", (string?)th.Attribute("scope")));
    }

    [Fact]
    public void Render_Title_IsCaption() =>
        Assert.Equal("Key figures 2015", Render(TableSamples.Segments(), new TableOptions(TableSamples.En)).Element("caption")!.Value);

    [Fact]
    public void Render_SuppressedAndUndefined_HaveDistinctMarksClassesAndReasons()
    {
        var table = Render(TableSamples.Segments(), new TableOptions(TableSamples.En));
        var suppressed = BodyCells(table, 1)[2];
        var undefined = BodyCells(table, 2)[3];
        var missing = BodyCells(table, 3)[2];
        Assert.Equal(":", suppressed.Value);
        Assert.Equal("suppressed", (string?)suppressed.Attribute("class"));
        Assert.Equal("Suppressed (disclosure control): fewer than 3 firms", (string?)suppressed.Attribute("title"));
        Assert.Equal(".", undefined.Value);
        Assert.Equal("undefined", (string?)undefined.Attribute("class"));
        Assert.Equal("Cannot be computed: revenue is 0", (string?)undefined.Attribute("title"));
        Assert.Equal("..", missing.Value);
        Assert.Equal("missing", (string?)missing.Attribute("class"));
        Assert.NotEqual(suppressed.Value, undefined.Value);
    }

    [Fact]
    public void Render_MarksUsed_AreExplainedInFooter()
    {
        var footer = Render(TableSamples.Segments(), new TableOptions(TableSamples.En)).Element("tfoot")!;
        var legend = footer.Elements("tr").First(tr => (string?)tr.Attribute("class") == "legend").Value;
        Assert.Contains(": suppressed (disclosure control)", legend);
        Assert.Contains(". cannot be computed", legend);
        Assert.Contains("Synthetic data.", footer.Value);
    }

    [Fact]
    public void Render_NbNo_FormatsWithCultureSeparators()
    {
        var nb = TableSamples.Nb;
        var g = nb.NumberFormat.NumberGroupSeparator;
        var d = nb.NumberFormat.NumberDecimalSeparator;
        var table = Render(TableSamples.Numbers(1234.5m, 1234567.25m), new TableOptions(nb));
        Assert.Equal($"1{g}234{d}5", BodyCells(table, 0)[1].Value);
        Assert.Equal($"1{g}234{g}567{d}3", BodyCells(table, 1)[1].Value);
        Assert.Equal("num", (string?)BodyCells(table, 0)[1].Attribute("class"));
    }

    [Fact]
    public void Render_PercentColumn_WritesPercentValue()
    {
        var d = TableSamples.Nb.NumberFormat.NumberDecimalSeparator;
        Assert.Equal($"41{d}2", BodyCells(Render(TableSamples.Segments(), new TableOptions(TableSamples.Nb)), 0)[3].Value);
    }

    [Fact]
    public void Render_CompactAmounts_ScalesToBillions()
    {
        var table = new DisplayTable("", [DisplayColumn.ForAmount("Revenue")], [[DisplayCell.FromNumber(52_000_000_000m)]]);
        Assert.Equal("52.0\u00A0bn", BodyCells(Render(table, new TableOptions(TableSamples.En) { CompactAmounts = true }), 0)[0].Value);
        Assert.Equal("52,000,000,000", BodyCells(Render(table, new TableOptions(TableSamples.En)), 0)[0].Value);
    }

    [Fact]
    public void Render_RowCap_EndsWithMoreRow()
    {
        var table = Render(TableSamples.Numbers(1, 2, 3, 4, 5), new TableOptions(TableSamples.En) { MaxRows = 2 });
        var rows = table.Element("tbody")!.Elements("tr").ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal("more", (string?)rows[2].Attribute("class"));
        Assert.Equal("(3 more)", rows[2].Value);
        Assert.Equal("2", (string?)rows[2].Element("td")!.Attribute("colspan"));
    }

    [Fact]
    public void Render_RowCapNotReached_HasNoMoreRow()
    {
        var table = Render(TableSamples.Numbers(1, 2), new TableOptions(TableSamples.En) { MaxRows = 2 });
        Assert.Equal(2, table.Element("tbody")!.Elements("tr").Count());
    }

    [Fact]
    public void Render_UserText_IsEncoded()
    {
        var table = new DisplayTable("<b>Title</b> & co", [DisplayColumn.ForText("<th>")],
            [[DisplayCell.FromText("<script>alert('x')</script> R&D", "note \"quoted\" <i>")]]);
        var html = HtmlTableRenderer.Render(table, new TableOptions(TableSamples.En));
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("<b>", html);
        var parsed = Render(table, new TableOptions(TableSamples.En));
        Assert.Equal("<b>Title</b> & co", parsed.Element("caption")!.Value);
        Assert.Equal("<script>alert('x')</script> R&D", BodyCells(parsed, 0)[0].Value);
        Assert.Equal("note \"quoted\" <i>", (string?)BodyCells(parsed, 0)[0].Attribute("title"));
    }

    [Fact]
    public void Render_IncludeStyle_WritesStyleBlockFirst()
    {
        var html = HtmlTableRenderer.Render(TableSamples.Numbers(1), new TableOptions(TableSamples.En) { IncludeStyle = true });
        Assert.StartsWith("<style>", html);
        Assert.DoesNotContain("<style>", HtmlTableRenderer.Render(TableSamples.Numbers(1), new TableOptions(TableSamples.En)));
    }

    [Fact]
    public void Render_NorwegianCulture_UsesNorwegianWords()
    {
        var table = Render(TableSamples.Segments(), new TableOptions(TableSamples.Nb) { MaxRows = 3 });
        Assert.Equal("(1 rad til)", table.Element("tbody")!.Elements("tr").Last().Value);
        Assert.Contains("skjult (konfidensialitet)", table.Element("tfoot")!.Value);
    }

    [Fact]
    public void MaxRows_Negative_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TableOptions(TableSamples.En) { MaxRows = -1 });

    [Property]
    public Property Render_AnyUserText_ParsesAndRoundTripsWithoutMarkup() =>
        Prop.ForAll(Gen.Elements('<', '>', '&', '"', '\'', 'a', 'ø', ' ', '|', '/').ArrayOf().Select(c => new string(c)).ToArbitrary(), text =>
        {
            var table = new DisplayTable(text, [DisplayColumn.ForText(text)], [[DisplayCell.FromText(text, text)]]);
            var parsed = Render(table, new TableOptions(TableSamples.En));
            var cell = BodyCells(parsed, 0)[0];
            return cell.Value == text && !cell.HasElements && parsed.Descendants().All(e => e.Name.LocalName is "table" or "caption" or "thead" or "tbody" or "tfoot" or "tr" or "th" or "td" or "span");
        });
}
