using System.Runtime.CompilerServices;
using System.Text;
using HelseIndicators.Aggregation;
using HelseIndicators.Cli;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;
using HelseIndicators.Tests.Aggregation;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// Long reads and computations honour cancellation promptly and report progress; the CLI's atomic output leaves no
/// partial or temporary file when the writer fails or is cancelled.
/// </summary>
public sealed class CancellationTests : IDisposable
{
    private readonly TemporaryDirectory _directory = new("helse-atomic");

    public void Dispose() => _directory.Dispose();

    /// <summary>A synchronous progress sink (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder<T> : IProgress<T>
    {
        public List<T> Values { get; } = [];

        public void Report(T value) => Values.Add(value);
    }

    /// <summary>A stream that cancels a token once a given number of bytes has been read, and counts reads after that.</summary>
    private sealed class CancellingStream(byte[] data, long cancelAfter, CancellationTokenSource source) : MemoryStream(data)
    {
        public int ReadsAfterCancel { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (source.IsCancellationRequested)
            {
                ReadsAfterCancel++;
            }

            var n = base.Read(buffer, offset, count);
            if (Position >= cancelAfter)
            {
                source.Cancel();
            }

            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            var array = new byte[buffer.Length];
            var n = Read(array, 0, array.Length);
            array.AsSpan(0, n).CopyTo(buffer);
            return n;
        }
    }

    private static byte[] LargePanel(int rows)
    {
        var text = new StringBuilder("org_number,year,segment,revenue,employees\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(TestFirms.Number(i % 5000)).Append(',').Append(1950 + i / 5000).Append(",pharma,").Append(1000 + i).Append(",3\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    private static readonly byte[] s_panel = LargePanel(40_000);

    [Fact]
    public void PanelRead_Progress_ReportsIncreasingByteCountsEndingAtTheLength()
    {
        var progress = new Recorder<long>();
        var result = PanelCsvReader.ReadAll(new MemoryStream(s_panel), new PanelCsvOptions { Progress = progress });
        Assert.Equal(40_000, result.Rows.Count);
        Assert.True(progress.Values.Count > 5);
        Assert.Equal(progress.Values.Order(), progress.Values);
        Assert.Equal(s_panel.Length, progress.Values[^1]);
    }

    [Fact]
    public void PanelRead_CancelledMidway_ThrowsPromptlyWithinOneBuffer()
    {
        using var source = new CancellationTokenSource();
        using var stream = new CancellingStream(s_panel, s_panel.Length / 4, source);
        Assert.ThrowsAny<OperationCanceledException>(() => PanelCsvReader.ReadAll(stream, cancellationToken: source.Token));
        Assert.True(stream.ReadsAfterCancel == 0, $"{stream.ReadsAfterCancel} reads after cancellation");
        Assert.True(stream.Position < s_panel.Length, "the whole input was read");
    }

    [Fact]
    public async Task PanelReadAsync_CancelledMidway_ThrowsPromptly()
    {
        using var source = new CancellationTokenSource();
        using var stream = new CancellingStream(s_panel, s_panel.Length / 4, source);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PanelCsvReader.ReadAllAsync(stream, cancellationToken: source.Token));
        Assert.True(stream.Position < s_panel.Length, "the whole input was read");
    }

    [Fact]
    public void PanelRead_AlreadyCancelled_ReadsNothing()
    {
        using var stream = new MemoryStream(s_panel);
        Assert.ThrowsAny<OperationCanceledException>(() => PanelCsvReader.ReadAll(stream, cancellationToken: new CancellationToken(canceled: true)));
        Assert.Equal(0, stream.Position);
    }

    /// <summary>Rows that ignore the token, so that the engine's own check is what stops the computation.</summary>
    private static async IAsyncEnumerable<FirmYear> Rows(int count, Action<int> onRow, [EnumeratorCancellation] CancellationToken _ = default)
    {
        for (var i = 0; i < count; i++)
        {
            onRow(i);
            yield return TestFirms.Row(i % 5000, 1950 + i / 5000, revenue: i);
            if (i % 1000 == 0)
            {
                await Task.Yield();
            }
        }
    }

    [Fact]
    public async Task ComputeAsync_Cancelled_ThrowsWithinTenThousandRows()
    {
        using var source = new CancellationTokenSource();
        var seen = 0;
        var rows = Rows(100_000, i =>
        {
            seen = i + 1;
            if (i == 15_000)
            {
                source.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            new IndicatorEngine().ComputeAsync(rows, new IndicatorRequest(), cancellationToken: source.Token));
        Assert.InRange(seen, 15_001, 25_001);
    }

    [Fact]
    public async Task ComputeAsync_Progress_ReportsRowCountsEndingAtTheTotal()
    {
        var progress = new Recorder<long>();
        var table = await new IndicatorEngine().ComputeAsync(Rows(25_000, _ => { }), new IndicatorRequest(), progress);
        Assert.Equal([10_000L, 20_000L, 25_000L], progress.Values);
        Assert.Equal(25_000, table.Diagnostics.RowsUsed);
    }

    [Fact]
    public void AtomicFileWrite_WriterThrows_LeavesNoFileAndNoTemporary()
    {
        var path = _directory.File("out.csv");
        Assert.Throws<InvalidOperationException>(() => AtomicFile.WriteText(path, writer =>
        {
            writer.Write(new string('x', 200_000));
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Empty(_directory.Names());
    }

    [Fact]
    public void AtomicFileWrite_Cancelled_KeepsThePreviousFileUnchangedAndNoTemporary()
    {
        var path = _directory.File("out.json");
        File.WriteAllText(path, "previous");
        using var source = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[100_000]);
            source.Cancel();
            source.Token.ThrowIfCancellationRequested();
        }));
        Assert.Equal(["out.json"], _directory.Names());
        Assert.Equal("previous", File.ReadAllText(path));
    }

    [Fact]
    public void AtomicFileWrite_Succeeds_ReplacesTheFileWholeAndLeavesNoTemporary()
    {
        var path = _directory.File("sub", "out.csv");
        AtomicFile.WriteText(path, writer => writer.Write("a,b\n1,2\n"));
        AtomicFile.WriteText(path, writer => writer.Write("c\n"));
        Assert.Equal("c\n", File.ReadAllText(path));
        Assert.Equal(["out.csv"], Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName));
    }
}
