using System.CommandLine;
using System.Globalization;
using HelseIndicators.Data;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Cli.Commands;

/// <summary><c>helse validate --input PANEL.csv</c>: lists every problem; exit 0 when clean.</summary>
internal static class ValidateCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "The firm-year panel CSV (INDICATORS.md §3).", Required = true };
        var command = new Command("validate", "Check a panel CSV and list every problem as FILE:LINE: column: message; exit 0 when clean.\n" +
                                              "Example: helse validate --input panel.csv")
        {
            input,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(input);
            CliOptions.RequireFile(path, "--input");
            var options = new PanelCsvOptions
            {
                Mode = ReadMode.Lenient,
                SourceName = path,
                Taxonomy = Taxonomy.Default,
                MaxProblems = int.MaxValue,
            };
            var read = ProgressDisplay.ForFile(context, "Validating", path, progress =>
            {
                var r = PanelCsvReader.Open(path, options with { Progress = progress });
                foreach (var _ in r.Rows)
                {
                }

                return r;
            });
            foreach (var problem in read.Problems)
            {
                context.Error.WriteLine(problem.ToString());
            }

            var d = read.Diagnostics;
            foreach (var warning in d.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{path}: {d.RowsRead} rows read, {d.RowsUsed} valid, {d.RowsRejected} with problems ({read.Problems.Count} problems)."));
            return read.Problems.Count == 0 ? ExitCodes.Success : ExitCodes.BadData;
        });
        return command;
    }
}
