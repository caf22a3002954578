using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Data.Panel;

/// <summary>
/// A read into a sink (the way to an aggregate) reads the usual line straight from its bytes
/// (<c>PanelRowHandler.TryLine</c>) and leaves every other line to the tokenizer and <c>TryRow</c>, which
/// <see cref="PanelCsvRead.Rows"/> uses for every line. The two must give the same rows, the same accounting and the
/// same problems, or throw the same exception, whatever the file.
/// </summary>
public class PanelLineReadTests
{
    private static readonly string[] s_columns = [.. PanelColumns.All];

    // Values of each kind of column: the usual ones, and every kind the line path must leave to TryRow (spaces,
    // quotes, missing tokens, bad numbers, invalid UTF-8, a signed or too long number, a rule broken; CRs and blank
    // lines come with the line ends).
    private static readonly Gen<string> s_orgs = Gen.Frequency(
        (14, Gen.Elements("974760673", "923609016", "986105174", "810034882")),
        (1, Gen.Elements("", "NA", " 974760673", "974 760 673", "97476067", "974760674", "\"923609016\"", "abc", "974760673x", "9747606730")));

    private static readonly Gen<string> s_years = Gen.Frequency(
        (14, Gen.Elements("2018", "2019", "2020")),
        (1, Gen.Elements("", "NA", " 2019", "2019.0", "1800", "99999", "-2019", "20x9", "2019x", "2019 ")));

    // A column's usual values (one in eight of them the odd one out), so that most rows are the usual line and some
    // rows have one field the line path must leave to TryRow.
    private static readonly string[] s_oddTexts =
        ["NA", ".", " Oslo ", "Ærlig Øst", "\"A, B\"", "a\"b", "\u00ff", "\u0001", "unknown", "nok", "XX", "99.999",
         "Long name of a firm beyond the thirty-two bytes remembered"];

    private static readonly string[] s_oddAmounts =
        ["NA", ".", " 5", "5 ", "+5", "1e5", "12,5", "-", "5.", ".5", "0012", "\"7\"", "-0", "-250",
         "12345678901234567890", "1234567890123456789", "123456789012345678901234567890", "1.2.3", "7\u00a0000"];

    private static Gen<string> Usual(string[] usual, string[] odd) =>
        Gen.Frequency((14, Gen.Elements(usual)), (1, Gen.Elements(odd)));

    private static readonly Gen<string> s_endings = Gen.Frequency(
        (12, Gen.Constant("\n")), (3, Gen.Constant("\r\n")), (1, Gen.Elements("\r", "\n\n", "\r\n\r\n", "\n \n")));

    private static readonly Arbitrary<(byte[] File, PanelCsvOptions Options)> s_files =
        (from order in Gen.Shuffle(s_columns)
         from dropped in Gen.Choose(0, 3)
         from extra in Gen.Elements(false, true)
         from semicolon in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
         from rows in Gen.Choose(0, 30)
         from canonical in Gen.Elements(true, true, false)
         let header = HeaderOf(canonical ? s_columns : order, dropped, extra)
         from values in Gen.ArrayOf(Gen.CollectToArray(header, ValuesOf), rows)
         from endings in Gen.ArrayOf(s_endings, rows + 1)
         from lastEnding in Gen.Elements(true, false)
         from taxonomy in Gen.Elements(false, true)
         from skipNames in Gen.Elements(false, true)
         from order2 in Gen.Elements<PanelRowOrder?>(null, null, PanelRowOrder.GroupedByFirm, PanelRowOrder.GroupedByYear)
         select (File(header, values, endings, lastEnding, semicolon), new PanelCsvOptions
         {
             Mode = ReadMode.Lenient,
             SourceName = "panel.csv",
             Taxonomy = taxonomy ? Taxonomy.Default : null,
             SkipNames = skipNames,
             RequiredOrder = order2,
         })).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property ReadIntoASink_IsTheReadOfEveryLineAsARecord() =>
        Prop.ForAll(s_files, file =>
        {
            var expected = Outcome(() =>
            {
                var read = PanelCsvReader.Open(new MemoryStream(file.File), file.Options);
                var rows = read.Rows.ToList();
                return (rows, read.Diagnostics, read.Problems);
            });
            var actual = Outcome(() =>
            {
                var read = PanelCsvReader.Open(new MemoryStream(file.File), file.Options);
                var sink = new CollectingSink();
                read.ReadInto(sink);
                return (sink.Rows, read.Diagnostics, read.Problems);
            });
            return (actual == expected).Label($"{Encoding.UTF8.GetString(file.File)}\nline path: {actual}\nrecords: {expected}");
        });

