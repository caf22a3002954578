using System.Text;

namespace HelseIndicators.Reporting.Tables;

/// <summary>Renders a <see cref="DisplayTable"/> as aligned monospace text, for logs and terminals.</summary>
/// <remarks>
/// Columns are separated by two spaces and padded to their widest cell; numbers align right; a line of dashes
/// separates the headers from the rows. Line breaks inside text become spaces. Widths count UTF-16 characters, which
/// is exact for Norwegian text. Thread safety: stateless, safe to use from any thread.
/// </remarks>
public static class TextTableRenderer
{
    /// <summary>Renders a table as monospace text.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The options.</param>
    /// <returns>The text, one line per row, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Render(DisplayTable table, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var shown = TableText.ShownRows(table, options);
        var lines = new List<string[]> { table.Columns.Select(c => Flatten(c.HeaderText)).ToArray() };
        for (var r = 0; r < shown; r++)
        {
            lines.Add(table.Rows[r].Select((cell, c) => Flatten(TableText.CellText(cell, table.Columns[c], options))).ToArray());
        }

        var widths = new int[table.Columns.Count];
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                widths[c] = Math.Max(widths[c], line[c].Length);
            }
        }

        var sb = new StringBuilder();
        if (table.Title.Length > 0)
        {
            sb.Append(Flatten(table.Title)).Append('\n');
        }

        for (var i = 0; i < lines.Count; i++)
        {
            AppendLine(sb, lines[i], widths, table.Columns);
            if (i == 0)
            {
                sb.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
            }
        }

        if (shown < table.Rows.Count)
        {
            sb.Append(options.MoreRowsText(table.Rows.Count - shown)).Append('\n');
        }

        var legend = TableText.Legend(table, options);
        if (legend.Count > 0)
        {
            sb.Append(string.Join("  ", legend.Select(l => l.Mark + " " + l.Label))).Append('\n');
        }

        foreach (var note in table.Notes)
        {
            sb.Append(Flatten(note)).Append('\n');
        }

        return sb.ToString();
    }

    private static void AppendLine(StringBuilder sb, string[] cells, int[] widths, IReadOnlyList<DisplayColumn> columns)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            if (c > 0)
            {
                line.Append("  ");
            }

            var pad = widths[c] - cells[c].Length;
            switch (columns[c].Alignment)
            {
                case ColumnAlignment.Right:
                    line.Append(' ', pad).Append(cells[c]);
                    break;
                case ColumnAlignment.Center:
                    line.Append(' ', pad / 2).Append(cells[c]).Append(' ', pad - (pad / 2));
                    break;
                default:
                    line.Append(cells[c]).Append(' ', pad);
                    break;
            }
        }

        sb.Append(line.ToString().TrimEnd(' ')).Append('\n');
    }

    private static string Flatten(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ');
}
