using Microsoft.Win32.SafeHandles;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// Splits a panel CSV file into parts that can be read at the same time: each part is whole lines, read behind a copy
/// of the header, and numbers its lines as the whole file does. A file is split only when that is certainly safe: it
/// has no quote character (a quoted field may hold a line break, so a split could fall inside a record) and no line
/// ends in a bare CR (the line numbers of a part are counted from LF bytes). A plan finds that out by reading the
/// file first (<see cref="Plan"/>); a cut leaves it to the reading of the parts (<see cref="Cut"/>).
/// </summary>
internal sealed class PanelFileParts
{
    private const int BlockSize = 1 << 20;

    private PanelFileParts(byte[] header, Part[] parts, bool numbered)
    {
        Header = header;
        Parts = parts;
        IsNumbered = numbered;
    }

    /// <summary>The header line, with its line break (and the byte order mark, if any).</summary>
    public byte[] Header { get; }

    /// <summary>The parts, in file order; the first starts at byte 0 and holds the header itself.</summary>
    public IReadOnlyList<Part> Parts { get; }

    /// <summary>Whether the parts' lines are counted (<see cref="Part.FirstLine"/>, <see cref="Part.Lines"/>,
    /// <see cref="Lines"/>); a cut that was not read has them 0.</summary>
    public bool IsNumbered { get; }

    /// <summary>The number of lines of the file (LF bytes, plus one for a last line without one).</summary>
    public long Lines => Parts[^1].FirstLine - 1 + Parts[^1].Lines;

    /// <summary>
    /// Cuts a file into up to <paramref name="count"/> parts of about equal size at line starts, without reading it:
    /// the parts are not numbered (<see cref="IsNumbered"/> is false), and whether the file can be split safely (see
    /// the class remarks) is for the reading to find out (a checking <see cref="FilePartStream"/>). Null when the file
    /// has no line after the header, or too few lines to cut.
    /// </summary>
    /// <param name="file">The file, open for reading.</param>
    /// <param name="count">The wanted number of parts, ≥ 2.</param>
    /// <returns>The parts, or null.</returns>
    public static PanelFileParts? Cut(SafeFileHandle file, int count)
    {
        var length = RandomAccess.GetLength(file);
        var headerEnd = NextLineStart(file, 0, length);
        if (headerEnd < 0 || headerEnd >= length)
        {
            return null;
        }

        var starts = new List<long> { 0 };
        for (var k = 1; k < count; k++)
        {
            var at = Math.Max(headerEnd, length * k / count);
            var start = NextLineStart(file, at - 1, length); // a part starts after an LF
            if (start > starts[^1] && start < length && start > headerEnd)
            {
                starts.Add(start);
            }
        }

        if (starts.Count < 2)
        {
            return null;
        }

        var parts = new Part[starts.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new Part(starts[i], (i + 1 < starts.Count ? starts[i + 1] : length) - starts[i], 0, 0);
        }

        var header = new byte[headerEnd];
        RandomAccess.Read(file, header, 0);
        return new PanelFileParts(header, parts, numbered: false);
    }

    /// <summary>
    /// Plans up to <paramref name="count"/> parts of about equal size, numbered (every part's first line and number
    /// of lines counted by reading the whole file once), or returns null when the file cannot be split safely (see
    /// the class remarks) or has fewer than two lines per part.
    /// </summary>
    /// <param name="file">The file, open for reading.</param>
    /// <param name="count">The wanted number of parts, ≥ 2.</param>
    /// <param name="cancellationToken">Cancels the scan.</param>
    /// <returns>The parts, or null.</returns>
    public static PanelFileParts? Plan(SafeFileHandle file, int count, CancellationToken cancellationToken)
    {
        if (Cut(file, count) is not { } cut)
        {
            return null;
        }

        // Each part read to its end through a checking stream, as a part read without a plan checks itself.
        var streams = new FilePartStream[cut.Parts.Count];
        var splittable = true;
        Parallel.For(0, streams.Length, new ParallelOptions { CancellationToken = cancellationToken }, (i, loop) =>
        {
            var part = cut.Parts[i];
            var stream = streams[i] = new FilePartStream([], file, part.Start, part.Length, check: true);
            var buffer = new byte[BlockSize];
            try
            {
                while (stream.Read(buffer) > 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }
            catch (PartNotSplittableException)
            {
                splittable = false;
                loop.Stop();
            }
        });

        return splittable ? cut.Numbered(i => streams[i].LineFeeds, i => streams[i].EndsWithoutLineFeed) : null;
    }

    /// <summary>These parts numbered from each part's line feeds, counted while reading it.</summary>
    /// <param name="lineFeeds">The line feeds of part i.</param>
    /// <param name="endsWithoutLineFeed">Whether part i ends without one.</param>
    public PanelFileParts Numbered(Func<int, long> lineFeeds, Func<int, bool> endsWithoutLineFeed)
    {
        var parts = new Part[Parts.Count];
        long firstLine = 1;
        for (var i = 0; i < parts.Length; i++)
        {
            var feeds = lineFeeds(i);
            parts[i] = Parts[i] with { FirstLine = firstLine, Lines = feeds + (endsWithoutLineFeed(i) ? 1 : 0) };
            firstLine += feeds;
        }

        return new PanelFileParts(Header, parts, numbered: true);
    }

    /// <summary>The offset just after the first LF at or after <paramref name="from"/>, or −1 when there is none.</summary>
    private static long NextLineStart(SafeFileHandle file, long from, long length)
    {
        var buffer = new byte[64 * 1024];
        for (var at = Math.Max(0, from); at < length;)
        {
            var read = RandomAccess.Read(file, buffer, at);
            if (read <= 0)
            {
                break;
            }

            var lf = buffer.AsSpan(0, read).IndexOf((byte)'\n');
            if (lf >= 0)
            {
                return at + lf + 1;
            }

            at += read;
        }

        return -1;
    }

    /// <summary>A part: whole lines of the file.</summary>
    /// <param name="Start">The offset of its first byte.</param>
    /// <param name="Length">Its length in bytes.</param>
    /// <param name="FirstLine">The line number of its first line in the whole file (0 until numbered).</param>
    /// <param name="Lines">The number of lines it holds (0 until numbered).</param>
    internal readonly record struct Part(long Start, long Length, long FirstLine, long Lines);
}
