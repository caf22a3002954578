using System.Text;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Data.Panel;

public class PanelCsvWriterTests
{
    private static readonly FirmYear s_row = new(OrganisationNumber.FromInt32(923609016), 2015)
    {
        Name = "Apotek \"Nord\", avd. 2",
        NaceCode = NaceCode.Of("47730"),
        County = "NA",
        Revenue = 1234.50m,
        OperatingProfit = -10m,
        Employees = 12.5m,
    };

    [Fact]
    public void ToCsv_CommaDialect_QuotesOnlyWhereNeeded()
    {
        var csv = PanelCsvWriter.ToCsv([s_row]);
        Assert.Equal(
            "org_number,year,name,nace,segment,county,revenue,operating_profit,depreciation,wage_costs,employees,exports,rd_expenditure,currency\n" +
            "923609016,2015,\"Apotek \"\"Nord\"\", avd. 2\",47.730,,\"NA\",1234.50,-10,,,12.5,,,NOK\n", csv);
    }

    [Fact]
    public void ToCsv_SemicolonDialect_UsesDecimalCommas()
    {
        var csv = PanelCsvWriter.ToCsv([s_row], new PanelCsvWriterOptions { Dialect = CsvDialect.Semicolon, NewLine = "\r\n" });
        Assert.EndsWith("923609016;2015;\"Apotek \"\"Nord\"\", avd. 2\";47.730;;\"NA\";1234,50;-10;;;12,5;;;NOK\r\n", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Write_Path_WithBom_ReadsBackEqual()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("panel.csv");
        PanelCsvWriter.Write(path, [s_row], new PanelCsvWriterOptions { WriteByteOrderMark = true });
        Assert.Equal([0xEF, 0xBB, 0xBF], File.ReadAllBytes(path)[..3]);
        var result = await PanelCsvReader.ReadAllAsync(path);
        Assert.Equal([s_row], result.Rows);
        Assert.Equal(["panel.csv"], directory.Names()); // no temporary file left beside it
    }

    [Fact]
    public void Write_RowsThatThrow_LeaveNoFile()
    {
        using var directory = new TemporaryDirectory();
        var path = directory.File("panel.csv");
        static IEnumerable<FirmYear> Failing()
        {
            yield return s_row;
            throw new InvalidOperationException("boom");
        }

        Assert.Throws<InvalidOperationException>(() => PanelCsvWriter.Write(path, Failing()));
        Assert.Empty(directory.Names()); // neither the file nor a temporary
    }

    [Fact]
    public void ToCsv_Empty_IsJustTheHeader() =>
        Assert.Equal(string.Join(",", PanelColumns.All) + "\n", PanelCsvWriter.ToCsv([]));

    [Fact]
    public void ReadRows_Utf8Names_SurviveRoundTrip()
    {
        var row = new FirmYear(OrganisationNumber.FromInt32(974760673), 2016) { Name = "Ærlig Øst Å 😀" };
        var read = PanelCsvReader.ReadRows(new MemoryStream(Encoding.UTF8.GetBytes(PanelCsvWriter.ToCsv([row])))).Single();
        Assert.Equal(row, read);
    }
}
