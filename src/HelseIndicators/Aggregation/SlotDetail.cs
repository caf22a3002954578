using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Which dimensions the slots of an aggregate that sums rows as they are read keep (<see cref="StreamingAggregate"/>):
/// the segment always (and so the value-chain link, which follows from it), the county and the size class only when a
/// table may break down by them. A slot without them stands for every county and size class of its segment, so there
/// are a few dozen cells instead of thousands, and a row's cells stay in the processor's cache.
/// </summary>
/// <remarks>Equality: by value. Thread safety: immutable.</remarks>
internal readonly record struct SlotDetail(bool County, bool SizeClass)
{
    /// <summary>Every dimension: any table can be built.</summary>
    public static SlotDetail All => new(true, true);

    /// <summary>The detail the breakdowns of a request need (null: every dimension).</summary>
    public static SlotDetail For(IndicatorRequest? request) => request is null
        ? All
        : new(request.Dimensions.Contains(GroupDimension.County), request.Dimensions.Contains(GroupDimension.SizeClass));

    /// <summary>The dimensions a table of these slots can break down by, in the order of <see cref="GroupDimension"/>.</summary>
    public IReadOnlyList<GroupDimension> Dimensions => (County, SizeClass) switch
    {
        (true, true) => [GroupDimension.Segment, GroupDimension.Link, GroupDimension.County, GroupDimension.SizeClass],
        (true, false) => [GroupDimension.Segment, GroupDimension.Link, GroupDimension.County],
        (false, true) => [GroupDimension.Segment, GroupDimension.Link, GroupDimension.SizeClass],
        _ => [GroupDimension.Segment, GroupDimension.Link],
    };

    /// <summary>Checks that a request breaks down only by dimensions these slots keep.</summary>
    /// <exception cref="ArgumentException">The request breaks down by the county or the size class, and the slots left it out.</exception>
    public void Require(IndicatorRequest request)
    {
        foreach (var dimension in request.Dimensions)
        {
            if ((dimension == GroupDimension.County && !County) || (dimension == GroupDimension.SizeClass && !SizeClass))
            {
                var id = GroupDimensions.Id(dimension);
                throw new ArgumentException(
                    $"The file was read for tables without the dimension {id}; read it with a request that breaks down by {id} (or with no request) to break down by it.",
                    nameof(request));
            }
        }
    }
}
