using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace HelseIndicators.Data.Csv;

/// <summary>The outcome of asking the tokenizer for the next record.</summary>
internal enum CsvRecordStatus
{
    /// <summary>A record is ready; read its fields.</summary>
    Record = 1,

    /// <summary>The buffer ends inside a record: fill it (<see cref="Utf8CsvTokenizer.GetFillBuffer"/>) and ask again.</summary>
    NeedData = 2,

    /// <summary>The input is exhausted.</summary>
    End = 3,
}

/// <summary>
/// A streaming RFC 4180 tokenizer over UTF-8 bytes: it holds one buffer (64 KiB, growing only for a record longer than
/// the buffer, up to <see cref="MaxRecordBytes"/>), hands out fields as spans into it and never makes a string.
/// The caller owns the I/O: it fills the buffer when asked (<see cref="CsvRecordStatus.NeedData"/>), synchronously or
/// asynchronously.
/// </summary>
/// <remarks>
/// Quoted fields may hold separators, doubled quotes and line breaks; line numbers are physical lines (a quoted line
/// break counts), the first line being 1. A UTF-8 byte order mark is skipped. Blank lines are skipped. Line ends may be
/// LF, CRLF or CR, inside quotes too. Not thread safe.
/// </remarks>
internal sealed class Utf8CsvTokenizer
{
    /// <summary>The longest record accepted; longer means a quote is almost surely never closed.</summary>
    internal const int MaxRecordBytes = 16 * 1024 * 1024;

    private const int InitialBufferSize = 64 * 1024;

    private byte[] _buffer;
    private int _start;
    private int _end;
    private bool _eof;
    private bool _bomChecked;
    private long _nextLine = 1;
    private bool _offsetApplied;

    private int _recordStart;
    // Where each field of the record lies; whether it was quoted or had doubled quotes only in _fieldFlags, which only
    // the byte-by-byte parse writes (and _recordFlagged says it did): a plain record writes two ints a field.
    private FieldBounds[] _fields = new FieldBounds[32];
    private byte[] _fieldFlags = new byte[32];
    private bool _recordFlagged;
    private bool _recordEscaped;
    private int _fieldCount;
    private string? _recordError;
    private int _recordErrorField;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="dialect">The dialect, or null to detect it from the first line that is not blank.</param>
    /// <param name="initialBufferSize">The initial buffer size (tests use small ones to exercise refills).</param>
    public Utf8CsvTokenizer(CsvDialect? dialect = null, int initialBufferSize = InitialBufferSize)
    {
        _buffer = new byte[Math.Max(initialBufferSize, 4)];
        if (dialect is { } d)
        {
            Dialect = d;
        }
    }

    /// <summary>Gets or sets the name of the input in messages.</summary>
    public string Source { get; set; } = "input";

    /// <summary>
    /// Gets the dialect: given, or detected from the first line that is not blank (the header) once it is seen; null
    /// before.
    /// </summary>
    public CsvDialect? Dialect { get; private set; }

    /// <summary>
    /// Gets the number of lines added to the line numbers after the first record (the header): a part of a file read on
    /// its own, behind a copy of the header, then numbers its lines as the whole file does. Default 0.
    /// </summary>
    public long LineOffset { get; init; }

    /// <summary>Gets the number of bytes consumed from the input so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>Gets the physical line on which the current record starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>Gets the physical line on which the current record ends.</summary>
    public long RecordEndLine { get; private set; }

    /// <summary>Gets what is malformed about the current record (an unclosed quote, text after a closing quote), or null.</summary>
    public string? RecordError => _recordError;

    /// <summary>
    /// Gets the 0-based index of the field <see cref="RecordError"/> is about (the field whose quote is never closed, or
    /// which has text after its closing quote); meaningful only while <see cref="RecordError"/> is not null.
    /// </summary>
    public int RecordErrorField => _recordErrorField;

    /// <summary>Gets the number of fields of the current record.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>Gets whether the input ended without a line break after the last record.</summary>
    public bool EndedWithoutNewline { get; private set; }

    /// <summary>Gets a field's bytes, quotes removed and doubled quotes undone.</summary>
    /// <param name="index">The 0-based field index.</param>
    /// <returns>The bytes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<byte> Field(int index)
    {
        ref var field = ref _fields[index];
        return _buffer.AsSpan(_recordStart + field.Start, field.Length);
    }

    /// <summary>Gets whether a field was quoted.</summary>
    /// <param name="index">The 0-based field index.</param>
    /// <returns>True when the field was enclosed in quotes.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool IsQuoted(int index)
    {
        _ = _fields[index]; // the same range check as before, for a plain record too
        return _recordFlagged && (_fieldFlags[index] & QuotedFlag) != 0;
    }

