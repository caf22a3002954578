namespace HelseIndicators.Aggregation;

/// <summary>
/// The county names of an aggregate, each kept once and referred to by index, so that records and cell keys hold a
/// small integer instead of a string. Index −1 means no county.
/// </summary>
/// <remarks>Thread safety: not thread-safe to add to; reading an index that was handed out is safe.</remarks>
internal sealed class CountyTable
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private string? _last;
    private int _lastIndex = -1;

    /// <summary>Gets the number of distinct counties.</summary>
    public int Count => _names.Count;

    /// <summary>The county of an index (null for −1).</summary>
    public string? NameOf(int index) => index < 0 ? null : _names[index];

    /// <summary>The index of a county, added when new (−1 for null).</summary>
    public int IndexOf(string? county)
    {
        if (county is null)
        {
            return -1;
        }

        // The reader pools county names, so consecutive rows usually hold the very same string.
        if (ReferenceEquals(county, _last))
        {
            return _lastIndex;
        }

        if (!_index.TryGetValue(county, out var index))
        {
            index = _names.Count;
            _names.Add(county);
            _index.Add(county, index);
        }

        _last = county;
        _lastIndex = index;
        return index;
    }
}
