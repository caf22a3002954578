using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>
/// PatternSums keeps its sums by presence pattern: a quantity read from it (a measure over the rows that report a
/// set of measures) must be the sum over those rows taken one by one, value and scale, whatever the split of the rows.
/// </summary>
/// <remarks>The sign of a zero sum is not compared: decimal keeps one (0 == −0, and both print as 0), and it depends on
/// the order of the terms, as it did when each quantity had its own sum and a file was read in parts.</remarks>
public class PatternSumsTests
{
    private const int Width = 8;

    // Rows of eight measures: whole amounts mostly, some with decimals (other scales), negative ones, zeros written
    // with a scale; and presence patterns from a few common ones (most cells see few) and any other.
    private static readonly Gen<decimal> s_values = Gen.OneOf(
        Gen.Choose(-2_000_000, 2_000_000).Select(v => (decimal)v),
        Gen.Choose(-99_999, 99_999).SelectMany(v => Gen.Choose(0, 3).Select(scale => new decimal(Math.Abs(v), 0, 0, v < 0, (byte)scale))),
        Gen.Elements(0m, 0.0m, 240m, 240.0m, -240m));

    private static readonly Gen<int> s_patterns = Gen.OneOf(
        Gen.Elements(0xFF, 0x7F, 0xBF, 0x3F, 0x01),
        Gen.Choose(0, (1 << Width) - 1));

    private static readonly Gen<(decimal[] Values, int Present)[]> s_rows =
        Gen.ArrayOf(s_values, Width).SelectMany(values => s_patterns.Select(present => (values, present))).ArrayOf();

    private static readonly Arbitrary<((decimal[] Values, int Present)[] Rows, int Split, int DominanceN)> s_cases =
        s_rows.SelectMany(rows => Gen.Choose(0, rows.Length).SelectMany(split => Gen.Elements(0, 1, 3)
            .Select(n => (rows, split, n)))).ToArbitrary();

    [Property]
    public Property EveryQuantity_IsTheSumOverTheRowsThatReportItsMeasures() =>
        Prop.ForAll(s_cases, c =>
        {
            var sums = new PatternSums(Width, c.DominanceN);
            foreach (var (values, present) in c.Rows)
            {
                sums.Add(values, present);
            }

            return AllQuantitiesMatch(sums, c.Rows, c.DominanceN);
        });

    [Property]
    public Property Merged_IsAsIfTheRowsWereAddedToOne() =>
        Prop.ForAll(s_cases, c =>
        {
            var first = new PatternSums(Width, c.DominanceN);
            var second = new PatternSums(Width, c.DominanceN);
            for (var i = 0; i < c.Rows.Length; i++)
            {
                (i < c.Split ? first : second).Add(c.Rows[i].Values, c.Rows[i].Present);
            }

            first.Merge(second);
            return AllQuantitiesMatch(first, c.Rows, c.DominanceN);
        });

    // A firm's two years under one pattern (AddPair) are the vector of both years added as one row, the first year's
    // measures in the first half and the second's in the second, present in both.
    [Property]
    public Property APair_IsItsTwoRowsSideBySide() =>
        Prop.ForAll(s_cases, c =>
        {
            var pairs = new PatternSums(2 * Width, c.DominanceN);
            var rows = new PatternSums(2 * Width, c.DominanceN);
            for (var i = 0; i + 1 < c.Rows.Length; i += 2)
            {
                var (first, second, present) = (c.Rows[i].Values, c.Rows[i + 1].Values, c.Rows[i].Present);
                pairs.AddPair(first, second, present);
                rows.Add([.. first, .. second], present | (present << Width));
            }

            for (var m = 0; m < 2 * Width; m++)
            {
                foreach (var required in new[] { 1 << m, (1 << m) | (1 << ((m + Width) % (2 * Width))), (1 << (2 * Width)) - 1 })
                {
                    var (a, b) = (new LevelCell(c.DominanceN), new LevelCell(c.DominanceN));
                    pairs.AddTo(a, m, required);
                    rows.AddTo(b, m, required);
                    if (a.N != b.N || a.Sum != b.Sum || a.Sum.Scale != b.Sum.Scale || a.AbsSum != b.AbsSum
                        || (c.DominanceN > 0 && (a.Top!.Count != b.Top!.Count || a.Top.Sum() != b.Top.Sum())))
                    {
                        return false.Label($"place {m}, required {required}: {a.Sum} over {a.N} against {b.Sum} over {b.N}");
                    }
                }
            }

            return (pairs.PatternCount == rows.PatternCount).Label("patterns");
        });

    [Fact]
    public void Patterns_AreCountedOnce()
    {
        var sums = new PatternSums(Width, 0);
        var values = new decimal[Width];
        foreach (var present in new[] { 3, 5, 3, 3, 5, 0 })
        {
            sums.Add(values, present);
        }

        Assert.Equal(3, sums.PatternCount);
    }

    [Fact]
    public void AMeasureOutsideTheVector_IsRefused()
    {
        var sums = new PatternSums(Width, 0);
        Assert.Throws<ArgumentException>(() => sums.Add(new decimal[Width], 1 << Width));
        Assert.Throws<ArgumentException>(() => sums.Add(new decimal[Width - 1], 1));
        Assert.Throws<ArgumentException>(() => sums.AddTo(new LevelCell(0), 2, 1 << 3)); // its own bit is required
        Assert.Throws<ArgumentException>(() => sums.AddTo(new LevelCell(0), Width, 1 << Width));
        Assert.Throws<ArgumentException>(() => sums.Merge(new PatternSums(Width - 1, 0)));
        Assert.Throws<ArgumentException>(() => sums.AddPair(new decimal[Width], new decimal[Width], 1 << (Width / 2))); // outside the half
        Assert.Throws<ArgumentException>(() => sums.AddPair(new decimal[Width / 2 - 1], new decimal[Width], 1));
        Assert.Throws<ArgumentException>(() => new PatternSums(Width - 1, 0).AddPair(new decimal[Width], new decimal[Width], 1)); // odd width
    }

    // Every measure with every set of other measures required (2^7 per measure), against the rows one by one.
    private static Property AllQuantitiesMatch(PatternSums sums, (decimal[] Values, int Present)[] rows, int dominanceN)
    {
        for (var m = 0; m < Width; m++)
        {
            for (var required = 0; required < 1 << Width; required++)
            {
                if ((required & (1 << m)) == 0)
                {
                    continue;
                }

                var cell = new LevelCell(dominanceN);
                sums.AddTo(cell, m, required);
                var matching = rows.Where(r => (r.Present & required) == required).Select(r => r.Values[m]).ToArray();
                var expected = matching.Aggregate(0m, (s, v) => s + v);
                var label = $"measure {m}, required {required}";
                if (cell.N != matching.Length || cell.Sum != expected || cell.Sum.Scale != expected.Scale)
                {
                    return false.Label($"{label}: {cell.Sum} over {cell.N} rows, against {expected} over {matching.Length}");
                }

                if (dominanceN > 0)
                {
                    var abs = matching.Select(Math.Abs).ToArray();
                    var top = abs.OrderDescending().Take(dominanceN).ToArray();
                    if (cell.AbsSum != abs.Sum() || cell.Top!.Count != top.Length || cell.Top.Sum() != top.Sum())
                    {
                        return false.Label($"{label}: absolute sum {cell.AbsSum} and largest {cell.Top!.Sum()} ({cell.Top.Count}), against {abs.Sum()} and {top.Sum()} ({top.Length})");
                    }
                }
            }
        }

        return true.ToProperty();
    }
}
