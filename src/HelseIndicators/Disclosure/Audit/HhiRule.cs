using System.Globalization;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// The structural rule of INDICATORS.md §5.1, item 3, for <c>hhi_revenue</c>, which is not linear and so gives the
/// intruder no equation: it is released only when its group's revenue cell is released, and the revenue cell of every
/// finer group of the publication inside it (a group whose firm-years in that year are a non-empty proper subset of
/// the group's) is released too; otherwise its sum of squares separates suppressed firms.
/// </summary>
internal static class HhiRule
{
    public static IEnumerable<AuditFinding> Check(PublicationModel publication)
    {
        var rows = publication.Rows;
        var revenue = new Dictionary<(GroupKey, int), IndicatorRow>();
        var groupsByYear = new Dictionary<int, HashSet<GroupKey>>();
        foreach (var row in rows)
        {
            if (row.Indicator == IndicatorId.Revenue)
            {
                revenue[(row.Group, row.Year)] = row;
            }

            if (!groupsByYear.TryGetValue(row.Year, out var groups))
            {
                groupsByYear[row.Year] = groups = [];
            }

            groups.Add(row.Group);
        }

        foreach (var row in rows)
        {
            if (row.Indicator != IndicatorId.HhiRevenue || !PublicationModel.IsReleased(row))
            {
                continue;
            }

            var missing = new List<string>();
            if (!IsReleased(revenue, row.Group, row.Year))
            {
                missing.Add($"its own revenue cell ({Status(revenue, row.Group, row.Year)})");
            }

            var members = publication.Sums.Members(row.Group, row.Year);
            foreach (var finer in groupsByYear[row.Year].Order())
            {
                var inside = publication.Sums.Members(finer, row.Year);
                if (finer != row.Group && !inside.IsEmpty && inside.Count < members.Count && inside.IsSubsetOf(members)
                    && !IsReleased(revenue, finer, row.Year))
                {
                    missing.Add($"the revenue of {finer} inside it ({Status(revenue, finer, row.Year)})");
                }
            }

            if (missing.Count > 0)
            {
                yield return new AuditFinding
                {
                    Kind = AuditFindingKind.Rule,
                    Quantity = IndicatorId.HhiRevenue,
                    Group = row.Group,
                    Year = row.Year,
                    Description = string.Create(CultureInfo.InvariantCulture,
                        $"hhi_revenue of {row.Group} in {row.Year} is released, but not {string.Join(", nor ", missing)}; its sum of squares separates the firms of the unreleased cells"),
                };
            }
        }
    }

    private static bool IsReleased(Dictionary<(GroupKey, int), IndicatorRow> revenue, GroupKey group, int year) =>
        revenue.TryGetValue((group, year), out var row) && PublicationModel.IsReleased(row);

    private static string Status(Dictionary<(GroupKey, int), IndicatorRow> revenue, GroupKey group, int year) =>
        revenue.TryGetValue((group, year), out var row) ? IndicatorStatuses.Id(row.Status) : "not in the publication";
}
