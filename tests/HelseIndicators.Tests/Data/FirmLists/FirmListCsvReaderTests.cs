using System.Text;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.FirmLists;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Data.FirmLists;

public class FirmListCsvReaderTests
{
    private static readonly OrganisationNumber s_a = OrganisationNumber.FromInt32(923609016);
    private static readonly OrganisationNumber s_b = OrganisationNumber.FromInt32(974760673);

    private static FirmListCsvResult Read(string text, FirmListCsvOptions? options = null) =>
        FirmListCsvReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), (options ?? new FirmListCsvOptions()) with { SourceName = "firms.csv" });

    private static DataProblem Single(string text, FirmListCsvOptions? options = null) =>
        Assert.Single(Assert.Throws<DataException>(() => Read(text, options)).Problems);

    [Fact]
    public void Read_LatestApplicableRowWins()
    {
        var list = Read("org_number,segment,from_year\n923609016,diagnostics,\n923609016,medtech,2018\n974760673,ehealth,2016\n").FirmList;
        Assert.True(list.TryGetSegment(s_a, 2017, out var s2017));
        Assert.Equal("diagnostics", s2017);
        Assert.True(list.TryGetSegment(s_a, 2018, out var s2018));
        Assert.Equal("medtech", s2018);
        Assert.False(list.TryGetSegment(s_b, 2015, out _));
        Assert.True(list.TryGetSegment(s_b, 2016, out var b));
        Assert.Equal("ehealth", b);
        Assert.Equal(3, list.Count);
    }

    [Fact]
    public void Read_SemicolonDialectWithoutFromYear_Works()
    {
        var result = Read("\uFEFForg_number;segment\n923 609 016;pharma\n");
        Assert.Equal(CsvDialect.Semicolon, result.Dialect);
        Assert.True(result.FirmList.TryGetSegment(s_a, 2000, out var s));
        Assert.Equal("pharma", s);
    }

    [Fact]
    public void Read_DuplicateFirmAndFromYear_NamesBothLines()
    {
        var p = Single("org_number,segment,from_year\n923609016,pharma,2015\n974760673,pharma,\n923609016,medtech,2015\n");
        Assert.Equal(("firms.csv", 4L, "org_number,from_year", "923609016,2015"), (p.Source, p.Line, p.Column, p.Value));
        Assert.Contains("the firm 923609016 has two rows from 2015, on lines 2 and 4", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DuplicateWithoutFromYear_IsAnError() =>
        Assert.Contains("two rows without from_year, on lines 2 and 3",
            Single("org_number,segment\n923609016,pharma\n923609016,medtech\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Read_BadOrgNumber_UsesModelMessage()
    {
        var p = Single("org_number,segment\n123456789,pharma\n");
        Assert.Equal((2L, "org_number", "123456789"), (p.Line, p.Column, p.Value));
        Assert.Equal(OrganisationNumber.Parse("123456789").Error, p.Message);
    }

    [Fact]
    public void Read_UnknownSegmentWithTaxonomy_IsAnError()
    {
        var p = Single("org_number,segment\n923609016,biotech\n", new FirmListCsvOptions { Taxonomy = Taxonomy.Default });
        Assert.Equal((2L, "segment", "biotech"), (p.Line, p.Column, p.Value));
        Assert.StartsWith("'biotech' is not a segment of the taxonomy", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingSegment_IsAnError() =>
        Assert.Contains("the segment is missing", Single("org_number,segment\n923609016,NA\n").Message, StringComparison.Ordinal);

    [Fact]
    public void Read_BadFromYear_IsAnError()
    {
        var p = Single("org_number,segment,from_year\n923609016,pharma,2015.5\n");
        Assert.Equal((2L, "from_year", "2015.5"), (p.Line, p.Column, p.Value));
        Assert.Contains("is not a year", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_MissingColumn_NamesTheHeader()
    {
        var p = Single("orgnr,segment\n");
        Assert.Equal((1L, "org_number"), (p.Line, p.Column));
        Assert.Contains("the header (read as separated by commas) has: orgnr, segment", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Lenient_RejectsAndCounts()
    {
        var result = Read("org_number,segment\n923609016,pharma\n123456789,pharma\n923609016,medtech\n974760673,retail\n",
            new FirmListCsvOptions { Mode = ReadMode.Lenient });
        Assert.Equal((4L, 2L, 2L), (result.Diagnostics.RowsRead, result.Diagnostics.RowsUsed, result.Diagnostics.RowsRejected));
        Assert.True(result.FirmList.TryGetSegment(s_a, 2020, out var s));
        Assert.Equal("pharma", s);
        Assert.Equal([3L, 4L], result.Problems.Select(p => p.Line));
    }
}
