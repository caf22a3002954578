using System.Text;

namespace HelseIndicators.Data;

/// <summary>
/// Writes a file whole or not at all: the content goes to a temporary file beside the target, which replaces the
/// target only once the content is complete and flushed to disk. Use it with any of the library's stream or text
/// writers (indicator tables, JSON-stat, surveys, the HTML report) when the output is a file that other programs read.
/// </summary>
/// <remarks>
/// <para>
/// The temporary file is <c>.NAME.GUID.tmp</c> in the target's folder, so that the final rename stays on one file
/// system and replaces the target in one step (<see cref="File.Move(string, string, bool)"/> with overwrite). If the
/// writer throws, the token is cancelled before the rename, or the rename fails, the temporary file is deleted and the
/// exception propagates: an existing target is left as it was and no partial file is left behind.
/// </para>
/// <para>
/// The target's folder must exist (as for <see cref="File.WriteAllText(string, string?)"/>). Readers that have the
/// target open keep reading the old content on Unix; on Windows the rename fails while the target is open without
/// delete sharing. Thread safety: the methods are thread safe; two writes to the same target race, and the one that
/// renames last wins, each whole.
/// </para>
/// </remarks>
public static class AtomicFileWrite
{
    private const int BufferSize = 64 * 1024;

    /// <summary>Writes a file whole or not at all from a stream writer.</summary>
    /// <param name="path">The file; replaced if it exists. Its folder must exist.</param>
    /// <param name="write">Writes the content to the stream it is given (a new temporary file; the caller disposes it).</param>
    /// <param name="cancellationToken">Checked after <paramref name="write"/> returns: a cancellation then keeps the target as it was.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced (including <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target may not be written.</exception>
    public static void Write(string path, Action<Stream> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var temporary = Path.Combine(Path.GetDirectoryName(full) ?? ".", $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>Writes a text file whole or not at all.</summary>
    /// <param name="path">The file; replaced if it exists. Its folder must exist.</param>
    /// <param name="write">Writes the text to the writer it is given (the caller flushes and disposes it).</param>
    /// <param name="encoding">The encoding, or null for UTF-8 without a byte order mark.</param>
    /// <param name="cancellationToken">Checked after <paramref name="write"/> returns: a cancellation then keeps the target as it was.</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="write"/> is null.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    /// <exception cref="IOException">The file cannot be written or replaced (including <see cref="DirectoryNotFoundException"/>).</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target may not be written.</exception>
    public static void WriteText(string path, Action<TextWriter> write, Encoding? encoding = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        Write(
            path,
            stream =>
            {
                using var writer = new StreamWriter(stream, encoding ?? new UTF8Encoding(false), BufferSize, leaveOpen: true);
                write(writer);
            },
            cancellationToken);
    }

    /// <summary>Deletes the temporary file; a failure to delete must not hide the exception that got us here.</summary>
    private static void TryDelete(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
