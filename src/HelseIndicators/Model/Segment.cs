namespace HelseIndicators.Model;

/// <summary>
/// A segment of the health industry, such as pharmaceuticals or medical technology, held by one
/// <see cref="ValueChainLink"/> of a <see cref="Taxonomy"/>.
/// </summary>
/// <remarks>
/// Segments are created by a <see cref="Taxonomy"/>, which sets <see cref="Link"/>. Equality: by reference;
/// within one taxonomy the <see cref="Id"/> is unique. Thread safety: immutable once the taxonomy is built.
/// </remarks>
public sealed class Segment
{
    internal Segment(string id, LocalizedName name, IReadOnlyList<NaceCode> naceCodes, ValueChainLink link)
    {
        Id = id;
        Name = name;
        NaceCodes = naceCodes;
        Link = link;
    }

    /// <summary>Gets the segment id, such as <c>pharma</c>: lower-case, used in files and output.</summary>
    public string Id { get; }

    /// <summary>Gets the segment's name in Norwegian and English.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the industry codes that are a first guess for this segment (possibly none: firm list only).</summary>
    public IReadOnlyList<NaceCode> NaceCodes { get; }

    /// <summary>Gets the value-chain link that holds the segment.</summary>
    public ValueChainLink Link { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
