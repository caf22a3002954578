namespace HelseIndicators.Indicators;

/// <summary>Whether an indicator row carries a value, and if not, why.</summary>
/// <remarks>
/// Values start at 1 and are never renumbered. Text ids "ok", "suppressed", "undefined" (the output's
/// <c>status</c> field): see <see cref="IndicatorStatuses"/>.
/// </remarks>
public enum IndicatorStatus
{
    /// <summary>The value is computed and released ("ok").</summary>
    Ok = 1,

    /// <summary>The value is withheld by disclosure control ("suppressed"); the value is null.</summary>
    Suppressed = 2,

    /// <summary>The value cannot be computed ("undefined"): no contributing firm, a zero denominator, a base ≤ 0,
    /// a missing previous year; the value is null and the row gives the reason.</summary>
    Undefined = 3,
}
