using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Aggregation.TestFirms;

namespace HelseIndicators.Tests.Aggregation;

public class PanelAggregateTests
{
    private static readonly IndicatorRequest s_request = new()
    {
        Dimensions = [GroupDimension.Segment],
        Disclosure = DisclosureControlOptions.Disabled,
    };

    [Fact]
    public void Merge_OfTwoParts_EqualsOnePass()
    {
        var rows = IndicatorEngineTests.Panel();
        var one = new PanelAggregate();
        foreach (var row in rows)
        {
            one.Add(row);
        }

        var a = new PanelAggregate();
        var b = new PanelAggregate();
        for (var i = 0; i < rows.Length; i++)
        {
            (i % 2 == 0 ? a : b).Add(rows[i]);
        }

        b.Merge(a);
        Assert.Equal(one.ToTable(s_request).ToArray(), b.ToTable(s_request).ToArray());
        Assert.Equal(one.Diagnostics.RowsUsed, b.Diagnostics.RowsUsed);
    }

    [Fact]
    public void Merge_RejectsDuplicatesAcrossParts()
    {
        var a = new PanelAggregate();
        var b = new PanelAggregate();
        Assert.True(a.Add(Row(0, 2014, revenue: 1)));
        Assert.True(b.Add(Row(0, 2014, revenue: 2)));
        b.Add(Row(1, 2014, revenue: 3));
        a.Merge(b);
        Assert.Equal(1, a.Count);
        Assert.Equal(3, a.Diagnostics.RowsRead);
        Assert.Equal(2, a.Diagnostics.RowsRejected);
    }

    [Fact]
    public void Add_ThirdOccurrenceOfADuplicate_IsCountedToo()
    {
        var a = new PanelAggregate();
        a.Add(Row(0, 2014, revenue: 1));
        Assert.False(a.Add(Row(0, 2014, revenue: 1)));
        Assert.False(a.Add(Row(0, 2014, revenue: 1)));
        Assert.Equal(0, a.Count);
        Assert.Equal(3, a.Diagnostics.RowsRejected);
    }

    [Fact]
    public void Merge_WithItselfOrAnotherTaxonomy_Throws()
    {
        var a = new PanelAggregate();
        Assert.Throws<ArgumentException>(() => a.Merge(a));
        var other = new PanelAggregate(Taxonomy.Default, new FirmList([]));
        Assert.Throws<ArgumentException>(() => a.Merge(other));
    }

    [Fact]
    public void ToTable_WithAnotherTaxonomyInTheRequest_Throws()
    {
        var a = new PanelAggregate();
        var taxonomy = Taxonomy.Create(
            [new LinkDefinition("l", new LocalizedName("L", "L"), [new SegmentDefinition("s", new LocalizedName("S", "S"), [])])]);
        Assert.Throws<ArgumentException>(() => a.ToTable(new IndicatorRequest { Taxonomy = taxonomy }));
    }

    [Fact]
    public void Add_UsesTheFirmListForRowsWithoutSegment()
    {
        var list = new FirmList([new FirmListEntry(Number(0), "medtech")]);
        var a = new PanelAggregate(Taxonomy.Default, list);
        a.Add(Row(0, 2014, segment: null, revenue: 5));
        var table = a.ToTable(new IndicatorRequest { Dimensions = [GroupDimension.Segment], FirmList = list, Disclosure = DisclosureControlOptions.Disabled });
        Assert.Equal(5m, table.Find(IndicatorId.Revenue, 2014, GroupKey.Of(GroupDimension.Segment, "medtech"))!.Value);
        Assert.Equal(0, table.Diagnostics.UnclassifiedFirmYears);
    }

    [Property]
    public Property PassesRowRules_AgreesWithFirmYearValidate() => Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
    {
        var random = new Random(seed);
        decimal? Any() => random.Next(4) == 0 ? null : random.Next(-3, 10);
        var row = Row(0, 2014, revenue: Any(), exports: Any(), operatingProfit: Any(), depreciation: Any(),
            wageCosts: Any(), employees: Any(), rd: Any());
        return RowIntake.PassesRowRules(row) == (row.Validate().Count == 0);
    });
}
