using System.Text;

namespace HelseIndicators.Reporting;

/// <summary>
/// Encodes user text for HTML, XHTML and SVG output, so that no text given by a user (a firm name, a title, a note) can
/// open an element or an entity.
/// </summary>
/// <remarks>
/// Only the five characters that markup gives a meaning to are replaced (<c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>,
/// <c>"</c>, <c>'</c>); every other character stays as it is, so Norwegian letters and the no-break space of nb-NO
/// numbers are written as UTF-8, not as numeric references. Characters that XML forbids (control characters other
/// than tab, line feed and carriage return, and unpaired surrogates) are replaced by U+FFFD, so the output always
/// parses as XML. Thread safety: stateless, safe to use from any thread.
/// </remarks>
public static class Markup
{
    /// <summary>Encodes text for an element's content or an attribute value (quoted with <c>"</c>).</summary>
    /// <param name="text">The text; null gives the empty string.</param>
    /// <returns>The encoded text.</returns>
    /// <example><c>Markup.Encode("R&amp;D &lt;script&gt;")</c> gives <c>R&amp;amp;D &amp;lt;script&amp;gt;</c>.</example>
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!NeedsEncoding(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        AppendEncoded(sb, text);
        return sb.ToString();
    }

    /// <summary>Appends encoded text to a builder.</summary>
    /// <param name="builder">The builder.</param>
    /// <param name="text">The text; null appends nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    public static void AppendEncoded(StringBuilder builder, string? text)
    {
        ArgumentNullException.ThrowIfNull(builder);
        if (text is null)
        {
            return;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\t' or '\n' or '\r': builder.Append(c); break;
                default:
                    if (c < ' ' || c == '\uFFFE' || c == '\uFFFF')
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[i + 1]);
                        i++;
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }
    }

    private static bool NeedsEncoding(string text)
    {
        foreach (var c in text)
        {
            if (c is '&' or '<' or '>' or '"' or '\'' || (c < ' ' && c is not ('\t' or '\n' or '\r'))
                || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF')
            {
                return true;
            }
        }

        return false;
    }
}
