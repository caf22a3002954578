using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The aggregate of rows that come grouped by year, years ascending, each firm once a year (yearly extracts one after
/// the other): every row is summed into its <see cref="DetailCells"/> at once; what is kept is the firms of the year
/// before and of the year being read (about 200 bytes a firm), for same-firm growth, so the memory grows with the firms
/// of one year, not with the rows. The order is checked by the reader (see <see cref="YearGroupedOrder"/>), which also makes a duplicate
/// (org_number, year) impossible here.
/// </summary>
/// <remarks>Thread safety: not thread-safe to add to; <see cref="StreamingAggregate.ToTable"/> does not change it.</remarks>
internal sealed class YearGroupedAggregate(Taxonomy? taxonomy, FirmList? firmList, int dominanceN)
    : StreamingAggregate(taxonomy, firmList, dominanceN)
{
    private Dictionary<int, FirmYearValues> _before = [];
    private Dictionary<int, FirmYearValues> _now = [];
    private readonly Stack<FirmYearValues> _spare = new();
    private int _year = int.MinValue;
    private FirmYearValues? _pending;

    protected override FirmYearValues Next(int organisationNumber, int year)
    {
        if (year != _year)
        {
            // A new year: the year being read becomes the year before; the one before that is let go for reuse.
            foreach (var values in _before.Values)
            {
                _spare.Push(values);
            }

            _before.Clear();
            (_before, _now) = (_now, _before);
            _year = year;
        }

        return _pending ??= _spare.Count > 0 ? _spare.Pop() : new FirmYearValues();
    }

    protected override void Added(FirmYearValues now)
    {
        _pending = null;
        if (now.Segment < 0)
        {
            _spare.Push(now); // an unclassified firm-year is in no same-firm pair
            return;
        }

        if (_before.TryGetValue(now.OrganisationNumber, out var before))
        {
            AddSameFirm(before, now);
        }

        _now.Add(now.OrganisationNumber, now);
    }
}
