using HelseIndicators.Data;
using HelseIndicators.Data.Panel;
using static HelseIndicators.Tests.Data.Panel.PanelCsvTestSupport;

namespace HelseIndicators.Tests.Data.Panel;

public class PanelCsvReaderStreamingTests
{
    private const string Header = "org_number,year,name,revenue,county\n";

    [Fact]
    public void ReadAll_QuotedSeparatorsQuotesAndNewlines_AreText()
    {
        var rows = Read(Header + "923609016,2015,\"Apotek \"\"Nord\"\", avd. 2\",1,\"Troms\nog Finnmark\"\n").Rows;
        Assert.Equal("Apotek \"Nord\", avd. 2", rows[0].Name);
        Assert.Equal("Troms\nog Finnmark", rows[0].County);
    }

    [Fact]
    public void ReadAll_QuotedNewlines_CountAsPhysicalLines()
    {
        // The record of line 2 spans lines 2–4; the bad row is on physical line 5.
        var p = SingleProblem(Header + "923609016,2015,\"A\nB\nC\",1,\n123456789,2015,x,1,\n");
        Assert.Equal(5, p.Line);
        Assert.Equal("org_number", p.Column);
    }

    [Fact]
    public void ReadAll_CrLfLineEnds_AreAccepted()
    {
        var rows = Read(Header.Replace("\n", "\r\n", StringComparison.Ordinal) + "923609016,2015,A,1,Oslo\r\n974760673,2015,B,2,Viken\r\n").Rows;
        Assert.Equal(["Oslo", "Viken"], rows.Select(r => r.County));
        Assert.Equal(2m, rows[1].Revenue);
    }

    [Fact]
    public void ReadAll_CrLineEnds_AreAcceptedAndCounted()
    {
        var p = SingleProblem("org_number,year\r923609016,2015\r123456789,2015\r");
        Assert.Equal(3, p.Line);
    }

    [Fact]
    public void ReadAll_LastLineWithoutNewline_IsRead()
    {
        var rows = Read(Header + "923609016,2015,A,1,Oslo\n974760673,2015,\"B\",2,\"Viken\"").Rows;
        Assert.Equal(2, rows.Count);
        Assert.Equal("Viken", rows[1].County);
    }

    [Fact]
    public void ReadAll_BlankLines_AreSkippedButCounted()
    {
        var p = SingleProblem(Header + "\n923609016,2015,A,1,\n\n\n123456789,2015,B,1,\n");
        Assert.Equal(6, p.Line);
        Assert.Equal(1, Read(Header + "\n923609016,2015,A,1,\n\n", ReadMode.Lenient).Diagnostics.RowsRead);
    }

    [Theory]
    [InlineData("")]
    [InlineData("NA")]
    [InlineData(".")]
    [InlineData(" NA ")]
    [InlineData("  ")]
    [InlineData("\"\"")]
    public void ReadAll_MissingTokens_AreMissingNotZero(string token)
    {
        var row = Read(Header + $"923609016,2015,{token},{token},{token}\n").Rows[0];
        Assert.Null(row.Revenue);
        if (token == "\"\"")
        {
            // A quoted value is text as written: the empty string, which the writer uses for an empty name.
            Assert.Equal("", row.Name);
            Assert.Equal("", row.County);
        }
        else
        {
            Assert.Null(row.Name);
            Assert.Null(row.County);
        }
    }

    [Fact]
    public void ReadAll_QuotedMissingToken_IsTextInTextColumns()
    {
        var row = Read(Header + "923609016,2015,\"NA\",\"NA\",\".\"\n").Rows[0];
        Assert.Equal("NA", row.Name);
        Assert.Null(row.Revenue);
        Assert.Equal(".", row.County);
    }

    [Fact]
    public void ReadAll_UnquotedText_IsTrimmed_QuotedKeepsSpaces()
    {
        var row = Read(Header + "923609016,2015,  Padded AS  ,1,\" Oslo \"\n").Rows[0];
        Assert.Equal("Padded AS", row.Name);
        Assert.Equal(" Oslo ", row.County);
    }

