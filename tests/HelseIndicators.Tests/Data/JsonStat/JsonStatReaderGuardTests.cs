using HelseIndicators.Data;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>Hostile and malformed documents: each refused with a clear kind and JSON path, before any large allocation.</summary>
public class JsonStatReaderGuardTests
{
    private static string Doc(string size, string index = """["a"]""", string value = "[1]", string extra = "") =>
        "{\"version\":\"2.0\",\"class\":\"dataset\",\"id\":[\"x\"],\"size\":" + size
        + ",\"dimension\":{\"x\":{\"category\":{\"index\":" + index + "}}},\"value\":" + value + extra + "}";

    private static DataException Refused(string json, JsonStatReaderOptions? options = null) =>
        Assert.Throws<DataException>(() => JsonStatReader.Parse(json, options));

    [Fact]
    public void Parse_SizeProduct10ToThe12_RefusedWithoutAllocating()
    {
        var json = """{"version":"2.0","class":"dataset","id":["a","b"],"size":[1000000,1000000],"dimension":{"a":{"category":{"index":["1"]}},"b":{"category":{"index":["1"]}}},"value":[]}""";
        JsonStatReader.Parse(Doc("[1]")); // warm up the code paths
        var before = GC.GetAllocatedBytesForCurrentThread();

        var e = Refused(json);

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(JsonStatErrorKind.TooManyCells, e.JsonStatErrorKind());
        Assert.Equal("$.size", e.JsonStatPath());
        Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void Parse_SizeProductOverflowingLong_Refused()
    {
        var sizes = string.Join(",", Enumerable.Repeat("2147483647", 4));
        var ids = string.Join(",", Enumerable.Range(0, 4).Select(i => $"\"d{i}\""));
        var dims = string.Join(",", Enumerable.Range(0, 4).Select(i => "\"d" + i + "\":{\"category\":{\"index\":[\"a\"]}}"));
        var e = Refused("{\"class\":\"dataset\",\"id\":[" + ids + "],\"size\":[" + sizes + "],\"dimension\":{" + dims + "},\"value\":[]}");

        Assert.Equal(JsonStatErrorKind.TooManyCells, e.JsonStatErrorKind());
    }

    [Fact]
    public void Parse_MaxCellsConfigurable_RefusesAboveAndAcceptsAtTheCap()
    {
        var json = Doc("[3]", """["a","b","c"]""", "[1,2,3]");

        Assert.Equal(3, JsonStatReader.Parse(json, new JsonStatReaderOptions { MaxCells = 3 }).Dataset.CellCount);
        Assert.Equal(JsonStatErrorKind.TooManyCells, Refused(json, new JsonStatReaderOptions { MaxCells = 2 }).JsonStatErrorKind());
    }

    [Theory]
    [InlineData("[0]", "$.size[0]")]
    [InlineData("[-1]", "$.size[0]")]
    [InlineData("[1.5]", "$.size[0]")]
    [InlineData("[true]", "$.size[0]")]
    [InlineData("[\"x\"]", "$.size[0]")]
    [InlineData("[\"-2\"]", "$.size[0]")]
    public void Parse_BadSize_RefusedAsSizeInvalid(string size, string path)
    {
        var e = Refused(Doc(size));

        Assert.Equal(JsonStatErrorKind.SizeInvalid, e.JsonStatErrorKind());
        Assert.Equal(path, e.JsonStatPath());
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"abc":1}""", JsonStatErrorKind.SparseKeyInvalid, "$.value.abc")]
    [InlineData("""{"-1":1}""", JsonStatErrorKind.SparseKeyInvalid, "$.value['-1']")]
    [InlineData("""{"1.0":1}""", JsonStatErrorKind.SparseKeyInvalid, "$.value['1.0']")]
    [InlineData("""{"1":1}""", JsonStatErrorKind.SparseKeyOutOfRange, "$.value['1']")]
    [InlineData("""{"0":1,"0":2}""", JsonStatErrorKind.SparseKeyInvalid, "$.value")]
    [InlineData("[1,2]", JsonStatErrorKind.ValueLengthMismatch, "$.value")]
    [InlineData("[true]", JsonStatErrorKind.WrongType, "$.value[0]")]
    [InlineData("3", JsonStatErrorKind.WrongType, "$.value")]
    public void Parse_BadValue_Refused(string value, JsonStatErrorKind kind, string path)
    {
        var e = Refused(Doc("[1]", value: value));

        Assert.Equal(kind, e.JsonStatErrorKind());
        Assert.Equal(path, e.JsonStatPath());
    }

    [Fact]
    public void Parse_DeepNesting_RefusedAsTooDeep()
    {
        var deep = new string('[', 100) + new string(']', 100);

        var e = Refused(Doc("[1]", extra: $",\"extension\":{deep}"));

        Assert.Equal(JsonStatErrorKind.TooDeep, e.JsonStatErrorKind());
    }

    [Fact]
    public void Parse_DepthWithinConfiguredLimit_Reads()
    {
        var deep = new string('[', 100) + new string(']', 100);

        var dataset = JsonStatReader.Parse(Doc("[1]", extra: $",\"extension\":{deep}"), new JsonStatReaderOptions { MaxDepth = 128 }).Dataset;

        Assert.Equal(JsonValueKindArray, dataset.Extension!.Value.ValueKind);
    }

    private static System.Text.Json.JsonValueKind JsonValueKindArray => System.Text.Json.JsonValueKind.Array;

    [Theory]
    [InlineData("{\"class\":", JsonStatErrorKind.Syntax)]
    [InlineData("[1,2]", JsonStatErrorKind.NotJsonStat)]
    [InlineData("""{"class":"cube"}""", JsonStatErrorKind.NotJsonStat)]
    [InlineData("""{"a":1}""", JsonStatErrorKind.NotJsonStat)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[1]}""", JsonStatErrorKind.MissingProperty)]
    [InlineData("""{"class":"dataset","id":["x"],"dimension":{"x":{"category":{"index":["a"]}}}}""", JsonStatErrorKind.MissingProperty)]
    [InlineData("""{"class":"dataset","id":["x","x"],"size":[1,1],"dimension":{"x":{"category":{"index":["a"]}}}}""", JsonStatErrorKind.DuplicateId)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[1],"dimension":{"x":{"label":"no category"}}}""", JsonStatErrorKind.MissingProperty)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[2],"dimension":{"x":{"category":{"label":{"a":"A","b":"B"}}}}}""", JsonStatErrorKind.IndexMissing)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","a"]}}}}""", JsonStatErrorKind.IndexPositionsInvalid)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[2],"dimension":{"x":{"category":{"index":{"a":0,"b":0}}}}}""", JsonStatErrorKind.IndexPositionsInvalid)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[1],"dimension":{"x":{"category":{"index":["a"]}}},"status":["a","b"]}""", JsonStatErrorKind.StatusLengthMismatch)]
    [InlineData("""{"class":"dataset","id":["x"],"size":[1],"dimension":{"x":{"category":{"index":["a"]}}},"status":{"7":"e"}}""", JsonStatErrorKind.SparseKeyOutOfRange)]
    public void Parse_Malformed_RefusedWithKind(string json, JsonStatErrorKind kind) =>
        Assert.Equal(kind, Refused(json).JsonStatErrorKind());

    [Fact]
    public void Parse_SyntaxError_GivesLineNumber()
    {
        var e = Refused("{\n\"class\": \"dataset\",\n\"id\": [,]\n}");

        Assert.Equal(JsonStatErrorKind.Syntax, e.JsonStatErrorKind());
        Assert.Equal(3, e.Problems[0].Line);
    }

    [Theory]
    [InlineData("\"e\"")]
    [InlineData("[\"e\"]")]
    [InlineData("""{"0":"e","1":"e","2":"e"}""")]
    [InlineData("""["e","e","e"]""")]
    public void Parse_EveryStatusForm_GivesTheSameStatuses(string status)
    {
        var dataset = JsonStatReader.Parse(Doc("[3]", """["a","b","c"]""", "[1,null,3]", $",\"status\":{status}")).Dataset;

        Assert.Equal(["e", "e", "e"], dataset.Cells().Select(c => c.Status));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    public void Parse_EmptyOrNullValue_IsMetadataOnly(string value)
    {
        var dataset = JsonStatReader.Parse(Doc("[2]", """["a","b"]""", value)).Dataset;

        Assert.True(dataset.IsMetadataOnly);
        Assert.All(dataset.Cells(), c => Assert.True(c.IsMissing));
        Assert.Equal(2, dataset.ToTidyRows().Count());
    }

    [Fact]
    public async Task ReadAsync_Stream_ReadsSameAsParse()
    {
        using var stream = File.OpenRead(JsonStatTestData.PathOf("oecd.json"));

        var document = await JsonStatReader.ReadAsync(stream, source: "oecd.json");

        Assert.Equal(9.627692959, document.Dataset.Cell(("area", "US"), ("year", "2010")).Value);
    }

    [Fact]
    public void ReadDataset_BundleOfTwo_Refused()
    {
        using var stream = File.OpenRead(JsonStatTestData.PathOf("oecd-canada.json"));

        var e = Assert.Throws<DataException>(() => JsonStatReader.ReadDataset(stream, source: "oecd-canada.json"));

        Assert.Equal(JsonStatErrorKind.NotJsonStat, e.JsonStatErrorKind());
    }

    [Fact]
    public void Options_OutOfRange_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonStatReaderOptions { MaxCells = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new JsonStatReaderOptions { MaxDepth = 2 });
    }
}
