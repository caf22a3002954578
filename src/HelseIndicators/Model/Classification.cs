namespace HelseIndicators.Model;

/// <summary>The outcome of classifying a firm-year: a segment and where it came from, or explicitly unclassified.</summary>
/// <remarks>
/// Default value: not meaningful (no source). Equality: by segment reference, source and reason.
/// Thread safety: immutable, safe to share.
/// </remarks>
public readonly record struct Classification
{
    private Classification(Segment? segment, ClassificationSource source, string? reason)
    {
        Segment = segment;
        Source = source;
        Reason = reason;
    }

    /// <summary>Gets the segment, or null when unclassified.</summary>
    public Segment? Segment { get; }

    /// <summary>Gets where the segment came from.</summary>
    public ClassificationSource Source { get; }

    /// <summary>Gets why the firm-year is unclassified, or null when it is classified.</summary>
    public string? Reason { get; }

    /// <summary>Gets whether a segment was found.</summary>
    public bool IsClassified => Segment is not null;

    /// <summary>A classified outcome.</summary>
    /// <param name="segment">The segment.</param>
    /// <param name="source">Where it came from; not <see cref="ClassificationSource.Unclassified"/>.</param>
    /// <returns>The classification.</returns>
    /// <exception cref="ArgumentException"><paramref name="source"/> is <see cref="ClassificationSource.Unclassified"/>.</exception>
    public static Classification Classified(Segment segment, ClassificationSource source)
    {
        ArgumentNullException.ThrowIfNull(segment);
        return source == ClassificationSource.Unclassified
            ? throw new ArgumentException("A classified outcome needs a source other than Unclassified.", nameof(source))
            : new(segment, source, null);
    }

    /// <summary>An unclassified outcome.</summary>
    /// <param name="reason">Why no segment applied.</param>
    /// <returns>The classification.</returns>
    public static Classification Unclassified(string reason) => new(null, ClassificationSource.Unclassified, reason);
}
