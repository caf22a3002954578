using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>The slot-and-year table in front of the detail cells' dictionaries: it finds what it was given, wherever
/// the slots and years come, and nothing else.</summary>
public class SlotYearTableTests
{
    private static readonly Gen<(int Slot, int Year)> s_places =
        Gen.Choose(0, 300).SelectMany(slot => Gen.OneOf(Gen.Choose(2000, 2030), Gen.Choose(1900, 2100)).Select(year => (slot, year)));

    [Property]
    public Property FindsEveryCellItRemembered_AndNoOther() =>
        Prop.ForAll(Gen.ListOf(s_places).ToArbitrary(), Gen.ListOf(s_places).ToArbitrary(), (remembered, asked) =>
        {
            var table = new SlotYearTable();
            var cells = new Dictionary<(int, int), DetailCell>();
            var pairs = new Dictionary<(int, int), DetailSameFirmCell>();
            foreach (var (slot, year) in remembered)
            {
                if (!cells.ContainsKey((slot, year)))
                {
                    cells[(slot, year)] = new DetailCell(0);
                    table.Remember(slot, year, cells[(slot, year)]);
                }

                if (slot % 3 == 0 && !pairs.ContainsKey((slot, year)))
                {
                    pairs[(slot, year)] = new DetailSameFirmCell(0);
                    table.RememberSameSlot(slot, year, pairs[(slot, year)]);
                }
            }

            return remembered.Concat(asked).All(p =>
                ReferenceEquals(table.CellAt(p.Slot, p.Year), cells.GetValueOrDefault(p))
                && ReferenceEquals(table.SameSlotAt(p.Slot, p.Year), pairs.GetValueOrDefault(p)));
        });

    [Fact]
    public void KeepsWhatItHolds_WhenAnEarlierYearAndALaterSlotWidenIt()
    {
        var table = new SlotYearTable();
        var first = new DetailCell(0);
        table.Remember(2, 2015, first);
        var earlier = new DetailCell(0);
        table.Remember(40, 1980, earlier);

        Assert.Same(first, table.CellAt(2, 2015));
        Assert.Same(earlier, table.CellAt(40, 1980));
        Assert.Null(table.CellAt(2, 1980));
        Assert.Null(table.CellAt(40, 2015));
        Assert.Null(table.SameSlotAt(2, 2015));
    }

    [Fact]
    public void StopsRemembering_RatherThanGrowPast2To20Places()
    {
        var table = new SlotYearTable();
        var cell = new DetailCell(0);
        table.Remember(0, 2020, cell);
        table.Remember(60_000, 2020, new DetailCell(0)); // 2^16 slots × 16 years is 2^20 places: still held
        table.Remember(60_000, 1, new DetailCell(0));    // 2^16 slots × 2^11 years is not

        Assert.Same(cell, table.CellAt(0, 2020));
        Assert.NotNull(table.CellAt(60_000, 2020));
        Assert.Null(table.CellAt(60_000, 1));
        Assert.Null(table.CellAt(0, 1));
    }

    [Fact]
    public void YearsComingEarlierOneByOne_WidenItOnlyToTheYearsSeen()
    {
        // 2^16 slots leave room for 16 years (2^20 places): the years 2005-2020 fit when they come in any order.
        var table = new SlotYearTable();
        var cells = new List<(int Year, DetailCell Cell)>();
        for (var year = 2020; year >= 2005; year--)
        {
            var cell = new DetailCell(0);
            table.Remember(60_000, year, cell);
            cells.Add((year, cell));
        }

        Assert.All(cells, c => Assert.Same(c.Cell, table.CellAt(60_000, c.Year)));
    }

    [Fact]
    public void AnEmptyTable_FindsNothing()
    {
        var table = new SlotYearTable();
        Assert.Null(table.CellAt(0, 0));
        Assert.Null(table.SameSlotAt(0, 2020));
    }
}
