using System.Text;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Tests.Data.JsonStat;

/// <summary>
/// Paths to the JSON-stat samples, a reader for them, and a small RFC 4180 CSV reader for peer tables.
/// Files whose licence allows it are committed under TestData/jsonstat/ (see its PROVENANCE.md); every other sample is
/// read at run time from the shared data folder beside the repository (<c>&lt;repo&gt;/../shared/data/jsonstat/</c>),
/// found by <see cref="SharedDirectory"/>. A test that needs a shared file is marked so (<see cref="SharedDataFactAttribute"/>
/// and its kin): when the folder is missing it is skipped with its reason, unless HELSE_REQUIRE_SHARED=1 (CI), where it
/// runs and fails naming the expected path.
/// </summary>
internal static class JsonStatTestData
{
    /// <summary>Environment variable that points at the shared folder (<c>…/shared</c>) or straight at its <c>data/jsonstat</c> folder.</summary>
    internal const string SharedDataVariable = "HELSE_SHARED_DATA";

    private static readonly string s_committed = Path.Combine(AppContext.BaseDirectory, "TestData", "jsonstat");
    // Above the test output, else above the repository (the output can live elsewhere: HELSE_ARTIFACTS).
    private static readonly Lazy<string?> s_shared = new(() =>
        FindSharedDirectory(Environment.GetEnvironmentVariable(SharedDataVariable), AppContext.BaseDirectory)
        ?? (Repository.RootOrNull is { } root ? FindSharedDirectory(null, root) : null));

    /// <summary>The committed copy when there is one, otherwise the file in the shared data folder.</summary>
    internal static string PathOf(string relative) =>
        IsCommitted(relative) ? CommittedPathOf(relative) : SharedPathOf(relative);

    /// <summary>Whether the sample is committed (under TestData/jsonstat/); one that is not is read from the shared data folder.</summary>
    internal static bool IsCommitted(string relative) => File.Exists(CommittedPathOf(relative));

    private static string CommittedPathOf(string relative) =>
        Path.Combine(s_committed, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The file in the shared data folder; throws with the expected path when the folder or the file is missing.</summary>
    internal static string SharedPathOf(string relative)
    {
        var native = relative.Replace('/', Path.DirectorySeparatorChar);
        var directory = s_shared.Value;
        if (directory is null)
        {
            throw new FileNotFoundException(
                (SharedData.IsRequired
                    ? $"{SharedData.RequireVariable}=1 (as in CI) and the shared data folder '{ExpectedSharedPath("").TrimEnd(Path.DirectorySeparatorChar)}' is missing, " +
                      "so the tests that need it fail instead of being skipped. "
                    : "") +
                $"The JSON-stat sample '{relative}' is not committed (TestData/jsonstat/PROVENANCE.md says why) " +
                $"and is read from the shared data folder, which was not found. Expected '{ExpectedSharedPath(native)}': no ancestor of " +
                $"'{AppContext.BaseDirectory}' or of the repository contains shared{Path.DirectorySeparatorChar}data{Path.DirectorySeparatorChar}jsonstat. " +
                $"Put the shared folder beside the repository or set {SharedDataVariable} to it.");
        }

        var path = Path.Combine(directory, native);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The JSON-stat sample '{relative}' is not committed and is missing from the shared data folder: expected '{path}'.", path);
        }

        return path;
    }

    /// <summary>The shared <c>data/jsonstat</c> folder, or null when it cannot be found.</summary>
    internal static string? SharedDirectory => s_shared.Value;

    /// <summary>
    /// Finds the shared <c>data/jsonstat</c> folder: from <paramref name="variable"/> when it is set (the shared folder
    /// itself or its data/jsonstat folder; a set variable that points nowhere is an error, never a silent fallback),
    /// otherwise the first ancestor of <paramref name="start"/> that holds <c>shared/data/jsonstat</c>.
    /// </summary>
    internal static string? FindSharedDirectory(string? variable, string start)
    {
        if (!string.IsNullOrWhiteSpace(variable))
        {
            var nested = Path.Combine(variable, "data", "jsonstat");
            if (Directory.Exists(nested))
            {
                return Path.GetFullPath(nested);
            }

            if (Directory.Exists(variable))
            {
                return Path.GetFullPath(variable);
            }

            throw new DirectoryNotFoundException(
                $"{SharedDataVariable} is set to '{variable}', but neither it nor '{nested}' is a directory.");
        }

        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "jsonstat");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Where CI puts the file: beside the clone, <c>&lt;repo&gt;/../shared/data/jsonstat/…</c> (the repo is the folder holding HelseIndicators.sln).</summary>
    private static string ExpectedSharedPath(string native) =>
        Repository.RootOrNull is { } root
            ? Path.GetFullPath(Path.Combine(root, "..", "shared", "data", "jsonstat", native))
            : Path.Combine("<repository>", "..", "shared", "data", "jsonstat", native);

    /// <summary>
    /// R&amp;D by industry and year, shaped like an SSB table (NACE × ContentsCode × Tid, 2 × 1 × 3), one missing value
    /// with status "..": the first example of docs/jsonstat.md (JsonStatDocsExampleTests asserts what the docs print).
    /// </summary>
    internal const string RdByIndustry = """
        {"version":"2.0","class":"dataset","label":"R&D expenditure by industry","source":"Statistisk sentralbyrå",
         "id":["NACE","ContentsCode","Tid"],"size":[2,1,3],
         "role":{"time":["Tid"],"metric":["ContentsCode"]},
         "dimension":{
           "NACE":{"label":"industry","category":{"index":{"72":1,"21":0},"label":{"21":"Pharmaceuticals","72":"Scientific R&D"}}},
           "ContentsCode":{"category":{"index":["FoU"],"label":{"FoU":"R&D expenditure"},"unit":{"FoU":{"label":"NOK million","decimals":1}}}},
           "Tid":{"category":{"index":["2015","2016","2017"]}}},
         "value":[1200.5,1300.25,null,880.1,900,0.3],
         "status":{"2":".."}}
        """;

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
