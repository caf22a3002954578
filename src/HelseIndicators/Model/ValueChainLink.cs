namespace HelseIndicators.Model;

/// <summary>
/// A link of the health industry's value chain (industry → distribution → treatment), holding segments.
/// </summary>
/// <remarks>
/// Links are created by a <see cref="Taxonomy"/>. <see cref="Order"/> is the position in the value chain, from 1.
/// Equality: by reference; within one taxonomy the <see cref="Id"/> is unique. Thread safety: immutable once the
/// taxonomy is built.
/// </remarks>
public sealed class ValueChainLink
{
    private readonly List<Segment> _segments = [];

    internal ValueChainLink(string id, int order, LocalizedName name)
    {
        Id = id;
        Order = order;
        Name = name;
    }

    /// <summary>Gets the link id, such as <c>industry</c>.</summary>
    public string Id { get; }

    /// <summary>Gets the position in the value chain, 1 for the first link.</summary>
    public int Order { get; }

    /// <summary>Gets the link's name in Norwegian and English.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the segments of the link, in the taxonomy's order.</summary>
    public IReadOnlyList<Segment> Segments => _segments;

    internal void Add(Segment segment) => _segments.Add(segment);

    /// <inheritdoc/>
    public override string ToString() => Id;
}
