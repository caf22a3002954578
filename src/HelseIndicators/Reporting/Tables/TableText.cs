namespace HelseIndicators.Reporting.Tables;

/// <summary>What every renderer shares: the text of a cell, the row cap and the legend of marks.</summary>
internal static class TableText
{
    public static string CellText(DisplayCell cell, DisplayColumn column, TableOptions options) => cell.Kind switch
    {
        DisplayCellKind.Ok when cell.Number is { } n =>
            DisplayFormat.Value(n, column.Format, column.Decimals, options.Culture, options.CompactAmounts),
        DisplayCellKind.Ok => cell.Text ?? "",
        _ => options.Marks.MarkOf(cell.Kind),
    };

    public static int ShownRows(DisplayTable table, TableOptions options) =>
        options.MaxRows is { } max && table.Rows.Count > max ? max : table.Rows.Count;

    /// <summary>The marks used in the shown rows, in the order suppressed, undefined, missing, with their labels.</summary>
    public static IReadOnlyList<(DisplayCellKind Kind, string Mark, string Label)> Legend(DisplayTable table, TableOptions options)
    {
        if (!options.ShowMarkLegend)
        {
            return [];
        }

        var shown = ShownRows(table, options);
        var used = new HashSet<DisplayCellKind>();
        for (var r = 0; r < shown; r++)
        {
            foreach (var cell in table.Rows[r])
            {
                used.Add(cell.Kind);
            }
        }

        return new[] { DisplayCellKind.Suppressed, DisplayCellKind.Undefined, DisplayCellKind.Missing }
            .Where(used.Contains)
            .Select(k => (k, options.Marks.MarkOf(k), CellMarks.LabelOf(k, options.Culture)))
            .ToArray();
    }

    public static string CssClassOf(DisplayCellKind kind) => kind switch
    {
        DisplayCellKind.Suppressed => "suppressed",
        DisplayCellKind.Undefined => "undefined",
        DisplayCellKind.Missing => "missing",
        _ => "",
    };
}
