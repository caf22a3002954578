namespace HelseIndicators.Data.JsonStat;

/// <summary>
/// The values of a dataset: dense (one slot per cell) or sparse (sorted positions, binary search), so a sparse
/// <c>value</c> object costs memory by what it holds, not by the cell count. Immutable once built.
/// </summary>
internal sealed class JsonStatCellStore
{
    internal const byte KindNull = 0;
    internal const byte KindNumber = 1;
    internal const byte KindText = 2;
    internal const byte KindInexactNumber = 3;

    private readonly long[]? _positions;
    private readonly byte[] _kinds;
    private readonly double[] _numbers;
    private readonly decimal[] _exact;
    private readonly string?[]? _texts;

    internal static JsonStatCellStore Empty { get; } = new(null, [], [], [], null);

    internal JsonStatCellStore(long[]? positions, byte[] kinds, double[] numbers, decimal[] exact, string?[]? texts)
    {
        _positions = positions;
        _kinds = kinds;
        _numbers = numbers;
        _exact = exact;
        _texts = texts;
    }

    /// <summary>Gets the number of entries the document gave (array length or object keys).</summary>
    internal int ProvidedCount => _kinds.Length;

    internal int NonNullCount => _kinds.Count(k => k != KindNull);

    internal void Get(long position, out double? value, out decimal? exact, out string? text)
    {
        value = null;
        exact = null;
        text = null;
        long slot;
        if (_positions is null)
        {
            slot = position < _kinds.Length ? position : -1;
        }
        else
        {
            slot = Array.BinarySearch(_positions, position);
        }

        if (slot < 0)
        {
            return;
        }

        switch (_kinds[slot])
        {
            case KindNumber:
                value = _numbers[slot];
                exact = _exact[slot];
                break;
            case KindInexactNumber:
                value = _numbers[slot];
                break;
            case KindText:
                text = _texts![slot];
                break;
            default:
                break;
        }
    }
}

/// <summary>The statuses of a dataset: none, one for every cell, dense, or sparse. Immutable once built.</summary>
internal sealed class JsonStatStatusStore
{
    private readonly string? _all;
    private readonly long[]? _positions;
    private readonly string?[]? _values;

    internal static JsonStatStatusStore None { get; } = new(null, null, null);

    internal JsonStatStatusStore(string? all, long[]? positions, string?[]? values)
    {
        _all = all;
        _positions = positions;
        _values = values;
    }

    internal string? Get(long position)
    {
        if (_all is not null)
        {
            return _all;
        }

        if (_values is null)
        {
            return null;
        }

        if (_positions is null)
        {
            return position < _values.Length ? _values[position] : null;
        }

        var i = Array.BinarySearch(_positions, position);
        return i >= 0 ? _values[i] : null;
    }
}
