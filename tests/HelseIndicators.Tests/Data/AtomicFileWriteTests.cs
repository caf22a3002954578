using System.Text;
using HelseIndicators.Data;

namespace HelseIndicators.Tests.Data;

public sealed class AtomicFileWriteTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "helse-atomic-" + Guid.NewGuid().ToString("N"));

    public AtomicFileWriteTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private string[] FilesInDirectory() => Directory.GetFileSystemEntries(_directory).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray()!;

    [Fact]
    public void Write_NewFile_WritesTheContentAndLeavesNoTemporary()
    {
        var path = Path.Combine(_directory, "out.bin");
        AtomicFileWrite.Write(path, stream => stream.Write([1, 2, 3]));
        Assert.Equal([1, 2, 3], File.ReadAllBytes(path));
        Assert.Equal(["out.bin"], FilesInDirectory());
    }

    [Fact]
    public void Write_ExistingFile_ReplacesItWhole()
    {
        var path = Path.Combine(_directory, "out.bin");
        File.WriteAllBytes(path, new byte[10_000]);
        AtomicFileWrite.Write(path, stream => stream.Write([7]));
        Assert.Equal([7], File.ReadAllBytes(path));
        Assert.Equal(["out.bin"], FilesInDirectory());
    }

    [Fact]
    public void Write_TemporaryFile_IsHiddenBesideTheTarget()
    {
        var path = Path.Combine(_directory, "out.csv");
        string? seen = null;
        AtomicFileWrite.Write(path, stream =>
        {
            seen = ((FileStream)stream).Name;
            Assert.False(File.Exists(path));
        });
        Assert.Equal(_directory, Path.GetDirectoryName(seen));
        Assert.Matches(@"^\.out\.csv\.[0-9a-f]{32}\.tmp$", Path.GetFileName(seen));
    }

    [Fact]
    public void Write_WriterThrows_KeepsThePreviousFileAndLeavesNoTemporary()
    {
        var path = Path.Combine(_directory, "out.csv");
        File.WriteAllText(path, "previous");
        Assert.Throws<InvalidOperationException>(() => AtomicFileWrite.Write(path, stream =>
        {
            stream.Write(new byte[200_000]);
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Equal("previous", File.ReadAllText(path));
        Assert.Equal(["out.csv"], FilesInDirectory());
    }

    [Fact]
    public void Write_TokenCancelledDuringTheWrite_KeepsThePreviousFileAndLeavesNoTemporary()
    {
        var path = Path.Combine(_directory, "out.csv");
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
        Assert.Equal(["out.csv"], FilesInDirectory());
    }

    [Fact]
    public void Write_RenameFails_LeavesNoTemporary()
    {
        var path = Path.Combine(_directory, "taken");
        Directory.CreateDirectory(path); // a folder where the file should go: the rename cannot replace it
        Assert.ThrowsAny<Exception>(() => AtomicFileWrite.Write(path, stream => stream.Write([1])));
        Assert.Equal(["taken"], FilesInDirectory());
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void Write_MissingFolder_ThrowsAndCreatesNothing()
    {
        var path = Path.Combine(_directory, "missing", "out.csv");
        Assert.Throws<DirectoryNotFoundException>(() => AtomicFileWrite.Write(path, stream => stream.Write([1])));
        Assert.Empty(FilesInDirectory());
    }

    [Fact]
    public void Write_BadArguments_Throw()
    {
        Assert.ThrowsAny<ArgumentException>(() => AtomicFileWrite.Write(null!, _ => { }));
        Assert.Throws<ArgumentException>(() => AtomicFileWrite.Write("", _ => { }));
        Assert.Throws<ArgumentNullException>(() => AtomicFileWrite.Write(Path.Combine(_directory, "x"), null!));
        Assert.Throws<ArgumentNullException>(() => AtomicFileWrite.WriteText(Path.Combine(_directory, "x"), null!));
        Assert.Empty(FilesInDirectory());
    }

    [Fact]
    public void WriteText_DefaultEncoding_IsUtf8WithoutByteOrderMark()
    {
        var path = Path.Combine(_directory, "out.txt");
        AtomicFileWrite.WriteText(path, writer => writer.Write("helsenæringen"));
        Assert.Equal(Encoding.UTF8.GetBytes("helsenæringen"), File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteText_GivenEncoding_IsUsed()
    {
        var path = Path.Combine(_directory, "out.txt");
        AtomicFileWrite.WriteText(path, writer => writer.Write("æ"), new UTF8Encoding(true));
        Assert.Equal([0xEF, 0xBB, 0xBF, 0xC3, 0xA6], File.ReadAllBytes(path));
    }

    [Fact]
    public void WriteText_WriterThrowsAfterMoreThanABuffer_LeavesNoFile()
    {
        var path = Path.Combine(_directory, "out.txt");
        Assert.Throws<InvalidOperationException>(() => AtomicFileWrite.WriteText(path, writer =>
        {
            writer.Write(new string('x', 200_000));
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Empty(FilesInDirectory());
    }
}
