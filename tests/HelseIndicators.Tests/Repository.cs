using System.Runtime.CompilerServices;

namespace HelseIndicators.Tests;

/// <summary>
/// The repository the tests belong to (the folder holding HelseIndicators.sln), for tests that check files in it such
/// as docs/. Found above the test output folder, else above the current folder, else above this source file, so that
/// it is found when the build output lives elsewhere (<c>HELSE_ARTIFACTS</c>).
/// </summary>
internal static class Repository
{
    private const string Marker = "HelseIndicators.sln";

    private static readonly Lazy<string?> s_root = new(() => Find());

    /// <summary>Gets the repository's folder, or null when it cannot be found.</summary>
    public static string? RootOrNull => s_root.Value;

    /// <summary>Gets the repository's folder; throws, naming where it looked, when it cannot be found.</summary>
    public static string Root => s_root.Value ?? throw new InvalidOperationException(
        $"The repository ({Marker}) was not found above {AppContext.BaseDirectory}, {Environment.CurrentDirectory} or the test sources.");

    /// <summary>A path inside the repository, such as <c>PathOf("docs", "sample.md")</c>.</summary>
    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string? Find([CallerFilePath] string sourcePath = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, Path.GetDirectoryName(sourcePath) ?? "" })
        {
            for (var dir = string.IsNullOrEmpty(start) ? null : new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, Marker)))
                {
                    return dir.FullName;
                }
            }
        }

        return null;
    }
}
