using System.CommandLine;
using HelseIndicators.Data.JsonStat;

namespace HelseIndicators.Cli.Commands;

/// <summary><c>helse jsonstat FILE</c>: a JSON-stat document as tidy rows (INDICATORS.md §7).</summary>
internal static class JsonStatCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A JSON-stat 2.0 document (dataset, collection, or a 1.x bundle)." };
        var format = CliOptions.Format(OutputFormat.Csv, OutputFormat.Csv, OutputFormat.Json);
        var dataset = new Option<string?>("--dataset") { Description = "Which dataset of a collection or bundle: its position (from 1) or its label/name." };
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file (whole or not at all) instead of standard output." };
        var command = new Command("jsonstat",
            "A JSON-stat document as tidy rows: one per cell in row-major order, nulls included.\n" +
            "Example: helse jsonstat ssb-05300.json --format csv")
        {
            file, format, dataset, output,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetRequiredValue(file);
            CliOptions.RequireFile(path, "FILE");
            var document = JsonStatReader.ReadFile(path);
            foreach (var warning in document.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }

            var chosen = Choose(document, parse.GetValue(dataset));
            var target = parse.GetValue(output);
            if (parse.GetValue(format) == OutputFormat.Json)
            {
                if (target is not null)
                {
                    AtomicFile.Write(target, stream => JsonStatTidyJsonWriter.Write(chosen, stream));
                }
                else
                {
                    context.Output.WriteLine(JsonStatTidyJsonWriter.WriteToString(chosen));
                }
            }
            else if (target is not null)
            {
                AtomicFile.WriteText(target, writer => JsonStatTidyCsvWriter.Write(chosen, writer));
            }
            else
            {
                JsonStatTidyCsvWriter.Write(chosen, context.Output);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static JsonStatDataset Choose(JsonStatDocument document, string? which)
    {
        var datasets = document.Datasets;
        if (datasets.Count == 0)
        {
            throw new UsageException("the document holds no dataset with values (a dimension or an empty collection).");
        }

        if (which is null)
        {
            return datasets.Count == 1
                ? datasets[0]
                : throw new UsageException(
                    $"the document holds {datasets.Count} datasets; choose one with --dataset: " +
                    string.Join("; ", datasets.Select((d, i) => $"{i + 1} = {d}")));
        }

        if (int.TryParse(which, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var position)
            && position >= 1 && position <= datasets.Count)
        {
            return datasets[position - 1];
        }

        return datasets.FirstOrDefault(d => string.Equals(d.Label, which, StringComparison.Ordinal) || string.Equals(d.Name, which, StringComparison.Ordinal))
            ?? throw new UsageException($"--dataset '{which}' matches no dataset; the document has: " +
                                        string.Join("; ", datasets.Select((d, i) => $"{i + 1} = {d}")));
    }
}
