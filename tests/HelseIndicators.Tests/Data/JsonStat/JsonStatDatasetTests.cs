using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

public class JsonStatDatasetTests
{
    private static readonly JsonStatDataset s_order = JsonStatTestData.Read("order.json").Dataset;

    [Fact]
    public void PositionOf_RowMajor_LastDimensionFastest()
    {
        // order.json: size [3,2,4], strides [8,4,1].
        Assert.Equal(0, s_order.PositionOf(0, 0, 0));
        Assert.Equal(10, s_order.PositionOf(1, 0, 2));
        Assert.Equal(23, s_order.PositionOf(2, 1, 3));
        Assert.Equal([1, 0, 2], s_order.IndexesOf(10));
    }

    [Fact]
    public void IndexesOf_InverseOfPositionOf_ForEveryCell()
    {
        for (long p = 0; p < s_order.CellCount; p++)
        {
            Assert.Equal(p, s_order.PositionOf(s_order.IndexesOf(p)));
            var expected = $"A{s_order.IndexesOf(p)[0] + 1}B{s_order.IndexesOf(p)[1] + 1}C{s_order.IndexesOf(p)[2] + 1}";

            // The sample file itself carries the spec's typo at position 11 ("A1B1C4" where "A2B1C4" belongs);
            // EXPECTED.md says the file is correct, but it is not (swift-jsonstat's table shows the same text).
            Assert.Equal(p == 11 ? "A1B1C4" : expected, s_order.CellAt(p).Text);
        }
    }

    [Fact]
    public void Cell_ByIdsDictionaryAndPairs_Agree()
    {
        var byPairs = s_order.Cell(("A", "2"), ("B", "1"), ("C", "3"));
        var byDictionary = s_order.Cell(new Dictionary<string, string> { ["C"] = "3", ["A"] = "2", ["B"] = "1" });

        Assert.Equal(byPairs, byDictionary);
        Assert.Equal("A2B1C3", byPairs.Text);
        Assert.Null(byPairs.Value);
    }

    [Fact]
    public void Cell_SingleCategoryDimensionsMayBeLeftOut()
    {
        var oecd = JsonStatTestData.Read("oecd.json").Dataset;

        Assert.Equal(9.627692959, oecd.Value(new Dictionary<string, string> { ["area"] = "US", ["year"] = "2010" }));
        Assert.Equal(9.627692959m, oecd.ExactValue(0, 33, 7));
        Assert.Equal("e", oecd.Status(new Dictionary<string, string> { ["area"] = "OECD", ["year"] = "2014" }));
    }

    [Fact]
    public void Cell_BadCoordinates_ThrowClearly()
    {
        Assert.Throws<ArgumentException>(() => s_order.Cell(("A", "1")));
        Assert.Throws<KeyNotFoundException>(() => s_order.Cell(("A", "9"), ("B", "1"), ("C", "1")));
        Assert.Throws<KeyNotFoundException>(() => s_order.Cell(("Z", "1")));
        Assert.Throws<ArgumentException>(() => s_order.Cell(("A", "1"), ("A", "2")));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_order.Cell(3, 0, 0));
        Assert.Throws<ArgumentException>(() => s_order.Cell(0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => s_order.CellAt(24));
        Assert.Throws<KeyNotFoundException>(() => s_order.Dimension("Z"));
    }

    [Fact]
    public void ExactValue_KeepsWrittenScale()
    {
        var canada = JsonStatTestData.Read("canada.json").Dataset;

        Assert.Equal("100.0", canada.CellAt(5).ExactValue!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ExactValue_BeyondDecimal_IsNullButDoubleKept()
    {
        var dataset = JsonStatReader.Parse("""{"class":"dataset","id":["x"],"size":[2],"dimension":{"x":{"category":{"index":["a","b"]}}},"value":[1e300,0.1]}""").Dataset;

        Assert.Equal(1e300, dataset.CellAt(0).Value);
        Assert.Null(dataset.CellAt(0).ExactValue);
        Assert.Equal(0.1m, dataset.CellAt(1).ExactValue);
    }

    [Fact]
    public void Dimension_CategoryByLabelAndTryGet()
    {
        var sex = JsonStatTestData.Read("canada.json").Dataset.Dimension("sex");

        Assert.Equal("F", sex.CategoryByLabel("female").Id);
        Assert.Throws<KeyNotFoundException>(() => sex.CategoryByLabel("x"));
        Assert.True(sex.TryGetCategory("M", out var m));
        Assert.Equal(1, m.Position);
        Assert.False(sex.TryGetCategory("X", out _));
    }

    [Fact]
    public void ToTidyRows_CategoriesFollowRowMajorOrder()
    {
        var rows = s_order.ToTidyRows().ToList();

        Assert.Equal(24, rows.Count);
        Assert.All(rows.Where(r => r.Cell.Position != 11), r => Assert.Equal($"A{r.Categories[0].Id}B{r.Categories[1].Id}C{r.Categories[2].Id}", r.Cell.Text));
        Assert.Equal(["2", "1", "4"], rows[11].Categories.Select(c => c.Id));
        Assert.Equal(Enumerable.Range(0, 24).Select(i => (long)i), rows.Select(r => r.Cell.Position));
    }

    [Fact]
    public void Dataset_IsSafeToReadFromManyThreads()
    {
        var galicia = JsonStatTestData.Read("galicia.json").Dataset;
        var expected = galicia.Cells().ToArray();

        Parallel.For(0, 8, _ => Assert.Equal(expected, galicia.Cells()));
    }
}
