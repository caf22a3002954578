using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Data;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>
/// A file whose rows come grouped by firm or by year is summed as it is read (no firm-year kept), and gives exactly what
/// the reader's rows added to a <see cref="PanelAggregate"/> give; a file in any other order is read the general way.
/// </summary>
public sealed class StreamedReadTests : IDisposable
{
    private static readonly GroupDimension[][] s_breakdowns =
    [
        [], [GroupDimension.Segment], [GroupDimension.Link], [GroupDimension.County],
        [GroupDimension.SizeClass], [GroupDimension.Segment, GroupDimension.County, GroupDimension.SizeClass],
    ];

    private readonly string _directory = Directory.CreateTempSubdirectory("helse-grouped-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    public enum RowOrder
    {
        AsWritten,          // grouped by firm, years ascending
        FirmsShuffled,      // still grouped by firm
        YearThenFirm,       // grouped by year
        YearFirmsShuffled,  // still grouped by year
        Shuffled,           // neither
    }

    [Property(MaxTest = 80)]
    public Property Read_AnyOrderAndParts_EqualsTheReaderRowsInAPanelAggregate() => Prop.ForAll(
        Gen.Choose(0, 1_000_000).ToArbitrary(),
        Gen.Choose(1, 5).ToArbitrary(),
        Gen.Elements(Enum.GetValues<RowOrder>()).ToArbitrary(),
        (seed, parts, order) =>
        {
            var mode = seed % 2 == 0 ? ReadMode.Lenient : ReadMode.Strict;
            var breakdown = seed / 2 % s_breakdowns.Length;
            var request = new IndicatorRequest { Dimensions = s_breakdowns[breakdown] };
            var path = Write(PanelText(seed, order, clean: false), $"panel-{seed}-{order}.csv");
            var options = new PanelCsvOptions { Mode = mode };
            var reference = PanelReadOutcome.Of(() => Reference(path, options, request));
            var read = PanelReadOutcome.Of(() => PanelFileAggregate.Read(path, request, options, parts, 0, default), request);
            return (reference == read).Label($"reference:\n{reference}\nfile ({parts} parts):\n{read}");
        });

    [Theory]
    [InlineData(RowOrder.AsWritten, 1, PanelRowOrder.GroupedByFirm)]
    [InlineData(RowOrder.AsWritten, 3, PanelRowOrder.GroupedByFirm)]
    [InlineData(RowOrder.FirmsShuffled, 4, PanelRowOrder.GroupedByFirm)]
    [InlineData(RowOrder.YearThenFirm, 1, PanelRowOrder.GroupedByYear)]
    [InlineData(RowOrder.YearThenFirm, 3, PanelRowOrder.GroupedByYear)]
    [InlineData(RowOrder.YearFirmsShuffled, 2, PanelRowOrder.GroupedByYear)]
    [InlineData(RowOrder.Shuffled, 1, PanelRowOrder.Unordered)]
    [InlineData(RowOrder.Shuffled, 2, PanelRowOrder.Unordered)]
    public void Read_SaysHowTheRowsWereOrdered(RowOrder order, int parts, PanelRowOrder expected)
    {
        var request = new IndicatorRequest { Dimensions = [GroupDimension.Segment] };
        var path = Write(PanelText(7, order, clean: true), $"order-{order}.csv");

        var read = PanelFileAggregate.Read(path, request, null, parts, 0, default);

        Assert.Equal(expected, read.RowOrder);
        Assert.Equal(Reference(path, PanelCsvOptions.Default, request).Table, read.ToTable(request));
    }

    [Fact]
    public void ToTable_GroupedReadWithDisclosureOff_RefusesDisclosureControl()
    {
        var path = Write(PanelText(3, RowOrder.AsWritten, clean: true), "off.csv");
        var off = new IndicatorRequest { Disclosure = DisclosureControlOptions.Default with { Enabled = false } };
        var read = PanelFileAggregate.Read(path, off, null, 1, 0, default);

        Assert.Equal(Reference(path, PanelCsvOptions.Default, off).Table, read.ToTable(off));
        var e = Assert.Throws<ArgumentException>(() => read.ToTable(new IndicatorRequest()));
        Assert.Contains("disclosure control off", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToTable_GroupedRead_RefusesALargerDominanceNThanItKept()
    {
        var path = Write(PanelText(3, RowOrder.AsWritten, clean: true), "dominance.csv");
        var read = PanelFileAggregate.Read(path, new IndicatorRequest(), null, 1, 0, default);
        Assert.Equal(PanelRowOrder.GroupedByFirm, read.RowOrder);

        var wider = new IndicatorRequest { Disclosure = DisclosureControlOptions.Default with { DominanceN = 3 } };
        var e = Assert.Throws<ArgumentException>(() => read.ToTable(wider));
        Assert.Contains("dominance n of 3", e.Message, StringComparison.Ordinal);

        var readForIt = PanelFileAggregate.Read(path, wider, null, 1, 0, default);
        Assert.Equal(Reference(path, PanelCsvOptions.Default, wider).Table, readForIt.ToTable(wider));
    }

    [Property(MaxTest = 40)]
    public Property Read_LeavingDimensionsOut_ChangesNoTableItCanGive() => Prop.ForAll(
        Gen.Choose(0, 1_000_000).ToArbitrary(),
        Gen.Choose(1, 4).ToArbitrary(),
        Gen.Elements(Enum.GetValues<RowOrder>()).ToArbitrary(),
        (seed, parts, order) =>
        {
            // Firms change segment, county and size class between years, so same-firm pairs cross slots.
            var path = Write(PanelText(seed, order, clean: true), $"detail-{seed}-{order}.csv");
            var every = PanelFileAggregate.Read(path, null, null, parts, 0, default);
            var failures = new List<string>();
            foreach (var kept in s_breakdowns)
            {
                var read = PanelFileAggregate.Read(path, new IndicatorRequest { Dimensions = kept }, null, parts, 0, default);
                foreach (var breakdown in s_breakdowns.Where(b => b.All(d => read.Dimensions.Contains(d))))
                {
                    var request = new IndicatorRequest { Dimensions = breakdown };
                    if (PanelReadOutcome.Of(() => read, request) != PanelReadOutcome.Of(() => every, request))
                    {
                        failures.Add($"read for [{string.Join(",", kept)}], table by [{string.Join(",", breakdown)}]");
                    }
                }
            }

            return (failures.Count == 0).Label(string.Join("\n", failures));
        });

    [Theory]
    [InlineData(RowOrder.AsWritten, 1, GroupDimension.County)]
    [InlineData(RowOrder.AsWritten, 3, GroupDimension.SizeClass)]
    [InlineData(RowOrder.YearThenFirm, 1, GroupDimension.County)]
    [InlineData(RowOrder.Shuffled, 2, GroupDimension.SizeClass)]
    public void ToTable_ByADimensionTheReadLeftOut_ThrowsWhateverTheOrder(RowOrder order, int parts, GroupDimension left)
    {
        var path = Write(PanelText(11, order, clean: true), $"left-{order}-{parts}.csv");
        var bySegment = new IndicatorRequest { Dimensions = [GroupDimension.Segment] };
        var byLink = new IndicatorRequest { Dimensions = [GroupDimension.Link] };

        var read = PanelFileAggregate.Read(path, bySegment, null, parts, 0, default);

        Assert.Equal([GroupDimension.Segment, GroupDimension.Link], read.Dimensions);
        Assert.Equal(Reference(path, PanelCsvOptions.Default, byLink).Table, read.ToTable(byLink)); // the link follows from the segment
        var e = Assert.Throws<ArgumentException>(() => read.ToTable(new IndicatorRequest { Dimensions = [GroupDimension.Segment, left] }));
        Assert.Contains($"without the dimension {GroupDimensions.Id(left)}", e.Message, StringComparison.Ordinal);
    }

    [Property(MaxTest = 40)]
    public Property Read_ForSomeIndicators_GivesTheirRowsAsAReadForEvery() => Prop.ForAll(
        Gen.Choose(0, 1_000_000).ToArbitrary(),
        Gen.Choose(1, 4).ToArbitrary(),
        Gen.Elements(Enum.GetValues<RowOrder>()).ToArbitrary(),
        (seed, parts, order) =>
        {
            // A few indicators of any kind, often without the same-firm growths, the HHI or the top-8 share.
            var random = new Random(seed);
            var catalogue = IndicatorCatalog.All;
            var some = catalogue.Where(_ => random.Next(6) == 0).Select(d => d.Id).ToArray();
            var path = Write(PanelText(seed, order, clean: seed % 3 == 0), $"some-{seed}-{order}.csv");
            var request = new IndicatorRequest { Dimensions = s_breakdowns[seed % s_breakdowns.Length], Indicators = some };
            var options = new PanelCsvOptions { Mode = seed % 2 == 0 ? ReadMode.Lenient : ReadMode.Strict };
            var forThem = PanelReadOutcome.Of(() => PanelFileAggregate.Read(path, request, options, parts, 0, default), request);
            var forEvery = PanelReadOutcome.Of(() => PanelFileAggregate.Read(path, null, options, parts, 0, default), request);
            return (forThem == forEvery).Label($"[{string.Join(",", some)}]\nread for them:\n{forThem}\nread for every:\n{forEvery}");
        });

    [Theory]
    [InlineData(RowOrder.AsWritten, 1, "revenue_growth_same_firms")]
    [InlineData(RowOrder.AsWritten, 3, "hhi_revenue")]
    [InlineData(RowOrder.FirmsShuffled, 2, "top8_export_share")]
    [InlineData(RowOrder.YearThenFirm, 1, "exports_growth_same_firms")]
    [InlineData(RowOrder.YearThenFirm, 2, "top8_export_share")]
    [InlineData(RowOrder.Shuffled, 2, "employees_growth_same_firms")]
    [InlineData(RowOrder.Shuffled, 1, "hhi_revenue")]
    public void ToTable_AnIndicatorTheReadLeftOut_ThrowsWhateverTheOrder(RowOrder order, int parts, string left)
    {
        var path = Write(PanelText(17, order, clean: true), $"without-{order}-{parts}-{left}.csv");
        static IndicatorRequest BySegment(IndicatorId[]? ids) => new() { Dimensions = [GroupDimension.Segment], Indicators = ids };
        var levels = BySegment([IndicatorId.Revenue, IndicatorId.ExportShare]);
        var id = IndicatorId.Parse(left).Value;

        var read = PanelFileAggregate.Read(path, levels, null, parts, 0, default);

        Assert.DoesNotContain(id, read.Indicators);
        var growth = BySegment([IndicatorId.RevenueGrowth, IndicatorId.ExportParticipation]); // kept anyway
        Assert.Equal(Reference(path, PanelCsvOptions.Default, growth).Table, read.ToTable(growth));
        var asked = Assert.Throws<ArgumentException>(() => read.ToTable(BySegment([IndicatorId.Revenue, id])));
        Assert.Contains($"without {left}", asked.Message, StringComparison.Ordinal);
        var every = Assert.Throws<ArgumentException>(() => read.ToTable(BySegment(null)));
        Assert.Contains("some indicators only", every.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicators_AreEveryWithoutARequestAndTheKeptOnesWithOne()
    {
        var path = Write(PanelText(19, RowOrder.AsWritten, clean: true), "indicators.csv");
        var all = IndicatorCatalog.All.Select(d => d.Id).ToArray();
        var sameFirm = IndicatorCatalog.All.Where(d => d.Kind == IndicatorKind.GrowthSameFirms).Select(d => d.Id).ToArray();

        Assert.Equal(all, PanelFileAggregate.Read(path, null, null, 2, 0, default).Indicators);
        Assert.Equal(all, PanelFileAggregate.Read(path, new IndicatorRequest(), null, 2, 0, default).Indicators);
        Assert.Equal(all.Except([.. sameFirm, IndicatorId.HhiRevenue, IndicatorId.Top8ExportShare]),
            PanelFileAggregate.Read(path, new IndicatorRequest { Indicators = [IndicatorId.Revenue] }, null, 2, 0, default).Indicators);
        Assert.Equal(all.Except([IndicatorId.Top8ExportShare]),
            PanelFileAggregate.Read(path, new IndicatorRequest { Indicators = [IndicatorId.HhiRevenue, IndicatorId.ValueAddedGrowthSameFirms] }, null, 2, 0, default).Indicators);
    }

    [Fact]
    public void Dimensions_WithoutARequest_AreEvery()
    {
        var path = Write(PanelText(13, RowOrder.AsWritten, clean: true), "every.csv");
        var bySize = new IndicatorRequest { Dimensions = [GroupDimension.SizeClass] };

        Assert.Equal(Enum.GetValues<GroupDimension>(), PanelFileAggregate.Read(path, null, null, 2, 0, default).Dimensions);
        Assert.Equal([GroupDimension.Segment, GroupDimension.Link, GroupDimension.SizeClass],
            PanelFileAggregate.Read(path, bySize, null, 2, 0, default).Dimensions);
    }

    [Fact]
    public void YearOrder_YearsAscendingFirmsOnceAYear_IsGrouped()
    {
        var order = new YearGroupedOrder();
        Assert.True(order.TryNext(5, 2015));
        Assert.True(order.TryNext(2, 2015));
        Assert.True(order.TryNext(5, 2017)); // a gap is fine, and the firm is new in 2017
        Assert.True(order.TryNext(2, 2017));
    }

    [Fact]
    public void YearOrder_FirmTwiceInAYear_IsNotGrouped()
    {
        var order = new YearGroupedOrder();
        Assert.True(order.TryNext(5, 2015));
        Assert.True(order.TryNext(6, 2015));
        Assert.False(order.TryNext(5, 2015));
    }

    [Fact]
    public void YearOrder_YearGoingBack_IsNotGrouped()
    {
        var order = new YearGroupedOrder();
        Assert.True(order.TryNext(5, 2016));
        Assert.False(order.TryNext(6, 2015));
    }

    /// <summary>The general way: the reader's rows, one at a time, into a <see cref="PanelAggregate"/>.</summary>
    private static (ReadDiagnostics Diagnostics, IReadOnlyList<DataProblem> Problems, IndicatorTable Table) Reference(
        string path, PanelCsvOptions options, IndicatorRequest request)
    {
        var read = PanelCsvReader.Open(path, options);
        var aggregate = new PanelAggregate(request);
        foreach (var row in read.Rows)
        {
            aggregate.Add(row);
        }

        return (read.Diagnostics, read.Problems, aggregate.ToTable(request).WithReader(read.Diagnostics));
    }

    /// <summary>A random panel (firms that change segment, county and size class; duplicates and bad rows unless
    /// clean) in a given row order.</summary>
    private static string PanelText(int seed, RowOrder order, bool clean)
    {
        var random = new Random(seed);
        var counties = new[] { "Oslo", "Vestland", "", null };
        var rows = IndicatorEngineProperties.RandomPanel(seed, clean)
            .Select(r => random.Next(6) == 0 ? r with { County = counties[random.Next(counties.Length)] } : r)
            .ToList();
        if (!clean)
        {
            for (var i = random.Next(3); i > 0 && rows.Count > 0; i--)
            {
                var at = random.Next(rows.Count);
                rows[at] = rows[at] with { Exports = (rows[at].Revenue ?? 0m) + 1m }; // a rule broken
            }
        }

        rows = order switch
        {
            RowOrder.FirmsShuffled => rows.GroupBy(r => r.OrganisationNumber).OrderBy(_ => random.Next()).SelectMany(g => g).ToList(),
            RowOrder.YearThenFirm => rows.OrderBy(r => r.Year).ThenBy(r => r.OrganisationNumber.Value).ToList(),
            RowOrder.YearFirmsShuffled => rows.OrderBy(r => r.Year).ThenBy(_ => random.Next()).ToList(),
            RowOrder.Shuffled => rows.OrderBy(_ => random.Next()).ToList(),
            _ => rows,
        };
        return PanelCsvWriter.ToCsv(rows);
    }

    private string Write(string text, string name)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
