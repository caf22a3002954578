namespace HelseIndicators.Indicators.Calculators;

/// <summary>The variant of growth a calculator computes.</summary>
/// <remarks>Values start at 1 and are never renumbered.</remarks>
public enum GrowthMethod
{
    /// <summary>x(t) / x(t₀) − 1: the simple rate over the whole span (one year: the yearly growth).</summary>
    Simple = 1,

    /// <summary>(x(t) / x(t₀))^(1/years) − 1: the compound annual rate (CAGR).</summary>
    CompoundAnnual = 2,

    /// <summary>ln(x(t) / x(t₀)) / years: the average log difference per year (continuous compounding).</summary>
    LogDifference = 3,
}