    /// <summary>Gets the part of the buffer to fill next, making room first.</summary>
    /// <returns>Free space at the end of the buffer.</returns>
    /// <exception cref="DataException">A single record is longer than <see cref="MaxRecordBytes"/>.</exception>
    public Memory<byte> GetFillBuffer()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= MaxRecordBytes)
            {
                throw new DataException(new DataProblem(Source, _nextLine, null, null,
                    $"a record starting here is longer than {MaxRecordBytes / (1024 * 1024)} MiB; a quote is probably never closed: close it, and write a quote inside a quoted value as two quotes (\"\")"));
            }

            Array.Resize(ref _buffer, Math.Min(_buffer.Length * 2, MaxRecordBytes));
        }

        return _buffer.AsMemory(_end);
    }

    /// <summary>Records how many bytes were read into <see cref="GetFillBuffer"/>; 0 means the input ended.</summary>
    /// <param name="count">The byte count.</param>
    public void CommitFill(int count)
    {
        if (count <= 0)
        {
            _eof = true;
            return;
        }

        _end += count;
        BytesRead += count;
    }

    /// <summary>Advances to the next record.</summary>
    /// <returns>Whether a record is ready, more data is needed, or the input has ended.</returns>
    public CsvRecordStatus TryReadRecord()
    {
        while (true)
        {
            if (!_bomChecked)
            {
                if (_end - _start < 3 && !_eof)
                {
                    return CsvRecordStatus.NeedData;
                }

                if (_buffer.AsSpan(_start, _end - _start).StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
                {
                    _start += 3;
                }

                _bomChecked = true;
            }

            if (Dialect is null && !TryDetectDialect())
            {
                return CsvRecordStatus.NeedData;
            }

            if (_start >= _end)
            {
                return _eof ? CsvRecordStatus.End : CsvRecordStatus.NeedData;
            }

            var consumed = ParseRecord(out var newlines, out var terminated);
            if (consumed < 0)
            {
                return CsvRecordStatus.NeedData;
            }

            _recordStart = _start;
            _start += consumed;
            RecordLine = _nextLine;
            RecordEndLine = _nextLine + newlines - (terminated ? 1 : 0);
            _nextLine += newlines;
            EndedWithoutNewline = !terminated;

            if (_fieldCount == 1 && _fields[0].Length == 0 && !IsQuoted(0) && _recordError is null)
            {
                continue; // a blank line
            }

            if (!_offsetApplied)
            {
                _nextLine += LineOffset;
                _offsetApplied = true;
            }

            if (_recordEscaped)
            {
                Unescape();
            }

            return CsvRecordStatus.Record;
        }
    }

    /// <summary>
    /// Gets the next line when the buffer holds it whole and a record (the header) has been read: for a handler that
    /// reads the usual line itself (<see cref="ICsvLineHandler{T}"/>), without the tokenizer's field bounds. Does not
    /// advance: <see cref="TakeLine"/> does, else <see cref="TryReadRecord"/> reads the same line as a record.
    /// </summary>
    /// <param name="text">The line, then its LF and the rest of the buffer's bytes (to look ahead at).</param>
    /// <param name="length">The line's length, without its LF (a CR before it is left in).</param>
    /// <param name="lineNumber">Its physical line number, as <see cref="RecordLine"/> would give it.</param>
    /// <returns>False when no line ends within the buffer (or no record was read yet).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryPeekLine(out ReadOnlySpan<byte> text, out int length, out long lineNumber)
    {
        lineNumber = _nextLine;
        text = _buffer.AsSpan(_start, _end - _start);
        length = _offsetApplied ? text.IndexOf((byte)'\n') : -1;
        return length >= 0;
    }

    /// <summary>Advances past the line <see cref="TryPeekLine"/> gave, which had no quote and no line break but its LF
    /// (and maybe a CR before it): one physical line.</summary>
    /// <param name="length">The line's length, as given (without its LF).</param>
    public void TakeLine(int length)
    {
        _start += length + 1;
        RecordLine = RecordEndLine = _nextLine;
        _nextLine++;
        EndedWithoutNewline = false;
        _recordError = null;
        _fieldCount = 0; // the record the tokenizer gave before is gone
    }

    // Once per read: ';' when the header (the first line with more than spaces and tabs) has more semicolons than
    // commas outside quotes, else ','.
    private bool TryDetectDialect()
    {
        var data = _buffer.AsSpan(_start, _end - _start);
        ReadOnlySpan<byte> line;
        while (true)
        {
            var newline = data.IndexOfAny((byte)'\n', (byte)'\r');
            if (newline < 0)
            {
                if (!_eof && _end < MaxRecordBytes)
                {
                    return false;
                }

                line = data;
                break;
            }

            line = data[..newline];
            if (line.ContainsAnyExcept((byte)' ', (byte)'\t'))
            {
                break;
            }

            data = data[(newline + 1)..];
        }

        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var b in line)
        {
            if (b == (byte)'"')
            {
                quoted = !quoted;
            }
            else if (!quoted && b == (byte)',')
            {
                commas++;
            }
            else if (!quoted && b == (byte)';')
            {
                semicolons++;
            }
        }

        Dialect = semicolons > commas ? CsvDialect.Semicolon : CsvDialect.Comma;
        return true;
    }

    // Returns the bytes consumed by the record (terminator included), or -1 when the buffer ends inside the record.
    private int ParseRecord(out int newlines, out bool terminated)
    {
        var data = _buffer.AsSpan(_start, _end - _start);
        var sep = Dialect == CsvDialect.Semicolon ? (byte)';' : (byte)',';
        _recordError = null;
        _recordFlagged = false;
        _recordEscaped = false;
        newlines = 1;
        terminated = true;
        var plain = ParsePlainRecord(data, sep);
        if (plain > 0)
        {
            return plain;
        }

        var pos = 0;
        _fieldCount = 0;
        _recordFlagged = true;
        newlines = 0;
        terminated = false;
        while (true)
        {
            if (pos < data.Length && data[pos] == (byte)'"')
            {
                var contentStart = pos + 1;
                pos = contentStart;
                var escaped = false;
                var closed = false;
                while (true)
                {
                    var idx = data[pos..].IndexOf((byte)'"');
                    if (idx < 0)
                    {
                        if (!_eof)
                        {
                            return -1;
                        }

                        newlines += QuotedLineBreaks(data[pos..]);
                        pos = data.Length;
                        break;
                    }

                    newlines += QuotedLineBreaks(data.Slice(pos, idx));
                    pos += idx + 1;
                    if (pos < data.Length && data[pos] == (byte)'"')
                    {
                        escaped = true;
                        pos++;
                        continue;
                    }

                    if (pos >= data.Length && !_eof)
                    {
                        return -1;
                    }

                    closed = true;
                    break;
                }

                if (!closed)
                {
                    AddField(contentStart, data.Length - contentStart, quoted: true, escaped);
                    _recordError = "a quote opened on this line is never closed: close it, and write a quote inside a quoted value as two quotes (\"\")";
                    _recordErrorField = _fieldCount - 1;
                    return data.Length;
                }

                AddField(contentStart, pos - 1 - contentStart, quoted: true, escaped);
                if (pos < data.Length && data[pos] != sep && data[pos] != (byte)'\n' && data[pos] != (byte)'\r')
                {
                    if (_recordError is null)
                    {
                        _recordError = "there is text after the closing quote of a value: quote the whole value, and write a quote inside it as two quotes (\"\")";
                        _recordErrorField = _fieldCount - 1;
                    }

                    var skip = data[pos..].IndexOfAny(sep, (byte)'\n', (byte)'\r');
                    if (skip < 0)
                    {
                        if (!_eof)
                        {
                            return -1;
                        }

                        return data.Length;
                    }

                    pos += skip;
                }
            }
            else
            {
                // Fields are short: a plain loop beats a vectorised search, whose set-up costs more than the scan.
                var end = pos;
                while (end < data.Length)
                {
                    var c = data[end];
                    if (c == sep || c == (byte)'\n' || c == (byte)'\r')
                    {
                        break;
                    }

                    end++;
                }

                if (end == data.Length)
                {
                    if (!_eof)
                    {
                        return -1;
                    }

                    AddField(pos, data.Length - pos, quoted: false, escaped: false);
                    return data.Length;
                }

                AddField(pos, end - pos, quoted: false, escaped: false);
                pos = end;
            }

            if (pos >= data.Length)
            {
                return pos; // the input ended right after a closing quote
            }

            var b = data[pos];
            if (b == sep)
            {
                pos++;
                continue;
            }

            if (b == (byte)'\r')
            {
                pos++;
                if (pos >= data.Length)
                {
                    if (!_eof)
                    {
                        return -1; // an LF may follow
                    }
                }
                else if (data[pos] == (byte)'\n')
                {
                    pos++;
                }
            }
            else
            {
                pos++; // '\n'
            }

            newlines++;
            terminated = true;
            return pos;
        }
    }

    // The usual record, 16 bytes at a time: one line, ended by LF or CRLF, without a quote before its end, the
    // separators found by comparing 16 bytes at once. Returns the bytes consumed, or 0 when the record is not such a
    // line or its end is not within the whole 16-byte blocks of the buffer: the byte-by-byte parse then reads it.
    private int ParsePlainRecord(ReadOnlySpan<byte> data, byte sep)
    {
        _fieldCount = 0;
        var fields = _fields;
        var count = 0;
        ref var first = ref MemoryMarshal.GetReference(data);
        var separators = Vector128.Create(sep);
        var lineFeeds = Vector128.Create((byte)'\n');
        var carriageReturns = Vector128.Create((byte)'\r');
        var quotes = Vector128.Create((byte)'"');
        var fieldStart = 0;
        for (var block = 0; block <= data.Length - Vector128<byte>.Count; block += Vector128<byte>.Count)
        {
            var bytes = Vector128.LoadUnsafe(ref first, (nuint)block);
            var stops = (Vector128.Equals(bytes, lineFeeds) | Vector128.Equals(bytes, carriageReturns)
                | Vector128.Equals(bytes, quotes)).ExtractMostSignificantBits();
            var seps = Vector128.Equals(bytes, separators).ExtractMostSignificantBits();
            if (stops != 0)
            {
                seps &= (1u << BitOperations.TrailingZeroCount(stops)) - 1; // the separators before the stop
            }

            for (; seps != 0; seps &= seps - 1)
            {
                var at = block + BitOperations.TrailingZeroCount(seps);
                if ((uint)count >= (uint)fields.Length)
                {
                    fields = GrowFields();
                }

                fields[count++] = new FieldBounds(fieldStart, at - fieldStart);
                fieldStart = at + 1;
            }

            if (stops == 0)
            {
                continue;
            }

            var end = block + BitOperations.TrailingZeroCount(stops);
            var next = end + 1;
            if (data[end] == (byte)'\r' && next < data.Length && data[next] == (byte)'\n')
            {
                next++;
            }
            else if (data[end] != (byte)'\n')
            {
                return 0; // a quote, a lone CR, or a CR at the end of the buffer
            }

            if ((uint)count >= (uint)fields.Length)
            {
                fields = GrowFields();
            }

            fields[count++] = new FieldBounds(fieldStart, end - fieldStart);
            _fieldCount = count;
            return next;
        }

        return 0;
    }

    // The line breaks inside a quoted value: LF, CRLF (once) or a lone CR, as outside quotes. The text ends before a
    // quote or at the end of the input, so a CR at its end is a lone CR.
    private static int QuotedLineBreaks(ReadOnlySpan<byte> text)
    {
        var breaks = text.Count((byte)'\n');
        var cr = text.IndexOf((byte)'\r');
        while (cr >= 0)
        {
            if (cr + 1 == text.Length || text[cr + 1] != (byte)'\n')
            {
                breaks++;
            }

            var next = text[(cr + 1)..].IndexOf((byte)'\r');
            cr = next < 0 ? -1 : cr + 1 + next;
        }

        return breaks;
    }

    private void AddField(int start, int length, bool quoted, bool escaped)
    {
        if (_fieldCount == _fields.Length)
        {
            GrowFields();
        }

        _fields[_fieldCount] = new FieldBounds(start, length);
        _fieldFlags[_fieldCount] = (byte)((quoted ? QuotedFlag : 0) | (escaped ? EscapedFlag : 0));
        _recordEscaped |= escaped;
        _fieldCount++;
    }

    // Doubles the field arrays (a record with more fields than ever before), keeping what they hold.
    private FieldBounds[] GrowFields()
    {
        var size = _fields.Length * 2;
        Array.Resize(ref _fields, size);
        Array.Resize(ref _fieldFlags, size);
        return _fields;
    }

    // Undoes doubled quotes in place; only once the record is complete, so a refill never sees a changed buffer.
    private void Unescape()
    {
        for (var i = 0; i < _fieldCount; i++)
        {
            if ((_fieldFlags[i] & EscapedFlag) == 0)
            {
                continue;
            }

            var span = _buffer.AsSpan(_recordStart + _fields[i].Start, _fields[i].Length);
            var write = 0;
            for (var read = 0; read < span.Length; read++)
            {
                span[write++] = span[read];
                if (span[read] == (byte)'"' && read + 1 < span.Length && span[read + 1] == (byte)'"')
                {
                    read++;
                }
            }

            _fields[i].Length = write;
            _fieldFlags[i] &= unchecked((byte)~EscapedFlag);
        }
    }

    private const byte QuotedFlag = 1, EscapedFlag = 2;

    // Where a field lies in the record: its first byte (from the record's start) and its length.
    private struct FieldBounds(int start, int length)
    {
        public int Start = start;
        public int Length = length;
    }
}
