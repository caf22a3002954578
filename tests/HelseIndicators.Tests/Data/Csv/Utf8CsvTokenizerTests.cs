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
}
