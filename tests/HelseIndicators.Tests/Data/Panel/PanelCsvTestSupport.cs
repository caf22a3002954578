using System.Text;
using HelseIndicators.Data;
using HelseIndicators.Data.Panel;

namespace HelseIndicators.Tests.Data.Panel;

internal static class PanelCsvTestSupport
{
    public static MemoryStream Utf8(string text, bool bom = false)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new MemoryStream(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
    }

    public static PanelCsvResult Read(string text, ReadMode mode = ReadMode.Strict, PanelCsvOptions? options = null)
    {
        options ??= new PanelCsvOptions();
        return PanelCsvReader.ReadAll(Utf8(text), options with { Mode = mode, SourceName = "panel.csv" });
    }

    public static IReadOnlyList<DataProblem> Problems(string text, PanelCsvOptions? options = null)
    {
        var e = Assert.Throws<DataException>(() => Read(text, ReadMode.Strict, options));
        return e.Problems;
    }

    public static DataProblem SingleProblem(string text, PanelCsvOptions? options = null)
    {
        var problems = Problems(text, options);
        return Assert.Single(problems);
    }
}
