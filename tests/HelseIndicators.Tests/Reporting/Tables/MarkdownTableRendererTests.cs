using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Tables;

public class MarkdownTableRendererTests
{
    [Fact]
    public void Render_Segments_WritesPipeTable()
    {
        var md = MarkdownTableRenderer.Render(TableSamples.Segments(), new TableOptions(TableSamples.En));
        var lines = md.Split('\n');
        Assert.Equal("**Key figures 2015**", lines[0]);
        Assert.Equal("| Segment | Firms | Revenue (NOK) | Export share (%) |", lines[2]);
        Assert.Equal("| :--- | ---: | ---: | ---: |", lines[3]);
        Assert.Equal("| Pharma | 12 | 1,235 | 41.2 |", lines[4]);
        Assert.Equal("| Diagnostics | 2 | : | : |", lines[5]);
        Assert.Equal("| E-health | 5 | 0 | . |", lines[6]);
        Assert.Equal("| Retail | 40 | .. | 5.0 |", lines[7]);
        Assert.Contains("`:` suppressed (disclosure control)", md);
        Assert.Contains("Synthetic data.", md);
    }

    [Fact]
    public void Render_PipesBackslashesAndAngleBrackets_AreEscaped()
    {
        var table = new DisplayTable("", [DisplayColumn.ForText("A|B")], [[DisplayCell.FromText("x | y \\ <script>\nnext")]]);
        var md = MarkdownTableRenderer.Render(table, new TableOptions(TableSamples.En));
        Assert.Contains("| A\\|B |", md);
        Assert.Contains("| x \\| y \\\\ &lt;script> next |", md);
        Assert.DoesNotContain("<script>", md);
    }

    [Fact]
    public void Render_RowCap_AddsMoreRow()
    {
        var md = MarkdownTableRenderer.Render(TableSamples.Numbers(1, 2, 3), new TableOptions(TableSamples.En) { MaxRows = 1 });
        Assert.Contains("| (2 more) |  |", md);
        Assert.DoesNotContain("r2", md);
    }

    [Fact]
    public void Escape_Null_GivesEmpty() => Assert.Equal("", MarkdownTableRenderer.Escape(null));
}
