using System.CommandLine;
using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Data;
using HelseIndicators.Data.IndicatorTables;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Indicators;
using HelseIndicators.Reporting.Reports;
using HelseIndicators.Sample;
using HelseIndicators.Surveys;
using NodaTime;

namespace HelseIndicators.Cli.Commands;

/// <summary>
/// <c>helse report</c>: the main job. The headline table on the terminal, and <c>DIR/report.html</c>,
/// <c>DIR/indicators.csv</c> and <c>DIR/indicators.json</c> (by link, by segment and the total). Without
/// <c>--input</c> it uses the embedded synthetic sample panel and survey.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string?>("--input", "-i") { Description = "A firm-year panel CSV; without it, the embedded synthetic sample." };
        var survey = new Option<string?>("--survey") { Description = "A survey CSV; without --input, the embedded synthetic survey." };
        var output = new Option<string>("--out", "-o") { Description = "The folder for report.html, indicators.csv and indicators.json.", DefaultValueFactory = _ => "report" };
        var lang = new Option<string>("--lang") { Description = "Language of the report: nb (default) or en.", DefaultValueFactory = _ => "nb" };
        lang.AcceptOnlyFromAmong("nb", "en");
        var firms = new Option<string?>("--firms") { Description = "A firm list CSV (org_number, segment, optional from_year)." };
        var noControl = new Option<bool>("--no-disclosure-control") { Description = "Turn disclosure control off (stated in every output)." };
        var protection = CliOptions.ProtectionLevelOption();
        var lenient = new Option<bool>("--lenient") { Description = "Reject and count bad rows instead of failing the whole read." };
        var command = new Command("report",
            "The main job: headline figures on the terminal, and an HTML report with charts plus indicators.csv and indicators.json.\n" +
            "Example: helse report                      (the embedded synthetic sample)\n" +
            "         helse report --input panel.csv --survey survey.csv --out report --lang en")
        {
            input, survey, output, lang, firms, noControl, protection, lenient,
        };
        command.SetAction(parse =>
        {
            var culture = CultureInfo.GetCultureInfo(parse.GetValue(lang) == "en" ? "en-GB" : "nb-NO");
            var inputPath = parse.GetValue(input);
            var surveyPath = parse.GetValue(survey);
            var job = new PanelJob
            {
                InputPath = inputPath,
                FirmListPath = parse.GetValue(firms),
                DisclosureControl = !parse.GetValue(noControl),
                ProtectionLevel = parse.GetValue(protection),
                Lenient = parse.GetValue(lenient),
            };
            if (surveyPath is not null)
            {
                CliOptions.RequireFile(surveyPath, "--survey");
            }

            // The total, the links and the segments are one publication: protected together (INDICATORS.md §5.1).
            IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns = [[GroupDimension.Link], [GroupDimension.Segment]];
            var tables = inputPath is null
                ? job.Compute(context, SyntheticPanel.Generate().ToList(), breakdowns)
                : job.ComputeFromFile(context, breakdowns);
            var (byLink, bySegment) = (tables[0], tables[1]);

            var surveyResult = ReadSurvey(context, surveyPath, useSample: inputPath is null, job.Mode);
            var synthetic = inputPath is null;
            var report = new HealthIndustryReport(byLink, bySegment, surveyResult, new HealthIndustryReportOptions
            {
                Culture = culture,
                SyntheticNotice = synthetic ? SyntheticPanel.Notice : null,
                DataSource = synthetic ? "" : Path.GetFileName(inputPath!),
                GeneratedAt = SystemClock.Instance.GetCurrentInstant(),
            });

            if (synthetic)
            {
                context.Console.Write(new Spectre.Console.Markup($"[yellow]{Spectre.Console.Markup.Escape(SyntheticPanel.Notice.For(culture))}[/]\n"));
            }

            foreach (var year in report.HeadlineYears)
            {
                DisplayTableConsole.Render(context, report.Headline(year, GroupDimension.Link), culture);
                DisplayTableConsole.Render(context, report.Headline(year, GroupDimension.Segment), culture);
            }

            var directory = parse.GetValue(output)!;
            var combined = IndicatorTableCombination.Combine(byLink, bySegment);
            AtomicFile.WriteText(Path.Combine(directory, "report.html"), writer => writer.Write(report.ToHtml()));
            AtomicFile.WriteText(Path.Combine(directory, "indicators.csv"), writer => IndicatorTableCsvWriter.Write(writer, combined));
            AtomicFile.Write(Path.Combine(directory, "indicators.json"), stream => IndicatorTableJsonWriter.Write(stream, combined));
            var d = byLink.Diagnostics;
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"rows read {d.RowsRead}, used {d.RowsUsed}, rejected {d.RowsRejected}, unclassified firm-years {d.UnclassifiedFirmYears}; " +
                $"disclosure control {(byLink.Disclosure.Enabled ? "on" : "OFF")}"));
            context.Output.WriteLine($"Wrote {Path.Combine(directory, "report.html")}, indicators.csv and indicators.json.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static SurveyResult? ReadSurvey(CliContext context, string? path, bool useSample, ReadMode mode)
    {
        SurveyReadResult read;
        if (path is not null)
        {
            read = SurveyCsvReader.ReadFile(path, mode);
        }
        else if (useSample)
        {
            using var stream = SyntheticSurvey.OpenCsv();
            read = SurveyCsvReader.Read(stream, "embedded synthetic survey", ReadMode.Strict);
        }
        else
        {
            return null;
        }

        foreach (var problem in read.Rejections)
        {
            context.Error.WriteLine($"rejected: {problem}");
        }

        return SurveyAnalysis.Compute(read.Responses);
    }
}
