using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>Laws: the encodings JSON-stat allows for the same table read to the same cells; one tidy row per cell;
/// hostile sizes are refused without allocating.</summary>
public class JsonStatPropertyTests
{
    /// <summary>A generated table: sizes, a value (or null) and a status (or null) per cell.</summary>
    private sealed record Table(int[] Sizes, decimal?[] Values, string?[] Statuses, int Seed)
    {
        public long Cells => Sizes.Aggregate(1L, (a, s) => a * s);
    }

    private static Gen<Table> Tables() =>
        from dimensions in Gen.Choose(1, 4)
        from seed in Gen.Choose(0, 1_000_000)
        select Build(dimensions, seed);

    private static Table Build(int dimensions, int seed)
    {
        var random = new Random(seed);
        var sizes = Enumerable.Range(0, dimensions).Select(_ => random.Next(1, 5)).ToArray();
        var cells = sizes.Aggregate(1, (a, s) => a * s);
        var values = new decimal?[cells];
        var statuses = new string?[cells];
        for (var i = 0; i < cells; i++)
        {
            values[i] = random.Next(4) == 0 ? null : random.Next(-100_000, 100_000) / 100m;
            statuses[i] = random.Next(3) == 0 ? (random.Next(2) == 0 ? "e" : "..") : null;
        }

        return new Table(sizes, values, statuses, seed);
    }

    private enum Encoding
    {
        Arrays = 1,
        SparseShuffled = 2,
        ObjectIndexShuffled = 3,
    }

    private static string Write(Table table, Encoding encoding)
    {
        var random = new Random(table.Seed + (int)encoding);
        var json = new StringBuilder("{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[");
        json.AppendJoin(',', table.Sizes.Select((_, d) => $"\"d{d}\""));
        json.Append("],\"size\":[").AppendJoin(',', table.Sizes).Append("],\"dimension\":{");
        for (var d = 0; d < table.Sizes.Length; d++)
        {
            json.Append(d == 0 ? "" : ",").Append(CultureInfo.InvariantCulture, $"\"d{d}\":{{\"category\":{{\"index\":");
            var ids = Enumerable.Range(0, table.Sizes[d]).Select(i => $"c{d}_{i}").ToArray();
            if (encoding == Encoding.Arrays)
            {
                json.Append('[').AppendJoin(',', ids.Select(id => $"\"{id}\"")).Append(']');
            }
            else
            {
                json.Append('{').AppendJoin(',', Shuffle(Enumerable.Range(0, ids.Length).ToArray(), random)
                    .Select(i => string.Create(CultureInfo.InvariantCulture, $"\"{ids[i]}\":{i}"))).Append('}');
            }

            json.Append("}}");
        }

        json.Append("},\"value\":");
        var positions = Enumerable.Range(0, table.Values.Length).ToArray();
        if (encoding == Encoding.SparseShuffled)
        {
            // Omit most nulls, keep some as explicit null; keys in shuffled order.
            var kept = positions.Where(p => table.Values[p] is not null || random.Next(2) == 0).ToArray();
            json.Append('{').AppendJoin(',', Shuffle(kept, random).Select(p => $"\"{p}\":{Number(table.Values[p])}")).Append('}');
        }
        else
        {
            json.Append('[').AppendJoin(',', positions.Select(p => Number(table.Values[p]))).Append(']');
        }

        json.Append(",\"status\":");
        if (encoding == Encoding.Arrays)
        {
            json.Append('[').AppendJoin(',', table.Statuses.Select(s => s is null ? "null" : $"\"{s}\"")).Append(']');
        }
        else
        {
            var flagged = positions.Where(p => table.Statuses[p] is not null).ToArray();
            json.Append('{').AppendJoin(',', Shuffle(flagged, random).Select(p => $"\"{p}\":\"{table.Statuses[p]}\"")).Append('}');
        }

        return json.Append('}').ToString();
    }

    private static string Number(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";

    private static int[] Shuffle(int[] items, Random random)
    {
        var copy = (int[])items.Clone();
        random.Shuffle(copy);
        return copy;
    }

    [Property(MaxTest = 200)]
    public Property Read_ArraySparseAndShuffledIndex_SameCells() =>
        Prop.ForAll(Tables().ToArbitrary(), table =>
        {
            var datasets = Enum.GetValues<Encoding>().Select(e => JsonStatReader.Parse(Write(table, e)).Dataset).ToArray();
            var expected = Enumerable.Range(0, table.Values.Length)
                .Select(p => new JsonStatCell(p, (double?)table.Values[p], table.Values[p], null, table.Statuses[p]))
                .ToArray();
            return datasets.All(d => d.Cells().SequenceEqual(expected)
                && d.Dimensions.All(dim => dim.Categories.Select(c => c.Position).SequenceEqual(Enumerable.Range(0, dim.Size))
                    && dim.Categories.Select(c => c.Id).SequenceEqual(Enumerable.Range(0, dim.Size).Select(i => $"{dim.Id.Replace("d", "c", StringComparison.Ordinal)}_{i}"))));
        });

    [Property(MaxTest = 100)]
    public Property ToTidyRows_CountEqualsCellCount() =>
        Prop.ForAll(Tables().ToArbitrary(), table =>
        {
            var dataset = JsonStatReader.Parse(Write(table, Encoding.SparseShuffled)).Dataset;
            return dataset.ToTidyRows().LongCount() == table.Cells
                && dataset.CellCount == table.Cells
                && JsonStatTidyCsvWriter.WriteToString(dataset).Count(c => c == '\n') == table.Cells + 1;
        });

    [Property(MaxTest = 50)]
    public Property Read_HostileSizes_RefusedWithoutAllocating() =>
        Prop.ForAll(Gen.Choose(10_000, 1_000_000).Three().ToArbitrary(), sizes =>
        {
            var (a, b, c) = sizes;
            var dims = "\"a\":{\"category\":{\"index\":[\"x\"]}},\"b\":{\"category\":{\"index\":[\"x\"]}},\"c\":{\"category\":{\"index\":[\"x\"]}}";
            var json = string.Create(CultureInfo.InvariantCulture,
                $"{{\"class\":\"dataset\",\"id\":[\"a\",\"b\",\"c\"],\"size\":[{a},{b},{c}],\"dimension\":{{{dims}}},\"value\":[1]}}");
            var before = GC.GetAllocatedBytesForCurrentThread();
            try
            {
                JsonStatReader.Parse(json);
                return false;
            }
            catch (DataException e)
            {
                var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
                return e.JsonStatErrorKind() == JsonStatErrorKind.TooManyCells && allocated < 256 * 1024;
            }
        });
}
