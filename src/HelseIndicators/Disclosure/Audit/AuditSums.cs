using System.Globalization;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Makes the sums the rows of a publication use (INDICATORS.md §4), each over the firm-years the engine sums: a
/// level over the firms of the group reporting the measure; a ratio's sides over the firms reporting both; a same-firm
/// sum over the firms in the group in both years with the measure in both; the 8 largest exporters; and the rest of a
/// level outside such a subset. One <see cref="AuditSum"/> is kept per firm set and measure, whichever row made it
/// first.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class AuditSums
{
    /// <summary>The number of largest exporters <c>top8_export_share</c> sums.</summary>
    public const int TopExporters = 8;

    private readonly AuditPanel _panel;
    private readonly Dictionary<(GroupKey Group, int Year), FirmSet> _members = [];
    private readonly Dictionary<(FirmSet Firms, Measure Measure), AuditSum> _sums = [];

    public AuditSums(AuditPanel panel) => _panel = panel;

    /// <summary>Every sum made so far.</summary>
    public IEnumerable<AuditSum> All => _sums.Values;

    /// <summary>The classified firm-years of a group in a year.</summary>
    public FirmSet Members(GroupKey group, int year)
    {
        if (!_members.TryGetValue((group, year), out var set))
        {
            set = new FirmSet(_panel.InYear(year).Where(f => f.IsIn(group)).Select(f => f.Index));
            _members.Add((group, year), set);
        }

        return set;
    }

    /// <summary>The level: the firms of the group reporting the measure.</summary>
    public AuditSum Level(GroupKey group, int year, Measure measure) =>
        Intern(Where(Members(group, year), f => f.Has(measure)), measure, group, year, $"firms reporting {Name(measure)}", isLevel: true);

    /// <summary>The two sides of a ratio: both summed over the firms reporting both measures.</summary>
    public (AuditSum Numerator, AuditSum Denominator) Both(GroupKey group, int year, Measure numerator, Measure denominator)
    {
        var firms = Where(Members(group, year), f => f.Has(numerator) && f.Has(denominator));
        var scope = $"firms reporting both {Name(numerator)} and {Name(denominator)}";
        return (Intern(firms, numerator, group, year, scope), Intern(firms, denominator, group, year, scope));
    }

    /// <summary>The same-firm sums of t and t−1: the firms in the group in both years with the measure in both.</summary>
    public (AuditSum Current, AuditSum Previous) SameFirms(GroupKey group, int year, Measure measure)
    {
        var current = new List<int>();
        var previous = new List<int>();
        foreach (var i in Members(group, year).Indices)
        {
            var now = _panel.FirmYears[i];
            if (now.Has(measure) && _panel.Find(now.OrganisationNumber, year - 1) is { } before && before.Has(measure) && before.IsIn(group))
            {
                current.Add(now.Index);
                previous.Add(before.Index);
            }
        }

        var scope = string.Create(CultureInfo.InvariantCulture, $"firms in the group with {Name(measure)} in both {year - 1} and {year}");
        return (Intern(new FirmSet(current), measure, group, year, scope), Intern(new FirmSet(previous), measure, group, year - 1, scope));
    }

    /// <summary>The 8 largest exporters of the group (by exports, ties by organisation number: the sum is the same).</summary>
    public AuditSum Top8(GroupKey group, int year)
    {
        var exporters = Members(group, year).Indices.Select(i => _panel.FirmYears[i]).Where(f => f.Has(Measure.Exports))
            .OrderByDescending(f => f.Value(Measure.Exports)).ThenBy(f => f.OrganisationNumber.Value).Take(TopExporters).Select(f => f.Index);
        return Intern(new FirmSet(exporters), Measure.Exports, group, year, "8 largest exporters");
    }

    /// <summary>The rest of a level outside a subset of its firms: a cell too (INDICATORS.md §5.1, item 3).</summary>
    public AuditSum Outside(AuditSum level, AuditSum subset) =>
        Intern(level.Firms.Except(subset.Firms), level.Measure, level.Group, level.Year,
            $"{level.Scope}, outside the {subset.Scope}");

    public static string Name(Measure measure) => Measures.LevelId(measure).Value;

    private FirmSet Where(FirmSet set, Func<AuditFirmYear, bool> keep) =>
        new(set.Indices.Where(i => keep(_panel.FirmYears[i])));

    private AuditSum Intern(FirmSet firms, Measure measure, GroupKey group, int year, string scope, bool isLevel = false)
    {
        if (!_sums.TryGetValue((firms, measure), out var sum))
        {
            sum = new AuditSum(firms, measure, group, year, scope, _panel) { IsLevel = isLevel };
            _sums.Add((firms, measure), sum);
        }

        return sum;
    }
}
