using System.Text;

namespace HelseIndicators.Reporting.Tables;

/// <summary>Renders a <see cref="DisplayTable"/> as a GitHub-flavoured Markdown pipe table.</summary>
/// <remarks>
/// The title is written in bold above the table; the alignment row follows each column's alignment
/// (<c>:---</c>, <c>---:</c>, <c>:---:</c>). In text, <c>|</c> is escaped as <c>\|</c>, a backslash as <c>\\</c>,
/// <c>&lt;</c> as <c>&amp;lt;</c> (so no HTML can be injected) and line breaks become spaces. Cells without a value
/// show their mark (see <see cref="CellMarks"/>); the legend of marks and the notes follow the table. Thread safety:
/// stateless, safe to use from any thread.
/// </remarks>
public static class MarkdownTableRenderer
{
    /// <summary>Renders a table as Markdown.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The options.</param>
    /// <returns>The Markdown text, ending with a line break.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Render(DisplayTable table, TableOptions options)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        if (table.Title.Length > 0)
        {
            sb.Append("**").Append(Escape(table.Title)).Append("**\n\n");
        }

        sb.Append('|');
        foreach (var column in table.Columns)
        {
            sb.Append(' ').Append(Escape(column.HeaderText)).Append(" |");
        }

        sb.Append("\n|");
        foreach (var column in table.Columns)
        {
            sb.Append(column.Alignment switch
            {
                ColumnAlignment.Right => " ---: |",
                ColumnAlignment.Center => " :---: |",
                _ => " :--- |",
            });
        }

        sb.Append('\n');
        var shown = TableText.ShownRows(table, options);
        for (var r = 0; r < shown; r++)
        {
            sb.Append('|');
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                sb.Append(' ').Append(Escape(TableText.CellText(row[c], table.Columns[c], options))).Append(" |");
            }

            sb.Append('\n');
        }

        if (shown < table.Rows.Count)
        {
            sb.Append("| ").Append(Escape(options.MoreRowsText(table.Rows.Count - shown))).Append(" |");
            for (var c = 1; c < table.Columns.Count; c++)
            {
                sb.Append("  |");
            }

            sb.Append('\n');
        }

        var legend = TableText.Legend(table, options);
        if (legend.Count > 0 || table.Notes.Count > 0)
        {
            sb.Append('\n');
        }

        if (legend.Count > 0)
        {
            sb.Append(string.Join(" · ", legend.Select(l => "`" + l.Mark + "` " + Escape(l.Label)))).Append('\n');
        }

        foreach (var note in table.Notes)
        {
            sb.Append('\n').Append(Escape(note)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>Escapes text for a Markdown table cell.</summary>
    /// <param name="text">The text; null gives the empty string.</param>
    /// <returns>The text with <c>\</c>, <c>|</c> and <c>&lt;</c> escaped and line breaks made spaces.</returns>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 8);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '\\': sb.Append(@"\\"); break;
                case '|': sb.Append(@"\|"); break;
                case '<': sb.Append("&lt;"); break;
                case '\r': break;
                case '\n': sb.Append(' '); break;
                default: sb.Append(ch); break;
            }
        }

        return sb.ToString();
    }
}
