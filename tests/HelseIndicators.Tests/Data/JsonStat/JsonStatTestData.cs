using System.Text;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>Paths to the copied JSON-stat samples, a reader for them, and a small RFC 4180 CSV reader for peer tables.</summary>
internal static class JsonStatTestData
{
    internal static string PathOf(string relative) =>
        Path.Combine(AppContext.BaseDirectory, "TestData", "jsonstat", relative.Replace('/', Path.DirectorySeparatorChar));

    internal static JsonStatDocument Read(string relative, JsonStatReaderOptions? options = null) =>
        JsonStatReader.ReadFile(PathOf(relative), options);

    /// <summary>Finds a dataset as expected.json names it: a bundle key, "item[i]" of a collection, or the only one.</summary>
    internal static JsonStatDataset Dataset(string relative, string name)
    {
        var document = Read(relative);
        return document.Class switch
        {
            JsonStatClass.Bundle => document.Datasets.Single(d => d.Name == name),
            JsonStatClass.Collection => document.Datasets[int.Parse(name["item[".Length..^1], System.Globalization.CultureInfo.InvariantCulture)],
            _ => document.Dataset,
        };
    }

    internal static List<string[]> ReadCsv(string relative)
    {
        var text = File.ReadAllText(PathOf(relative), Encoding.UTF8);
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                row.Add(field.ToString());
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
