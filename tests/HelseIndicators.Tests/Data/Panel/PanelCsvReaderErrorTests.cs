using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;
using static HelseIndicators.Tests.Data.Panel.PanelCsvTestSupport;

namespace HelseIndicators.Tests.Data.Panel;

public class PanelCsvReaderErrorTests
{
    private const string Header = "org_number,year,revenue,exports,depreciation,employees,segment,nace,currency\n";
    private const string SemicolonHeader = "org_number;year;revenue;exports;depreciation;employees;segment;nace;currency\n";

    private static void AssertProblem(DataProblem problem, long line, string? column, string? value, string messagePart)
    {
        Assert.Equal("panel.csv", problem.Source);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.Equal(value, problem.Value);
        Assert.Contains(messagePart, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_BadCheckDigit_UsesModelMessage()
    {
        var p = SingleProblem(Header + "923609016,2015,,,,,,,\n123456789,2015,,,,,,,\n");
        AssertProblem(p, 3, "org_number", "123456789", OrganisationNumber.Parse("123456789").Error!);
        Assert.Contains("check digit", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_MissingOrgNumber_IsAProblem() =>
        AssertProblem(SingleProblem(Header + ",2015,,,,,,,\n"), 2, "org_number", "", "the organisation number is missing");

    [Fact]
    public void ReadAll_OrgNumberWithLetters_SaysWhichCharacter() =>
        AssertProblem(SingleProblem(Header + "92360901x,2015,,,,,,,\n"), 2, "org_number", "92360901x", "contains 'x'");

    [Theory]
    [InlineData("20x5", "is not a year")]
    [InlineData("2015.5", "is not a year")]
    [InlineData("1850", "the year 1850 is outside 1900–2100")]
    [InlineData("99999999999", "is not a year")]
    public void ReadAll_BadYear_IsAProblem(string year, string message) =>
        AssertProblem(SingleProblem(Header + $"923609016,{year},,,,,,,\n"), 2, "year", year, message);

    [Fact]
    public void ReadAll_MissingYear_IsAProblem() =>
        AssertProblem(SingleProblem(Header + "923609016,NA,,,,,,,\n"), 2, "year", "NA", "the year is missing");

    [Fact]
    public void ReadAll_NegativeDepreciation_IsARowError() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,10,,-5,,,,\n"), 2, "depreciation", "-5", "depreciation must not be negative");

    /// <summary>The sign rule, whichever parse read the amount: the one-pass parse of a plain amount, or the general
    /// one (spaces around it, a plus sign, more than 19 bytes); a negative zero is not negative.</summary>
    [Theory]
    [InlineData("-5", "-5")]
    [InlineData(" -5 ", "-5")]
    [InlineData("-5.000000000000000000", "-5.000000000000000000")]
    [InlineData("-.5", "-0.5")]
    public void ReadAll_NegativeDepreciation_IsARowErrorFromEitherParse(string written, string value) =>
        AssertProblem(SingleProblem(Header + $"923609016,2015,10,,{written},,,,\n"), 2, "depreciation", value, "depreciation must not be negative");

    [Theory]
    [InlineData("-0")]
    [InlineData("-0.00")]
    [InlineData(" -0 ")]
    [InlineData("+5")]
    public void ReadAll_NegativeZeroOrPlusSign_IsNoRowError(string written)
    {
        var read = PanelCsvReader.Open(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Header + $"923609016,2015,10,,{written},,,,\n")));
        Assert.Single(read.Rows.ToList());
        Assert.Empty(read.Problems);
    }

    [Fact]
    public void ReadAll_NegativeEmployees_IsARowError() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,,,,-1.5,,,\n"), 2, "employees", "-1.5", "employees must not be negative");

    [Fact]
    public void ReadAll_ExportsAboveRevenue_IsARowError() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,100,150,,,,,\n"), 2, "exports", "150", "exports (150) are greater than revenue (100)");

    [Fact]
    public void ReadAll_Duplicate_NamesBothLines()
    {
        var p = SingleProblem(Header + "923609016,2015,,,,,,,\n974760673,2015,,,,,,,\n923609016,2015,,,,,,,\n");
        AssertProblem(p, 4, "org_number,year", "923609016,2015", "the firm 923609016 has two rows for 2015, on lines 2 and 4");
    }

    [Fact]
    public void ReadAll_UnknownSegmentWithTaxonomy_ListsTheSegments()
    {
        var p = SingleProblem(Header + "923609016,2015,,,,,farma,,\n", new PanelCsvOptions { Taxonomy = Taxonomy.Default });
        AssertProblem(p, 2, "segment", "farma", "'farma' is not a segment of the taxonomy; use one of pharma, diagnostics");
    }

    [Fact]
    public void ReadAll_UnknownSegmentWithoutTaxonomy_IsKept() =>
        Assert.Equal("farma", Read(Header + "923609016,2015,,,,,farma,,\n").Rows[0].SegmentId);

    [Fact]
    public void ReadAll_BadNaceCode_IsAProblem() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,,,,,,21.1x,\n"), 2, "nace", "21.1x", "is not an industry code");

    [Fact]
    public void ReadAll_BadCurrency_IsAProblem() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,,,,,,,kroner\n"), 2, "currency", "kroner", "is not a currency code");

    [Fact]
    public void ReadAll_LowerCaseCurrency_IsUpperCased() =>
        Assert.Equal(Currency.Eur, Read(Header + "923609016,2015,,,,,,,eur\n").Rows[0].Currency);

    [Theory]
    [InlineData("1 234")]
    [InlineData("1 234 567")]
    [InlineData("1\u00A0234")]
    public void ReadAll_SpaceThousandsSeparator_NamesField(string value) =>
        AssertProblem(SingleProblem(Header + $"923609016,2015,\"{value}\",,,,,,\n"), 2, "revenue", value,
            "remove the spaces: thousands separators are not allowed");

    [Fact]
    public void ReadAll_CommaThousandsSeparator_InCommaDialect() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,\"1,234,000\",,,,,,\n"), 2, "revenue", "1,234,000",
            "remove the commas: thousands separators are not allowed");

