using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The aggregate of rows that come grouped by year, years ascending, each firm once a year (yearly extracts one after
/// the other): every row is summed into its <see cref="DetailCells"/> at once; what is kept is the firms of the year
/// before and of the year being read (about 200 bytes a firm), for same-firm growth, so the memory grows with the firms
/// of one year, not with the rows. The order is checked by the reader (see <see cref="YearGroupedOrder"/>), which also
/// makes a duplicate (org_number, year) impossible here.
/// </summary>
/// <remarks>
/// <para>Parts of one file cut at year changes, read at once, are joined in file order with <see cref="Join"/>: the
/// same-firm pairs between one part's last year and the next part's first year are added then (each part keeps the
/// firms of its first year for that).</para>
/// <para>Thread safety: not thread-safe to add to; <see cref="StreamingAggregate.ToTable"/> does not change it.</para>
/// </remarks>
internal sealed class YearGroupedAggregate(Taxonomy? taxonomy, FirmList? firmList, int dominanceN)
    : StreamingAggregate(taxonomy, firmList, dominanceN)
{
    private const int None = int.MinValue;
    private readonly Stack<FirmYearValues> _spare = new();
    private Dictionary<int, FirmYearValues> _before = [];
    private Dictionary<int, FirmYearValues> _now = [];
    private Dictionary<int, FirmYearValues>? _first; // the firms of the first year, once two more years have begun
    private int _beforeYear = None;
    private int _year = None;
    private int _firstYear = None;
    private FirmYearValues? _pending;

    /// <summary>
    /// Adds the rows of the next part of the same file (its years all after this one's) and takes over its cells; do not
    /// use <paramref name="next"/> after.
    /// </summary>
    public void Join(YearGroupedAggregate next)
    {
        AddAccounting(next);
        if (next._firstYear == None)
        {
            return;
        }

        var map = Rehoming(next.Cells);
        if (_year != None && _year == next._firstYear - 1)
        {
            foreach (var (firm, now) in next.FirstYearFirms())
            {
                if (_now.TryGetValue(firm, out var before))
                {
                    AddSameFirm(before, Rehome(now, map));
                }
            }
        }

        Cells.Merge(next.Cells);
        _now = Rehome(next._now, map);
        _year = next._year;
        if (_firstYear == None)
        {
            _firstYear = next._firstYear;
        }
    }

    protected override FirmYearValues Next(int organisationNumber, int year)
    {
        if (year != _year)
        {
            // A new year: the year being read becomes the year before, and the one before that is let go for reuse;
            // but the first year is kept, for a join with the part before this one.
            if (_beforeYear != None && _beforeYear == _firstYear)
            {
                _first = _before;
                _before = [];
            }
            else
            {
                foreach (var values in _before.Values)
                {
                    _spare.Push(values);
                }

                _before.Clear();
            }

            (_before, _now) = (_now, _before);
            _beforeYear = _year;
            _year = year;
            if (_firstYear == None)
            {
                _firstYear = year;
            }
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

    /// <summary>The classified firms of this part's first year.</summary>
    private Dictionary<int, FirmYearValues> FirstYearFirms() =>
        _first ?? (_beforeYear != None && _beforeYear == _firstYear ? _before : _now);

    /// <summary>The slots of this aggregate's cells for another's (counties matched by name).</summary>
    private int[] Rehoming(DetailCells from)
    {
        var map = new int[from.Slots.Count];
        for (var i = 0; i < map.Length; i++)
        {
            var slot = from.Slots[i];
            map[i] = Cells.SlotOf(slot with { County = Cells.Counties.IndexOf(from.Counties.NameOf(slot.County)) });
        }

        return map;
    }

    private static FirmYearValues Rehome(FirmYearValues values, int[] map)
    {
        var copy = values.Copy();
        copy.Slot = map[values.Slot];
        return copy;
    }

    private static Dictionary<int, FirmYearValues> Rehome(Dictionary<int, FirmYearValues> firms, int[] map)
    {
        var copy = new Dictionary<int, FirmYearValues>(firms.Count);
        foreach (var (firm, values) in firms)
        {
            copy.Add(firm, Rehome(values, map));
        }

        return copy;
    }
}
