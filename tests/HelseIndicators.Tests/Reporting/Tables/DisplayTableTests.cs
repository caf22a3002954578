using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Tests.Reporting.Tables;

public class DisplayTableTests
{
    [Fact]
    public void Constructor_RowOfWrongLength_Throws() =>
        Assert.Throws<ArgumentException>(() => new DisplayTable("t", [DisplayColumn.ForText("A"), DisplayColumn.ForText("B")],
            [[DisplayCell.FromText("only one")]]));

    [Fact]
    public void Constructor_NoColumn_Throws() =>
        Assert.Throws<ArgumentException>(() => new DisplayTable("t", [], []));

    [Fact]
    public void HeaderText_WithUnit_ShowsUnitInParentheses()
    {
        Assert.Equal("Revenue (NOK)", DisplayColumn.ForAmount("Revenue").HeaderText);
        Assert.Equal("Employees (FTE)", DisplayColumn.ForNumber("Employees", "FTE").HeaderText);
        Assert.Equal("Segment", DisplayColumn.ForText("Segment").HeaderText);
    }

    [Fact]
    public void Column_PercentWithoutUnit_DefaultsToPercentSign() =>
        Assert.Equal("Share (%)", new DisplayColumn("Share", format: CellFormat.Percent).HeaderText);

    [Fact]
    public void Column_Defaults_NumbersRightTextLeft()
    {
        Assert.Equal(ColumnAlignment.Right, DisplayColumn.ForAmount("Revenue").Alignment);
        Assert.Equal(ColumnAlignment.Left, DisplayColumn.ForText("Segment").Alignment);
        Assert.Equal(1, DisplayColumn.ForPercent("Share").Decimals);
        Assert.Equal(0, DisplayColumn.ForCount("Firms").Decimals);
    }

    [Fact]
    public void FromNumber_Null_IsMissing() =>
        Assert.Equal(DisplayCellKind.Missing, DisplayCell.FromNumber((decimal?)null).Kind);

    [Fact]
    public void Cells_EqualByValue()
    {
        Assert.Equal(DisplayCell.Suppressed("x"), DisplayCell.Suppressed("x"));
        Assert.NotEqual(DisplayCell.Suppressed("x"), DisplayCell.Undefined("x"));
        Assert.Equal(DisplayCell.FromNumber(1.5m).GetHashCode(), DisplayCell.FromNumber(1.5m).GetHashCode());
    }
}
