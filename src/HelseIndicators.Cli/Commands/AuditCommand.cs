using System.CommandLine;
using System.Globalization;
using HelseIndicators.Data;
using HelseIndicators.Data.FirmLists;
using HelseIndicators.Data.IndicatorTables;
using HelseIndicators.Data.Panel;
using HelseIndicators.Disclosure.Audit;
using HelseIndicators.Model;

namespace HelseIndicators.Cli.Commands;

/// <summary>
/// <c>helse audit --input PANEL.csv --published OUT.json [--published …]</c>: an independent self-audit of a publication
/// (INDICATORS.md §5.1). Plays the intruder against the released rows and the microdata they came from and prints every
/// sensitive cell or firm value that can be narrowed, with the proof. Exit 0 when clean, 1 when anything leaks (or the
/// data is bad), 2 on bad usage.
/// </summary>
internal static class AuditCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input", "-i") { Description = "The firm-year panel CSV the publication was computed from (INDICATORS.md §3).", Required = true };
        var published = new Option<string[]>("--published", "-p")
        {
            Description = "A published JSON file (helse indicators --format json, helse report's indicators.json). May be repeated: every file is " +
                          "part of the same publication.",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var firms = new Option<string?>("--firms") { Description = "The firm list CSV the publication was computed with (org_number, segment, optional from_year)." };
        var protection = new Option<decimal?>("--protection-level")
        {
            Description = "The protection level p: no sensitive cell or firm's value v may be narrowed to within v ± p·|v| " +
                          "(default: the published file's protection_level, else 0.1).",
        };
        var maxUnknowns = new Option<int?>("--max-unknowns")
        {
            Description = $"The largest number of unknowns to solve for (default {DisclosureAuditOptions.DefaultMaxUnknowns}).",
        };
        var lenient = new Option<bool>("--lenient") { Description = "Reject and count bad panel rows instead of failing the whole read (as the publication was computed)." };
        var command = new Command("audit",
            "Audit a publication: can a sensitive cell or a single firm's value be worked out, or narrowed to within the protection level, " +
            "from the released rows together? Exit 0 when clean, 1 when anything leaks.\n" +
            "Example: helse audit --input panel.csv --published indicators.json")
        {
            input, published, firms, protection, maxUnknowns, lenient,
        };
        command.SetAction(parse =>
        {
            var panelPath = parse.GetRequiredValue(input);
            var publishedPaths = parse.GetValue(published) ?? [];
            var firmListPath = parse.GetValue(firms);
            var p = parse.GetValue(protection);
            var limit = parse.GetValue(maxUnknowns);
            var mode = parse.GetValue(lenient) ? ReadMode.Lenient : ReadMode.Strict;
            CliOptions.RequireFile(panelPath, "--input");
            if (publishedPaths.Length == 0)
            {
                throw new UsageException("--published: give at least one published JSON file.");
            }

            foreach (var path in publishedPaths)
            {
                CliOptions.RequireFile(path, "--published");
            }

            if (firmListPath is not null)
            {
                CliOptions.RequireFile(firmListPath, "--firms");
            }

            if (p is < 0m or >= 1m)
            {
                throw new UsageException(string.Create(CultureInfo.InvariantCulture, $"--protection-level must be in [0, 1), such as 0.1, not {p}."));
            }

            if (limit is < 1)
            {
                throw new UsageException("--max-unknowns must be at least 1.");
            }

            var documents = publishedPaths.Select(IndicatorTableJsonReader.Read).ToArray();
            var first = documents[0];
            for (var i = 1; i < documents.Length; i++)
            {
                if (documents[i].Disclosure with { Enabled = first.Disclosure.Enabled } != first.Disclosure)
                {
                    context.Error.WriteLine($"warning: {publishedPaths[i]} states other disclosure rules ({documents[i].Disclosure}) than {publishedPaths[0]}; the audit uses the first's");
                }
            }

            if (!first.Disclosure.Enabled)
            {
                context.Error.WriteLine($"warning: {publishedPaths[0]} was published without disclosure control; the audit applies its rules' parameters all the same");
            }

            FirmList? firmList = null;
            if (firmListPath is not null)
            {
                var list = FirmListCsvReader.Read(firmListPath, new FirmListCsvOptions { Mode = mode, SourceName = firmListPath, Taxonomy = Taxonomy.Default });
                ReportSkipped(context, list.Problems, list.Diagnostics);
                firmList = list.FirmList;
            }

            var panel = PanelCsvReader.ReadAll(panelPath, new PanelCsvOptions { Mode = mode, SourceName = panelPath, Taxonomy = Taxonomy.Default });
            ReportSkipped(context, panel.Problems, panel.Diagnostics);
            var options = new DisclosureAuditOptions
            {
                Taxonomy = Taxonomy.Default,
                FirmList = firmList,
                Disclosure = first.Disclosure,
                ProtectionLevel = p ?? first.ProtectionLevel ?? 0.10m,
                MaxUnknowns = limit ?? DisclosureAuditOptions.DefaultMaxUnknowns,
            };
            DisclosureAuditReport report;
            try
            {
                report = DisclosureAudit.Run(panel.Rows, documents.SelectMany(d => d.Rows), options);
            }
            catch (DisclosureAuditLimitException e)
            {
                context.Error.WriteLine($"helse: {e.Message}");
                return ExitCodes.BadData;
            }

            Print(context, report);
            return report.IsClean ? ExitCodes.Success : ExitCodes.BadData; // 1: the publication leaks
        });
        return command;
    }

    private static void Print(CliContext context, DisclosureAuditReport report)
    {
        foreach (var inconsistency in report.Inconsistencies)
        {
            context.Error.WriteLine($"warning: {inconsistency}");
        }

        context.Output.WriteLine(report.ToString());
        foreach (var finding in report.Findings)
        {
            context.Output.WriteLine();
            context.Output.WriteLine(finding.ToString());
        }
    }

    /// <summary>In lenient mode, rejected rows are reported on stderr (and counted), never silently dropped.</summary>
    private static void ReportSkipped(CliContext context, IReadOnlyList<DataProblem> problems, ReadDiagnostics diagnostics)
    {
        foreach (var problem in problems)
        {
            context.Error.WriteLine($"rejected: {problem}");
        }

        foreach (var warning in diagnostics.Warnings)
        {
            context.Error.WriteLine($"warning: {warning}");
        }
    }
}
