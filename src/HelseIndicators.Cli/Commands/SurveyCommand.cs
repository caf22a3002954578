using System.CommandLine;
using System.Globalization;
using HelseIndicators.Data;
using HelseIndicators.Data.Surveys;
using HelseIndicators.Surveys;
using Spectre.Console;

namespace HelseIndicators.Cli.Commands;

/// <summary><c>helse survey</c>: weighted proportions with Wilson 95 % intervals (INDICATORS.md §6).</summary>
internal static class SurveyCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "The survey CSV (respondent, question, answer, optional weight, org_number).", Required = true };
        var format = CliOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (whole or not at all) instead of standard output." };
        var lenient = new Option<bool>("--lenient") { Description = "Reject and count bad rows instead of failing the whole read." };
        var command = new Command("survey",
            "Proportions of each answer with Wilson 95 % intervals on the Kish effective sample size.\n" +
            "Example: helse survey --input survey.csv --format json")
        {
            input, format, output, lenient,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(input);
            CliOptions.RequireFile(path, "--input");
            var read = SurveyCsvReader.ReadFile(path, parse.GetValue(lenient) ? ReadMode.Lenient : ReadMode.Strict);
            foreach (var problem in read.Rejections)
            {
                context.Error.WriteLine($"rejected: {problem}");
            }

            var result = SurveyAnalysis.Compute(read.Responses);
            var target = parse.GetValue(output);
            switch (parse.GetValue(format))
            {
                case OutputFormat.Json when target is not null:
                    AtomicFile.Write(target, stream => SurveyWriter.WriteJson(result, stream));
                    break;
                case OutputFormat.Json:
                    context.Output.WriteLine(SurveyWriter.ToJson(result));
                    break;
                case OutputFormat.Csv when target is not null:
                    AtomicFile.WriteText(target, writer => SurveyWriter.WriteCsv(result, writer));
                    break;
                case OutputFormat.Csv:
                    SurveyWriter.WriteCsv(result, context.Output);
                    break;
                default:
                    Render(context, result);
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Render(CliContext context, SurveyResult result)
    {
        foreach (var question in result.Questions)
        {
            var table = new Table().Border(TableBorder.Simple).Title(Markup.Escape(question));
            table.AddColumn("answer");
            table.AddColumn(new TableColumn("share").RightAligned());
            table.AddColumn(new TableColumn("95 % interval").RightAligned());
            table.AddColumn(new TableColumn("respondents").RightAligned());
            foreach (var row in result.Ranked(question))
            {
                table.AddRow(
                    Markup.Escape(row.Answer),
                    Pct(row.Proportion),
                    $"{Pct(row.Lower)} – {Pct(row.Upper)}",
                    row.Respondents.ToString(CultureInfo.InvariantCulture));
            }

            context.Console.Write(table);
        }
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}
