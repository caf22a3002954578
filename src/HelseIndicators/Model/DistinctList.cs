namespace HelseIndicators.Model;

/// <summary>
/// Parses a comma-separated list of distinct items, such as the command line's <c>--by segment,county</c> or
/// <c>--indicators revenue,export_share</c>: each item parsed in turn, the first bad or repeated one named.
/// </summary>
/// <remarks>Thread safety: stateless.</remarks>
internal static class DistinctList
{
    /// <summary>Parses the items of a list (not blank) in the order given.</summary>
    /// <param name="list">The list.</param>
    /// <param name="parse">Parses one item (surrounding spaces are its to ignore).</param>
    /// <param name="noun">What an item is, for the message of a repeated one ("dimension", "indicator").</param>
    /// <param name="name">An item's text, for that message.</param>
    /// <returns>The distinct items, or the failure of the first bad item, or "the NOUN 'NAME' is given twice".</returns>
    public static ParseResult<IReadOnlyList<T>> Parse<T>(string list, Func<string, ParseResult<T>> parse, string noun, Func<T, string> name)
    {
        var result = new List<T>();
        foreach (var part in list.Split(','))
        {
            var parsed = parse(part);
            if (!parsed.Success)
            {
                return ParseResult<IReadOnlyList<T>>.ForError(parsed.Error!);
            }

            if (result.Contains(parsed.Value))
            {
                return ParseResult<IReadOnlyList<T>>.ForError($"the {noun} '{name(parsed.Value)}' is given twice");
            }

            result.Add(parsed.Value);
        }

        return ParseResult<IReadOnlyList<T>>.ForValue(result);
    }
}
