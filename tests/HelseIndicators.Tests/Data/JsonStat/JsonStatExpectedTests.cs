using System.Text.Json;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>Counts, category order and the 78 cells listed in expected.json (worked out independently; see EXPECTED.md).</summary>
public class JsonStatExpectedTests
{
    private static readonly JsonElement[] s_entries = LoadEntries();

    // expected.json is committed; the entries (file, dataset name) and cells (file, dataset name, index in the entry)
    // are split by whether their sample is committed too: the others are read from the shared data folder, and are
    // skipped without it (SharedMemberData; see SharedData).
    public static TheoryData<string, string> CommittedDatasets() => DatasetsWhere(JsonStatTestData.IsCommitted);

    public static TheoryData<string, string> SharedDatasets() => DatasetsWhere(file => !JsonStatTestData.IsCommitted(file));

    public static TheoryData<string, string, int> CommittedCells() => CellsWhere(JsonStatTestData.IsCommitted);

    public static TheoryData<string, string, int> SharedCells() => CellsWhere(file => !JsonStatTestData.IsCommitted(file));

    private static TheoryData<string, string> DatasetsWhere(Func<string, bool> fileFilter)
    {
        var data = new TheoryData<string, string>();
        foreach (var e in s_entries.Where(e => fileFilter(e.GetProperty("file").GetString()!)))
        {
            data.Add(e.GetProperty("file").GetString()!, e.GetProperty("dataset").GetString()!);
        }

        return data;
    }

    private static TheoryData<string, string, int> CellsWhere(Func<string, bool> fileFilter)
    {
        var data = new TheoryData<string, string, int>();
        foreach (var e in s_entries.Where(e => fileFilter(e.GetProperty("file").GetString()!)))
        {
            var n = e.GetProperty("cells").GetArrayLength();
            for (var i = 0; i < n; i++)
            {
                data.Add(e.GetProperty("file").GetString()!, e.GetProperty("dataset").GetString()!, i);
            }
        }

        return data;
    }

    [Fact]
    public void ExpectedJson_Lists78Cells() => Assert.Equal(78, CellsWhere(_ => true).Count());

    [Theory]
    [MemberData(nameof(CommittedDatasets))]
    [SharedMemberData(nameof(SharedDatasets))]
    public void Read_CountsAndOrder_MatchExpected(string file, string name)
    {
        var expected = Entry(file, name);
        var dataset = JsonStatTestData.Dataset(file, name);

        Assert.Equal(expected.GetProperty("id").EnumerateArray().Select(x => x.GetString()), dataset.Ids);
        Assert.Equal(expected.GetProperty("size").EnumerateArray().Select(x => x.GetInt32()), dataset.Size);
        Assert.Equal(expected.GetProperty("cells_total").GetInt64(), dataset.CellCount);
        Assert.Equal(expected.GetProperty("values_non_null").GetInt32(), dataset.NonNullCount);
        Assert.Equal(expected.GetProperty("values_provided").GetInt32(), dataset.ValueCount);
        Assert.Equal(expected.GetProperty("cells_total").GetInt64(), dataset.ToTidyRows().LongCount());

        foreach (var order in expected.GetProperty("categories_in_order").EnumerateObject())
        {
            var ids = order.Value.EnumerateArray().Select(x => x.GetString()!).ToArray();
            var actual = dataset.Dimension(order.Name).Categories.Select(c => c.Id).ToArray();
            var gap = Array.IndexOf(ids, "...");
            if (gap < 0)
            {
                Assert.Equal(ids, actual);
            }
            else
            {
                Assert.Equal(ids[..gap], actual[..gap]);
                Assert.Equal(ids[(gap + 1)..], actual[^(ids.Length - gap - 1)..]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(CommittedCells))]
    [SharedMemberData(nameof(SharedCells))]
    public void Cell_MatchesExpected(string file, string name, int index)
    {
        var expected = Entry(file, name).GetProperty("cells")[index];
        var dataset = JsonStatTestData.Dataset(file, name);
        var coords = expected.GetProperty("coords").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);

        var cell = dataset.Cell(coords);

        Assert.Equal(expected.GetProperty("position").GetInt64(), cell.Position);
        Assert.Equal(cell, dataset.CellAt(cell.Position));
        var value = expected.GetProperty("value");
        switch (value.ValueKind)
        {
            case JsonValueKind.Number:
                Assert.Equal(value.GetDouble(), cell.Value);
                Assert.Equal(value.GetDecimal(), cell.ExactValue);
                Assert.Null(cell.Text);
                break;
            case JsonValueKind.String:
                Assert.Equal(value.GetString(), cell.Text);
                Assert.Null(cell.Value);
                break;
            default:
                Assert.True(cell.IsMissing);
                Assert.Null(cell.ExactValue);
                break;
        }

        var status = expected.GetProperty("status");
        Assert.Equal(status.ValueKind == JsonValueKind.Null ? null : status.GetString(), cell.Status);
    }

    private static JsonElement Entry(string file, string name) =>
        s_entries.Single(e => e.GetProperty("file").GetString() == file && e.GetProperty("dataset").GetString() == name);

    private static JsonElement[] LoadEntries()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(JsonStatTestData.PathOf("expected.json")));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToArray();
    }
}
