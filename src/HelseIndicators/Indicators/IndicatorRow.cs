using HelseIndicators.Model;

namespace HelseIndicators.Indicators;

/// <summary>
/// One value of the indicator panel: an indicator for a group in a year, with its unit, the number of firms that
/// contributed, and its status.
/// </summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Year">The year t (for CAGR the end year t₁).</param>
/// <param name="Group">The group (<see cref="GroupKey.Total"/> for all classified firms).</param>
/// <param name="Value">The value; null unless <see cref="Status"/> is <see cref="IndicatorStatus.Ok"/>. Never NaN or
/// infinite (decimal), and never 0 standing in for "unknown".</param>
/// <param name="Unit">The unit of the value.</param>
/// <param name="Firms">The number of firms that contributed (see docs/indicators.md for each kind).</param>
/// <param name="Status">Ok, suppressed or undefined.</param>
/// <remarks>
/// Equality: value equality of all members (a record). Thread safety: immutable, safe to share.
/// </remarks>
public sealed record IndicatorRow(
    IndicatorId Indicator, int Year, GroupKey Group, decimal? Value, IndicatorUnit Unit, int Firms, IndicatorStatus Status)
{
    /// <summary>Gets the base year t₀ of a CAGR row; null for every other row.</summary>
    public int? BaseYear { get; init; }

    /// <summary>Gets why the value is undefined or suppressed, or a note on an ok value (such as missing
    /// depreciation counted as 0); null when there is nothing to say.</summary>
    public string? Reason { get; init; }

    /// <summary>Gets the prices NOK amounts are expressed in (current, or constant prices of a base year).</summary>
    public PriceBasis Prices { get; init; }
}
