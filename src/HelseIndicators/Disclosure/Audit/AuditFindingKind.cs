namespace HelseIndicators.Disclosure.Audit;

/// <summary>What an <see cref="AuditFinding"/> is about.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum AuditFindingKind
{
    /// <summary>A sensitive cell (a sum over some firms of a group in a year) that the intruder can narrow.</summary>
    Cell = 1,

    /// <summary>One firm's value of a field (or its value added) in a year that the intruder can narrow.</summary>
    FirmValue = 2,

    /// <summary>A structural rule of INDICATORS.md §5.1 broken (<c>hhi_revenue</c> released while a revenue cell
    /// it covers is not).</summary>
    Rule = 3,
}