    [Fact]
    public void ReadAll_DecimalCommaInCommaDialect_SaysDecimalsNeedAPoint() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,\"12,5\",,,,,,\n"), 2, "revenue", "12,5",
            "this file uses commas as separators, so decimals need a point");

    [Fact]
    public void ReadAll_PointThousandsSeparator_InSemicolonDialect() =>
        AssertProblem(SingleProblem(SemicolonHeader + "923609016;2015;1.234;;;;;;\n"), 2, "revenue", "1.234",
            "remove the points: thousands separators are not allowed");

    [Fact]
    public void ReadAll_DecimalPointInSemicolonDialect_SaysDecimalsNeedAComma() =>
        AssertProblem(SingleProblem(SemicolonHeader + "923609016;2015;12.5;;;;;;\n"), 2, "revenue", "12.5",
            "this file uses semicolons as separators, so decimals need a comma");

    [Fact]
    public void ReadAll_SpaceThousandsSeparator_InSemicolonDialect() =>
        AssertProblem(SingleProblem(SemicolonHeader + "923609016;2015;1 234,5;;;;;;\n"), 2, "revenue", "1 234,5",
            "remove the spaces: thousands separators are not allowed");

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("inf")]
    [InlineData("∞")]
    public void ReadAll_NotFinite_IsRejected(string value) =>
        AssertProblem(SingleProblem(Header + $"923609016,2015,{value},,,,,,\n"), 2, "revenue", value, "is not a finite number");

    [Theory]
    [InlineData("1e6")]
    [InlineData("1E+06")]
    [InlineData("2.5E-3")]
    public void ReadAll_Exponent_IsRejected(string value) =>
        AssertProblem(SingleProblem(Header + $"923609016,2015,{value},,,,,,\n"), 2, "revenue", value, "exponent notation");

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("100000000000000000000000000000")]
    [InlineData("-99999999999999999999999999999999999")]
    public void ReadAll_TooLarge_IsRejectedNotWrapped(string value) =>
        AssertProblem(SingleProblem(Header + $"923609016,2015,,,,,,,\n974760673,2015,,,,,,,\n123456785,2015,{value},,,,,,\n".Replace(
            "123456785,2015," + value, "123456785,2015," + value, StringComparison.Ordinal)), 4, "revenue", value, "too large to hold exactly");

    [Fact]
    public void ReadAll_TooPrecise_IsRejectedNotRounded() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,0.12345678901234567890123456789,,,,,,\n"), 2, "revenue",
            "0.12345678901234567890123456789", "too many digits");

    [Fact]
    public void ReadAll_LargestDecimal_IsExact()
    {
        var rows = Read(Header + "923609016,2015,79228162514264337593543950335,,,,,,\n974760673,2015,0.0000000000000000000000000001,,,,,,\n").Rows;
        Assert.Equal(decimal.MaxValue, rows[0].Revenue);
        Assert.Equal(0.0000000000000000000000000001m, rows[1].Revenue);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("12-3")]
    [InlineData("--5")]
    [InlineData("1.2.3")]
    public void ReadAll_NotANumber_SaysHowToWriteOne(string value) =>
        AssertProblem(SingleProblem(Header + $"923609016,2015,{value},,,,,,\n"), 2, "revenue", value, "not a number");

    [Fact]
    public void ReadAll_TooManyFields_IsARowError() =>
        AssertProblem(SingleProblem(Header + "923609016,2015,1,2,3,4,5,6,7,8\n"), 2, null, null, "the row has 10 fields but the header has 9");

    [Fact]
    public void ReadAll_QuoteNeverClosed_PointsAtItsLine()
    {
        var p = SingleProblem("org_number,year,name\n923609016,2015,\"Open\n974760673,2015,x\n");
        AssertProblem(p, 2, null, null, "a quote opened on this line is never closed");
    }

    [Fact]
    public void ReadAll_TextAfterClosingQuote_IsARowError() =>
        AssertProblem(SingleProblem("org_number,year,name\n923609016,2015,\"A\"B\n"), 2, null, null, "text after the closing quote");

    [Fact]
    public void ReadAll_InvalidUtf8_IsAProblem()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes("org_number,year,name\n923609016,2015,AB\n");
        bytes[^2] = 0xFF;
        var e = Assert.Throws<DataException>(() => PanelCsvReader.ReadAll(new MemoryStream(bytes), new PanelCsvOptions { SourceName = "panel.csv" }));
        AssertProblem(Assert.Single(e.Problems), 2, "name", "A\uFFFD", "not valid UTF-8");
    }

    [Fact]
    public void ReadAll_MissingRequiredColumn_NamesTheHeader()
    {
        var e = Assert.Throws<DataException>(() => Read("orgnr,year,revenue\n923609016,2015,1\n", ReadMode.Lenient));
        var p = Assert.Single(e.Problems);
        AssertProblem(p, 1, "org_number", null, "the required column org_number is missing; the header (read as separated by commas) has: orgnr, year, revenue");
    }

    [Fact]
    public void ReadAll_RepeatedColumn_IsAnError()
    {
        var e = Assert.Throws<DataException>(() => Read("org_number,year,revenue,revenue\n"));
        AssertProblem(Assert.Single(e.Problems), 1, "revenue", null, "the column revenue appears twice");
    }

    [Fact]
    public void ReadAll_EmptyFile_IsAnError()
    {
        var e = Assert.Throws<DataException>(() => Read("", ReadMode.Lenient));
        Assert.Contains("the file is empty", Assert.Single(e.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAll_UnknownColumn_IsAWarning()
    {
        var result = Read("org_number,year,ebitda\n923609016,2015,5\n");
        Assert.Single(result.Rows);
        var w = Assert.Single(result.Diagnostics.Warnings);
        AssertProblem(w, 1, "ebitda", null, "unknown column ignored");
    }

    [Fact]
    public void ReadAll_Strict_ListsEveryProblem()
    {
        var text = Header +
            "123456789,2015,,,,,,,\n" +        // line 2: org
            "923609016,2015,1 000,,-1,,,,\n" + // line 3: revenue, depreciation
            "974760673,20x5,,,,,,,\n" +        // line 4: year
            "974760673,2016,5,,,,,,\n";        // line 5: fine
        var problems = Problems(text);
        Assert.Equal(4, problems.Count);
        Assert.Equal([2L, 3L, 3L, 4L], problems.Select(p => p.Line));
        Assert.Equal(["org_number", "revenue", "depreciation", "year"], problems.Select(p => p.Column));
    }

    [Fact]
    public void ReadAll_ManyProblems_ListingIsCapped()
    {
        var text = Header + string.Concat(Enumerable.Range(0, 25).Select(_ => "123456789,2015,,,,,,,\n"));
        var e = Assert.Throws<DataException>(() => Read(text, ReadMode.Strict, new PanelCsvOptions { MaxProblems = 10 }));
        Assert.Equal(11, e.Problems.Count);
        Assert.Equal("…and 15 more problems (25 in all)", e.Problems[^1].Message);
        Assert.StartsWith("25 problems", e.Message, StringComparison.Ordinal);
        Assert.Equal(25, e.TotalCount);
    }

    [Fact]
    public void ReadAll_Lenient_RejectsAndCountsBadRows()
    {
        var text = Header +
            "123456789,2015,,,,,,,\n" +
            "923609016,2015,10,,,,,,\n" +
            "923609016,2015,20,,,,,,\n" +
            "974760673,2015,5,6,,,,,\n" +
            "974760673,2016,5,,,,,,\n";
        var result = Read(text, ReadMode.Lenient);
        Assert.Equal(5, result.Diagnostics.RowsRead);
        Assert.Equal(2, result.Diagnostics.RowsUsed);
        Assert.Equal(3, result.Diagnostics.RowsRejected);
        Assert.Equal(10m, result.Rows[0].Revenue); // the first of two duplicates is used
        Assert.Equal([2L, 4L, 5L], result.Problems.Select(p => p.Line));
    }

    [Fact]
    public void DataProblem_ToString_IsTheCommandLineFormat()
    {
        var p = SingleProblem(Header + "923609016,2015,\"1 000\",,,,,,\n");
        Assert.Equal("panel.csv:2: revenue: remove the spaces: thousands separators are not allowed (write 1234567, not 1 234 567) (value '1 000')", p.ToString());
    }

    [Fact]
    public void ReadAll_Dialect_CanBeForced()
    {
        var result = PanelCsvReader.ReadAll(Utf8("org_number,year,name\n923609016,2015,A;B\n"),
            new PanelCsvOptions { Dialect = CsvDialect.Comma });
        Assert.Equal("A;B", result.Rows[0].Name);
    }
}
