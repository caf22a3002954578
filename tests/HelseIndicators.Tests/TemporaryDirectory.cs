namespace HelseIndicators.Tests;

/// <summary>
/// A fresh folder of its own under the system's temporary folder, deleted with everything in it on
/// <see cref="Dispose"/>: for tests that write files (one per test class instance, or <c>using var</c> in a test).
/// </summary>
internal sealed class TemporaryDirectory : IDisposable
{
    /// <summary>Creates the folder <c>PREFIX-GUID</c>.</summary>
    public TemporaryDirectory(string prefix = "helse-tests")
    {
        Root = Path.Combine(Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>Gets the folder's full path.</summary>
    public string Root { get; }

    /// <summary>A path inside the folder (not created).</summary>
    public string File(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The names of the files and folders directly in the folder, in ordinal order.</summary>
    public string[] Names() =>
        Directory.GetFileSystemEntries(Root).Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToArray();

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
