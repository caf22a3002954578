namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>How the tests find the JSON-stat samples that are not committed (the shared data folder beside the repository).</summary>
public sealed class JsonStatTestDataTests : IDisposable
{
    private readonly TemporaryDirectory _root = new("helse-testdata");

    public void Dispose() => _root.Dispose();

    [Fact]
    public void FindSharedDirectory_SharedBesideTheClone_FoundFromTheTestOutputFolder()
    {
        // CI layout: <parent>/clone/tests/…/bin/Release/net10.0 and <parent>/shared/data/jsonstat.
        var shared = Directory.CreateDirectory(_root.File("shared", "data", "jsonstat")).FullName;
        var output = Directory.CreateDirectory(_root.File("clone", "tests", "HelseIndicators.Tests", "bin", "Release", "net10.0")).FullName;

        Assert.Equal(shared, JsonStatTestData.FindSharedDirectory(null, output));
    }

    [Fact]
    public void FindSharedDirectory_SharedTwoLevelsAboveTheRepository_Found()
    {
        // Worktree layout: /work/wt/<name>/… with /work/shared.
        var shared = Directory.CreateDirectory(_root.File("shared", "data", "jsonstat")).FullName;
        var output = Directory.CreateDirectory(_root.File("wt", "testdata", "tests", "bin")).FullName;

        Assert.Equal(shared, JsonStatTestData.FindSharedDirectory("", output));
    }

    [Fact]
    public void FindSharedDirectory_NoSharedFolderAnywhereAbove_Null()
    {
        var output = Directory.CreateDirectory(_root.File("clone", "bin")).FullName;
        Directory.CreateDirectory(_root.File("shared", "data")); // no jsonstat folder inside

        Assert.Null(JsonStatTestData.FindSharedDirectory(null, output));
    }

    [Fact]
    public void FindSharedDirectory_VariableNamesTheSharedFolder_UsesItsDataJsonStat()
    {
        var shared = Directory.CreateDirectory(_root.File("elsewhere", "shared", "data", "jsonstat")).FullName;
        Directory.CreateDirectory(_root.File("shared", "data", "jsonstat")); // would be found by the walk

        Assert.Equal(shared, JsonStatTestData.FindSharedDirectory(_root.File("elsewhere", "shared"), _root.Root));
    }

    [Fact]
    public void FindSharedDirectory_VariableNamesTheJsonStatFolder_UsesIt()
    {
        var folder = Directory.CreateDirectory(_root.File("samples")).FullName;

        Assert.Equal(folder, JsonStatTestData.FindSharedDirectory(folder, _root.Root));
    }

    [Fact]
    public void FindSharedDirectory_VariablePointsNowhere_ThrowsNamingTheVariable()
    {
        Directory.CreateDirectory(_root.File("shared", "data", "jsonstat"));
        var missing = _root.File("missing");

        var e = Assert.Throws<DirectoryNotFoundException>(() => JsonStatTestData.FindSharedDirectory(missing, _root.Root));

        Assert.Contains(JsonStatTestData.SharedDataVariable, e.Message, StringComparison.Ordinal);
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PathOf_CommittedSample_ReadFromTheTestOutput()
    {
        var path = JsonStatTestData.PathOf("oecd.json");

        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "TestData", "jsonstat", "oecd.json"), path);
    }

    [SharedDataFact]
    public void PathOf_UncommittedSample_ReadFromTheSharedFolder()
    {
        Assert.False(File.Exists(Path.Combine(AppContext.BaseDirectory, "TestData", "jsonstat", "ssb-pxweb", "ssb-29843-jsonstat1-bundle.json")));

        var path = JsonStatTestData.PathOf("ssb-pxweb/ssb-29843-jsonstat1-bundle.json");

        Assert.Equal(Path.Combine(JsonStatTestData.SharedDirectory!, "ssb-pxweb", "ssb-29843-jsonstat1-bundle.json"), path);
        Assert.True(File.Exists(path));
    }
}
