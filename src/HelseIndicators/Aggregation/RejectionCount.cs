namespace HelseIndicators.Aggregation;

/// <summary>How many rows were rejected for one reason.</summary>
/// <param name="Reason">The reason, such as "duplicate (org_number, year)".</param>
/// <param name="Count">The number of rows.</param>
/// <remarks>Equality: value equality (a record). Thread safety: immutable.</remarks>
public sealed record RejectionCount(string Reason, long Count);
