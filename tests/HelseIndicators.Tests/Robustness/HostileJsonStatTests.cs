using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// Hostile JSON-stat documents (size bombs, negative sizes, index and size disagreeing, sparse keys out of range) are
/// refused with a <see cref="DataException"/> before any large allocation: the bytes allocated by a read stay within a
/// small multiple of the document's own size.
/// </summary>
public sealed class HostileJsonStatTests
{
    /// <summary>Allowed allocation per read: a fixed overhead plus a multiple of the document length.</summary>
    private static long Budget(string json) => 512 * 1024 + 64L * json.Length;

    private static string Document(IReadOnlyList<string> sizes, IReadOnlyList<string> indexes, string value, string? status = null)
    {
        var ids = Enumerable.Range(0, sizes.Count).Select(i => $"\"d{i}\"");
        var dimensions = Enumerable.Range(0, sizes.Count).Select(i => $"\"d{i}\":{{\"category\":{{\"index\":{indexes[i]}}}}}");
        var statusPart = status is null ? "" : $",\"status\":{status}";
        return $"{{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[{string.Join(',', ids)}],\"size\":[{string.Join(',', sizes)}]," +
               $"\"dimension\":{{{string.Join(',', dimensions)}}},\"value\":{value}{statusPart}}}";
    }

    private static string ArrayIndex(int count) => "[" + string.Join(',', Enumerable.Range(0, count).Select(i => $"\"c{i}\"")) + "]";

    private static string ObjectIndex(IEnumerable<int> positions) =>
        "{" + string.Join(',', positions.Select((p, i) => $"\"c{i}\":{p}")) + "}";

    /// <summary>Reads a document and returns the bytes allocated on this thread; a DataException is a refusal.</summary>
    private static (bool Refused, long Allocated) Measure(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var before = GC.GetAllocatedBytesForCurrentThread();
        bool refused;
        try
        {
            var document = JsonStatReader.Read(new MemoryStream(bytes));
            foreach (var dataset in document.Datasets)
            {
                _ = dataset.Cells().Take(10_000).Count();
            }

            refused = false;
        }
        catch (DataException e)
        {
            Assert.NotEmpty(e.Problems);
            refused = true;
        }

        return (refused, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Theory]
    [InlineData("[1000000,1000000,1000000]", "size bomb")]
    [InlineData("[9223372036854775807,2]", "size overflowing long")]
    [InlineData("[100000000,1]", "size above the cell cap")]
    [InlineData("[-1,5]", "negative size")]
    [InlineData("[0,-3]", "zero times negative")]
    [InlineData("[1.5,2]", "fractional size")]
    [InlineData("[1e400,1]", "size too large for a double")]
    public void Read_SizeBomb_RefusedBeforeAllocating(string sizes, string what)
    {
        var json = $"{{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"a\",\"b\"],\"size\":{sizes}," +
                   "\"dimension\":{\"a\":{\"category\":{\"index\":[\"x\"]}},\"b\":{\"category\":{\"index\":[\"y\"]}}},\"value\":{\"0\":1}}";
        if (sizes.Count(c => c == ',') == 2)
        {
            json = json.Replace("[\"a\",\"b\"]", "[\"a\",\"b\",\"c\"]", StringComparison.Ordinal)
                .Replace("}}},\"value\"", "}},\"c\":{\"category\":{\"index\":[\"z\"]}}},\"value\"", StringComparison.Ordinal);
        }

        var (refused, allocated) = Measure(json);
        Assert.True(refused, what);
        Assert.True(allocated < Budget(json), $"{what}: {allocated} bytes allocated");
    }

    [Theory]
    [InlineData("{\"5\":1}", "sparse key past the end")]
    [InlineData("{\"-1\":1}", "negative sparse key")]
    [InlineData("{\"99999999999999999999\":1}", "sparse key beyond long")]
    [InlineData("{\"1e3\":1}", "sparse key not an integer")]
    [InlineData("[1,2,3,4,5]", "more values than cells")]
    [InlineData("[1]", "fewer values than cells")]
    public void Read_ValuesNotFittingSize_Refused(string value, string what)
    {
        var json = Document(["2", "2"], [ArrayIndex(2), ArrayIndex(2)], value);
        var (refused, allocated) = Measure(json);
        Assert.True(refused, what);
        Assert.True(allocated < Budget(json), $"{what}: {allocated} bytes allocated");
    }

    [Theory]
    [InlineData("[\"a\",\"b\",\"c\"]", "index longer than size")]
    [InlineData("[\"a\"]", "index shorter than size")]
    [InlineData("{\"a\":0,\"b\":5}", "index position out of range")]
    [InlineData("{\"a\":0,\"b\":0}", "two categories at one position")]
    [InlineData("{\"a\":-1,\"b\":1}", "negative index position")]
    [InlineData("{\"a\":1e400,\"b\":1}", "index position too large")]
    public void Read_IndexDisagreeingWithSize_Refused(string index, string what)
    {
        var json = Document(["2"], [index], "[1,2]");
        Assert.True(Measure(json).Refused, what);
    }

    /// <summary>
    /// Random documents whose sizes, indexes and values disagree in random ways (seeded by FsCheck): each read is a
    /// document or a refusal, and never allocates more than the budget, however large the declared size.
    /// </summary>
    [Property(MaxTest = 300, Replay = "20261123,1123")]
    public Property Read_RandomHostileDocument_RefusedOrReadWithinAllocationBudget()
    {
        var size = Gen.OneOf(
            Gen.Choose(-3, 6).Select(i => i.ToString(CultureInfo.InvariantCulture)),
            Gen.Elements("1000000000", "4294967296", "9223372036854775807", "1e20", "\"3\"", "null", "2.5"));
        var document =
            from dims in Gen.Choose(1, 4)
            from sizes in Gen.ArrayOf(size, dims)
            from indexCounts in Gen.ArrayOf(Gen.Choose(0, 6), dims)
            from useObject in Gen.ArrayOf(Gen.Elements(true, false), dims)
            from positions in Gen.ArrayOf(Gen.ArrayOf(Gen.Choose(-2, 8), 6), dims)
            from valueKind in Gen.Choose(0, 3)
            from values in Gen.ArrayOf(Gen.Choose(-5, 40), Gen.Choose(0, 12).Sample(1)[0])
            select Document(
                sizes,
                Enumerable.Range(0, dims).Select(d => useObject[d] ? ObjectIndex(positions[d].Take(indexCounts[d])) : ArrayIndex(indexCounts[d])).ToArray(),
                valueKind switch
                {
                    0 => "[" + string.Join(',', values) + "]",
                    1 => "{" + string.Join(',', values.Select(v => $"\"{v}\":{v}")) + "}",
                    2 => "{\"" + values.DefaultIfEmpty(0).Max() * 1_000_000_000L + "\":1}",
                    _ => "[" + string.Join(',', values.Select(v => v % 3 == 0 ? "null" : v.ToString(CultureInfo.InvariantCulture))) + "]",
                },
                valueKind == 3 ? "{\"0\":\"a\",\"999999999\":\"b\"}" : null);
        return Prop.ForAll(document.ToArbitrary(), json =>
        {
            var (_, allocated) = Measure(json);
            return (allocated < Budget(json)).Label($"{allocated} bytes for {json}");
        });
    }
}
