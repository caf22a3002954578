namespace HelseIndicators.Model;

/// <summary>One row of a firm list: a firm belongs to a segment, from a year on or always.</summary>
/// <param name="OrganisationNumber">The firm.</param>
/// <param name="SegmentId">The segment id in the taxonomy, such as <c>diagnostics</c>.</param>
/// <param name="FromYear">The first fiscal year the row applies to; null means every year.</param>
public sealed record FirmListEntry(OrganisationNumber OrganisationNumber, string SegmentId, int? FromYear = null);
