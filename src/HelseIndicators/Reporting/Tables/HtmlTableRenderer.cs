using System.Globalization;
using System.Text;

namespace HelseIndicators.Reporting.Tables;

/// <summary>
/// Renders a <see cref="DisplayTable"/> as a plain HTML <c>&lt;table&gt;</c> (in the spirit of pandas'
/// <c>to_html</c>), with encoded text, culture-formatted numbers and distinct marks for suppressed, undefined and
/// missing cells.
/// </summary>
/// <remarks>
/// Markup: <c>&lt;table class="helse-table"&gt;</c> with a <c>&lt;caption&gt;</c> (the title), a <c>&lt;thead&gt;</c>
/// of <c>&lt;th scope="col"&gt;</c> headers showing the unit ("Revenue (NOK)"), a <c>&lt;tbody&gt;</c>, and a
/// <c>&lt;tfoot&gt;</c> with the legend of marks and the notes. Numeric cells have the class <c>num</c>; a cell
/// without a value has the class <c>suppressed</c>, <c>undefined</c> or <c>missing</c>, its mark as text (see
/// <see cref="CellMarks"/>) and a <c>title</c> attribute giving the reason. When rows are capped the last body row
/// has the class <c>more</c> and says "(N more)". The output is XHTML-compatible (it parses as XML) and needs no
/// JavaScript. Thread safety: stateless, safe to use from any thread.
/// </remarks>
public static class HtmlTableRenderer
{
    /// <summary>The small style block written when <see cref="TableOptions.IncludeStyle"/> is set; it styles the class "helse-table".</summary>
    public const string DefaultStyle =
        ".helse-table{border-collapse:collapse;font-variant-numeric:tabular-nums;margin:0.5em 0;font-size:0.95em}"
        + ".helse-table caption{text-align:left;font-weight:600;padding:0.3em 0}"
        + ".helse-table th,.helse-table td{padding:0.25em 0.6em;border-bottom:1px solid #d0d0d0;vertical-align:top}"
        + ".helse-table thead th{border-bottom:2px solid #333;text-align:left}"
        + ".helse-table .num{text-align:right;white-space:nowrap}"
        + ".helse-table .center{text-align:center}"
        + ".helse-table .suppressed,.helse-table .undefined,.helse-table .missing{color:#333;text-align:center;font-weight:700}"
        + ".helse-table .suppressed{background:#f3f3f3}"
        + ".helse-table tr.more td{font-style:italic;color:#555}"
        + ".helse-table tfoot td{font-size:0.85em;color:#444;border-bottom:none}"
        + ".helse-table tbody tr:nth-child(even){background:#fafafa}";

    /// <summary>Renders a table as HTML.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The options (culture, row cap, compact amounts, marks, style).</param>
    /// <returns>The HTML fragment: an optional <c>&lt;style&gt;</c> block and the <c>&lt;table&gt;</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static string Render(DisplayTable table, TableOptions options)
    {
        var sb = new StringBuilder();
        Render(table, options, sb);
        return sb.ToString();
    }

    /// <summary>Renders a table as HTML into a builder.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The options.</param>
    /// <param name="output">The builder written to.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Render(DisplayTable table, TableOptions options, StringBuilder output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var culture = options.Culture;
        if (options.IncludeStyle)
        {
            output.Append("<style>").Append(DefaultStyle.Replace("helse-table", CssName(options.CssClass), StringComparison.Ordinal)).Append("</style>\n");
        }

        output.Append("<table class=\"").Append(CssName(options.CssClass)).Append("\">\n");
        if (table.Title.Length > 0)
        {
            output.Append("<caption>").Append(Markup.Encode(table.Title)).Append("</caption>\n");
        }

        output.Append("<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            output.Append("<th scope=\"col\"");
            AppendClass(output, AlignClass(column));
            output.Append('>').Append(Markup.Encode(column.HeaderText)).Append("</th>");
        }

        output.Append("</tr>\n</thead>\n<tbody>\n");
        var shown = TableText.ShownRows(table, options);
        for (var r = 0; r < shown; r++)
        {
            output.Append("<tr>");
            var row = table.Rows[r];
            for (var c = 0; c < row.Count; c++)
            {
                var cell = row[c];
                var column = table.Columns[c];
                output.Append("<td");
                var cls = cell.Kind == DisplayCellKind.Ok ? AlignClass(column) : TableText.CssClassOf(cell.Kind);
                AppendClass(output, cls);
                var tooltip = CellMarks.TooltipOf(cell, culture);
                if (tooltip is not null)
                {
                    output.Append(" title=\"").Append(Markup.Encode(tooltip)).Append('"');
                }

                output.Append('>').Append(Markup.Encode(TableText.CellText(cell, column, options))).Append("</td>");
            }

            output.Append("</tr>\n");
        }

        if (shown < table.Rows.Count)
        {
            output.Append("<tr class=\"more\"><td colspan=\"")
                .Append(table.Columns.Count.ToString(CultureInfo.InvariantCulture)).Append("\">")
                .Append(Markup.Encode(options.MoreRowsText(table.Rows.Count - shown))).Append("</td></tr>\n");
        }

        output.Append("</tbody>\n");
        var legend = TableText.Legend(table, options);
        if (legend.Count > 0 || table.Notes.Count > 0)
        {
            var colspan = table.Columns.Count.ToString(CultureInfo.InvariantCulture);
            output.Append("<tfoot>\n");
            if (legend.Count > 0)
            {
                output.Append("<tr class=\"legend\"><td colspan=\"").Append(colspan).Append("\">");
                for (var i = 0; i < legend.Count; i++)
                {
                    if (i > 0)
                    {
                        output.Append(" · ");
                    }

                    output.Append("<span class=\"").Append(TableText.CssClassOf(legend[i].Kind)).Append("\">")
                        .Append(Markup.Encode(legend[i].Mark)).Append("</span> ").Append(Markup.Encode(legend[i].Label));
                }

                output.Append("</td></tr>\n");
            }

            foreach (var note in table.Notes)
            {
                output.Append("<tr class=\"note\"><td colspan=\"").Append(colspan).Append("\">")
                    .Append(Markup.Encode(note)).Append("</td></tr>\n");
            }

            output.Append("</tfoot>\n");
        }

        output.Append("</table>\n");
    }

    private static string CssName(string cssClass)
    {
        // The class goes into a style sheet: keep only characters that cannot end the rule or the element.
        var safe = new string(cssClass.Where(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_').ToArray());
        return safe.Length == 0 ? "helse-table" : safe;
    }

    private static string AlignClass(DisplayColumn column) => column.Alignment switch
    {
        ColumnAlignment.Right => "num",
        ColumnAlignment.Center => "center",
        _ => "",
    };

    private static void AppendClass(StringBuilder output, string cls)
    {
        if (cls.Length > 0)
        {
            output.Append(" class=\"").Append(cls).Append('"');
        }
    }
}
