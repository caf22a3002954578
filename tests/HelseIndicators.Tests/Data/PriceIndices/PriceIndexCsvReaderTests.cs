using System.Text;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.PriceIndices;

namespace HelseIndicators.Tests.Data.PriceIndices;

public class PriceIndexCsvReaderTests
{
    private static PriceIndexCsvResult Read(string text, ReadMode mode = ReadMode.Strict) =>
        PriceIndexCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), new CsvReadOptions { SourceName = "kpi.csv", Mode = mode });

    private static DataProblem Single(string text) =>
        Assert.Single(Assert.Throws<DataException>(() => Read(text)).Problems);

    [Fact]
    public void Read_BothDialects_GiveTheSameIndex()
    {
        var comma = Read("year,index\n2015,100.0\n2016,103.6\n").PriceIndex;
        var semicolon = Read("year;index\r\n2015;100,0\r\n2016;103,6\r\n").PriceIndex;
        Assert.Equal([2015, 2016], comma.Years);
        Assert.Equal(103.6m, comma.IndexOf(2016));
        Assert.Equal(comma.Years, semicolon.Years);
        Assert.Equal(comma.IndexOf(2016), semicolon.IndexOf(2016));
        Assert.Equal(100m / 103.6m, comma.DeflationFactor(2016, 2015));
        Assert.Equal("kpi.csv", comma.Name);
    }

    [Fact]
    public void Read_DuplicateYear_NamesBothLines()
    {
        var p = Single("year,index\n2015,100\n2016,101\n2015,99\n");
        Assert.Equal(("kpi.csv", 4L, "year", "2015"), (p.Source, p.Line, p.Column, p.Value));
        Assert.Contains("the year 2015 appears twice, on lines 2 and 4", p.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0", "must be positive")]
    [InlineData("-3", "must be positive")]
    [InlineData("NaN", "is not a finite number")]
    [InlineData("1e2", "exponent notation")]
    [InlineData("\"1,5\"", "decimals need a point")]
    public void Read_BadIndex_IsAnError(string value, string message)
    {
        var p = Single($"year,index\n2015,{value}\n");
        Assert.Equal((2L, "index", value.Trim('"')), (p.Line, p.Column, p.Value));
        Assert.Contains(message, p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingIndex_IsAnError() =>
        Assert.Contains("the index is missing", Single("year,index\n2015,NA\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Read_BadYear_IsAnError() =>
        Assert.Equal(("year", "15/16"), (Single("year,index\n15/16,100\n").Column, Single("year,index\n15/16,100\n").Value));

    [Fact]
    public void Read_Lenient_RejectsAndCounts()
    {
        var result = Read("year,index\n2015,100\n2016,-1\n2017,105\n2015,1\n", ReadMode.Lenient);
        Assert.Equal((4L, 2L, 2L), (result.Diagnostics.RowsRead, result.Diagnostics.RowsUsed, result.Diagnostics.RowsRejected));
        Assert.Equal([2015, 2017], result.PriceIndex.Years);
    }

    [Fact]
    public void Read_EmptyFile_IsAnError() =>
        Assert.Contains("the file is empty", Assert.Throws<DataException>(() => Read("", ReadMode.Lenient)).Message, StringComparison.Ordinal);
}
