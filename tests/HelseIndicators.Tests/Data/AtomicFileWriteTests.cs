using System.Text;
using HelseIndicators.Data;

namespace HelseIndicators.Tests.Data;

public sealed class AtomicFileWriteTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("helse-atomic");

    public void Dispose() => _directory.Dispose();

    [Fact]
    public void Write_NewFile_WritesTheContentAndLeavesNoTemporary()
    {
        var path = _directory.File("out.bin");
        AtomicFileWrite.Write(path, stream => stream.Write([1, 2, 3]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.bin"], _directory.Names());
    }

    [Fact]
    public void Write_ExistingFile_ReplacesItWhole()
    {
        var path = _directory.File("out.bin");
        File.WriteAllBytes(path, new byte[10_000]);
        AtomicFileWrite.Write(path, stream => stream.Write([7]));
        Assert.Equal([7], File.ReadAllBytes(path));
        Assert.Equal(["out.bin"], _directory.Names());
    }

    [Fact]
    public void Write_TemporaryFile_IsHiddenBesideTheTarget()
    {
        var path = _directory.File("out.csv");
        string? seen = null;
        AtomicFileWrite.Write(path, stream =>
        {
            seen = ((FileStream)stream).Name;
            Assert.False(File.Exists(path));
        });
        Assert.Equal(_directory.Root, Path.GetDirectoryName(seen));
        Assert.Matches(@"^\.out\.csv\.[0-9a-f]{32}\.tmp$", Path.GetFileName(seen));
    }

    [Fact]
    public void Write_WriterThrows_KeepsThePreviousFileAndLeavesNoTemporary()
    {
        var path = _directory.File("out.csv");
        File.WriteAllText(path, "previous");
        Assert.Throws<InvalidOperationException>(() => AtomicFileWrite.Write(path, stream =>
        {
            stream.Write(new byte[200_000]);
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["out.csv"], _directory.Names());
    }

    [Fact]
    public void Write_TokenCancelledDuringTheWrite_KeepsThePreviousFileAndLeavesNoTemporary()
    {
        var path = _directory.File("out.csv");
        File.WriteAllText(path, "previous");
        using var source = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFileWrite.Write(
            path,
            stream =>
            {
                stream.Write(new byte[1000]);
                source.Cancel(); // the writer ignores the token: the helper still must not replace the file
            },
            source.Token));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["out.csv"], _directory.Names());
    }

    [Fact]
    public void Write_RenameFails_LeavesNoTemporary()
    {
        var path = _directory.File("taken");
        Directory.CreateDirectory(path); // a folder where the file should go: the rename cannot replace it
        Assert.ThrowsAny<Exception>(() => AtomicFileWrite.Write(path, stream => stream.Write([1])));
        Assert.Equal(["taken"], _directory.Names());
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void Write_MissingFolder_ThrowsAndCreatesNothing()
    {
        var path = _directory.File("missing", "out.csv");
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFileWrite.Write(path, stream => stream.Write([1])));
        Assert.Empty(_directory.Names());
    }

    [Fact]
    public void Write_BadArguments_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => AtomicFileWrite.Write(null!, _ => { }));
        Assert.Throws<ArgumentException>(() => AtomicFileWrite.Write("", _ => { }));
        Assert.Throws<ArgumentNullException>(() => AtomicFileWrite.Write(_directory.File("x"), null!));
        Assert.Throws<ArgumentNullException>(() => AtomicFileWrite.WriteText(_directory.File("x"), null!));
        Assert.Empty(_directory.Names());
    }

    [Fact]
    public void WriteText_DefaultEncoding_IsUtf8WithoutByteOrderMark()
    {
        var path = _directory.File("out.txt");
        AtomicFileWrite.WriteText(path, writer => writer.Write("helsenæringen"));
        Assert.Equal(Encoding.UTF8.GetBytes("helsenæringen"), File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteText_GivenEncoding_IsUsed()
    {
        var path = _directory.File("out.txt");
        AtomicFileWrite.WriteText(path, writer => writer.Write("æ"), new UTF8Encoding(true));
        Assert.Equal([0xEF, 0xBB, 0xBF, 0xC3, 0xA6], File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteText_WriterThrowsAfterMoreThanABuffer_LeavesNoFile()
    {
        var path = _directory.File("out.txt");
        Assert.Throws<InvalidOperationException>(() => AtomicFileWrite.WriteText(path, writer =>
        {
            writer.Write(new string('x', 200_000));
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Empty(_directory.Names());
    }
}
