using System.CommandLine;
using HelseIndicators.Data.Panel;
using HelseIndicators.Sample;

namespace HelseIndicators.Cli.Commands;

/// <summary><c>helse sample</c>: a synthetic panel CSV, deterministic for a seed.</summary>
internal static class SampleCommand
{
    public static Command Create(CliContext context)
    {
        var firms = new Option<int>("--firms") { Description = $"Number of firms (1–{SyntheticPanel.MaxFirms}).", Required = true };
        var from = new Option<int>("--from") { Description = "First year.", Required = true };
        var to = new Option<int>("--to") { Description = "Last year.", Required = true };
        var seed = new Option<long>("--seed") { Description = "Random seed; the same seed gives the same file.", DefaultValueFactory = _ => SyntheticPanelOptions.DefaultSeed };
        var output = new Option<string>("--output", "-o") { Description = "The CSV file to write (whole or not at all).", Required = true };
        var command = new Command("sample",
            "Write a synthetic firm-year panel (INDICATORS.md §3), deterministic for a seed. The data is invented.\n" +
            "Example: helse sample --firms 1500 --from 2010 --to 2020 --seed 7 --output sample.csv")
        {
            firms, from, to, seed, output,
        };
        command.SetAction(parse =>
        {
            var options = new SyntheticPanelOptions
            {
                Firms = parse.GetValue(firms),
                FromYear = parse.GetValue(from),
                ToYear = parse.GetValue(to),
                Seed = parse.GetValue(seed),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }

            var path = parse.GetRequiredValue(output);
            AtomicFile.Write(path, stream => PanelCsvWriter.Write(stream, SyntheticPanel.Generate(options)));
            context.Error.WriteLine($"{path}: {options.Firms} synthetic firms, {options.FromYear}–{options.ToYear}. {SyntheticPanel.Notice.English}");
            return ExitCodes.Success;
        });
        return command;
    }
}
