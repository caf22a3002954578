namespace HelseIndicators.Data.JsonStat;

/// <summary>Where a unit's symbol goes relative to the number (<c>unit.position</c>).</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum JsonStatSymbolPosition
{
    /// <summary>Before the number, as in "$100".</summary>
    Start = 1,

    /// <summary>After the number, as in "100 %".</summary>
    End = 2,
}
