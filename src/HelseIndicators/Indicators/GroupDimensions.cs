using HelseIndicators.Model;

namespace HelseIndicators.Indicators;

/// <summary>Text ids of <see cref="GroupDimension"/>.</summary>
/// <remarks>Thread safety: stateless, safe to call from any thread.</remarks>
public static class GroupDimensions
{
    /// <summary>Gets every dimension in enum order.</summary>
    public static IReadOnlyList<GroupDimension> All { get; } =
        [GroupDimension.Segment, GroupDimension.Link, GroupDimension.County, GroupDimension.SizeClass];

    /// <summary>Gets the text id: "segment", "link", "county" or "size_class".</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The text id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dimension"/> is not defined.</exception>
    public static string Id(GroupDimension dimension) => dimension switch
    {
        GroupDimension.Segment => "segment",
        GroupDimension.Link => "link",
        GroupDimension.County => "county",
        GroupDimension.SizeClass => "size_class",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, "Not a group dimension."),
    };

    /// <summary>Parses a text id (case-sensitive; surrounding spaces ignored).</summary>
    /// <param name="id">The text id.</param>
    /// <returns>The dimension, or a failure that says why.</returns>
    public static ParseResult<GroupDimension> Parse(string? id) => (id ?? "").Trim() switch
    {
        "segment" => ParseResult<GroupDimension>.ForValue(GroupDimension.Segment),
        "link" => ParseResult<GroupDimension>.ForValue(GroupDimension.Link),
        "county" => ParseResult<GroupDimension>.ForValue(GroupDimension.County),
        "size_class" => ParseResult<GroupDimension>.ForValue(GroupDimension.SizeClass),
        _ => ParseResult<GroupDimension>.ForError($"'{id}' is not a dimension: use segment, link, county or size_class"),
    };

    /// <summary>Parses a comma-separated list such as "segment,county" (the command line's <c>--by</c>).</summary>
    /// <param name="list">The list; null or empty gives an empty list (the total only).</param>
    /// <returns>The distinct dimensions in the order given, or a failure naming the bad or repeated item.</returns>
    public static ParseResult<IReadOnlyList<GroupDimension>> ParseList(string? list) =>
        string.IsNullOrWhiteSpace(list)
            ? ParseResult<IReadOnlyList<GroupDimension>>.ForValue([])
            : DistinctList.Parse(list, Parse, "dimension", Id);
}
