using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// The intruder's unknowns after merging (<see cref="InterchangeableFirmYears"/>): one per merged group and field
/// present (revenue, operating_profit, depreciation, wage_costs, employees, exports, rd_expenditure). Value added is no
/// unknown: it is operating profit + depreciation (when present) + wage costs.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class AuditUnknowns
{
    private static readonly Measure[] s_fields =
        [Measure.Revenue, Measure.OperatingProfit, Measure.Depreciation, Measure.WageCosts, Measure.Employees, Measure.Exports, Measure.RdExpenditure];

    private readonly AuditPanel _panel;
    private readonly InterchangeableFirmYears _merged;
    private readonly int[,] _index;
    private readonly List<(int Group, Measure Field)> _unknowns = [];
    private readonly List<decimal> _values = [];

    public AuditUnknowns(AuditPanel panel, InterchangeableFirmYears merged)
    {
        _panel = panel;
        _merged = merged;
        _index = new int[merged.Count, s_fields.Length];
        for (var g = 0; g < merged.Count; g++)
        {
            var members = merged.Members(g);
            var first = panel.FirmYears[members[0]];
            foreach (var field in s_fields)
            {
                _index[g, (int)field] = -1;
                if (first.Has(field))
                {
                    _index[g, (int)field] = _unknowns.Count;
                    _unknowns.Add((g, field));
                    _values.Add(members.Sum(i => panel.FirmYears[i].Value(field)));
                }
            }
        }
    }

    public int Count => _unknowns.Count;

    public InterchangeableFirmYears Merged => _merged;

    public Measure FieldOf(int unknown) => _unknowns[unknown].Field;

    public int GroupOf(int unknown) => _unknowns[unknown].Group;

    /// <summary>Whether the unknown may be negative (operating profit).</summary>
    public bool IsFree(int unknown) => _unknowns[unknown].Field == Measure.OperatingProfit;

    /// <summary>The true value: the sum of the members' field.</summary>
    public decimal TrueValue(int unknown) => _values[unknown];

    /// <summary>The unknown of a group's field, or −1 when the field is absent.</summary>
    public int Of(int group, Measure field) => _index[group, (int)field];

    /// <summary>The unknowns whose sum is a group's measure: the field itself, or value added's parts.</summary>
    public IEnumerable<int> Parts(int group, Measure measure)
    {
        if (measure != Measure.ValueAdded)
        {
            if (Of(group, measure) is >= 0 and var u)
            {
                yield return u;
            }

            yield break;
        }

        foreach (var field in (Measure[])[Measure.OperatingProfit, Measure.Depreciation, Measure.WageCosts])
        {
            if (Of(group, field) is >= 0 and var u)
            {
                yield return u;
            }
        }
    }

    /// <summary>Adds coefficient × the sum to an accumulator over the unknowns.</summary>
    public void AddTo(RationalAccumulator accumulator, AuditSum sum, Rational coefficient)
    {
        foreach (var g in _merged.GroupsOf(sum.Firms))
        {
            foreach (var u in Parts(g, sum.Measure))
            {
                accumulator.Add(u, coefficient);
            }
        }
    }

    /// <summary>The firm-years of the unknown's group, in words ("923609016 2015", or "3 firm-years of 2015").</summary>
    public string Describe(int unknown)
    {
        var members = _merged.Members(GroupOf(unknown));
        var first = _panel.FirmYears[members[0]];
        return members.Length == 1
            ? $"{first.OrganisationNumber} {first.Year}"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{members.Length} interchangeable firm-years of {first.Year}");
    }
}
