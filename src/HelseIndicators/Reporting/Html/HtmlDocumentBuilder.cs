using System.Globalization;
using System.Text;
using HelseIndicators.Reporting.Charts;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Html;

/// <summary>
/// Builds a self-contained HTML5 page: a title, notice boxes, a table of contents, nested sections with headings,
/// paragraphs, definition lists, figures wrapping SVG charts, and tables from <see cref="DisplayTable"/>.
/// </summary>
/// <remarks>
/// The page has <c>&lt;meta charset="utf-8"&gt;</c>, a <c>lang</c> attribute from the culture ("nb" for Norwegian,
/// else the culture's two-letter language, "en" for the invariant culture), inline CSS only (with print rules), no
/// script and nothing loaded from the network. All text given to the builder is encoded, except what goes through
/// <see cref="AddTrustedHtml"/> and <see cref="AddFigure(string, string?)"/>, which take markup as it is. The markup
/// is XHTML-compatible (void elements are closed, no named entities), so the page also parses as XML.
/// Sections nest: <see cref="BeginSection"/> opens one inside the current section and <see cref="EndSection"/>
/// closes it; the title is the <c>&lt;h1&gt;</c>, top-level sections <c>&lt;h2&gt;</c>, and so on down to
/// <c>&lt;h6&gt;</c>. Sections get the ids "section-1", "section-2", … in document order, figures are numbered
/// ("Figur 1." / "Figure 1."). Sections left open are closed by <see cref="ToHtml"/>.
/// Equality: by reference. Thread safety: a builder is mutable and not safe to share; the HTML is a string.
/// </remarks>
/// <example>
/// <code>
/// var html = new HtmlDocumentBuilder("Helsenæringens verdi", CultureInfo.GetCultureInfo("nb-NO"))
///     .AddNotice("Tallene bygger på syntetiske data.", NoticeKind.Warning, "Syntetiske data")
///     .AddTableOfContents()
///     .BeginSection("Omsetning")
///         .AddParagraph("Omsetningen økte fra 47 til 52 mrd. kr.")
///         .AddFigure(chart, "Omsetning per år")
///     .EndSection()
///     .ToHtml();
/// </code>
/// </example>
public sealed class HtmlDocumentBuilder
{
    /// <summary>The page's style sheet: readable, print-friendly, and free of characters that need escaping in XML.</summary>
    public const string DefaultStyle =
        ":root{color-scheme:light}"
        + "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Helvetica Neue',Arial,sans-serif;line-height:1.5;color:#1a1a1a;background:#fff;max-width:72rem;margin:0 auto;padding:1.5rem}"
        + ".table-wrap{overflow-x:auto;margin:0.8em 0}.table-wrap table{font-size:0.9em}"
        + ".table-wrap thead th,.table-wrap thead th.num{white-space:normal;vertical-align:bottom}.table-wrap tbody td:first-child{min-width:11em}"
        + "h1{font-size:1.9rem;margin:0.2em 0 0.6em}h2{font-size:1.45rem;margin-top:1.8em;border-bottom:1px solid #ccc;padding-bottom:0.15em}"
        + "h3{font-size:1.2rem;margin-top:1.4em}h4,h5,h6{font-size:1rem}"
        + ".notice{border-left:6px solid #5b7083;background:#eef2f6;padding:0.6em 1em;margin:1em 0}"
        + ".notice.warning{border:2px solid #b26b00;border-left-width:8px;background:#fff4e0}"
        + ".notice strong{display:block}"
        + "nav.toc{background:#f6f6f6;padding:0.6em 1.2em;margin:1em 0}nav.toc h2{font-size:1.1rem;border:none;margin:0.3em 0}"
        + "nav.toc ol{margin:0.2em 0;padding-left:1.4em}"
        + "figure{margin:1.2em 0;break-inside:avoid}figure svg{max-width:100%;height:auto;display:block}"
        + "figcaption{font-size:0.92em;color:#333;margin-top:0.4em}"
        + "dl{display:grid;grid-template-columns:max-content auto;gap:0.2em 1.2em}dt{font-weight:600}dd{margin:0}"
        + "footer{margin-top:3em;font-size:0.85em;color:#555;border-top:1px solid #ccc;padding-top:0.5em}"
        + "@media print{body{max-width:none;padding:0;font-size:10.5pt}nav.toc{background:none;border:1px solid #999}"
        + ".notice,.notice.warning{background:none;border:2px solid #000}h2,h3{break-after:avoid}table,figure{break-inside:avoid}"
        + "a{color:inherit;text-decoration:none}}";

    private readonly Section _root;
    private readonly Stack<Section> _open = new();
    private int _sectionCount;
    private int _figureCount;

