using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Data.Panel.PanelCsvTestSupport;

namespace HelseIndicators.Tests.Data.Panel;

public class PanelCsvReaderTests
{
    private const string CommaFile =
        "org_number,year,name,nace,segment,county,revenue,operating_profit,depreciation,wage_costs,employees,exports,rd_expenditure,currency\n" +
        "923609016,2015,\"Pharma, AS\",21.100,pharma,Oslo,1234.5,-10.25,3,400,12.5,100,7,NOK\n" +
        "974760673,2014,Medtech AS,32.50,,03,,,,,,,,\n";

    private const string SemicolonFile =
        "org_number;year;name;nace;segment;county;revenue;operating_profit;depreciation;wage_costs;employees;exports;rd_expenditure;currency\n" +
        "923609016;2015;Pharma, AS;21.100;pharma;Oslo;1234,5;-10,25;3;400;12,5;100;7;NOK\n" +
        "974760673;2014;Medtech AS;32.50;;03;;;;;;;;\n";

    // The reader's row keeps one amount per account field, and its hot paths use the count as a constant.
    [Fact]
    public void OptionalAmounts_HasOnePlacePerAccountField() => Assert.Equal(OptionalAmounts.Length, AccountFields.All.Count);

    [Theory]
    [InlineData(-1)]
    [InlineData(7)]
    [InlineData(32)]
    [InlineData(33)]
    public void OptionalAmounts_RefusesAnIndexOutsideItsPlaces(int index)
    {
        // Amounts 0 and 1 present: a shift by 32 or 33 would find their bits, the place must be checked first.
        var amounts = default(OptionalAmounts);
        amounts.Set(0, 5m);
        amounts.Set(1, 6m);
        Assert.Throws<ArgumentOutOfRangeException>(() => amounts[index]);
        Assert.Equal(5m, amounts[0]);
        Assert.Null(amounts[6]);
    }

    [Fact]
    public void ReadAll_CommaDialect_ReadsEveryColumn()
    {
        var result = Read(CommaFile);
        Assert.Equal(CsvDialect.Comma, result.Dialect);
        Assert.Equal(2, result.Rows.Count);
        var row = result.Rows[0];
        Assert.Equal(OrganisationNumber.FromInt32(923609016), row.OrganisationNumber);
        Assert.Equal(2015, row.Year);
        Assert.Equal("Pharma, AS", row.Name);
        Assert.Equal(NaceCode.Of("21.100"), row.NaceCode);
        Assert.Equal("pharma", row.SegmentId);
        Assert.Equal("Oslo", row.County);
        Assert.Equal(1234.5m, row.Revenue);
        Assert.Equal(-10.25m, row.OperatingProfit);
        Assert.Equal(3m, row.Depreciation);
        Assert.Equal(400m, row.WageCosts);
        Assert.Equal(12.5m, row.Employees);
        Assert.Equal(100m, row.Exports);
        Assert.Equal(7m, row.RdExpenditure);
        Assert.Equal(Currency.Nok, row.Currency);

        var second = result.Rows[1];
        Assert.Null(second.Revenue);
        Assert.Null(second.SegmentId);
        Assert.Equal("03", second.County);
        Assert.Equal(2, result.Diagnostics.RowsUsed);
        Assert.Equal(0, result.Diagnostics.RowsRejected);
        Assert.Empty(result.Diagnostics.Warnings);
    }

    [Fact]
    public void ReadAll_BothDialects_GiveIdenticalRows()
    {
        var comma = Read(CommaFile);
        var semicolon = Read(SemicolonFile);
        Assert.Equal(CsvDialect.Semicolon, semicolon.Dialect);
        Assert.Equal(comma.Rows, semicolon.Rows);
    }

    [Fact]
    public void ReadAll_ByteOrderMark_IsSkipped()
    {
        var result = PanelCsvReader.ReadAll(Utf8(CommaFile, bom: true));
        Assert.Equal(2, result.Rows.Count);
        Assert.Equal(Read(CommaFile).Rows, result.Rows);
    }
}
