using Microsoft.Win32.SafeHandles;

namespace HelseIndicators.Data.Panel;

/// <summary>A read-only, forward-only stream of a prefix (a copy of the header) followed by a range of a file.</summary>
/// <remarks>Reads the file by offset (<see cref="RandomAccess"/>), so several such streams share one handle.</remarks>
internal sealed class FilePartStream : Stream
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

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

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

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
