namespace HelseIndicators.Data.JsonStat;

/// <summary>One finding about a JSON-stat document: its kind, where it is (a JSON path such as
/// <c>$.dimension.sex.category.index</c>) and what it means.</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Path">The JSON path of the offending part, <c>$</c> for the whole document.</param>
/// <param name="Message">What is wrong and what to do.</param>
/// <remarks>Equality: by value. Thread safety: immutable.</remarks>
public sealed record JsonStatIssue(JsonStatErrorKind Kind, string Path, string Message)
{
    /// <summary>Formats as <c>path: message</c>.</summary>
    /// <returns>The issue on one line.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
