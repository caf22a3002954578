using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Panel;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>The order check a grouped read makes, against its definition: a sequence of firm-years passes (every
/// TryNext and then TrySettle true) exactly when each firm's rows come together, its years ascending; whether it is
/// read in one order or in parts appended in turn, the last part's rows read on into the joined order.</summary>
public sealed class FirmGroupedOrderTests
{
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

    [Property(MaxTest = 300)]
    public Property TryNextThenTrySettle_IsGroupedByFirm() =>
        Prop.ForAll(s_rows.ToArbitrary(), Gen.Choose(0, 3).ToArbitrary(), (rows, cuts) =>
        {
            // The rows in one order, and cut into parts appended in turn (as a file read in parts).
            var whole = new FirmGroupedOrder();
            var passes = rows.All(r => whole.TryNext(r.Firm, r.Year)) && whole.TrySettle();
            var size = Math.Max(1, rows.Length / (cuts + 1));
            var parts = rows.Chunk(size).Select(part =>
            {
                var order = new FirmGroupedOrder(expectedFirms: part.Length / 2);
                return (order, ok: part.All(r => order.TryNext(r.Firm, r.Year)));
            }).ToArray();
            // The last part's rows go on into the joined order itself, as rows after the parts.
            var first = new FirmGroupedOrder();
            var tail = rows.Chunk(size).LastOrDefault() ?? [];
            var joined = parts.SkipLast(1).All(p => p.ok) && parts.SkipLast(1).All(p => first.TryAppend(p.order))
                && tail.All(r => first.TryNext(r.Firm, r.Year)) && first.TrySettle();
            var grouped = IsGrouped(rows);
            return (passes == grouped && joined == grouped).Label($"{rows.Length} rows: grouped {grouped}, one order {passes}, in parts {joined}");
        });
}
