using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// One accepted, classified firm-year as the auditor sees it: its group coordinates (segment, link, county, size
/// class), classified as the engine does, and its measures (the seven fields and value added), exactly.
/// </summary>
/// <remarks>Thread safety: immutable after construction.</remarks>
internal sealed class AuditFirmYear
{
    /// <summary>The county of a row without one, as the engine names it.</summary>
    public const string UnknownCounty = "unknown";

    private readonly decimal[] _values;

    public AuditFirmYear(int index, FirmYear row, Segment segment)
    {
        Index = index;
        Row = row;
        Segment = segment;
        County = string.IsNullOrWhiteSpace(row.County) ? UnknownCounty : row.County;
        SizeClass = SizeClasses.Id(row.SizeClass);
        _values = new decimal[Measures.Count];
        foreach (var field in AccountFields.All)
        {
            if (row.Get(field) is { } value)
            {
                var m = Measures.FromField(field);
                _values[(int)m] = value;
                Present |= 1 << (int)m;
            }
        }

        // Value added (Menon): operating profit + depreciation + wage costs, when operating profit and wage costs are
        // present; a missing depreciation counts 0 (INDICATORS.md §4).
        if (Has(Measure.OperatingProfit) && Has(Measure.WageCosts))
        {
            _values[(int)Measure.ValueAdded] = _values[(int)Measure.OperatingProfit] + _values[(int)Measure.Depreciation]
                                               + _values[(int)Measure.WageCosts];
            Present |= 1 << (int)Measure.ValueAdded;
        }
    }

    /// <summary>The position in the audit's list of firm-years.</summary>
    public int Index { get; }

    public FirmYear Row { get; }

    public OrganisationNumber OrganisationNumber => Row.OrganisationNumber;

    public int Year => Row.Year;

    public Segment Segment { get; }

    /// <summary>The county as given, or <see cref="UnknownCounty"/> when empty or missing.</summary>
    public string County { get; }

    /// <summary>The size-class id.</summary>
    public string SizeClass { get; }

    /// <summary>Bit m set when measure m is present (value added when operating profit and wage costs are).</summary>
    public int Present { get; }

    /// <summary>The presence of the seven fields only (bits 0–6).</summary>
    public int FieldsPresent => Present & ~(1 << (int)Measure.ValueAdded);

    public bool Has(Measure measure) => (Present & (1 << (int)measure)) != 0;

    /// <summary>The value of a measure (0 when absent).</summary>
    public decimal Value(Measure measure) => _values[(int)measure];

    /// <summary>Whether the firm-year is in a group: every pair of the key matches (the total matches all).</summary>
    public bool IsIn(GroupKey group)
    {
        foreach (var (dimension, value) in group.Pairs)
        {
            var mine = dimension switch
            {
                GroupDimension.Segment => Segment.Id,
                GroupDimension.Link => Segment.Link.Id,
                GroupDimension.County => County,
                GroupDimension.SizeClass => SizeClass,
                _ => null,
            };
            if (!string.Equals(mine, value, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
