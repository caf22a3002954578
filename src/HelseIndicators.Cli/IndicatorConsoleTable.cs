using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using Spectre.Console;

namespace HelseIndicators.Cli;

/// <summary>
/// The indicator panel on a terminal: one line per indicator and group, years as columns. Suppressed cells show
/// ":" and undefined cells "..", as in Statistics Norway's tables.
/// </summary>
internal static class IndicatorConsoleTable
{
    public const string SuppressedMark = ":";
    public const string UndefinedMark = "..";

    public static void Render(CliContext context, IndicatorTable table, IEnumerable<IndicatorId>? indicators = null, string? title = null)
    {
        context.Console.Write(Build(table, indicators, title));
        WriteFooter(context.Console, table);
    }

    public static void WriteText(TextWriter writer, IndicatorTable table)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        console.Write(Build(table, null, null));
        WriteFooter(console, table);
    }

    private static Table Build(IndicatorTable table, IEnumerable<IndicatorId>? indicators, string? title)
    {
        var years = table.Years;
        var grid = new Table().Border(TableBorder.Simple);
        if (title is not null)
        {
            grid.Title(Markup.Escape(title));
        }

        grid.AddColumn("indicator");
        grid.AddColumn("group");
        foreach (var year in years)
        {
            grid.AddColumn(new TableColumn(year.ToString(CultureInfo.InvariantCulture)).RightAligned());
        }

        var wanted = indicators?.ToHashSet();
        foreach (var definition in IndicatorCatalog.All)
        {
            if (wanted is not null && !wanted.Contains(definition.Id))
            {
                continue;
            }

            foreach (var group in table.Groups)
            {
                var cells = new List<string> { definition.Id.Value, Markup.Escape(GroupText(group)) };
                var any = false;
                foreach (var year in years)
                {
                    var row = table.Find(definition.Id, year, group);
                    any |= row is not null;
                    cells.Add(row is null ? "" : Markup.Escape(Format(row)));
                }

                if (any)
                {
                    grid.AddRow(cells.ToArray());
                }
            }
        }

        return grid;
    }

    private static void WriteFooter(IAnsiConsole console, IndicatorTable table)
    {
        var d = table.Diagnostics;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{SuppressedMark} suppressed (disclosure control)   {UndefinedMark} undefined   prices: {table.Prices}   " +
            $"disclosure control: {(table.Disclosure.Enabled ? table.Disclosure.ToString() : "OFF")}"));
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rows read {d.RowsRead}, used {d.RowsUsed}, rejected {d.RowsRejected}, unclassified firm-years {d.UnclassifiedFirmYears}"));
    }

    public static string GroupText(GroupKey group) =>
        group.IsTotal ? "total" : string.Join(", ", group.Pairs.Select(p => $"{GroupDimensions.Id(p.Key)}={p.Value}"));

    /// <summary>A value for people: NOK with thousands separators, ratios in percent, marks for the rest.</summary>
    public static string Format(IndicatorRow row) => row.Status switch
    {
        IndicatorStatus.Suppressed => SuppressedMark,
        IndicatorStatus.Undefined => UndefinedMark,
        _ => row.Unit switch
        {
            IndicatorUnit.Ratio => (row.Value!.Value * 100m).ToString("0.0", CultureInfo.InvariantCulture) + " %",
            IndicatorUnit.Fte => row.Value!.Value.ToString("N1", CultureInfo.InvariantCulture),
            _ => row.Value!.Value.ToString("N0", CultureInfo.InvariantCulture),
        },
    };
}
