using System.CommandLine;
using HelseIndicators.Aggregation;
using HelseIndicators.Data.IndicatorTables;
using HelseIndicators.Indicators;

namespace HelseIndicators.Cli.Commands;

/// <summary><c>helse indicators</c>: the indicator panel of a firm-year CSV (INDICATORS.md §8).</summary>
internal static class IndicatorsCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "The firm-year panel CSV (INDICATORS.md §3).", Required = true };
        var by = new Option<string[]>("--by")
        {
            Description = "Breakdown: a comma list of segment, link, county, size_class. May be repeated: each --by is one table of the same " +
                          "publication, protected together (e.g. --by segment --by county --by segment,county). The grand total is always included.",
            AllowMultipleArgumentsPerToken = false,
        };
        var indicators = new Option<string?>("--indicators")
        {
            Description = "Only these indicators: a comma list of ids such as revenue,export_share (default: every indicator). The read then skips the sums the others need.",
        };
        var from = new Option<int?>("--from") { Description = "First year reported (the year before is still used as its growth base)." };
        var to = new Option<int?>("--to") { Description = "Last year reported." };
        var format = CliOptions.Format(OutputFormat.Table, OutputFormat.Table, OutputFormat.Csv, OutputFormat.Json);
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (whole or not at all) instead of standard output." };
        var firms = new Option<string?>("--firms") { Description = "A firm list CSV (org_number, segment, optional from_year)." };
        var deflator = new Option<string?>("--deflator") { Description = "A price index CSV (year, index) for constant prices; needs --base-year." };
        var baseYear = new Option<int?>("--base-year") { Description = "The base year of constant prices." };
        var noControl = new Option<bool>("--no-disclosure-control") { Description = "Turn disclosure control off (stated in every output)." };
        var protection = CliOptions.ProtectionLevelOption();
        var lenient = new Option<bool>("--lenient") { Description = "Reject and count bad rows instead of failing the whole read." };
        var command = new Command("indicators",
            "The indicator panel by group and year.\n" +
            "Example: helse indicators --input panel.csv --by segment --from 2014 --to 2020 --format json --output indicators.json")
        {
            input, by, indicators, from, to, format, output, firms, deflator, baseYear, noControl, protection, lenient,
        };
        command.SetAction(parse =>
        {
            var breakdowns = new List<IReadOnlyList<GroupDimension>>();
            string?[] texts = parse.GetValue(by) is { Length: > 0 } given ? [.. given] : [null]; // no --by: the total alone
            foreach (var text in texts)
            {
                var dimensions = GroupDimensions.ParseList(text);
                if (!dimensions.TryGetValue(out var dims))
                {
                    throw new UsageException($"--by: {dimensions.Error}");
                }

                if (breakdowns.Any(b => b.SequenceEqual(dims)))
                {
                    throw new UsageException($"--by {text} is given twice.");
                }

                breakdowns.Add(dims);
            }

            var ids = IndicatorId.ParseList(parse.GetValue(indicators));
            if (!ids.Success)
            {
                throw new UsageException($"--indicators: {ids.Error}");
            }

            var job = new PanelJob
            {
                InputPath = parse.GetRequiredValue(input),
                Dimensions = breakdowns[0],
                Indicators = ids.Value,
                FromYear = parse.GetValue(from),
                ToYear = parse.GetValue(to),
                FirmListPath = parse.GetValue(firms),
                DeflatorPath = parse.GetValue(deflator),
                BaseYear = parse.GetValue(baseYear),
                DisclosureControl = !parse.GetValue(noControl),
                ProtectionLevel = parse.GetValue(protection),
                Lenient = parse.GetValue(lenient),
            };
            var tables = job.ComputeFromFile(context, breakdowns);
            var table = tables.Count == 1 ? tables[0] : IndicatorTableCombination.Combine([.. tables]);
            Write(context, table, parse.GetValue(format), parse.GetValue(output));
            return ExitCodes.Success;
        });
        return command;
    }

    internal static void Write(CliContext context, IndicatorTable table, OutputFormat format, string? output)
    {
        switch (format)
        {
            case OutputFormat.Json when output is not null:
                AtomicFile.Write(output, stream => IndicatorTableJsonWriter.Write(stream, table));
                break;
            case OutputFormat.Json:
                context.Output.Write(IndicatorTableJsonWriter.ToJson(table));
                context.Output.WriteLine();
                break;
            case OutputFormat.Csv when output is not null:
                AtomicFile.WriteText(output, writer => IndicatorTableCsvWriter.Write(writer, table));
                break;
            case OutputFormat.Csv:
                IndicatorTableCsvWriter.Write(context.Output, table);
                break;
            default:
                if (output is not null)
                {
                    AtomicFile.WriteText(output, writer => IndicatorConsoleTable.WriteText(writer, table));
                }
                else
                {
                    IndicatorConsoleTable.Render(context, table);
                }

                break;
        }
    }
}
