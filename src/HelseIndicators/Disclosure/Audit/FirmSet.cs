namespace HelseIndicators.Disclosure.Audit;

/// <summary>A set of firm-years (indices into <see cref="AuditPanel.FirmYears"/>), sorted, compared by content.</summary>
/// <remarks>Equality: the same indices. Thread safety: immutable.</remarks>
internal sealed class FirmSet : IEquatable<FirmSet>
{
    private readonly int _hash;

    public FirmSet(IEnumerable<int> indices)
    {
        var sorted = indices.Distinct().ToArray();
        Array.Sort(sorted);
        Indices = sorted;
        var hash = default(HashCode);
        foreach (var i in sorted)
        {
            hash.Add(i);
        }

        _hash = hash.ToHashCode();
    }

    public static FirmSet Empty { get; } = new([]);

    /// <summary>The firm-years, increasing.</summary>
    public int[] Indices { get; }

    public int Count => Indices.Length;

    public bool IsEmpty => Indices.Length == 0;

    public bool Contains(int index) => Array.BinarySearch(Indices, index) >= 0;

    /// <summary>The firm-years here and not in <paramref name="other"/>.</summary>
    public FirmSet Except(FirmSet other) => new(Indices.Where(i => !other.Contains(i)));

    /// <summary>Whether every firm-year here is in <paramref name="other"/>.</summary>
    public bool IsSubsetOf(FirmSet other) => Indices.All(other.Contains);

    public bool Equals(FirmSet? other) =>
        other is not null && (ReferenceEquals(this, other) || (_hash == other._hash && Indices.AsSpan().SequenceEqual(other.Indices)));

    public override bool Equals(object? obj) => obj is FirmSet other && Equals(other);

    public override int GetHashCode() => _hash;
}
