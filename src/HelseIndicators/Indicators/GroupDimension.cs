namespace HelseIndicators.Indicators;

/// <summary>A dimension by which firm-years are grouped.</summary>
/// <remarks>
/// Values start at 1 and are never renumbered; the enum order is the order of a <see cref="GroupKey"/>'s pairs.
/// Text ids "segment", "link", "county", "size_class" (as in the command line's <c>--by</c>): see
/// <see cref="GroupDimensions"/>.
/// </remarks>
public enum GroupDimension
{
    /// <summary>The segment of the taxonomy ("segment"); the value is the segment id.</summary>
    Segment = 1,

    /// <summary>The value-chain link ("link"); the value is the link id.</summary>
    Link = 2,

    /// <summary>The county as given on the row ("county"); rows without a county have the value "unknown".</summary>
    County = 3,

    /// <summary>The EU size class by employees ("size_class"); the value is the size-class id.</summary>
    SizeClass = 4,
}
