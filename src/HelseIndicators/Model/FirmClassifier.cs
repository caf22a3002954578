namespace HelseIndicators.Model;

/// <summary>
/// Classifies firm-years into segments with the precedence of INDICATORS.md §1: (1) a segment on the row;
/// (2) the firm list; (3) the taxonomy's industry codes, longest match first; (4) otherwise unclassified,
/// an explicit outcome that callers count, never a silent drop.
/// </summary>
/// <remarks>Thread safety: immutable, safe to share between threads.</remarks>
public sealed class FirmClassifier
{
    /// <summary>Creates a classifier.</summary>
    /// <param name="taxonomy">The taxonomy; null means <see cref="Taxonomy.Default"/>.</param>
    /// <param name="firmList">The firm list; null means none.</param>
    public FirmClassifier(Taxonomy? taxonomy = null, FirmList? firmList = null)
    {
        Taxonomy = taxonomy ?? Taxonomy.Default;
        FirmList = firmList ?? FirmList.Empty;
    }

    /// <summary>Gets the taxonomy.</summary>
    public Taxonomy Taxonomy { get; }

    /// <summary>Gets the firm list.</summary>
    public FirmList FirmList { get; }

    /// <summary>Classifies a firm-year.</summary>
    /// <param name="firmYear">The firm-year.</param>
    /// <returns>The segment and its source, or unclassified with a reason.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firmYear"/> is null.</exception>
    public Classification Classify(FirmYear firmYear)
    {
        ArgumentNullException.ThrowIfNull(firmYear);
        return Classify(firmYear.OrganisationNumber, firmYear.Year, firmYear.SegmentId, firmYear.NaceCode);
    }

    /// <summary>Classifies a firm in a year from what is known of it.</summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="segmentId">A segment id given on the row, or null.</param>
    /// <param name="naceCode">The firm's industry code, or null.</param>
    /// <returns>The segment and its source, or unclassified with a reason.</returns>
    public Classification Classify(OrganisationNumber organisationNumber, int year, string? segmentId, NaceCode? naceCode)
    {
        if (!string.IsNullOrEmpty(segmentId))
        {
            var segment = Taxonomy.FindSegment(segmentId);
            return segment is not null
                ? Classification.Classified(segment, ClassificationSource.Row)
                : Classification.Unclassified($"the segment '{segmentId}' on the row is not in the taxonomy");
        }

        if (FirmList.TryGetSegment(organisationNumber, year, out var listed))
        {
            var segment = Taxonomy.FindSegment(listed);
            return segment is not null
                ? Classification.Classified(segment, ClassificationSource.FirmList)
                : Classification.Unclassified($"the firm list gives the segment '{listed}', which is not in the taxonomy");
        }

        if (naceCode is { } code)
        {
            var segment = Taxonomy.SegmentForNaceCode(code);
            return segment is not null
                ? Classification.Classified(segment, ClassificationSource.NaceCode)
                : Classification.Unclassified($"the industry code {code} is not in the taxonomy and the firm is not on the firm list");
        }

        return Classification.Unclassified("no segment, firm-list entry or industry code");
    }
}
