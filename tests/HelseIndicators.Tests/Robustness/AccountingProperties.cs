using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.FirmLists;
using HelseIndicators.Data.Panel;
using HelseIndicators.Data.PriceIndices;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Model;
using HelseIndicators.Tests.Aggregation;

namespace HelseIndicators.Tests.Robustness;

/// <summary>
/// Data accounting as a property of every CSV reader and mode: in a file of good and bad rows, a lenient read uses
/// exactly the good rows and rejects exactly the bad ones (rows read = rows used + rows rejected = data lines), and a
/// strict read succeeds with nothing rejected when every row is good, or throws naming every bad line.
/// </summary>
public sealed class AccountingProperties
{
    /// <summary>A CSV format: header, a good row i, a bad row i of kind k, and the read in a mode.</summary>
    private sealed record Format(
        string Header, Func<int, string> Good, Func<int, int, string> Bad,
        Func<byte[], ReadMode, (long Read, long Used, long Rejected, int Rows, IEnumerable<long> ProblemLines)> Read);

    private static string Org(int i) => TestFirms.Number(i).ToString();

    private static readonly Dictionary<string, Format> s_formats = new()
    {
        ["panel"] = new(
            "org_number,year,segment,revenue,exports,wage_costs,employees",
            i => $"{Org(i)},2015,pharma,{1000 + i},{i},{i * 2},{i % 7}.5",
            (i, k) => k switch
            {
                0 => $"123456789,2015,pharma,1000,1,1,1",
                1 => $"{Org(i)},2015,pharma,1000,1,-5,1",
                2 => $"{Org(i)},2015,pharma,1000,2000,1,1",
                3 => $"{Org(i)},2015,pharma,12abc,1,1,1",
                4 => $"{Org(0)},2015,pharma,1000,1,1,1",
                5 => $"{Org(i)},3015,pharma,1000,1,1,1",
                6 => $"{Org(i)},2015,pharma,1e400,1,1,1",
                _ => $"{Org(i)},2015,no_such_segment,1000,1,1,1",
            },
            (bytes, mode) =>
            {
                var r = PanelCsvReader.ReadAll(new MemoryStream(bytes), new PanelCsvOptions { Mode = mode, Taxonomy = Taxonomy.Default });
                return (r.Diagnostics.RowsRead, r.Diagnostics.RowsUsed, r.Diagnostics.RowsRejected, r.Rows.Count, r.Problems.Select(p => p.Line));
            }),
        ["firmlist"] = new(
            "org_number,segment,from_year",
            i => $"{Org(i)},medtech,{(i % 2 == 0 ? "" : "2010")}",
            (i, k) => k switch
            {
                0 => "123456789,medtech,",
                1 => $"{Org(i)},no_such_segment,",
                2 => $"{Org(i)},medtech,20x0",
                3 => $"{Org(0)},medtech,",
                _ => $"{Org(i)},,",
            },
            (bytes, mode) =>
            {
                var r = FirmListCsvReader.Read(new MemoryStream(bytes), new FirmListCsvOptions { Mode = mode, Taxonomy = Taxonomy.Default });
                return (r.Diagnostics.RowsRead, r.Diagnostics.RowsUsed, r.Diagnostics.RowsRejected, r.FirmList.Count, r.Problems.Select(p => p.Line));
            }),
        ["priceindex"] = new(
            "year,index",
            i => $"{1900 + i},{100 + i}.25",
            (i, k) => k switch
            {
                0 => $"{1900 + i},abc",
                1 => $"19x{i},100",
                2 => "1900,101",
                _ => $"{1900 + i},1e400",
            },
            (bytes, mode) =>
            {
                var r = PriceIndexCsvReader.Read(new MemoryStream(bytes), new CsvReadOptions { Mode = mode });
                return (r.Diagnostics.RowsRead, r.Diagnostics.RowsUsed, r.Diagnostics.RowsRejected, r.PriceIndex.Years.Count, r.Problems.Select(p => p.Line));
            }),
        ["survey"] = new(
            "respondent,question,answer,weight",
            i => $"R{i},q{i % 3},a{i % 4},1",
            (i, k) => k switch
            {
                0 => $"R{i},q,a,abc",
                1 => $"R{i},q,,1",
                2 => $"R{i},q,a,1,extra",
                _ => $",q,a,1",
            },
            (bytes, mode) =>
            {
                var r = SurveyCsvReader.Read(new MemoryStream(bytes), mode: mode);
                return (r.Diagnostics.RowsRead, r.Diagnostics.RowsUsed, r.Diagnostics.RowsRejected, r.Responses.Count, r.Rejections.Select(p => p.Line));
            }),
    };

    /// <summary>Builds a file: row 0 always good; each other row bad with the given probability. Returns the bad lines.</summary>
    private static (byte[] File, int Rows, HashSet<long> BadLines) Build(Format format, int seed, int rows, int badPercent)
    {
        var random = new Random(seed);
        var text = new StringBuilder(format.Header).Append('\n');
        var bad = new HashSet<long>();
        for (var i = 0; i < rows; i++)
        {
            if (i > 0 && random.Next(100) < badPercent)
            {
                text.Append(format.Bad(i, random.Next(8))).Append('\n');
                bad.Add(i + 2);
            }
            else
            {
                text.Append(format.Good(i)).Append('\n');
            }
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), rows, bad);
    }

    private static Arbitrary<(string Format, int Seed, int Rows, int BadPercent)> Inputs() =>
        (from format in Gen.Elements(s_formats.Keys.ToArray())
         from seed in Gen.Choose(0, int.MaxValue)
         from rows in Gen.Choose(1, 60)
         from bad in Gen.Elements(0, 0, 10, 50, 100)
         select (format, seed, rows, bad)).ToArbitrary();

    [Property(MaxTest = 200, Replay = "31337,77")]
    public Property LenientRead_GoodAndBadRows_UsesTheGoodRejectsTheBadAndAccountsForEvery()
    {
        return Prop.ForAll(Inputs(), input =>
        {
            var format = s_formats[input.Format];
            var (file, rows, bad) = Build(format, input.Seed, input.Rows, input.BadPercent);
            var r = format.Read(file, ReadMode.Lenient);
            var problemLines = r.ProblemLines.ToHashSet();
            return (r.Read == rows && r.Used + r.Rejected == r.Read && r.Rejected == bad.Count && r.Used == rows - bad.Count &&
                    r.Rows == r.Used && problemLines.SetEquals(bad))
                .Label($"{input}: read {r.Read} used {r.Used} rejected {r.Rejected} rows {r.Rows}; bad lines [{string.Join(',', bad)}], problem lines [{string.Join(',', problemLines)}]");
        });
    }

    [Property(MaxTest = 200, Replay = "31337,79")]
    public Property StrictRead_GoodAndBadRows_SucceedsCleanOrThrowsWithEveryProblem()
    {
        return Prop.ForAll(Inputs(), input =>
        {
            var format = s_formats[input.Format];
            var (file, rows, bad) = Build(format, input.Seed, input.Rows, input.BadPercent);
            try
            {
                var r = format.Read(file, ReadMode.Strict);
                return (bad.Count == 0 && r.Rejected == 0 && r.Used == rows && r.Rows == rows).Label($"{input}: strict read succeeded with {bad.Count} bad rows");
            }
            catch (DataException e)
            {
                var lines = e.Problems.Select(p => p.Line).ToHashSet();
                return (bad.Count > 0 && lines.SetEquals(bad))
                    .Label($"{input}: bad lines [{string.Join(',', bad)}], problem lines [{string.Join(',', lines)}]");
            }
        });
    }
}
