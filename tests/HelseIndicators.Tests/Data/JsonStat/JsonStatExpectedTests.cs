using System.Text.Json;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>Counts, category order and the 78 cells listed in expected.json (worked out independently; see EXPECTED.md).</summary>
public class JsonStatExpectedTests
{
    private static readonly JsonElement[] s_entries = LoadEntries();

    public static TheoryData<string, string> Datasets()
    {
        var data = new TheoryData<string, string>();
        foreach (var e in s_entries)
        {
            data.Add(e.GetProperty("file").GetString()!, e.GetProperty("dataset").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string, int> Cells()
    {
        var data = new TheoryData<string, string, int>();
        foreach (var e in s_entries)
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
    public void ExpectedJson_Lists78Cells() => Assert.Equal(78, Cells().Count());

    [Theory]
    [MemberData(nameof(Datasets))]
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
    [MemberData(nameof(Cells))]
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
