using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Display;

/// <summary>
/// <c>ToHtml</c> and <c>ToMarkdown</c> for a <see cref="DisplayTable"/>: the table as a notebook or a document shows it.
/// </summary>
/// <remarks>
/// The HTML is one <c>&lt;div class="helse-display"&gt;</c> element (parses as XML) holding the style sheet and the
/// table; numbers follow <see cref="DisplayOptions.Culture"/>, units are in the column headers, suppressed, undefined
/// and missing cells carry different marks and classes, and at most <see cref="DisplayOptions.MaxRows"/> rows are
/// shown. Thread safety: stateless.
/// </remarks>
public static class DisplayTableDisplay
{
    /// <summary>Writes the table as an HTML fragment.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The HTML.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToHtml(this DisplayTable table, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return DisplayHtml.Html(table, options ?? DisplayOptions.Default);
    }

    /// <summary>Writes the table as GitHub-flavoured Markdown.</summary>
    /// <param name="table">The table.</param>
    /// <param name="options">The display options; null for <see cref="DisplayOptions.Default"/>.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="table"/> is null.</exception>
    public static string ToMarkdown(this DisplayTable table, DisplayOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(table);
        return DisplayHtml.Markdown(table, options ?? DisplayOptions.Default);
    }
}
