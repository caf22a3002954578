using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Csv;

namespace HelseIndicators.Tests.Data.Csv;

public class Utf8CsvTokenizerTests
{
    private static List<(long Line, string[] Fields, string? Error)> Tokenize(byte[] data, int bufferSize, int chunk, CsvDialect? dialect = null)
    {
        var tokenizer = new Utf8CsvTokenizer(dialect, bufferSize);
        var records = new List<(long, string[], string?)>();
        var position = 0;
        while (true)
        {
            var status = tokenizer.TryReadRecord();
            if (status == CsvRecordStatus.NeedData)
            {
                var buffer = tokenizer.GetFillBuffer().Span;
                var n = Math.Min(Math.Min(buffer.Length, chunk), data.Length - position);
                data.AsSpan(position, n).CopyTo(buffer);
                position += n;
                tokenizer.CommitFill(n);
                continue;
            }

            if (status == CsvRecordStatus.End)
            {
                return records;
            }

            var fields = Enumerable.Range(0, tokenizer.FieldCount).Select(i => Encoding.UTF8.GetString(tokenizer.Field(i))).ToArray();
            records.Add((tokenizer.RecordLine, fields, tokenizer.RecordError));
        }
    }

    [Fact]
    public void TryReadRecord_Rfc4180Example_SplitsFields()
    {
        var records = Tokenize(Encoding.UTF8.GetBytes("a,b,c\n\"x,1\",\"say \"\"hi\"\"\",\"two\r\nlines\"\nlast,,"), 64 * 1024, int.MaxValue);
        Assert.Equal(3, records.Count);
        Assert.Equal(["x,1", "say \"hi\"", "two\r\nlines"], records[1].Fields);
        Assert.Equal(["last", "", ""], records[2].Fields);
        Assert.Equal([1L, 2L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void TryReadRecord_DetectsSemicolonDialect()
    {
        var records = Tokenize(Encoding.UTF8.GetBytes("a;b\n1,5;2\n"), 64, 64);
        Assert.Equal(["1,5", "2"], records[1].Fields);
    }

    [Fact]
    public void TryReadRecord_UnclosedQuote_ReportsOnItsRecord()
    {
        var records = Tokenize(Encoding.UTF8.GetBytes("a,b\n1,\"open\n2,3\n"), 64, 3);
        Assert.Equal(2, records.Count);
        Assert.Equal(2, records[1].Line);
        Assert.Contains("never closed", records[1].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\n\r\n  \n\t\na;b\n1,5;2\n")]
    [InlineData("\"x,y,z\";a;b\n\"\";1,5;2\n")]
    public void TryReadRecord_DetectsDialectFromTheFirstLineWithTextOutsideQuotes(string text)
    {
        var records = Tokenize(Encoding.UTF8.GetBytes(text), 8, 3);
        Assert.Equal("1,5", records[^1].Fields[^2]);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void TryReadRecord_LineBreakInsideQuotes_CountsAsOutside(string newline)
    {
        var text = $"a,b{newline}1,\"x{newline}y{newline}{newline}z\"{newline}2,\"\"\"{newline}\"{newline}3,\"w{newline}";
        var records = Tokenize(Encoding.UTF8.GetBytes(text), 5, 2);
        Assert.Equal([1L, 2L, 6L, 8L], records.Select(r => r.Line));
        Assert.Equal($"x{newline}y{newline}{newline}z", records[1].Fields[1]);
    }

    [Theory]
    [InlineData("a,b,c\n1,\"x\"y,3\n", 1, "text after the closing quote")]
    [InlineData("a,b,c\n1,2,\"open\n", 2, "never closed")]
    public void TryReadRecord_MalformedRecord_NamesTheField(string text, int field, string error)
    {
        var tokenizer = new Utf8CsvTokenizer();
        var data = Encoding.UTF8.GetBytes(text);
        data.CopyTo(tokenizer.GetFillBuffer().Span);
        tokenizer.CommitFill(data.Length);
        tokenizer.CommitFill(0);
        Assert.Equal(CsvRecordStatus.Record, tokenizer.TryReadRecord());
        Assert.Null(tokenizer.RecordError);
        Assert.Equal(CsvRecordStatus.Record, tokenizer.TryReadRecord());
        Assert.Contains(error, tokenizer.RecordError, StringComparison.Ordinal);
        Assert.Equal(field, tokenizer.RecordErrorField);
    }

    /// <summary>Any split of the input into reads, and any starting buffer size, gives the same records.</summary>
    [Property(MaxTest = 300)]
    public Property TryReadRecord_ChunkingDoesNotMatter()
    {
        var pieces = Gen.Elements("a", "bc", ",", ";", "\"", "\"\"", "\n", "\r\n", "\r", " ", "ø", "12.5");
        var text = Gen.ListOf(pieces).Select(p => string.Concat(p));
        return Prop.ForAll(text.ToArbitrary(), Gen.Choose(1, 17).ToArbitrary(), Gen.Choose(4, 40).ToArbitrary(), (t, chunk, size) =>
        {
            var data = Encoding.UTF8.GetBytes("h1,h2\n" + t);
            var whole = Tokenize(data, 1 << 16, int.MaxValue);
            var split = Tokenize(data, size, chunk);
            return whole.Count == split.Count
                && whole.Zip(split).All(p => p.First.Line == p.Second.Line && p.First.Error == p.Second.Error && p.First.Fields.SequenceEqual(p.Second.Fields));
        });
    }

    /// <summary>Records written as RFC 4180 (a field quoted when it holds a separator, a quote or a line break, its
    /// quotes doubled), each ended by LF or CRLF (the last maybe by nothing), read back field for field and line for
    /// line, with any buffer size and any reads: lines without quotes take the 16-bytes-at-a-time path, the others the
    /// byte-by-byte one.</summary>
    [Property(MaxTest = 300)]
    public Property TryReadRecord_ReadsBackWhatRfc4180Wrote()
    {
        var field = Gen.ListOf(Gen.Elements("a", "12.5", ",", "\"", "\r", "\n", "\r\n", " ", "ø", "bcdefghijklmnop")).Select(p => string.Concat(p));
        var record = Gen.Choose(2, 20).SelectMany(n => Gen.ArrayOf(field, n));
        var records = Gen.ListOf(record.SelectMany(r => Gen.Elements("\n", "\r\n").Select(end => (Fields: r, End: end))));
        var reads = Gen.Elements(false, true).SelectMany(last => Gen.Choose(4, 100).SelectMany(size => Gen.Choose(1, 200).Select(chunk => (last, size, chunk))));
        return Prop.ForAll(records.ToArbitrary(), reads.ToArbitrary(), (written, how) =>
            {
                var (lastUnterminated, size, chunk) = how;
                var text = new StringBuilder("h1,h2\n");
                var lines = new List<long>();
                long line = 2;
                for (var i = 0; i < written.Count; i++)
                {
                    var body = string.Join(",", written[i].Fields.Select(Quote));
                    var end = lastUnterminated && i == written.Count - 1 ? "" : written[i].End;
                    text.Append(body).Append(end);
                    lines.Add(line);
                    line += LineBreaks(body + end);
                }

                var read = Tokenize(Encoding.UTF8.GetBytes(text.ToString()), size, chunk, CsvDialect.Comma).Skip(1).ToList();
                return (read.Count == written.Count
                    && read.Zip(written).All(p => p.First.Error is null && p.First.Fields.SequenceEqual(p.Second.Fields))
                    && read.Select(r => r.Line).SequenceEqual(lines)).Label(text.ToString());
            });

        static string Quote(string value) =>
            value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;

        static long LineBreaks(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Count(c => c is '\n' or '\r');
    }

    /// <summary>Whether each field was quoted, read back with its text: plain records (whose fields' flags are not
    /// written) right after quoted ones, and records of up to 80 fields (past the first 32 the field arrays grow, in
    /// either path).</summary>
    [Property(MaxTest = 300)]
    public Property IsQuoted_IsWhatWasWritten_AfterAnyRecordBefore()
    {
        var field = Gen.ListOf(Gen.Elements("a", "12.5", ",", "\"", "\n", " ", "ø")).Select(p => string.Concat(p))
            .SelectMany(f => Gen.Elements(false, true).Select(quote => (Text: f, Quoted: quote || f.AsSpan().IndexOfAny(",\"\r\n") >= 0)));
        var record = Gen.Choose(1, 80).SelectMany(n => Gen.ArrayOf(field, n)).Where(r => r.Length > 1 || r[0].Quoted || r[0].Text.Length > 0);
        var reads = Gen.Choose(4, 300).SelectMany(size => Gen.Choose(1, 400).Select(chunk => (size, chunk)));
        return Prop.ForAll(Gen.ListOf(record).ToArbitrary(), reads.ToArbitrary(), (written, how) =>
        {
            var text = new StringBuilder("h1,h2\n");
            foreach (var r in written)
            {
                text.AppendJoin(",", r.Select(f => f.Quoted ? $"\"{f.Text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : f.Text)).Append('\n');
            }

            var tokenizer = new Utf8CsvTokenizer(CsvDialect.Comma, how.size);
            var data = Encoding.UTF8.GetBytes(text.ToString());
            var position = 0;
            var read = new List<(string Text, bool Quoted)[]>();
            while (true)
            {
                var status = tokenizer.TryReadRecord();
                if (status == CsvRecordStatus.NeedData)
                {
                    var buffer = tokenizer.GetFillBuffer().Span;
                    var n = Math.Min(Math.Min(buffer.Length, how.chunk), data.Length - position);
                    data.AsSpan(position, n).CopyTo(buffer);
                    position += n;
                    tokenizer.CommitFill(n);
                    continue;
                }

                if (status == CsvRecordStatus.End)
                {
                    break;
                }

                read.Add(Enumerable.Range(0, tokenizer.FieldCount)
                    .Select(i => (Encoding.UTF8.GetString(tokenizer.Field(i)), tokenizer.IsQuoted(i))).ToArray());
            }

            return (read.Count == written.Count + 1 && read.Skip(1).Zip(written).All(p => p.First.SequenceEqual(p.Second)))
                .Label(text.ToString());
        });
    }
}
