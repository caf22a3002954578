namespace HelseIndicators.Data;

/// <summary>
/// The quoting rule of the comma-separated files the library writes (indicator tables, tidy JSON-stat, survey
/// proportions): RFC 4180, plus quotes around text with leading or trailing blanks.
/// </summary>
/// <remarks>
/// A field is quoted when it holds a comma, a quote, CR or LF (RFC 4180; a quote is doubled inside), or starts or ends
/// with a space or a tab, so that readers that trim unquoted fields (the library's own among them) keep the blanks.
/// Any RFC 4180 reader reads every field back as written. Thread safety: stateless.
/// </remarks>
internal static class CsvQuoting
{
    /// <summary>The field as it goes into the file: as it is, or quoted with its quotes doubled.</summary>
    /// <param name="text">The field's text.</param>
    /// <returns><paramref name="text"/> itself when it needs no quotes.</returns>
    public static string Quote(string text) =>
        NeedsQuotes(text) ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;

    /// <summary>Whether <see cref="Quote"/> quotes the text.</summary>
    /// <param name="text">The field's text.</param>
    /// <returns>True when it holds a comma, a quote, CR or LF, or starts or ends with a space or a tab.</returns>
    public static bool NeedsQuotes(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (text.Length > 0 && (text[0] is ' ' or '\t' || text[^1] is ' ' or '\t'));
}
