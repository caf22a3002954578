using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using HelseIndicators.Aggregation;
using HelseIndicators.Data;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>A file read in parts at once gives exactly what one pass gives: tables, accounting, every message.</summary>
public sealed class PanelFileAggregateTests : IDisposable
{
    private static readonly IndicatorRequest s_request = new()
    {
        Dimensions = [GroupDimension.Segment, GroupDimension.County],
        Disclosure = DisclosureControlOptions.Default,
    };

    private readonly string _directory = Directory.CreateTempSubdirectory("helse-parts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    // By segment only, the cells keep their sums by presence pattern; by segment and county, per quantity.
    private static readonly IndicatorRequest s_coarse = new() { Dimensions = [GroupDimension.Segment], Disclosure = DisclosureControlOptions.Default };

    [Property(MaxTest = 60)]
    public Property Read_InParts_EqualsOnePass() => Prop.ForAll(
        Gen.Choose(0, 1_000_000).ToArbitrary(),
        Gen.Choose(2, 6).ToArbitrary(),
        Gen.Elements(ReadMode.Lenient, ReadMode.Strict).SelectMany(mode => Gen.Elements(s_request, s_coarse).Select(r => (mode, r))).ToArbitrary(),
        (seed, parts, modeAndRequest) =>
        {
            var (mode, request) = modeAndRequest;
            var path = Write(RandomFile(seed), $"panel-{seed}.csv");
            var options = new PanelCsvOptions { Mode = mode };
            var one = PanelReadOutcome.Of(() => PanelFileAggregate.Read(path, request, options, 1, 0, default), request);
            var split = PanelReadOutcome.Of(() => PanelFileAggregate.Read(path, request, options, parts, 0, default), request);
            return (one == split).Label($"one pass:\n{one}\nin {parts} parts:\n{split}");
        });

    // "-0" employees is 0: a micro firm, as the reader's list of rows says (a negative zero once stopped the read).
    [Fact]
    public void Read_NegativeZeroEmployees_IsAMicroFirm()
    {
        var path = Write("org_number,year,segment,revenue,employees\n974760673,2020,pharma,100,-0\n", "zero.csv");
        var request = new IndicatorRequest { Dimensions = [GroupDimension.SizeClass], Disclosure = DisclosureControlOptions.Disabled };

        var table = PanelFileAggregate.Read(path, request, null, 1, 0, default).ToTable(request);

        var reference = new PanelAggregate();
        foreach (var row in PanelCsvReader.ReadRows(path))
        {
            reference.Add(row);
        }

        Assert.Equal(reference.ToTable(request), table);
        Assert.Equal(100m, table.Find(IndicatorId.Revenue, 2020, GroupKey.Of(GroupDimension.SizeClass, SizeClasses.Id(SizeClass.Micro)))?.Value);
    }

    [Fact]
    public void Read_CleanFile_IsReadInPartsAndAgreesWithTheReaderRowByRow()
    {
        var rows = IndicatorEngineProperties.RandomPanel(11, clean: true);
        var path = Write(PanelCsvWriter.ToCsv(rows), "clean.csv");

        var read = PanelFileAggregate.Read(path, s_request, null, 3, 0, default);

        Assert.Equal(3, read.Parts);
        var reference = new PanelAggregate();
        foreach (var row in PanelCsvReader.ReadRows(path))
        {
            reference.Add(row);
        }

        Assert.Equal(rows.Count, read.Diagnostics.RowsUsed);
        Assert.Equal(reference.ToTable(s_request), read.ToTable(s_request));
    }

    [Fact]
    public void Read_ProblemInALaterPart_NamesTheLineOfTheWholeFile()
    {
        var lines = new List<string> { "org_number,year,revenue" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"{OrganisationNumberOf(i)},2015,{100 + i}");
        }

        lines[37] = $"{OrganisationNumberOf(36)},2015,1 000"; // line 38 of the file, in the last part
        var path = Write(string.Join("\n", lines) + "\n", "late.csv");

        var read = PanelFileAggregate.Read(path, null, new PanelCsvOptions { Mode = ReadMode.Lenient }, 4, 0, default);

        Assert.Equal(4, read.Parts);
        var problem = Assert.Single(read.Problems);
        Assert.Equal(38, problem.Line);
        Assert.Equal("revenue", problem.Column);
        Assert.Equal(new ReadDiagnostics(39, 1).RowsRead, read.Diagnostics.RowsRead);
    }

