namespace HelseIndicators.Model;

/// <summary>The description of a segment from which a <see cref="Taxonomy"/> is built.</summary>
/// <param name="Id">The segment id: lower-case letters, digits and underscores, such as <c>pharma</c>.</param>
/// <param name="Name">The names in Norwegian and English.</param>
/// <param name="NaceCodes">The industry codes that are a first guess for the segment; may be empty.</param>
public sealed record SegmentDefinition(string Id, LocalizedName Name, IReadOnlyList<string> NaceCodes);

/// <summary>The description of a value-chain link from which a <see cref="Taxonomy"/> is built.</summary>
/// <param name="Id">The link id, such as <c>industry</c>.</param>
/// <param name="Name">The names in Norwegian and English.</param>
/// <param name="Segments">The segments of the link, in order.</param>
public sealed record LinkDefinition(string Id, LocalizedName Name, IReadOnlyList<SegmentDefinition> Segments);
