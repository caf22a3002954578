namespace HelseIndicators.Indicators;

/// <summary>The unit of an indicator's value.</summary>
/// <remarks>
/// Values start at 1 and are never renumbered; <c>default</c> (0) is not a unit. The text ids ("NOK", "FTE",
/// "count", "ratio", "NOK/FTE") are those of the output's <c>unit</c> field: see <see cref="IndicatorUnits"/>.
/// </remarks>
public enum IndicatorUnit
{
    /// <summary>Norwegian kroner ("NOK"), in current or constant prices as the row says.</summary>
    Nok = 1,

    /// <summary>Full-time equivalents, årsverk ("FTE").</summary>
    Fte = 2,

    /// <summary>A number of firm-years ("count").</summary>
    Count = 3,

    /// <summary>A dimensionless ratio ("ratio"): 0.25 is 25 %.</summary>
    Ratio = 4,

    /// <summary>Kroner per full-time equivalent ("NOK/FTE").</summary>
    NokPerFte = 5,
}
