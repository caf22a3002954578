namespace HelseIndicators.Indicators;

/// <summary>Text ids of <see cref="IndicatorStatus"/> as written in the output.</summary>
/// <remarks>Thread safety: stateless, safe to call from any thread.</remarks>
public static class IndicatorStatuses
{
    /// <summary>Gets the text id of a status: "ok", "suppressed" or "undefined".</summary>
    /// <param name="status">The status.</param>
    /// <returns>The text id.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is not a defined status.</exception>
    public static string Id(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Ok => "ok",
        IndicatorStatus.Suppressed => "suppressed",
        IndicatorStatus.Undefined => "undefined",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Not an indicator status."),
    };

    /// <summary>Parses a status text id ("ok", "suppressed", "undefined").</summary>
    /// <param name="id">The text id.</param>
    /// <returns>The status, or a failure that says why.</returns>
    public static Model.ParseResult<IndicatorStatus> Parse(string? id) => id switch
    {
        "ok" => Model.ParseResult<IndicatorStatus>.ForValue(IndicatorStatus.Ok),
        "suppressed" => Model.ParseResult<IndicatorStatus>.ForValue(IndicatorStatus.Suppressed),
        "undefined" => Model.ParseResult<IndicatorStatus>.ForValue(IndicatorStatus.Undefined),
        _ => Model.ParseResult<IndicatorStatus>.ForError($"'{id}' is not a status: use ok, suppressed or undefined"),
    };
}
