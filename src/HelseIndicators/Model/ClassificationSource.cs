namespace HelseIndicators.Model;

/// <summary>Where a firm-year's segment came from, in the order of precedence of INDICATORS.md §1.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum ClassificationSource
{
    /// <summary>A segment given on the row itself.</summary>
    Row = 1,

    /// <summary>The user's firm list.</summary>
    FirmList = 2,

    /// <summary>The taxonomy's industry codes (longest matching code).</summary>
    NaceCode = 3,

    /// <summary>Nothing applied: the firm-year is unclassified and left out of every group and total.</summary>
    Unclassified = 4,
}
