using System.Text;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// Writes one or more display tables, with notes, as one HTML fragment or one Markdown text: the shared shape of every
/// <c>ToHtml</c> and <c>ToMarkdown</c> in this namespace.
/// </summary>
/// <remarks>
/// The HTML is a single <c>&lt;div class="helse-display"&gt;</c> element that parses as XML: the style sheet (when
/// <see cref="DisplayOptions.IncludeStyle"/>), the tables, then the notes as <c>&lt;p class="helse-note"&gt;</c>. All
/// text is HTML-encoded. Thread safety: stateless.
/// </remarks>
internal static class DisplayHtml
{
    internal const string RootClass = "helse-display";

    internal static string Html(IEnumerable<DisplayTable> tables, DisplayOptions options, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sb = new StringBuilder();
        sb.Append("<div class=\"").Append(RootClass).Append("\">\n");
        if (options.IncludeStyle)
        {
            sb.Append("<style>").Append(HtmlTableRenderer.DefaultStyle)
                .Append(".helse-note{font-size:0.85em;color:#444;margin:0.2em 0}</style>\n");
        }

        var tableOptions = (options with { IncludeStyle = false }).ToTableOptions();
        foreach (var table in tables)
        {
            HtmlTableRenderer.Render(table, tableOptions, sb);
        }

        foreach (var note in notes ?? [])
        {
            sb.Append("<p class=\"helse-note\">").Append(Markup.Encode(note)).Append("</p>\n");
        }

        sb.Append("</div>\n");
        return sb.ToString();
    }

    internal static string Html(DisplayTable table, DisplayOptions options, IEnumerable<string>? notes = null) =>
        Html([table], options, notes);

    internal static string Markdown(IEnumerable<DisplayTable> tables, DisplayOptions options, IEnumerable<string>? notes = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var tableOptions = options.ToTableOptions();
        var parts = tables.Select(t => MarkdownTableRenderer.Render(t, tableOptions).TrimEnd('\n')).ToList();
        var noteList = (notes ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).ToList();
        if (noteList.Count > 0)
        {
            parts.Add(string.Join("\n\n", noteList.Select(MarkdownTableRenderer.Escape)));
        }

        return string.Join("\n\n", parts) + "\n";
    }

    internal static string Markdown(DisplayTable table, DisplayOptions options, IEnumerable<string>? notes = null) =>
        Markdown([table], options, notes);
}
