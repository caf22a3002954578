using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Tables;

public class TextTableRendererTests
{
    [Fact]
    public void Render_AlignsColumns()
    {
        var table = new DisplayTable("Demo", [DisplayColumn.ForText("Name"), DisplayColumn.ForNumber("Value", "NOK")],
            [[DisplayCell.FromText("a"), DisplayCell.FromNumber(1234.5m)], [DisplayCell.FromText("longer"), DisplayCell.Suppressed()]]);
        var text = TextTableRenderer.Render(table, new TableOptions(TableSamples.En));
        var expected =
            "Demo\n"
            + "Name    Value (NOK)\n"
            + "------  -----------\n"
            + "a           1,234.5\n"
            + "longer            :\n"
            + ": suppressed (disclosure control)\n";
        Assert.Equal(expected, text);
    }

    [Fact]
    public void Render_RowCap_SaysHowManyMore()
    {
        var text = TextTableRenderer.Render(TableSamples.Numbers(1, 2, 3, 4), new TableOptions(TableSamples.En) { MaxRows = 3 });
        Assert.EndsWith("(1 more)\n", text);
    }

    [Fact]
    public void Render_LineBreaksInText_BecomeSpaces()
    {
        var table = new DisplayTable("", [DisplayColumn.ForText("A")], [[DisplayCell.FromText("x\ny")]]);
        Assert.Contains("x y", TextTableRenderer.Render(table, new TableOptions(TableSamples.En)));
    }
}