    [Theory]
    [InlineData("quoted")]
    [InlineData("bare-cr")]
    [InlineData("duplicate-across-parts")]
    public void Read_FileThatCannotBeSplitSafely_IsReadInOnePass(string kind)
    {
        var lines = new List<string> { "org_number,year,name,revenue" };
        for (var i = 0; i < 40; i++)
        {
            lines.Add($"{OrganisationNumberOf(i)},2015,Firm {i},{100 + i}");
        }

        var newline = "\n";
        switch (kind)
        {
            case "quoted": lines[30] = $"{OrganisationNumberOf(29)},2015,\"Firm, with a comma\",7"; break;
            case "bare-cr": newline = "\r"; break;
            default: lines[39] = $"{OrganisationNumberOf(0)},2015,Again,5"; break; // the firm-year of line 2
        }

        var path = Write(string.Join(newline, lines) + newline, kind + ".csv");
        var options = new PanelCsvOptions { Mode = ReadMode.Lenient };

        var split = PanelFileAggregate.Read(path, null, options, 4, 0, default);
        var one = PanelFileAggregate.Read(path, null, options, 1, 0, default);

        Assert.Equal(1, split.Parts);
        Assert.Equal(PanelReadOutcome.Of(() => one, s_request), PanelReadOutcome.Of(() => split, s_request));
    }

    [Fact]
    public void Read_StrictFileWithProblems_ThrowsEveryProblemAsOnePassDoes()
    {
        var rows = IndicatorEngineProperties.RandomPanel(5, clean: true);
        var text = PanelCsvWriter.ToCsv(rows).Split('\n').ToList();
        text[3] = text[3].Replace(",", ";", StringComparison.Ordinal);
        text[^3] = "not,a,row";
        var path = Write(string.Join("\n", text), "strict.csv");

        var one = Assert.Throws<DataException>(() => PanelFileAggregate.Read(path, null, null, 1, 0, default));
        var split = Assert.Throws<DataException>(() => PanelFileAggregate.Read(path, null, null, 3, 0, default));

        Assert.Equal(one.Problems, split.Problems);
        Assert.Equal(2, split.Problems.Count);
    }

    [Fact]
    public void Read_InParts_ReportsProgressIncreasingToTheFileLength()
    {
        var path = Write(PanelCsvWriter.ToCsv(IndicatorEngineProperties.RandomPanel(3, clean: true)), "progress.csv");
        var reports = new List<long>();
        var progress = new SynchronousProgress(reports);

        var read = PanelFileAggregate.Read(path, null, new PanelCsvOptions { Progress = progress }, 3, 0, default);

        Assert.Equal(3, read.Parts);
        Assert.Equal(reports.Order(), reports);
        Assert.Equal(new FileInfo(path).Length, reports[^1]);
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(3, false)]
    [InlineData(1, true)]
    [InlineData(3, true)]
    public void Read_NotGroupedByFirm_ProgressNeverGoesBack(int parts, bool shuffled)
    {
        // Year then firm, or no order: the read grouped by firm stops early and the file is read again (twice when
        // shuffled); the progress must not restart.
        var random = new Random(5);
        var rows = IndicatorEngineProperties.RandomPanel(5, clean: true).OrderBy(r => r.Year).ThenBy(r => r.OrganisationNumber.Value).ToList();
        if (shuffled)
        {
            rows = rows.OrderBy(_ => random.Next()).ToList();
        }

        var path = Write(PanelCsvWriter.ToCsv(rows), "progress-by-year.csv");
        var reports = new List<long>();

        var read = PanelFileAggregate.Read(path, null, new PanelCsvOptions { Progress = new SynchronousProgress(reports) }, parts, 0, default);

        Assert.Equal(shuffled ? PanelRowOrder.Unordered : PanelRowOrder.GroupedByYear, read.RowOrder);
        Assert.Equal(reports.Order().Distinct(), reports);
        Assert.Equal(new FileInfo(path).Length, reports[^1]);
    }