    /// <summary>Creates a builder.</summary>
    /// <param name="title">The page title (the <c>&lt;title&gt;</c> and the <c>&lt;h1&gt;</c>).</param>
    /// <param name="culture">The culture of the page's language and of its numbers.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public HtmlDocumentBuilder(string title, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(culture);
        Title = title;
        Culture = culture;
        _root = new Section("", "", 1);
        _open.Push(_root);
    }

    /// <summary>Gets the page title.</summary>
    public string Title { get; }

    /// <summary>Gets the culture.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Gets the language code written in the <c>lang</c> attribute: "nb", "en", or the culture's two-letter language.</summary>
    public string Language => DisplayFormat.IsNorwegian(Culture) ? "nb"
        : Culture.TwoLetterISOLanguageName is { Length: 2 } l && l != "iv" ? l : "en";

    /// <summary>Gets or sets a footer line (such as what made the page); null for none.</summary>
    public string? Footer { get; set; }

    /// <summary>Adds a notice box, for "synthetic data" or "disclosure control off".</summary>
    /// <param name="text">The text.</param>
    /// <param name="kind">The kind; default <see cref="NoticeKind.Warning"/>.</param>
    /// <param name="heading">A short heading shown in bold; optional.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public HtmlDocumentBuilder AddNotice(string text, NoticeKind kind = NoticeKind.Warning, string? heading = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sb = new StringBuilder();
        sb.Append("<aside class=\"notice").Append(kind == NoticeKind.Warning ? " warning" : " info").Append("\" role=\"note\">");
        if (!string.IsNullOrWhiteSpace(heading))
        {
            sb.Append("<strong>").Append(Markup.Encode(heading)).Append("</strong>");
        }

        sb.Append(Markup.Encode(text)).Append("</aside>\n");
        return Add(new Block(sb.ToString()));
    }

    /// <summary>Adds the table of contents here: a list of links to every section of the page, nested.</summary>
    /// <returns>This builder.</returns>
    public HtmlDocumentBuilder AddTableOfContents() => Add(new TableOfContents());

    /// <summary>Opens a section inside the current one; its heading is one level below the current section's.</summary>
    /// <param name="heading">The heading.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="heading"/> is null.</exception>
    /// <exception cref="InvalidOperationException">Sections are nested deeper than five levels (h2–h6).</exception>
    public HtmlDocumentBuilder BeginSection(string heading)
    {
        ArgumentNullException.ThrowIfNull(heading);
        var level = _open.Peek().Level + 1;
        if (level > 6)
        {
            throw new InvalidOperationException("Sections can nest at most five levels deep (h2 to h6).");
        }

        _sectionCount++;
        var section = new Section(heading, "section-" + _sectionCount.ToString(CultureInfo.InvariantCulture), level);
        Add(section);
        _open.Push(section);
        return this;
    }

    /// <summary>Closes the current section.</summary>
    /// <returns>This builder.</returns>
    /// <exception cref="InvalidOperationException">No section is open.</exception>
    public HtmlDocumentBuilder EndSection()
    {
        if (_open.Count == 1)
        {
            throw new InvalidOperationException("No section is open.");
        }

        _open.Pop();
        return this;
    }

    /// <summary>Adds a paragraph of text (encoded; line breaks are kept as spaces).</summary>
    /// <param name="text">The text.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public HtmlDocumentBuilder AddParagraph(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Add(new Block("<p>" + Markup.Encode(text) + "</p>\n"));
    }

    /// <summary>Adds a definition list: terms and their descriptions, such as indicator definitions or options used.</summary>
    /// <param name="items">The terms and descriptions, in order.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public HtmlDocumentBuilder AddDefinitionList(IEnumerable<KeyValuePair<string, string>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var sb = new StringBuilder("<dl>\n");
        foreach (var (term, description) in items)
        {
            sb.Append("<dt>").Append(Markup.Encode(term)).Append("</dt><dd>").Append(Markup.Encode(description)).Append("</dd>\n");
        }

        sb.Append("</dl>\n");
        return Add(new Block(sb.ToString()));
    }

    /// <summary>Adds a figure holding a chart, with a numbered caption.</summary>
    /// <param name="chart">The chart; its SVG is inlined, without the title drawn in the image when the caption shows one.</param>
    /// <param name="caption">The caption; null uses the chart's title.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="chart"/> is null.</exception>
    public HtmlDocumentBuilder AddFigure(Chart chart, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        caption ??= chart.Title;

        // The caption shows the title: drawing it in the image too would say it twice.
        return AddFigure(chart.RenderSvg(showTitle: string.IsNullOrWhiteSpace(caption) && chart.ShowTitle), caption);
    }

    /// <summary>Adds a figure holding SVG markup, with a numbered caption.</summary>
    /// <param name="svgMarkup">The SVG markup, inserted as it is: pass only markup you produced (such as <see cref="Chart.ToSvg"/>).</param>
    /// <param name="caption">The caption (encoded); null or empty for the number alone.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="svgMarkup"/> is null.</exception>
    public HtmlDocumentBuilder AddFigure(string svgMarkup, string? caption)
    {
        ArgumentNullException.ThrowIfNull(svgMarkup);
        _figureCount++;
        var number = _figureCount.ToString(CultureInfo.InvariantCulture);
        var label = (DisplayFormat.IsNorwegian(Culture) ? "Figur " : "Figure ") + number + ".";
        var sb = new StringBuilder();
        sb.Append("<figure id=\"figure-").Append(number).Append("\">\n").Append(svgMarkup);
        if (!svgMarkup.EndsWith('\n'))
        {
            sb.Append('\n');
        }

        sb.Append("<figcaption><span class=\"figure-number\">").Append(label).Append("</span>");
        if (!string.IsNullOrWhiteSpace(caption))
        {
            sb.Append(' ').Append(Markup.Encode(caption));
        }

        sb.Append("</figcaption>\n</figure>\n");
        return Add(new Block(sb.ToString()));
    }

    /// <summary>Adds a table.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The options; null uses the page's culture and the defaults. The page's style already covers the class "helse-table".</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public HtmlDocumentBuilder AddTable(DisplayTable table, TableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return Add(new Block("<div class=\"table-wrap\">\n" + HtmlTableRenderer.Render(table, options ?? new TableOptions(Culture)) + "</div>\n"));
    }

    /// <summary>Adds markup as it is, without encoding. Pass only markup you produced; it should be XHTML-compatible.</summary>
    /// <param name="html">The markup.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public HtmlDocumentBuilder AddTrustedHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        return Add(new Block(html.EndsWith('\n') ? html : html + "\n"));
    }

    /// <summary>Writes the page.</summary>
    /// <returns>The HTML5 document, starting with <c>&lt;!DOCTYPE html&gt;</c>.</returns>
    public string ToHtml()
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"").Append(Language).Append("\">\n<head>\n<meta charset=\"utf-8\" />\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n")
            .Append("<meta name=\"generator\" content=\"HelseIndicators\" />\n")
            .Append("<title>").Append(Markup.Encode(Title)).Append("</title>\n")
            .Append("<style>").Append(DefaultStyle).Append(HtmlTableRenderer.DefaultStyle).Append("</style>\n")
            .Append("</head>\n<body>\n<main>\n<h1>").Append(Markup.Encode(Title)).Append("</h1>\n");
        foreach (var node in _root.Children)
        {
            Write(node, sb);
        }

        sb.Append("</main>\n");
        if (!string.IsNullOrWhiteSpace(Footer))
        {
            sb.Append("<footer><p>").Append(Markup.Encode(Footer)).Append("</p></footer>\n");
        }

        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    private HtmlDocumentBuilder Add(Node node)
    {
        _open.Peek().Children.Add(node);
        return this;
    }

    private void Write(Node node, StringBuilder sb)
    {
        switch (node)
        {
            case Block block:
                sb.Append(block.Html);
                break;
            case TableOfContents:
                WriteTableOfContents(sb);
                break;
            case Section section:
                var level = section.Level.ToString(CultureInfo.InvariantCulture);
                sb.Append("<section id=\"").Append(section.Id).Append("\" aria-labelledby=\"").Append(section.Id).Append("-heading\">\n")
                    .Append("<h").Append(level).Append(" id=\"").Append(section.Id).Append("-heading\">")
                    .Append(Markup.Encode(section.Heading)).Append("</h").Append(level).Append(">\n");
                foreach (var child in section.Children)
                {
                    Write(child, sb);
                }

                sb.Append("</section>\n");
                break;
        }
    }

    private void WriteTableOfContents(StringBuilder sb)
    {
        var heading = DisplayFormat.IsNorwegian(Culture) ? "Innhold" : "Contents";
        sb.Append("<nav class=\"toc\" aria-label=\"").Append(heading).Append("\">\n<h2>").Append(heading).Append("</h2>\n");
        WriteTocList(_root, sb);
        sb.Append("</nav>\n");
    }

    private static void WriteTocList(Section parent, StringBuilder sb)
    {
        var sections = parent.Children.OfType<Section>().ToList();
        if (sections.Count == 0)
        {
            return;
        }

        sb.Append("<ol>\n");
        foreach (var section in sections)
        {
            sb.Append("<li><a href=\"#").Append(section.Id).Append("\">").Append(Markup.Encode(section.Heading)).Append("</a>");
            if (section.Children.OfType<Section>().Any())
            {
                sb.Append('\n');
                WriteTocList(section, sb);
            }

            sb.Append("</li>\n");
        }

        sb.Append("</ol>\n");
    }

    private abstract class Node;

    private sealed class Block(string html) : Node
    {
        public string Html { get; } = html;
    }

    private sealed class TableOfContents : Node;

    private sealed class Section(string heading, string id, int level) : Node
    {
        public string Heading { get; } = heading;

        public string Id { get; } = id;

        public int Level { get; } = level;

        public List<Node> Children { get; } = [];
    }
}
