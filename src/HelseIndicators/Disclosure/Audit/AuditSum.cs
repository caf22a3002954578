using System.Globalization;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// A sum of one measure over a set of firm-years of a group and year: a level, one side of a ratio over the firms that
/// report both fields, a same-firm sum, the top-8 exporters, or the rest of a level outside such a subset. Each is a
/// cell in the sense of INDICATORS.md §5.1, item 3.
/// </summary>
/// <remarks>Equality: reference (the audit keeps one per firm set and measure). Thread safety: immutable.</remarks>
internal sealed class AuditSum
{
    public AuditSum(FirmSet firms, Measure measure, GroupKey group, int year, string scope, AuditPanel panel)
    {
        Firms = firms;
        Measure = measure;
        Group = group;
        Year = year;
        Scope = scope;
        var sum = 0m;
        foreach (var i in firms.Indices)
        {
            sum += panel.FirmYears[i].Value(measure);
        }

        Value = sum;
    }

    public FirmSet Firms { get; }

    public Measure Measure { get; }

    public GroupKey Group { get; }

    public int Year { get; }

    /// <summary>Which firms of the group, in words ("firms reporting revenue").</summary>
    public string Scope { get; }

    /// <summary>The true sum, exact.</summary>
    public decimal Value { get; }

    /// <summary>The level indicator of the measure (revenue, value_added, …).</summary>
    public IndicatorId Quantity => Measures.LevelId(Measure);

    /// <summary>A short name: "revenue[segment=pharma 2015]", with the scope when it is not the whole level.</summary>
    public string Name => string.Create(CultureInfo.InvariantCulture, $"{Quantity}[{Group} {Year}{(IsLevel ? "" : "; " + Scope)}]");

    /// <summary>Whether this is the level of the group (the firms reporting the measure).</summary>
    public bool IsLevel { get; init; }

    /// <summary>A description for people: "revenue of segment=pharma in 2015, firms reporting revenue (4 firms)".</summary>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Quantity} of {Group} in {Year}, {Scope} ({Firms.Count} {(Firms.Count == 1 ? "firm" : "firms")})");

    public override string ToString() => Name;
}
