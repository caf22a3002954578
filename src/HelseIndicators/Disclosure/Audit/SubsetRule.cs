using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// INDICATORS.md §5.1, item 3: a released row that sums a subset of a level's firms (a ratio's side over the firms
/// reporting both fields, a same-firm sum, the 8 largest exporters) may use it only when the subset and the rest of the
/// level outside it each pass the primary rules or have no firm.
/// </summary>
internal static class SubsetRule
{
    public static IEnumerable<AuditFinding> Check(PublicationModel model, HashSet<AuditSum> used, HashSet<(FirmSet, Measure)> levels,
        DisclosureControlOptions rules, AuditPanel panel)
    {
        foreach (var subset in used.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            if (subset.Firms.IsEmpty || subset.IsLevel || levels.Contains((subset.Firms, subset.Measure)))
            {
                continue;
            }

            var level = model.Sums.Level(subset.Group, subset.Year, subset.Measure);
            var rest = model.Sums.Outside(level, subset);
            foreach (var (cell, what) in new[] { (subset, "the subset it sums"), (rest, "the rest of the level outside it") })
            {
                if (!cell.Firms.IsEmpty && AuditPrimaryRules.Sensitivity(cell, panel, rules) is { } why)
                {
                    var rows = model.Equations.Where(e => e.Terms.Any(t => t.Sum == subset)).Select(e => e.RowName).Distinct().ToList();
                    yield return new AuditFinding
                    {
                        Kind = AuditFindingKind.Rule,
                        Quantity = subset.Quantity,
                        Group = subset.Group,
                        Year = subset.Year,
                        FirmSet = cell.Scope,
                        Firms = cell.Firms.Count,
                        Description = string.Create(CultureInfo.InvariantCulture,
                            $"{string.Join(", ", rows)} is released, but {what} ({cell.Describe()}) is sensitive: {why}"),
                    };
                }
            }
        }
    }
}
