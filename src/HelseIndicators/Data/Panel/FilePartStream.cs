using Microsoft.Win32.SafeHandles;

namespace HelseIndicators.Data.Panel;

/// <summary>A read-only, forward-only stream of a prefix (a copy of the header) followed by a range of a file.</summary>
/// <remarks>Reads the file by offset (<see cref="RandomAccess"/>), so several such streams share one handle.</remarks>
internal sealed class FilePartStream : ReadOnlyForwardStream
{
    private readonly byte[] _prefix;
    private readonly SafeFileHandle _file;
    private readonly long _end;
    private int _prefixRead;
    private long _position;

    public FilePartStream(byte[] prefix, SafeFileHandle file, long start, long length)
    {
        _prefix = prefix;
        _file = file;
        _position = start;
        _end = start + length;
    }

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
        return read;
    }
}
