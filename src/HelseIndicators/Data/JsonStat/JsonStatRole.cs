namespace HelseIndicators.Data.JsonStat;

/// <summary>The role a dimension plays in a JSON-stat dataset (<c>role</c> property).</summary>
/// <remarks>Values are explicit and never renumbered. A dimension without a role has a null role.</remarks>
public enum JsonStatRole
{
    /// <summary>Time: years, quarters, months (<c>role.time</c>).</summary>
    Time = 1,

    /// <summary>Geography: countries, regions (<c>role.geo</c>).</summary>
    Geo = 2,

    /// <summary>The measure: what is counted, with units (<c>role.metric</c>).</summary>
    Metric = 3,
}