    [Fact]
    public void ReadAll_ColumnOrderIsFree_AndNamesIgnoreCase()
    {
        var row = Read("Revenue;YEAR;org_number\n1234,5;2015;923 609 016\n").Rows[0];
        Assert.Equal(1234.5m, row.Revenue);
        Assert.Equal(2015, row.Year);
        Assert.Equal(923609016, row.OrganisationNumber.Value);
    }

    [Fact]
    public void ReadAll_SignsAndDecimalForms_AreExact()
    {
        var rows = Read("org_number,year,operating_profit\n923609016,2015,+12.50\n974760673,2015,-.5\n123456785,2015,007\n").Rows;
        Assert.Equal([12.50m, -0.5m, 7m], rows.Select(r => r.OperatingProfit!.Value));
    }

    [Fact]
    public void Open_DiagnosticsBeforeEnumeration_Throws()
    {
        var read = PanelCsvReader.Open(Utf8(Header + "923609016,2015,A,1,\n"));
        Assert.Throws<InvalidOperationException>(() => read.Diagnostics);
        Assert.Single(read.Rows.ToList());
        Assert.Equal(1, read.Diagnostics.RowsUsed);
        Assert.Throws<InvalidOperationException>(() => read.Rows);
    }

    [Fact]
    public void Open_Rows_AreLazy()
    {
        var read = PanelCsvReader.Open(Utf8(Header + "923609016,2015,A,1,\n123456789,2015,B,1,\n"));
        using var e = read.Rows.GetEnumerator();
        Assert.True(e.MoveNext()); // the good first row arrives before the bad second is seen
        Assert.Equal("A", e.Current.Name);
        Assert.False(read.IsComplete);
        Assert.Throws<DataException>(() => e.MoveNext());
        Assert.True(read.IsComplete);
        Assert.Equal(1, read.Diagnostics.RowsRejected);
    }

    [Fact]
    public void ReadAll_Path_UsesFileNameAsSource()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("panel.csv");
        File.WriteAllText(path, Header + "123456789,2015,A,1,\n");
        var e = Assert.Throws<DataException>(() => PanelCsvReader.ReadAll(path));
        Assert.Equal("panel.csv", e.Problems[0].Source);
    }

    [Fact]
    public async Task ReadAllAsync_GivesTheSameAsSync()
    {
        var text = Header + string.Concat(Enumerable.Range(0, 5000).Select(i => $"974760673,{1900 + i % 200},\"Firm {i}\",{i}.5,\n").Take(200));
        var sync = Read(text);
        var async = await PanelCsvReader.ReadAllAsync(new TricklingStream(System.Text.Encoding.UTF8.GetBytes(text), 7),
            new PanelCsvOptions { SourceName = "panel.csv" });
        Assert.Equal(sync.Rows, async.Rows);
        Assert.Equal(200, async.Diagnostics.RowsUsed);
    }

    [Fact]
    public async Task ReadRowsAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in PanelCsvReader.ReadRowsAsync(Utf8(Header), cancellationToken: cts.Token))
            {
            }
        });
    }

    [Fact]
    public void ReadAll_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => PanelCsvReader.ReadAll(Utf8(Header), null, cts.Token));
    }

    [Fact]
    public void ReadAll_Progress_ReportsBytesRead()
    {
        var text = Header + "923609016,2015,A,1,\n";
        var reports = new List<long>();
        PanelCsvReader.ReadAll(Utf8(text), new PanelCsvOptions { Progress = new SyncProgress(reports) });
        Assert.NotEmpty(reports);
        Assert.Equal(System.Text.Encoding.UTF8.GetByteCount(text), reports[^1]);
    }

    private sealed class SyncProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value) => reports.Add(value);
    }
}
