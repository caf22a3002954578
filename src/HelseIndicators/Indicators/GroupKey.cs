using System.Text;

namespace HelseIndicators.Indicators;

/// <summary>
/// The group an indicator row describes: ordered (dimension, value) pairs, such as
/// {segment = pharma, county = Oslo}; <see cref="Total"/> (no pairs) is all classified firms.
/// </summary>
/// <remarks>
/// Values: a segment id, a link id, the county text as given ("unknown" when a row has none), a size-class id
/// ("micro", "small", "medium", "large", "unknown"). Pairs are kept in <see cref="GroupDimension"/> order whatever
/// the order given, and a dimension appears at most once. Equality: the same pairs (ordinal values). Ordering
/// (<see cref="CompareTo"/>): fewer dimensions first (the total first), then dimension by dimension, values
/// ordinally; tables may use a taxonomy-aware order instead (see IndicatorTable). Text form: "total" or
/// "segment=pharma;county=Oslo". Thread safety: immutable, safe to share.
/// </remarks>
public sealed class GroupKey : IEquatable<GroupKey>, IComparable<GroupKey>
{
    private readonly KeyValuePair<GroupDimension, string>[] _pairs;
    private readonly int _hash;

    private GroupKey(KeyValuePair<GroupDimension, string>[] pairs)
    {
        _pairs = pairs;
        var hash = default(HashCode);
        foreach (var (d, v) in pairs)
        {
            hash.Add(d);
            hash.Add(v, StringComparer.Ordinal);
        }

        _hash = hash.ToHashCode();
    }

    /// <summary>Gets the grand total: all classified firms, no dimensions.</summary>
    public static GroupKey Total { get; } = new([]);

    /// <summary>Gets the (dimension, value) pairs in dimension order.</summary>
    public IReadOnlyList<KeyValuePair<GroupDimension, string>> Pairs => _pairs;

    /// <summary>Gets the dimensions in dimension order.</summary>
    public IReadOnlyList<GroupDimension> Dimensions => Array.ConvertAll(_pairs, p => p.Key);

    /// <summary>Gets whether this is the grand total.</summary>
    public bool IsTotal => _pairs.Length == 0;

    /// <summary>Creates a one-dimensional key.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="value">The value, such as "pharma".</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty.</exception>
    public static GroupKey Of(GroupDimension dimension, string value) => Total.With(dimension, value);

    /// <summary>Creates a key from pairs in any order.</summary>
    /// <param name="pairs">The pairs; a dimension may appear once.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">A value is empty or a dimension appears twice.</exception>
    public static GroupKey Create(IEnumerable<KeyValuePair<GroupDimension, string>> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var key = Total;
        foreach (var (d, v) in pairs)
        {
            if (key.TryGetValue(d, out _))
            {
                throw new ArgumentException($"The dimension {GroupDimensions.Id(d)} appears twice.", nameof(pairs));
            }

            key = key.With(d, v);
        }

        return key;
    }

    /// <summary>Returns a key with a dimension set (added or replaced).</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="value">The value.</param>
    /// <returns>The new key.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> is null or empty, or the dimension is undefined.</exception>
    public GroupKey With(GroupDimension dimension, string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        _ = GroupDimensions.Id(dimension);
        var list = new List<KeyValuePair<GroupDimension, string>>(_pairs.Length + 1);
        foreach (var p in _pairs)
        {
            if (p.Key != dimension)
            {
                list.Add(p);
            }
        }

        list.Add(new(dimension, value));
        list.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new GroupKey([.. list]);
    }

    /// <summary>Gets the value of a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <param name="value">The value when the key has the dimension.</param>
    /// <returns>Whether the key has the dimension.</returns>
    public bool TryGetValue(GroupDimension dimension, out string value)
    {
        foreach (var p in _pairs)
        {
            if (p.Key == dimension)
            {
                value = p.Value;
                return true;
            }
        }

        value = "";
        return false;
    }

    /// <summary>Gets the value of a dimension, or null when the key does not have it.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The value or null.</returns>
    public string? ValueOf(GroupDimension dimension) => TryGetValue(dimension, out var v) ? v : null;

    /// <inheritdoc />
    public bool Equals(GroupKey? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (_hash != other._hash || _pairs.Length != other._pairs.Length)
        {
            return false;
        }

        for (var i = 0; i < _pairs.Length; i++)
        {
            if (_pairs[i].Key != other._pairs[i].Key || !string.Equals(_pairs[i].Value, other._pairs[i].Value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is GroupKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _hash;

    /// <summary>Compares keys: fewer dimensions first, then by dimension, then ordinally by value.</summary>
    /// <param name="other">The other key; null sorts first.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(GroupKey? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = _pairs.Length.CompareTo(other._pairs.Length);
        for (var i = 0; c == 0 && i < _pairs.Length; i++)
        {
            c = _pairs[i].Key.CompareTo(other._pairs[i].Key);
            if (c == 0)
            {
                c = string.CompareOrdinal(_pairs[i].Value, other._pairs[i].Value);
            }
        }

        return c;
    }

    /// <summary>Equality of two keys.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>Whether both are null or equal.</returns>
    public static bool operator ==(GroupKey? left, GroupKey? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality of two keys.</summary>
    /// <param name="left">The left key.</param>
    /// <param name="right">The right key.</param>
    /// <returns>Whether the keys differ.</returns>
    public static bool operator !=(GroupKey? left, GroupKey? right) => !(left == right);

    /// <summary>Returns "total" or the pairs as "segment=pharma;county=Oslo".</summary>
    /// <returns>The text form.</returns>
    public override string ToString()
    {
        if (_pairs.Length == 0)
        {
            return "total";
        }

        var sb = new StringBuilder();
        foreach (var (d, v) in _pairs)
        {
            if (sb.Length > 0)
            {
                sb.Append(';');
            }

            sb.Append(GroupDimensions.Id(d)).Append('=').Append(v);
        }

        return sb.ToString();
    }
}
