using System.Text;

namespace HelseIndicators.Data.Surveys;

/// <summary>One record of a CSV file: its fields, the line it starts on, and a tokenizing error, if any.</summary>
/// <param name="Line">The 1-based line on which the record starts.</param>
/// <param name="Fields">The fields, unquoted.</param>
/// <param name="Error">Why the record is malformed (an unterminated quote, text after a closing quote), or null.</param>
internal readonly record struct SurveyCsvRecord(long Line, IReadOnlyList<string> Fields, string? Error);

/// <summary>
/// A small RFC 4180 tokenizer: fields separated by one character, optionally enclosed in double quotes, a doubled quote
/// inside quotes is a quote, quoted fields may hold separators and line breaks; records end at LF, CRLF or CR.
/// </summary>
/// <remarks>
/// Kept local to the survey reader on purpose (the panel reader has its own); the two may be merged later. A quote in
/// the middle of an unquoted field is kept as text. Thread safety: not thread-safe (it owns a reader position).
/// </remarks>
internal sealed class SurveyCsvTokenizer
{
    private readonly TextReader _reader;
    private readonly char _separator;
    private readonly StringBuilder _field = new();
    private long _line;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="reader">The text, positioned at the start of a record.</param>
    /// <param name="separator">The field separator.</param>
    /// <param name="firstLine">The 1-based line number of the reader's position.</param>
    public SurveyCsvTokenizer(TextReader reader, char separator, long firstLine = 1)
    {
        _reader = reader;
        _separator = separator;
        _line = firstLine;
    }

    /// <summary>Splits one line of text (a header) into fields.</summary>
    /// <param name="text">The line, without its line break.</param>
    /// <param name="separator">The separator.</param>
    /// <returns>The record, or null for an empty line.</returns>
    public static SurveyCsvRecord? SplitLine(string text, char separator)
    {
        using var reader = new StringReader(text);
        return new SurveyCsvTokenizer(reader, separator).Next();
    }

    /// <summary>
    /// Picks the separator from a header line: ';' when it has more semicolons than commas outside quotes, else ','.
    /// </summary>
    /// <param name="header">The header line.</param>
    /// <returns>The separator.</returns>
    public static char DetectSeparator(string header)
    {
        int commas = 0, semicolons = 0;
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == ',')
            {
                commas++;
            }
            else if (!quoted && c == ';')
            {
                semicolons++;
            }
        }

        return semicolons > commas ? ';' : ',';
    }

    /// <summary>Reads the next record; blank lines are skipped.</summary>
    /// <returns>The record, or null at the end of the text.</returns>
    public SurveyCsvRecord? Next()
    {
        while (true)
        {
            if (_reader.Peek() < 0)
            {
                return null;
            }

            var record = ReadRecord();
            if (record.Error is not null || record.Fields.Count > 1 || record.Fields[0].Length > 0)
            {
                return record;
            }
        }
    }

    private SurveyCsvRecord ReadRecord()
    {
        var start = _line;
        var fields = new List<string>();
        string? error = null;
        _field.Clear();
        var quoted = false;     // inside a quoted field
        var wasQuoted = false;  // the current field was quoted and its closing quote seen
        while (true)
        {
            var next = _reader.Read();
            if (next < 0)
            {
                if (quoted)
                {
                    error ??= $"a quoted field opened on line {start} is not closed before the end of the file; close the quote";
                }

                fields.Add(_field.ToString());
                return new SurveyCsvRecord(start, fields, error);
            }

            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        _field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        wasQuoted = true;
                    }
                }
                else
                {
                    if (c == '\n' || (c == '\r' && _reader.Peek() != '\n'))
                    {
                        _line++;
                    }

                    _field.Append(c);
                }

                continue;
            }

            if (c == _separator)
            {
                fields.Add(_field.ToString());
                _field.Clear();
                wasQuoted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                _line++;
                fields.Add(_field.ToString());
                return new SurveyCsvRecord(start, fields, error);
            }
            else if (wasQuoted)
            {
                error ??= $"text after the closing quote of field {fields.Count + 1}; put the whole field in quotes and double the quotes inside";
                _field.Append(c);
            }
            else if (c == '"' && _field.Length == 0)
            {
                quoted = true;
            }
            else
            {
                _field.Append(c);
            }
        }
    }
}
