namespace HelseIndicators.Aggregation;

/// <summary>
/// Values each kept once and referred to by a dense index (0, 1, 2, … in the order they first came), so that records
/// and cell keys hold a small integer instead of the value. The last value looked up is remembered: consecutive rows
/// usually repeat it.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
/// <remarks>Thread safety: not thread-safe to add to; reading an index that was handed out is safe.</remarks>
internal sealed class IndexTable<T>
    where T : notnull
{
    private readonly List<T> _values = [];
    private readonly Dictionary<T, int> _index;
    private readonly IEqualityComparer<T> _comparer;
    private T _last = default!;
    private int _lastIndex = -1;

    /// <param name="comparer">How values are compared (null: the default comparer).</param>
    public IndexTable(IEqualityComparer<T>? comparer = null)
    {
        _comparer = comparer ?? EqualityComparer<T>.Default;
        _index = new Dictionary<T, int>(_comparer);
    }

    /// <summary>Gets the number of distinct values.</summary>
    public int Count => _values.Count;

    /// <summary>Gets the values, by index.</summary>
    public IReadOnlyList<T> Values => _values;

    /// <summary>Gets the value of an index.</summary>
    public T this[int index] => _values[index];

    /// <summary>The index of a value, added when new.</summary>
    public int IndexOf(T value)
    {
        if (_lastIndex >= 0 && _comparer.Equals(value, _last))
        {
            return _lastIndex;
        }

        if (!_index.TryGetValue(value, out var index))
        {
            index = _values.Count;
            _values.Add(value);
            _index.Add(value, index);
        }

        _last = value;
        _lastIndex = index;
        return index;
    }
}
