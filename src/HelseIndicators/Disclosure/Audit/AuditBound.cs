namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// A bound of a sum of unknowns proven by linear programming: its value (±∞ when there is none), and what proves it:
/// the equations with their multipliers and the exports ≤ revenue limits that bind.
/// </summary>
/// <param name="Value">The bound; +∞ for no upper bound, −∞ for no lower bound.</param>
/// <param name="Equations">The binding equations (global indices) and their multipliers.</param>
/// <param name="Limits">The binding exports ≤ revenue limits, as (exports, revenue) unknowns.</param>
/// <param name="Failed">Whether the floating-point program could not be solved (read as no bound).</param>
internal readonly record struct AuditBound(
    double Value,
    IReadOnlyList<(int Equation, double Multiplier)> Equations,
    IReadOnlyList<(int Exports, int Revenue)> Limits,
    bool Failed = false)
{
    public static AuditBound None(double infinity) => new(infinity, [], []);

    public bool IsFinite => double.IsFinite(Value);

    /// <summary>The sum of two blocks' bounds of the same sense.</summary>
    public AuditBound Plus(AuditBound other) =>
        new(Value + other.Value, [.. Equations, .. other.Equations], [.. Limits, .. other.Limits], Failed || other.Failed);
}
