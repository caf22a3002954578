namespace HelseIndicators.Aggregation;

/// <summary>
/// The county names of an aggregate, each kept once and referred to by index (an <see cref="IndexTable{T}"/> of
/// names, compared ordinally), so that records and cell keys hold a small integer instead of a string. Index −1 means
/// no county.
/// </summary>
/// <remarks>Thread safety: not thread-safe to add to; reading an index that was handed out is safe.</remarks>
internal sealed class CountyTable
{
    private readonly IndexTable<string> _names = new(StringComparer.Ordinal);

    /// <summary>Gets the number of distinct counties.</summary>
    public int Count => _names.Count;

    /// <summary>The county of an index (null for −1).</summary>
    public string? NameOf(int index) => index < 0 ? null : _names[index];

    /// <summary>The index of a county, added when new (−1 for null).</summary>
    public int IndexOf(string? county) => county is null ? -1 : _names.IndexOf(county);
}
