using System.Buffers;
using System.Text.Json;

namespace HelseIndicators.Data.Bronnoysund;

/// <summary>
/// Reads the elements of a top-level JSON array one at a time from a <see cref="Stream"/> with
/// <see cref="Utf8JsonReader"/>, holding at most one element (plus one read chunk) in memory, so that a bulk download of
/// hundreds of megabytes is never loaded whole. A top-level object is read whole (one entity or one search page).
/// </summary>
/// <remarks>
/// The buffer starts at 64 KiB and grows only when a single element is larger than it. Thread safety: not thread-safe.
/// </remarks>
internal sealed class JsonArrayStreamer : IDisposable
{
    private readonly Stream _stream;
    private readonly string _source;
    private byte[] _buffer;
    private int _start;      // first unconsumed byte
    private int _end;        // end of valid data
    private bool _eof;
    private long _discarded; // bytes dropped from the front of the buffer so far
    private JsonReaderState _state;
    private bool _inArray;
    private bool _done;

    public JsonArrayStreamer(Stream stream, string source, int initialBufferSize = 64 * 1024)
    {
        _stream = stream;
        _source = source;
        _buffer = ArrayPool<byte>.Shared.Rent(initialBufferSize);
        _state = new JsonReaderState(new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
    }

    /// <summary>Gets the capacity of the buffer, which bounds the memory the streamer holds.</summary>
    public int BufferCapacity => _buffer.Length;

    /// <summary>Gets the number of array elements returned so far.</summary>
    public long ElementIndex { get; private set; } = -1;

    /// <summary>
    /// Finds the root value: an array (then call <see cref="TryReadElement"/>) or anything else (then call
    /// <see cref="ReadRoot"/>).
    /// </summary>
    /// <returns>The type of the root token.</returns>
    /// <exception cref="DataException">The input is empty or not JSON.</exception>
    public JsonTokenType ReadRootToken()
    {
        SkipBom();
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            try
            {
                if (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.StartArray)
                    {
                        _start += (int)reader.BytesConsumed;
                        _state = reader.CurrentState;
                        _inArray = true;
                    }

                    return reader.TokenType;
                }
            }
            catch (JsonException e)
            {
                throw Syntax("$", e);
            }

            if (_eof)
            {
                throw new DataException(new DataProblem(_source, 0, "$", null, "the input is empty; expected a JSON object or array"));
            }

            Fill();
        }
    }

    /// <summary>Reads the next element of the top-level array.</summary>
    /// <param name="element">The element's UTF-8 bytes, valid until the next call.</param>
    /// <returns>False at the end of the array.</returns>
    /// <exception cref="DataException">The JSON is malformed.</exception>
    public bool TryReadElement(out ReadOnlyMemory<byte> element)
    {
        if (!_inArray)
        {
            throw new InvalidOperationException("The root is not an array.");
        }

        element = default;
        if (_done)
        {
            return false;
        }

        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            var path = $"$[{ElementIndex + 1}]";
            try
            {
                if (reader.Read())
                {
                    if (reader.TokenType == JsonTokenType.EndArray)
                    {
                        _done = true;
                        _start += (int)reader.BytesConsumed;
                        _state = reader.CurrentState;
                        EnsureNothingAfterRoot();
                        return false;
                    }

                    var tokenStart = (int)reader.TokenStartIndex;
                    if (reader.TrySkip())
                    {
                        var length = (int)reader.BytesConsumed - tokenStart;
                        element = _buffer.AsMemory(_start + tokenStart, length);
                        _start += (int)reader.BytesConsumed;
                        _state = reader.CurrentState;
                        ElementIndex++;
                        return true;
                    }
                }
            }
            catch (JsonException e)
            {
                throw Syntax(path, e);
            }

            if (_eof)
            {
                throw new DataException(new DataProblem(_source, 0, path, null,
                    $"the JSON ends inside the array (after {_discarded + _end} bytes); the file is truncated, download it again"));
            }

            Fill();
        }
    }

    /// <summary>Reads the whole root value (not an array) into memory.</summary>
    /// <returns>The root value's bytes.</returns>
    public ReadOnlyMemory<byte> ReadRoot()
    {
        while (!_eof)
        {
            Fill();
        }

        return _buffer.AsMemory(_start, _end - _start);
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    private void EnsureNothingAfterRoot()
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _eof, _state);
            try
            {
                if (reader.Read())
                {
                    throw new DataException(new DataProblem(_source, 0, "$", null, "there is more JSON after the top-level array; expected one array"));
                }
            }
            catch (JsonException e)
            {
                throw Syntax("$", e);
            }

            if (_eof)
            {
                return;
            }

            _start += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            Fill();
        }
    }

    private void SkipBom()
    {
        while (!_eof && _end - _start < 3)
        {
            Fill();
        }

        if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            _start += 3;
        }
    }

    /// <summary>Moves the unconsumed bytes to the front, grows the buffer if it is full, and reads more.</summary>
    private void Fill()
    {
        if (_start > 0)
        {
            var pending = _end - _start;
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, pending);
            _discarded += _start;
            _start = 0;
            _end = pending;
        }

        if (_end == _buffer.Length)
        {
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        var read = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (read == 0)
        {
            _eof = true;
        }

        _end += read;
    }

    private DataException Syntax(string path, JsonException e) =>
        new([new DataProblem(_source, 0, path, null,
            $"the JSON is malformed near byte {_discarded + _start} ({StripPosition(e.Message)}); check that the file is complete and is JSON")]);

    internal static string StripPosition(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd(' ', '.');
    }
}
