using System.Globalization;
using HelseIndicators.Reporting.Tables;
using Spectre.Console;

namespace HelseIndicators.Cli;

/// <summary>Shows a library <see cref="DisplayTable"/> as a Spectre table, with the same marks as the HTML report.</summary>
internal static class DisplayTableConsole
{
    public static void Render(CliContext context, DisplayTable table, CultureInfo culture)
    {
        var grid = new Table().Border(TableBorder.Simple).Title(Markup.Escape(table.Title));
        foreach (var column in table.Columns)
        {
            var header = new TableColumn(Markup.Escape(column.HeaderText));
            grid.AddColumn(column.Format == CellFormat.Text ? header : header.RightAligned());
        }

        foreach (var row in table.Rows)
        {
            grid.AddRow(row.Select((cell, i) => Markup.Escape(Text(cell, table.Columns[i], culture))).ToArray());
        }

        context.Console.Write(grid);
    }

    private static string Text(DisplayCell cell, DisplayColumn column, CultureInfo culture) => cell.Kind switch
    {
        DisplayCellKind.Suppressed => IndicatorConsoleTable.SuppressedMark,
        DisplayCellKind.Undefined => IndicatorConsoleTable.UndefinedMark,
        DisplayCellKind.Missing => "",
        _ when cell.Number is { } n => DisplayFormat.Value(n, column.Format, column.Decimals, culture, compactAmounts: true),
        _ => cell.Text ?? "",
    };
}
