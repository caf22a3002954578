using System.Text.Json;

namespace HelseIndicators.Tests.Reporting.Display;

/// <summary>
/// docs/notebooks/helse-indicators.ipynb is not executed in CI; this checks that it is a well-formed nbformat 4
/// notebook for the .NET Interactive C# kernel that loads the package.
/// </summary>
public class NotebookDocumentTests
{
    private static JsonElement Notebook()
    {
        var path = Repository.PathOf("docs", "notebooks", "helse-indicators.ipynb");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }

    [Fact]
    public void Notebook_IsNbformat4_WithDotNetInteractiveCSharpKernel()
    {
        var notebook = Notebook();
        Assert.Equal(4, notebook.GetProperty("nbformat").GetInt32());
        Assert.True(notebook.GetProperty("nbformat_minor").GetInt32() >= 0);
        var kernel = notebook.GetProperty("metadata").GetProperty("kernelspec");
        Assert.Equal(".net-csharp", kernel.GetProperty("name").GetString());
        Assert.Equal("C#", kernel.GetProperty("language").GetString());
        Assert.Equal("csharp", notebook.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo")
            .GetProperty("defaultKernelName").GetString());
    }

    [Fact]
    public void Notebook_CellsAreWellFormed()
    {
        var cells = Notebook().GetProperty("cells").EnumerateArray().ToList();
        Assert.True(cells.Count >= 5);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            var type = cell.GetProperty("cell_type").GetString();
            Assert.Contains(type, new[] { "markdown", "code" });
            Assert.Equal(JsonValueKind.Object, cell.GetProperty("metadata").ValueKind);
            Assert.All(cell.GetProperty("source").EnumerateArray(), line => Assert.Equal(JsonValueKind.String, line.ValueKind));
            Assert.True(ids.Add(cell.GetProperty("id").GetString()!), "cell ids are unique");
            if (type == "code")
            {
                Assert.Equal(JsonValueKind.Array, cell.GetProperty("outputs").ValueKind);
                Assert.True(cell.TryGetProperty("execution_count", out _));
            }
        }
    }

    [Fact]
    public void Notebook_LoadsThePackage_AndDisplaysATableAndAChart()
    {
        var code = Notebook().GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString())))
            .ToList();
        Assert.Equal("#r \"nuget: HelseIndicators\"", code[0].Trim());
        Assert.Contains(code, c => c.Contains("IndicatorEngine", StringComparison.Ordinal));
        Assert.Contains(code, c => c.Contains("new LineChart", StringComparison.Ordinal));
    }
}
