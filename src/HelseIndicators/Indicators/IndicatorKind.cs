namespace HelseIndicators.Indicators;

/// <summary>The kind of computation behind an indicator; decides how disclosure control and deflation apply.</summary>
/// <remarks>Values start at 1 and are never renumbered.</remarks>
public enum IndicatorKind
{
    /// <summary>A count of firm-years (<c>firms</c>); never suppressed.</summary>
    Count = 1,

    /// <summary>A sum of a field over the firms where it is present (NOK or FTE).</summary>
    Level = 2,

    /// <summary>A ratio of two sums, each over the firms where both are present.</summary>
    Ratio = 3,

    /// <summary>A ratio of two counts (<c>export_participation</c>): only the frequency rule applies.</summary>
    CountRatio = 4,

    /// <summary>A concentration measure (<c>hhi_revenue</c>, <c>top8_export_share</c>): follows its level cell.</summary>
    Concentration = 5,

    /// <summary>Growth from t−1 to t, total to total.</summary>
    Growth = 6,

    /// <summary>Growth from t−1 to t over the firms present in both years.</summary>
    GrowthSameFirms = 7,

    /// <summary>Compound annual growth rate over a span of years.</summary>
    Cagr = 8,

    /// <summary>A group's contribution to the grand total's growth.</summary>
    Contribution = 9,
}
