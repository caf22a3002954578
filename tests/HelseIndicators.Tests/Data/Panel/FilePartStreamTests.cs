using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data.Panel;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>A checking part stream counts its range's line feeds and refuses what could make a cut unsafe: a quote
/// character, or a CR not followed by LF, wherever the reads split the range.</summary>
public sealed class FilePartStreamTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("helse-part-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>The one-pass scan of a block counts its LFs and sees a quote or a CR wherever it is: in the 16-byte
    /// steps or in the bytes after the last whole one, at any length.</summary>
    [Property(MaxTest = 2000)]
    public Property CountLineFeeds_IsCountAndContains() =>
        Prop.ForAll(Gen.Choose(0, 100).SelectMany(n => Gen.ArrayOf(Gen.Frequency(
                (20, Gen.Elements<byte>((byte)'a', (byte)',', (byte)'1', 0x00, 0xFF, 0x0B, 0x8A)), (4, Gen.Constant((byte)'\n')),
                (1, Gen.Elements<byte>((byte)'"', (byte)'\r'))), n)).ToArbitrary(), block =>
        {
            var count = FilePartStream.CountLineFeeds(block, out var quoteOrCarriageReturn);
            return (count == block.Count(b => b == (byte)'\n') && quoteOrCarriageReturn == block.Any(b => b is (byte)'"' or (byte)'\r'))
                .Label(Convert.ToHexString(block));
        });

    [Theory]
    [InlineData("a,b\n1,2\n3,4\n", 1, 3, false)]
    [InlineData("a,b\r\n1,2\r\n3,4", 1, 2, true)]
    [InlineData("a,b\r\n1,2\r\n3,4\r", 2, 2, true)] // a CR at the very end is no bare CR (the reader ends the line there)
    [InlineData("a,b\r\n1,2\r\n3,4\r\n", 3, 3, false)]
    public void Read_PlainRange_CountsItsLineFeeds(string text, int readSize, long lineFeeds, bool endsWithoutLineFeed)
    {
        var stream = ReadAll(text, readSize);

        Assert.Equal(lineFeeds, stream.LineFeeds);
        Assert.Equal(endsWithoutLineFeed, stream.EndsWithoutLineFeed);
    }

    [Theory]
    [InlineData("a,b\n\"1\",2\n")]
    [InlineData("a,b\n1,2\r3,4\n")]      // a bare CR
    [InlineData("a,b\n1,2\r\r\n3,4\n")]  // a CR before a CRLF
    public void Read_QuoteOrBareCarriageReturn_Throws_WhateverTheReads(string text)
    {
        for (var readSize = 1; readSize <= text.Length; readSize++)
        {
            var size = readSize;
            Assert.Throws<PartNotSplittableException>(() => ReadAll(text, size));
        }
    }

    [Fact]
    public void Read_WithoutChecking_HandsOutQuotesAndCountsNothing()
    {
        var path = Path.Combine(_directory, "plain.csv");
        File.WriteAllText(path, "\"a\",b\n", new UTF8Encoding(false));
        using var file = File.OpenHandle(path);
        var stream = new FilePartStream([], file, 0, 6);

        var buffer = new byte[16];
        Assert.Equal(6, stream.Read(buffer));
        Assert.Equal(0, stream.LineFeeds);
    }

    [Fact]
    public void Read_Prefix_IsHandedOutFirstAndNotChecked()
    {
        var path = Path.Combine(_directory, "prefixed.csv");
        File.WriteAllText(path, "h\n1\n2\n", new UTF8Encoding(false));
        using var file = File.OpenHandle(path);
        var stream = new FilePartStream("\"h\"\n"u8.ToArray(), file, 2, 4, check: true);

        var text = new StringBuilder();
        var buffer = new byte[3];
        for (int n; (n = stream.Read(buffer)) > 0;)
        {
            text.Append(Encoding.UTF8.GetString(buffer, 0, n));
        }

        Assert.Equal("\"h\"\n1\n2\n", text.ToString());
        Assert.Equal(2, stream.LineFeeds);
    }

    private FilePartStream ReadAll(string text, int readSize)
    {
        var path = Path.Combine(_directory, $"part-{readSize}.csv");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        using var file = File.OpenHandle(path);
        var stream = new FilePartStream([], file, 0, text.Length, check: true);
        var buffer = new byte[readSize];
        var handedOut = 0;
        for (int n; (n = stream.Read(buffer)) > 0;)
        {
            handedOut += n;
        }

        Assert.Equal(text.Length, handedOut);
        return stream;
    }
}
