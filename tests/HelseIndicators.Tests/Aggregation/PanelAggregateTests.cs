using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Data.Panel;
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

    /// <summary>The classification remembered by the row before and by the texts' identity is the classifier's, whether
    /// a text comes back as the same object, as an equal copy, or between others that share its memory's place.</summary>
    [Property(MaxTest = 200)]
    public Property SegmentOf_IsTheClassifiers_WhateverTheTextsObjects() => Prop.ForAll(Gen.Choose(0, 1_000_000).ToArbitrary(), seed =>
    {
        var random = new Random(seed);
        string?[] segments = [null, null, null, "pharma", "medtech", "nonsense", ""];
        string?[] codes = [null, "21.100", "21100", "C21.10", "26.60", "32.50", "47.73", "86.10", "87.10", "88.10", "01.11", "72.11", "46.46"];
        var pool = codes.Select(c => c is null ? (NaceCode?)null : NaceCode.Of(c)).ToArray();
        var intake = new RowIntake(Taxonomy.Default, null);
        var classifier = new FirmClassifier(Taxonomy.Default, null);
        var failures = new List<string>();
        for (var i = 0; i < 300; i++)
        {
            var s = random.Next(segments.Length);
            var c = random.Next(codes.Length);
            var segment = segments[s] is { } text && random.Next(3) == 0 ? new string(text.AsSpan()) : segments[s]; // an equal copy
            var nace = random.Next(3) == 0 && codes[c] is { } code ? NaceCode.Of(code) : pool[c]; // new digits, or the pooled ones
            var row = Row(i % 7, 2014, segment: segment) with { NaceCode = nace };
            var expected = classifier.Classify(row).Segment is { } found ? Taxonomy.Default.Segments.ToList().IndexOf(found) : -1;
            var got = intake.SegmentOf(PanelRow.From(row));
            if (got != expected)
            {
                failures.Add($"row {i}: segment '{segment}', nace {nace}: {got}, not {expected}");
            }
        }

        return (failures.Count == 0).Label(string.Join("\n", failures));
    });

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