    [Fact]
    public void TheUsualLine_IsReadByTheLinePath()
    {
        // The sample's own lines: every one is the usual line (none left to TryRow), and read as TryRow reads it.
        var text = "org_number,year,name,nace,segment,county,revenue,operating_profit,depreciation,wage_costs,employees,exports,rd_expenditure,currency\n"
            + "974760673,2019,Helse AS,21.100,,Oslo,1000,-50,10,300,4.5,200,,NOK\r\n"
            + "974760673,2020,Helse AS,21.100,,Oslo,1100,60,10,320,5,,NA,NOK\n";
        var read = PanelCsvReader.Open(new MemoryStream(Encoding.UTF8.GetBytes(text)), new PanelCsvOptions { SourceName = "panel.csv" });
        var sink = new CollectingSink();
        read.ReadInto(sink);
        Assert.Equal(2, sink.Rows.Count);
        Assert.Equal(2, read.LinesRead);
        Assert.Equal(-50m, sink.Rows[0].OperatingProfit);
        Assert.Equal(4.5m, sink.Rows[0].Employees);
        Assert.Null(sink.Rows[1].Exports);
        Assert.Null(sink.Rows[1].RdExpenditure);
        Assert.Equal("Oslo", sink.Rows[1].County);
    }

    [Fact]
    public void AFieldAsLongAsUsual_IsReadThereOnlyWhenItEndsThere()
    {
        // The line path reads an organisation number of nine bytes, a year of four and a text column's last value
        // where they would end, without looking for the separator; each row below starts like the row before and
        // goes on (a longer number or year, a longer or quoted text), or repeats it exactly.
        var text = "org_number,year,name,nace,segment,county,revenue,currency\n"
            + "974760673,2019,Helse AS,21.10,pharma,Oslo,1000,NOK\n"
            + "974760673,2020,Helse AS2,21.100,pharmacy,Oslo2,1100,NOK\n"
            + "9747606730,20210,Helse AS,21.10,pharma,Oslo,1200,NOK\n"
            + "923609016,2019,Helse AS,21.10,pharma,Oslo,1300,NOK\n"
            + "923609016,2020,Helse AS\"x\",21.10,pharma,Oslo,1400,NOK\n";
        var options = new PanelCsvOptions { SourceName = "panel.csv", Mode = ReadMode.Lenient };
        var bytes = Encoding.UTF8.GetBytes(text);
        var records = PanelCsvReader.Open(new MemoryStream(bytes), options);
        var expected = records.Rows.ToList();
        var read = PanelCsvReader.Open(new MemoryStream(bytes), options);
        var sink = new CollectingSink();
        read.ReadInto(sink);

        Assert.Equal(expected, sink.Rows);
        Assert.Equal(records.Diagnostics.RowsRejected, read.Diagnostics.RowsRejected);
        Assert.Equal(records.Problems.Select(p => p.ToString()), read.Problems.Select(p => p.ToString()));
        Assert.Equal(["Helse AS", "Helse AS2", "Helse AS", "Helse AS\"x\""], sink.Rows.Select(r => r.Name));
        Assert.Equal(["pharma", "pharmacy", "pharma", "pharma"], sink.Rows.Select(r => r.SegmentId));
        Assert.Equal(["Oslo", "Oslo2", "Oslo", "Oslo"], sink.Rows.Select(r => r.County));
        Assert.Equal(1, read.Diagnostics.RowsRejected); // the ten-digit organisation number and five-digit year
        Assert.Equal(3, read.LinesRead); // rows 1, 2 and 4 (row 2's fields found by their separators); row 5 has a quote
    }

