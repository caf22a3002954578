using System.Text;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// A read-only, forward-only stream of the UTF-8 bytes of a text reader's characters, encoded as they are read, so a
/// reader of text can feed <see cref="Utf8CsvTokenizer"/> without holding the whole text.
/// </summary>
/// <remarks>
/// No byte order mark is added (a leading U+FEFF in the text becomes one, which the tokenizer skips); an unpaired
/// surrogate becomes U+FFFD. The text reader is not disposed. Not thread safe.
/// </remarks>
internal sealed class TextReaderUtf8Stream : ReadOnlyForwardStream
{
    private const int CharBlock = 4096;

    private readonly TextReader _reader;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[CharBlock];
    private readonly byte[] _bytes = new byte[Encoding.UTF8.GetMaxByteCount(CharBlock)];
    private int _bytesStart;
    private int _bytesEnd;
    private bool _done;

    /// <summary>Creates the stream.</summary>
    /// <param name="reader">The text; read on demand, left open.</param>
    public TextReaderUtf8Stream(TextReader reader)
    {
        _reader = reader;
    }

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        while (_bytesStart == _bytesEnd)
        {
            if (_done)
            {
                return 0;
            }

            var chars = _reader.Read(_chars, 0, _chars.Length);
            _done = chars == 0;
            _bytesStart = 0;
            _bytesEnd = _encoder.GetBytes(_chars.AsSpan(0, chars), _bytes, flush: _done);
        }

        var n = Math.Min(buffer.Length, _bytesEnd - _bytesStart);
        _bytes.AsSpan(_bytesStart, n).CopyTo(buffer);
        _bytesStart += n;
        return n;
    }
}
