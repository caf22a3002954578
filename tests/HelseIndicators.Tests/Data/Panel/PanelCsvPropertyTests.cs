using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;

namespace HelseIndicators.Tests.Data.Panel;

public class PanelCsvPropertyTests
{
    [Property(MaxTest = 200)]
    public Property WriteThenRead_CommaDialect_RoundTripsExactly() => RoundTrip(CsvDialect.Comma);

    [Property(MaxTest = 200)]
    public Property WriteThenRead_SemicolonDialect_RoundTripsExactly() => RoundTrip(CsvDialect.Semicolon);

    private static Property RoundTrip(CsvDialect dialect) =>
        Prop.ForAll(PanelCsvGenerators.Panel.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (rows, chunk) =>
        {
            using var stream = new MemoryStream();
            PanelCsvWriter.Write(stream, rows, new PanelCsvWriterOptions { Dialect = dialect, NewLine = chunk % 2 == 0 ? "\r\n" : "\n" });
            // Read through a stream that returns a few bytes at a time, so records straddle buffer refills.
            var read = PanelCsvReader.ReadAll(new TricklingStream(stream.ToArray(), chunk));
            return read.Rows.SequenceEqual(rows) && read.Diagnostics.RowsRejected == 0 && read.Dialect == dialect;
        });

    [Property(MaxTest = 100)]
    public Property WriteThenRead_BothDialects_GiveIdenticalRows() =>
        Prop.ForAll(PanelCsvGenerators.Panel.ToArbitrary(), rows =>
        {
            var comma = PanelCsvReader.ReadAll(Bytes(PanelCsvWriter.ToCsv(rows, new PanelCsvWriterOptions { Dialect = CsvDialect.Comma }))).Rows;
            var semicolon = PanelCsvReader.ReadAll(Bytes(PanelCsvWriter.ToCsv(rows, new PanelCsvWriterOptions { Dialect = CsvDialect.Semicolon }))).Rows;
            return comma.SequenceEqual(semicolon);
        });

    private static readonly string[] s_badRows =
    [
        "123456789,2015,1", // bad check digit
        "923609016,20x5,1", // bad year
        "923609016,2015,1 000", // thousands separator
        "923609016,2015,-5", // negative revenue
        "923609016,2015,NaN", // not finite
        "923609016,2015,1e9", // exponent
        "923609016,2015,1,2", // too many fields
        "923609016,2015,99999999999999999999999999999999", // too large
    ];

    /// <summary>Lenient mode: rows read = rows used + rows rejected, and exactly the bad rows are rejected.</summary>
    [Property(MaxTest = 200)]
    public Property ReadAll_Lenient_AccountsForEveryRow()
    {
        var line = Gen.Frequency(
            (3, Gen.Constant((Bad: false, Text: ""))),
            (1, Gen.Elements(s_badRows).Select(b => (Bad: true, Text: b))));
        return Prop.ForAll(Gen.ListOf(line).ToArbitrary(), lines =>
        {
            var text = new StringBuilder("org_number,year,revenue\n");
            var good = 0;
            for (var i = 0; i < lines.Count; i++)
            {
                if (lines[i].Bad)
                {
                    text.Append(lines[i].Text).Append('\n');
                }
                else
                {
                    // A unique valid key per good row: year 1900 + i, so no duplicates among good rows.
                    text.Append("974760673,").Append(1900 + i).Append(",").Append(i).Append('\n');
                    good++;
                }
            }

            var result = PanelCsvReader.ReadAll(Bytes(text.ToString()), new PanelCsvOptions { Mode = ReadMode.Lenient });
            var d = result.Diagnostics;
            return d.RowsRead == d.RowsUsed + d.RowsRejected
                && d.RowsRead == lines.Count
                && d.RowsUsed == good
                && d.RowsRejected == lines.Count - good
                && result.Rows.Count == good
                && result.Problems.Count >= d.RowsRejected;
        });
    }

    [Property(MaxTest = 100)]
    public Property ReadAll_Strict_FailsExactlyWhenARowIsBad() =>
        Prop.ForAll(Gen.ListOf(Gen.Elements(s_badRows.Append("OK").ToArray())).ToArbitrary(), lines =>
        {
            var text = "org_number,year,revenue\n" + string.Concat(lines.Select((l, i) => (l == "OK" ? $"974760673,{1900 + i},1" : l) + "\n"));
            var bad = lines.Count(l => l != "OK");
            try
            {
                PanelCsvReader.ReadAll(Bytes(text));
                return bad == 0;
            }
            catch (DataException e)
            {
                return bad > 0 && e.TotalCount >= bad;
            }
        });

    /// <summary>Every repeat of a (firm, year) is rejected, whatever the order of the rows (sorted or not).</summary>
    [Property(MaxTest = 200)]
    public Property ReadAll_Lenient_RejectsEveryRepeatInAnyOrder()
    {
        var key = Gen.Zip(Gen.Elements("923609016", "974760673", "123456785"), Gen.Choose(2014, 2017));
        return Prop.ForAll(Gen.ListOf(key).ToArbitrary(), Gen.Elements(0, 1, 2).ToArbitrary(), (keys, order) =>
        {
            var rows = order switch
            {
                0 => keys.ToList(),
                1 => keys.OrderBy(k => k.Item1, StringComparer.Ordinal).ThenBy(k => k.Item2).ToList(),
                _ => keys.OrderBy(k => k.Item2).ThenBy(k => k.Item1, StringComparer.Ordinal).ToList(),
            };
            var text = "org_number,year\n" + string.Concat(rows.Select(k => $"{k.Item1},{k.Item2}\n"));
            var result = PanelCsvReader.ReadAll(Bytes(text), new PanelCsvOptions { Mode = ReadMode.Lenient });
            var distinct = rows.Distinct().Count();
            return result.Diagnostics.RowsUsed == distinct
                && result.Diagnostics.RowsRejected == rows.Count - distinct
                && result.Problems.All(p => p.Message.Contains("has two rows", StringComparison.Ordinal));
        });
    }

    private static MemoryStream Bytes(string text) => new(Encoding.UTF8.GetBytes(text));
}

/// <summary>A read-only stream that returns at most a few bytes per read.</summary>
internal sealed class TricklingStream(byte[] data, int chunk) : MemoryStream(data, writable: false)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
}
