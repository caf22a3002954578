using HelseIndicators.Data;

namespace HelseIndicators.Cli;

/// <summary>
/// The CLI's output files: created with their folder, whole or not at all (<see cref="AtomicFileWrite"/>, which a
/// library user can call too). A failure or a cancellation leaves no partial file.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, Action<Stream> write)
    {
        CreateFolder(path);
        AtomicFileWrite.Write(path, write);
    }

    public static void WriteText(string path, Action<TextWriter> write)
    {
        CreateFolder(path);
        AtomicFileWrite.WriteText(path, write);
    }

    /// <summary>The CLI writes into folders that need not exist yet (e.g. the folder <c>helse report</c> writes to).</summary>
    private static void CreateFolder(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
    }
}
