using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>The order check a grouped read makes, against its definition: a sequence of firm-years passes (every
/// TryNext and then TrySettle true) exactly when each firm's rows come together, its years ascending; whether it is
/// read in one order or cut into parts read at once over one shared set of firms (their rows taken in any
/// interleaving) and appended in turn; rows after the parts read on into the joined order.</summary>
public sealed class FirmGroupedOrderTests
{
    // Valid numbers spread over the set's pages (a firm index is a number: 800 000 000 + 1 117 × index, completed).
    private static readonly OrganisationNumber[] s_numbers = [.. Enumerable.Range(0, 20_000)
        .Select(i => OrganisationNumber.FromFirstEightDigits(80_000_000 + (i * 1_117), out var n) ? (OrganisationNumber?)n : null)
        .OfType<OrganisationNumber>().Take(5_001)];

    // Runs of a firm's years, the firms drawn from a few so that some come back; long enough to span several batches.
    private static readonly Gen<(int Firm, int Year)[]> s_rows =
        Gen.Choose(0, 700).SelectMany(n => Gen.ArrayOf(
            Gen.Frequency((12, Gen.Choose(0, 5_000)), (1, Gen.Choose(0, 40))).SelectMany(firm =>
                Gen.Choose(1, 3).SelectMany(years => Gen.Choose(2000, 2020).SelectMany(start =>
                    Gen.Frequency((20, Gen.Constant(1)), (1, Gen.Constant(0))).Select(step =>
                        Enumerable.Range(0, years).Select(k => (firm, start + (k * step))).ToArray())))), n))
        .Select(runs => runs.SelectMany(r => r).ToArray());

    private static bool IsGrouped((int Firm, int Year)[] rows)
    {
        var finished = new HashSet<int>();
        for (var i = 0; i < rows.Length; i++)
        {
            if (i > 0 && rows[i].Firm == rows[i - 1].Firm)
            {
                if (rows[i].Year <= rows[i - 1].Year)
                {
                    return false;
                }
            }
            else if (!finished.Add(rows[i].Firm))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Next(FirmGroupedOrder order, (int Firm, int Year) row) => order.TryNext(s_numbers[row.Firm], row.Year);

    [Property(MaxTest = 300)]
    public Property TryNextThenTrySettle_IsGroupedByFirm() =>
        Prop.ForAll(s_rows.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (rows, cuts, seed) =>
        {
            var whole = new FirmGroupedOrder(new OrganisationNumberBits());
            var passes = rows.All(r => Next(whole, r)) && whole.TrySettle();

            // In parts: all but the last chunk read as parts at once, their rows taken in a random interleaving;
            // then appended in turn, and the last chunk read on into the joined order, as rows after the parts.
            var chunks = rows.Chunk(Math.Max(1, rows.Length / (cuts + 1))).ToArray();
            var partRows = chunks.SkipLast(1).ToArray();
            var firms = new OrganisationNumberBits();
            var parts = partRows.Select((_, i) => new FirmGroupedOrder(firms, followsPart: i > 0)).ToArray();
            var read = new int[parts.Length];
            var ok = true;
            var random = new Random(seed);
            while (ok && read.Select((n, i) => n < partRows[i].Length).Any(left => left))
            {
                var i = random.Next(parts.Length);
                if (read[i] < partRows[i].Length)
                {
                    ok = Next(parts[i], partRows[i][read[i]++]);
                }
            }

            var tail = chunks.LastOrDefault() ?? [];
            var head = parts.FirstOrDefault() ?? new FirmGroupedOrder(firms);
            var joined = ok && parts.All(p => p.TrySettle()) && parts.Skip(1).All(head.TryAppend)
                && tail.All(r => Next(head, r)) && head.TrySettle();
            var grouped = IsGrouped(rows);
            return (passes == grouped && joined == grouped).Label($"{rows.Length} rows: grouped {grouped}, one order {passes}, in parts {joined}");
        });

    // Hand-made cases: firm k is the k-th valid number (s_numbers), so firm numbers and their order are arbitrary.
    private static OrganisationNumber F(int firm) => s_numbers[firm];

    [Fact]
    public void TryNext_FirmsInAnyOrderYearsAscending_IsGrouped()
    {
        var order = new FirmGroupedOrder(new OrganisationNumberBits());
        Assert.True(order.TryNext(F(5), 2015));
        Assert.True(order.TryNext(F(5), 2017)); // a gap is fine
        Assert.True(order.TryNext(F(2), 2014)); // a smaller firm number is fine
        Assert.True(order.TryNext(F(9), 2020));
        Assert.True(order.TrySettle());
        Assert.Equal((F(5), 2015), order.First);
        Assert.Equal((F(9), 2020), order.Last);
    }

    [Theory]
    [InlineData(2015)] // a duplicate
    [InlineData(2014)] // years descending
    public void TryNext_SameFirmYearNotAfterTheLast_IsNotGrouped(int year)
    {
        var order = new FirmGroupedOrder(new OrganisationNumberBits());
        Assert.True(order.TryNext(F(5), 2015));
        Assert.False(order.TryNext(F(5), year));
    }

    [Fact]
    public void TryNext_FirmComingBack_IsNotGrouped()
    {
        var order = new FirmGroupedOrder(new OrganisationNumberBits());
        Assert.True(order.TryNext(F(5), 2015));
        Assert.True(order.TryNext(F(6), 2015));
        Assert.False(order.TryNext(F(5), 2016) && order.TrySettle()); // found at once or when the new firms are looked up
    }

    [Fact]
    public void TryNext_FirmComingBackAfterMoreThanABatch_IsNotGroupedWhenSettled()
    {
        var order = new FirmGroupedOrder(new OrganisationNumberBits());
        var firms = Enumerable.Range(1, (2 * FirmGroupedOrder.Batch) + 3).Append(7).ToArray(); // firm 7 comes back last
        var accepted = firms.TakeWhile(firm => order.TryNext(F(firm), 2015)).Count();
        Assert.False(accepted == firms.Length && order.TrySettle());
        Assert.True(accepted >= firms.Length - FirmGroupedOrder.Batch); // found at most a batch of new firms later
    }

    [Fact]
    public void TryNext_FirstFirmOfAPartComingBack_IsNotGroupedWhenAppended()
    {
        // A part that follows another holds its first firm back; that firm coming back in the part is found at the join.
        var parts = Parts([(1, 2015)], [(3, 2015), (4, 2015), (3, 2016)]);
        Assert.False(parts[0].TryAppend(parts[1]));
    }

    [Fact]
    public void TryAppend_FirmOfAnAppendedPartComingBack_IsNotGrouped()
    {
        var parts = Parts([(1, 2015), (2, 2015)], [(3, 2015)]);
        Assert.True(parts[0].TryAppend(parts[1]));
        Assert.False(parts[0].TryNext(F(1), 2016) && parts[0].TrySettle()); // firm 1 finished in the first part
    }

    [Fact]
    public void TryAppend_FirmStraddlingTheBoundaries_IsGrouped()
    {
        var parts = Parts([(1, 2015), (2, 2015), (2, 2016)], [(2, 2017), (3, 2015)], [], [(3, 2016)], [(3, 2017)]);
        Assert.All(parts.Skip(1), part => Assert.True(parts[0].TryAppend(part)));
        Assert.Equal((F(1), 2015), parts[0].First);
        Assert.Equal((F(3), 2017), parts[0].Last);
    }

    [Theory]
    [InlineData(2, 2016)] // the straddling firm's years do not ascend
    [InlineData(1, 2016)] // a finished firm comes back
    [InlineData(4, 2014)] // firm 4, held back as the second part's first, comes back in the third
    public void TryAppend_PartsBreakingTheOrderTogether_IsNotGrouped(int firm, int year)
    {
        var parts = Parts([(1, 2015), (2, 2015), (2, 2016)], [(firm, year), (4, 2015)], [(5, 2015), (firm, year + 2)]);
        Assert.False(parts[0].TryAppend(parts[1]) && parts[0].TryAppend(parts[2]));
    }

    [Fact]
    public void TryAppend_LastFirmComingBackLaterInTheNextPart_IsNotGrouped()
    {
        var parts = Parts([(1, 2015), (2, 2015)], [(3, 2015), (2, 2016)]);
        Assert.False(parts.All(p => p.TrySettle()) && parts[0].TryAppend(parts[1]));
    }

    [Fact]
    public void TryAppend_EmptyFirstPart_TakesTheNextOne()
    {
        var parts = Parts([], [(3, 2015), (4, 2015)]);
        Assert.True(parts[0].TryAppend(parts[1]));
        Assert.Equal((F(3), 2015), parts[0].First);
        Assert.False(parts[0].TryNext(F(3), 2016) && parts[0].TrySettle()); // the next part's held-back first firm is in the set
    }

    [Fact]
    public void TryAppend_EmptyFirstPartThenNumberZero_KeepsTheFirmInTheSet()
    {
        // 000 000 000 is a valid number, and the default of an empty order's Last: it must not pass for a continuation.
        var zero = OrganisationNumber.FromInt32(0);
        var firms = new OrganisationNumberBits();
        var head = new FirmGroupedOrder(firms);
        var next = new FirmGroupedOrder(firms, followsPart: true);
        Assert.True(next.TryNext(zero, 2015));
        Assert.True(head.TryAppend(next));
        Assert.True(head.TryNext(F(1), 2015));
        Assert.False(head.TryNext(zero, 2016) && head.TrySettle());
    }

    // The parts of a read over one set of firms, each read in full (none breaking the order by itself).
    private static FirmGroupedOrder[] Parts(params (int Firm, int Year)[][] parts)
    {
        var firms = new OrganisationNumberBits();
        return [.. parts.Select((rows, i) =>
        {
            var order = new FirmGroupedOrder(firms, followsPart: i > 0);
            Assert.All(rows, row => Assert.True(order.TryNext(F(row.Firm), row.Year)));
            return order;
        })];
    }

    [Fact]
    public void TryAppend_PartOfAnotherSetOrNotFollowing_Throws()
    {
        var firms = new OrganisationNumberBits();
        var head = new FirmGroupedOrder(firms);
        Assert.Throws<ArgumentException>(() => head.TryAppend(new FirmGroupedOrder(new OrganisationNumberBits(), followsPart: true)));
        Assert.Throws<ArgumentException>(() => head.TryAppend(new FirmGroupedOrder(firms)));
    }
}
