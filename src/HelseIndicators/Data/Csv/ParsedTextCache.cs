using HelseIndicators.Model;

namespace HelseIndicators.Data.Csv;

/// <summary>
/// The parse of each distinct text of a column (an industry code, a currency), computed once: a column's texts come
/// from a <see cref="Utf8TextPool"/>, one string per value, so the last row's text is recognised by reference and most
/// rows (a firm's rows repeat their code) cost no lookup at all.
/// </summary>
/// <typeparam name="T">The parsed value.</typeparam>
/// <remarks>Not thread-safe; one per column of a read.</remarks>
internal sealed class ParsedTextCache<T>
{
    private readonly Func<string, ParseResult<T>> _parse;
    private readonly Dictionary<string, ParseResult<T>> _parsed = new(StringComparer.Ordinal);
    private string? _lastText;
    private ParseResult<T> _last;

    /// <param name="parse">The parser; called once per distinct text.</param>
    public ParsedTextCache(Func<string, ParseResult<T>> parse) => _parse = parse;

    /// <summary>The parse of <paramref name="text"/>.</summary>
    public ParseResult<T> Get(string text)
    {
        if (!ReferenceEquals(text, _lastText))
        {
            if (!_parsed.TryGetValue(text, out var parsed))
            {
                parsed = _parse(text);
                _parsed[text] = parsed;
            }

            _lastText = text;
            _last = parsed;
        }

        return _last;
    }
}
