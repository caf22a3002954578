namespace HelseIndicators.Reporting.Tables;

/// <summary>What a table cell shows: a value, or the reason it has none.</summary>
/// <remarks>The values are explicit and never renumbered. The default value 0 is not a valid kind.</remarks>
public enum DisplayCellKind
{
    /// <summary>The cell has a value (a number or a text).</summary>
    Ok = 1,

    /// <summary>The value exists but is withheld by disclosure control (it could reveal one firm).</summary>
    Suppressed = 2,

    /// <summary>The value cannot be computed (no contributing firm, a zero denominator, a base ≤ 0).</summary>
    Undefined = 3,

    /// <summary>The value is absent from the data.</summary>
    Missing = 4,
}
