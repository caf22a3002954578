using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HelseIndicators.Data.Csv;
using Microsoft.Win32.SafeHandles;

namespace HelseIndicators.Data.Panel;

/// <summary>A read-only, forward-only stream of a prefix (a copy of the header) followed by a range of a file.</summary>
/// <remarks>
/// <para>Reads the file by offset (<see cref="RandomAccess"/>), so several such streams share one handle.</para>
/// <para>When it checks the part (see the constructor), it looks at each block of the range as it hands it out,
/// while the block is in the cache: it counts the line feeds (so the part's lines can be numbered as the file's once
/// every part is read), and throws <see cref="PartNotSplittableException"/> at the first quote character or bare CR,
/// after which a part boundary might fall inside a record or the lines be counted otherwise than the reader counts
/// them (see <see cref="PanelFileParts"/>).</para>
/// </remarks>
internal sealed class FilePartStream : ReadOnlyForwardStream
{
    private readonly byte[] _prefix;
    private readonly SafeFileHandle _file;
    private readonly long _end;
    private readonly bool _check;
    private int _prefixRead;
    private long _position;
    private bool _pendingCarriageReturn; // the last byte handed out was a CR: the next must be LF
    private byte _last = (byte)'\n';

    /// <param name="prefix">The bytes handed out first (not checked).</param>
    /// <param name="file">The file.</param>
    /// <param name="start">The offset of the range.</param>
    /// <param name="length">The length of the range.</param>
    /// <param name="check">Whether to count the range's line feeds and refuse a quote or bare CR in it.</param>
    public FilePartStream(byte[] prefix, SafeFileHandle file, long start, long length, bool check = false)
    {
        _prefix = prefix;
        _file = file;
        _position = start;
        _end = start + length;
        _check = check;
    }

    /// <summary>Gets the line feeds of the range handed out so far (when checking).</summary>
    public long LineFeeds { get; private set; }

    /// <summary>Gets whether the range handed out so far ends without a line feed (when checking).</summary>
    public bool EndsWithoutLineFeed => _last != (byte)'\n';

    /// <inheritdoc/>
    /// <exception cref="PartNotSplittableException">When checking: the range holds a quote character or a bare CR.</exception>
    public override int Read(Span<byte> buffer)
    {
        if (_prefixRead < _prefix.Length)
        {
            var n = Math.Min(buffer.Length, _prefix.Length - _prefixRead);
            _prefix.AsSpan(_prefixRead, n).CopyTo(buffer);
            _prefixRead += n;
            return n;
        }

        var want = (int)Math.Min(buffer.Length, _end - _position);
        if (want <= 0)
        {
            return 0;
        }

        var read = RandomAccess.Read(_file, buffer[..want], _position);
        _position += read;
        if (_check && read > 0)
        {
            Check(buffer[..read]);
        }

        return read;
    }

    private void Check(ReadOnlySpan<byte> block)
    {
        var lineFeeds = CountLineFeeds(block, out var quoteOrCarriageReturn);
        if (quoteOrCarriageReturn || _pendingCarriageReturn)
        {
            CheckClosely(block);
        }

        LineFeeds += lineFeeds;
        _last = block[^1];
    }

    // A block with a quote or a CR (or after a block that ended in CR): CRLF line endings are fine, the rest is not.
    private void CheckClosely(ReadOnlySpan<byte> block)
    {
        if (block.Contains((byte)'"') || (_pendingCarriageReturn && block[0] != (byte)'\n'))
        {
            throw new PartNotSplittableException();
        }

        // A CR must be followed by LF; one at the end of the block is settled by the next block (at the end of the
        // file, a CR ends the last line, which is harmless).
        for (var from = block.IndexOf((byte)'\r'); from >= 0;)
        {
            if (from + 1 < block.Length && block[from + 1] != (byte)'\n')
            {
                throw new PartNotSplittableException();
            }

            var next = block[(from + 1)..].IndexOf((byte)'\r');
            from = next < 0 ? -1 : from + 1 + next;
        }

        _pendingCarriageReturn = block[^1] == (byte)'\r';
    }

    /// <summary>
    /// The LFs of a block, counted in the same pass, 16 bytes at a time, that tells whether it holds a quote or a CR
    /// (one read of the block instead of three; the rare block with either is then looked at closely).
    /// </summary>
    /// <param name="block">The bytes.</param>
    /// <param name="quoteOrCarriageReturn">Whether a quote or a CR is among them.</param>
    /// <returns>The number of LFs.</returns>
    internal static long CountLineFeeds(ReadOnlySpan<byte> block, out bool quoteOrCarriageReturn)
    {
        // 64 bytes at a time (ByteMasks): a count of bits for the LFs, an or for the quotes and CRs.
        ref var first = ref MemoryMarshal.GetReference(block);
        ulong others = 0;
        long count = 0;
        var i = 0;
        for (; i <= block.Length - ByteMasks.Width; i += ByteMasks.Width)
        {
            var (lineFeeds, stops) = ByteMasks.Read(ref Unsafe.Add(ref first, i), (byte)'\n', (byte)'"', (byte)'\r');
            count += BitOperations.PopCount(lineFeeds);
            others |= stops;
        }

        var (tailLineFeeds, tailStops) = ByteMasks.ReadShort(block[i..], (byte)'\n', (byte)'"', (byte)'\r'); // < 64 bytes
        quoteOrCarriageReturn = (others | tailStops) != 0;
        return count + BitOperations.PopCount(tailLineFeeds);
    }
}
