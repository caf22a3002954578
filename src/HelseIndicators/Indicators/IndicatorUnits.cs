namespace HelseIndicators.Indicators;

/// <summary>Text ids of <see cref="IndicatorUnit"/> as written in the output.</summary>
/// <remarks>Thread safety: stateless, safe to call from any thread.</remarks>
public static class IndicatorUnits
{
    /// <summary>Gets the text id of a unit: "NOK", "FTE", "count", "ratio" or "NOK/FTE".</summary>
    /// <param name="unit">The unit.</param>
    /// <returns>The text id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> is not a defined unit.</exception>
    public static string Id(IndicatorUnit unit) => unit switch
    {
        IndicatorUnit.Nok => "NOK",
        IndicatorUnit.Fte => "FTE",
        IndicatorUnit.Count => "count",
        IndicatorUnit.Ratio => "ratio",
        IndicatorUnit.NokPerFte => "NOK/FTE",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Not an indicator unit."),
    };

    /// <summary>Parses a unit's text id (case-sensitive, as written by <see cref="Id"/>).</summary>
    /// <param name="id">The text id.</param>
    /// <returns>The unit, or a failure that says why.</returns>
    public static Model.ParseResult<IndicatorUnit> Parse(string? id) => id switch
    {
        "NOK" => Model.ParseResult<IndicatorUnit>.ForValue(IndicatorUnit.Nok),
        "FTE" => Model.ParseResult<IndicatorUnit>.ForValue(IndicatorUnit.Fte),
        "count" => Model.ParseResult<IndicatorUnit>.ForValue(IndicatorUnit.Count),
        "ratio" => Model.ParseResult<IndicatorUnit>.ForValue(IndicatorUnit.Ratio),
        "NOK/FTE" => Model.ParseResult<IndicatorUnit>.ForValue(IndicatorUnit.NokPerFte),
        _ => Model.ParseResult<IndicatorUnit>.ForError($"'{id}' is not a unit: use NOK, FTE, count, ratio or NOK/FTE"),
    };
}