    [Fact]
    public void Read_Cancelled_Throws()
    {
        var path = Write(PanelCsvWriter.ToCsv(IndicatorEngineProperties.RandomPanel(3, clean: true)), "cancel.csv");
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => PanelFileAggregate.Read(path, null, null, 3, 0, cancelled.Token));
    }

    [Fact]
    public void Plan_PartsAreWholeLinesCoveringTheFile()
    {
        var text = "org_number,year\n" + string.Concat(Enumerable.Range(0, 100).Select(i => $"{OrganisationNumberOf(i)},2015\r\n"));
        var path = Write(text, "plan.csv");
        using var file = File.OpenHandle(path);

        var plan = PanelFileParts.Plan(file, 3, default)!;

        var bytes = File.ReadAllBytes(path);
        Assert.Equal(0, plan.Parts[0].Start);
        Assert.Equal(bytes.Length, plan.Parts.Sum(p => p.Length));
        Assert.Equal(101, plan.Lines);
        foreach (var part in plan.Parts.Skip(1))
        {
            Assert.Equal((byte)'\n', bytes[part.Start - 1]);
            Assert.Equal(1 + bytes.AsSpan(0, (int)part.Start).Count((byte)'\n'), part.FirstLine);
        }
    }

    /// <summary>A panel file with random problems: bad numbers, wrong field counts, duplicates near and far, blank
    /// lines, CRLF or LF, a byte order mark, either dialect.</summary>
    private static string RandomFile(int seed)
    {
        var random = new Random(seed);
        var rows = IndicatorEngineProperties.RandomPanel(seed);
        var dialect = random.Next(2) == 0 ? CsvDialect.Comma : CsvDialect.Semicolon;
        var newline = random.Next(2) == 0 ? "\n" : "\r\n";
        var csv = PanelCsvWriter.ToCsv(rows, new PanelCsvWriterOptions { Dialect = dialect, NewLine = newline });
        var lines = csv.Split(newline).ToList();
        var sep = dialect == CsvDialect.Comma ? "," : ";";
        var mutations = random.Next(0, 6);
        for (var m = 0; m < mutations && lines.Count > 3; m++)
        {
            var at = random.Next(1, lines.Count - 1);
            switch (random.Next(5))
            {
                case 0: lines[at] = lines[at] + sep + "extra"; break;
                case 1: lines.Insert(random.Next(1, lines.Count), lines[at]); break; // a duplicate firm-year
                case 2: lines[at] = lines[at].Replace("2", "x", StringComparison.Ordinal); break;
                case 3: lines.Insert(at, string.Empty); break;
                default: lines[at] = lines[at].Replace(sep + "1", sep + "-1", StringComparison.Ordinal); break;
            }
        }

        var bom = random.Next(4) == 0 ? "\uFEFF" : string.Empty;
        return bom + string.Join(newline, lines);
    }

    private static string OrganisationNumberOf(int i)
    {
        for (var digits = 10_000_000 + (i * 10); ; digits++)
        {
            if (OrganisationNumber.FromFirstEightDigits(digits, out var number))
            {
                return number.ToString("D", System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>The estimate that sizes a read's sets: a little above the rows of a file of even lines, for the whole
    /// file and for a part of it (the parts of a file cut without numbering them), and 0 for a small file.</summary>
    [Fact]
    public void EstimateRows_IsALittleAboveTheRowsOfTheFileOrPart()
    {
        const int Rows = 10_000;
        var line = new string('7', 99) + "\n"; // 100 bytes
        var path = Write(string.Concat(Enumerable.Repeat(line, Rows)), "even.csv");
        Assert.InRange(PanelFileAggregate.EstimateRows(path), Rows, Rows * 1.2);
        using var file = File.OpenHandle(path);
        Assert.InRange(PanelFileAggregate.EstimateRows(file, Rows * 100 / 2), Rows / 2, Rows / 2 * 1.2);
        Assert.Equal(0, PanelFileAggregate.EstimateRows(Write(string.Concat(Enumerable.Repeat(line, 100)), "small.csv")));
    }

    private string Write(string text, string name)
    {
        var path = Path.Combine(_directory, name);
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    private sealed class SynchronousProgress(List<long> reports) : IProgress<long>
    {
        public void Report(long value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
