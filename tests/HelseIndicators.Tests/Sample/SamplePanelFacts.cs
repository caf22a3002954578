using System.Globalization;
using HelseIndicators.Model;
using HelseIndicators.Sample;

namespace HelseIndicators.Tests.Sample;

/// <summary>The default sample, generated once for the tests that read it, and sums computed directly from its rows.</summary>
internal static class SamplePanelFacts
{
    private static readonly Lazy<IReadOnlyList<FirmYear>> s_rows = new(() => SyntheticPanel.Generate().ToList());
    private static readonly FirmClassifier s_classifier = new(Taxonomy.Default);

    public static IReadOnlyList<FirmYear> Rows => s_rows.Value;

    public static Segment SegmentOf(FirmYear row) =>
        s_classifier.Classify(row).Segment ?? throw new InvalidOperationException($"Unclassified row {row.OrganisationNumber} {row.Year}");

    public static decimal Sum(IEnumerable<FirmYear> rows, AccountField field) => rows.Sum(r => r.Get(field) ?? 0m);

    public static decimal LinkSum(string linkId, AccountField field, int year) =>
        Sum(Rows.Where(r => r.Year == year && SegmentOf(r).Link.Id == linkId), field);

    /// <summary>Value added of a row as INDICATORS.md §4 defines it, or null when profit or wages are missing.</summary>
    public static decimal? ValueAdded(FirmYear r) =>
        r.OperatingProfit is { } op && r.WageCosts is { } w ? op + w + (r.Depreciation ?? 0m) : null;

    /// <summary>The (2, k) dominance share: the two largest absolute contributions over the total of absolute values.</summary>
    public static decimal TopTwoShare(IEnumerable<decimal?> contributions)
    {
        var values = contributions.Where(v => v.HasValue).Select(v => Math.Abs(v!.Value)).OrderByDescending(v => v).ToList();
        var total = values.Sum();
        return total == 0 ? 1m : values.Take(2).Sum() / total;
    }

    /// <summary>A stable digest of rows: FNV-1a over an invariant text of every field (raw values, not other types' formatting).</summary>
    public static ulong Digest(IEnumerable<FirmYear> rows)
    {
        var hash = 14695981039346656037UL;
        foreach (var r in rows)
        {
            var line = string.Join("|",
                r.OrganisationNumber.Value.ToString(CultureInfo.InvariantCulture), r.Year.ToString(CultureInfo.InvariantCulture),
                r.Name, r.NaceCode?.Digits, r.SegmentId, r.County,
                F(r.Revenue), F(r.OperatingProfit), F(r.Depreciation), F(r.WageCosts), F(r.Employees), F(r.Exports), F(r.RdExpenditure));
            foreach (var c in line)
            {
                hash = (hash ^ c) * 1099511628211UL;
            }

            hash = (hash ^ '\n') * 1099511628211UL;
        }

        return hash;

        static string F(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "NA";
    }
}