    private static string[] HeaderOf(IReadOnlyList<string> order, int dropped, bool extra)
    {
        // Drop optional columns only (org_number and year are required), and maybe add one the panel does not read.
        var columns = order.Where((c, i) => i >= dropped || c is PanelColumns.OrgNumber or PanelColumns.Year).ToList();
        if (extra)
        {
            columns.Insert(columns.Count / 2, "note");
        }

        return [.. columns];
    }

    private static Gen<string> ValuesOf(string column) => column switch
    {
        PanelColumns.OrgNumber => s_orgs,
        PanelColumns.Year => s_years,
        PanelColumns.Name or "note" => Usual(["Helse AS", "Apotek Nord", ""], s_oddTexts),
        PanelColumns.Nace => Usual(["47.74", "21.100", "86.211", ""], s_oddTexts),
        PanelColumns.Segment => Usual(["", "pharma", "medtech"], s_oddTexts),
        PanelColumns.County => Usual(["Oslo", "Viken", ""], s_oddTexts),
        PanelColumns.Currency => Usual(["NOK", "EUR", ""], s_oddTexts),
        "revenue" => Usual(["1234567", "99000000", "12.5", ""], s_oddAmounts),
        "operating_profit" => Usual(["-250", "0", "12", "-0.5", ""], s_oddAmounts),
        "exports" => Usual(["0", "12", "1000", ""], s_oddAmounts),
        _ => Usual(["0", "12", "1234567", "0.75", ""], s_oddAmounts),
    };

    private static byte[] File(string[] header, string[][] rows, string[] endings, bool lastEnding, bool semicolon)
    {
        var separator = semicolon ? ";" : ",";
        var text = new StringBuilder(string.Join(separator, header));
        for (var i = 0; i < rows.Length; i++)
        {
            // In the semicolon dialect, decimal points become commas (and the comma dialect's "12,5" a point).
            var fields = rows[i].Select(v => semicolon ? v.Replace('.', '#').Replace(',', '.').Replace('#', ',') : v);
            text.Append(endings[i]).Append(string.Join(separator, fields));
        }

        if (lastEnding)
        {
            text.Append(endings[^1]);
        }

        // "\u00ff" stands for a byte that is not UTF-8.
        var bytes = Encoding.UTF8.GetBytes(text.ToString());
        return [.. ReplaceInvalid(bytes)];
    }

    private static IEnumerable<byte> ReplaceInvalid(byte[] bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0xC3 && i + 1 < bytes.Length && bytes[i + 1] == 0xBF)
            {
                yield return 0xFF;
                i++;
            }
            else
            {
                yield return bytes[i];
            }
        }
    }

    private static string Outcome(Func<(List<FirmYear> Rows, ReadDiagnostics Diagnostics, IReadOnlyList<DataProblem> Problems)> read)
    {
        try
        {
            var (rows, diagnostics, problems) = read();
            return string.Join("\n", rows.Select(r => r.ToString()))
                + $"\nused {diagnostics.RowsUsed}, rejected {diagnostics.RowsRejected}, warnings {string.Join("; ", diagnostics.Warnings)}\n"
                + string.Join("\n", problems.Select(p => p.ToString()));
        }
        catch (Exception e) when (e is DataException or PanelNotGroupedException)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }

    private sealed class CollectingSink : ICsvRowSink<PanelRow>
    {
        public List<FirmYear> Rows { get; } = [];

        public void Take(in PanelRow row) => Rows.Add(row.ToFirmYear());
    }
}
