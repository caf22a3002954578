using System.Text;
using HelseIndicators.Data.Csv;

namespace HelseIndicators.Tests.Data.Csv;

public class TextReaderUtf8StreamTests
{
    private static byte[] ReadAll(string text, int chunk)
    {
        using var stream = new TextReaderUtf8Stream(new StringReader(text));
        var bytes = new List<byte>();
        var buffer = new byte[chunk];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            bytes.AddRange(buffer.AsSpan(0, n));
        }

        return [.. bytes];
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(65536)]
    public void Read_AnyChunkSize_GivesTheUtf8OfTheText(int chunk)
    {
        // A surrogate pair straddles the 4096-character blocks the stream encodes; a leading U+FEFF stays.
        var text = "\uFEFFx" + string.Concat(Enumerable.Repeat("\U0001F600", 3000)) + "æøå\r\n";

        Assert.Equal(Encoding.UTF8.GetBytes(text), ReadAll(text, chunk));
    }

    [Fact]
    public void Read_UnpairedSurrogate_BecomesReplacementCharacter() =>
        Assert.Equal("a\uFFFDb\uFFFD"u8.ToArray(), ReadAll("a\uDC00b\uD800", 3));

    [Fact]
    public void Read_EmptyText_IsEmpty() => Assert.Empty(ReadAll("", 16));
}
