namespace HelseIndicators.Aggregation;

/// <summary>What a cell of a group and year sums: a measure's level, or one side of a ratio (the measure summed over the
/// firms that report both of the ratio's measures).</summary>
internal enum QuantityKind
{
    /// <summary>A measure over the firms that report it.</summary>
    Level,

    /// <summary>A ratio's numerator over the firms that report both of its measures.</summary>
    RatioNumerator,

    /// <summary>A ratio's denominator over the firms that report both of its measures.</summary>
    RatioDenominator,
}
