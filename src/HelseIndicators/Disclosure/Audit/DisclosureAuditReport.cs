using System.Globalization;
using System.Text;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// The outcome of a <see cref="DisclosureAudit"/>: every leak found (<see cref="Findings"/>), what was checked, and any
/// released value the microdata does not give (<see cref="Inconsistencies"/>: the audit may then not describe what was
/// published).
/// </summary>
/// <remarks>Equality: reference equality. Thread safety: immutable, safe to share.</remarks>
public sealed class DisclosureAuditReport
{
    internal DisclosureAuditReport()
    {
    }

    /// <summary>Gets whether nothing leaks: no finding.</summary>
    public bool IsClean => Findings.Count == 0;

    /// <summary>Gets every finding: cells first, then firm values, then rules, each in the order met.</summary>
    public IReadOnlyList<AuditFinding> Findings { get; internal init; } = [];

    /// <summary>Gets the options the audit ran with.</summary>
    public DisclosureAuditOptions Options { get; internal init; } = DisclosureAuditOptions.Default;

    /// <summary>Gets the number of distinct rows of the publication (a row repeated by several tables counts once).</summary>
    public int Rows { get; internal init; }

    /// <summary>Gets the number of released rows (a value, status ok).</summary>
    public int ReleasedRows { get; internal init; }

    /// <summary>Gets the number of equations the released rows give (counts, <c>hhi_revenue</c> and rows that say
    /// nothing give none).</summary>
    public int Equations { get; internal init; }

    /// <summary>Gets the number of sensitive cells checked (sums that fail the primary rules).</summary>
    public int CellsChecked { get; internal init; }

    /// <summary>Gets the number of single firms' non-zero values checked.</summary>
    public int FirmValuesChecked { get; internal init; }

    /// <summary>Gets the number of firm values (firm-year and field) the equations constrain, directly or through a
    /// known constraint (exports ≤ revenue).</summary>
    public int Unknowns { get; internal init; }

    /// <summary>Gets the number of unknowns solved for after interchangeable firm-years are merged (what
    /// <see cref="DisclosureAuditOptions.MaxUnknowns"/> limits).</summary>
    public int MergedUnknowns { get; internal init; }

    /// <summary>Gets the number of independent blocks the equations fall into.</summary>
    public int Blocks { get; internal init; }

    /// <summary>Gets the number of linear programs solved (maxima and minima).</summary>
    public int LinearPrograms { get; internal init; }

    /// <summary>Gets the released values the microdata does not reproduce, and rows the audit could not read.</summary>
    public IReadOnlyList<string> Inconsistencies { get; internal init; } = [];

    /// <summary>Returns a summary for people, culture invariant: the verdict, the rules, and what was checked.</summary>
    /// <returns>The summary, one fact per line.</returns>
    public override string ToString()
    {
        var sb = new StringBuilder();
        var i = CultureInfo.InvariantCulture;
        sb.Append(i, $"Disclosure audit: {(IsClean ? "clean, nothing can be narrowed" : Count(Findings.Count, "finding") + ", the publication leaks")}").AppendLine();
        sb.Append(i, $"  rules: {Options}").AppendLine();
        sb.Append(i, $"  publication: {Count(Rows, "row")}, {ReleasedRows} released, {Count(Equations, "equation")}").AppendLine();
        sb.Append(i, $"  checked: {Count(CellsChecked, "sensitive cell")}, {Count(FirmValuesChecked, "firm value")}").AppendLine();
        sb.Append(i, $"  unknowns: {Unknowns} firm values constrained, {MergedUnknowns} after merging interchangeable firm-years, ")
          .Append(i, $"{Count(Blocks, "block")}, {Count(LinearPrograms, "linear program")}");
        if (Findings.Count > 0)
        {
            var cells = Findings.Count(f => f.Kind == AuditFindingKind.Cell);
            var firms = Findings.Count(f => f.Kind == AuditFindingKind.FirmValue);
            var rules = Findings.Count(f => f.Kind == AuditFindingKind.Rule);
            sb.AppendLine().Append(i, $"  findings: {Count(cells, "cell")}, {Count(firms, "firm value")}, {Count(rules, "rule")}");
        }

        if (Inconsistencies.Count > 0)
        {
            sb.AppendLine().Append(i, $"  warning: {Count(Inconsistencies.Count, "inconsistency")} between the publication and the microdata: the audit may not describe what was published");
        }

        return sb.ToString();
    }

    private static string Count(int n, string what) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {(n == 1 ? what : Plural(what))}");

    private static string Plural(string what) => what.EndsWith('y') ? what[..^1] + "ies" : what + "s";
}
