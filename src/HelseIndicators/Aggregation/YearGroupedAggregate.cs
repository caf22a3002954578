using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The aggregate of rows that come grouped by year, years ascending, each firm once a year (yearly extracts one after
/// the other): every row is summed into its <see cref="DetailCells"/> at once; what is kept is the classified firms of
/// the year before and of the year being read, with their growth measures only (about 110 bytes a firm and year), for
/// same-firm growth (none when the tables need no same-firm growth: see <see cref="CellContent"/>), so the memory grows
/// with the firms of one year, not with the rows. The order is checked by the
/// reader (see <see cref="YearGroupedOrder"/>), which also makes a duplicate (org_number, year) impossible here.
/// </summary>
/// <remarks>Thread safety: not thread-safe to add to; <see cref="StreamingAggregate.ToTable"/> does not change it.</remarks>
internal sealed class YearGroupedAggregate(Taxonomy? taxonomy, FirmList? firmList, int dominanceN, SlotDetail detail, CellContent content)
    : StreamingAggregate(taxonomy, firmList, dominanceN, detail, content)
{
    private readonly FirmYearValues _current = new();
    private Dictionary<int, Kept> _before = [];
    private Dictionary<int, Kept> _now = [];
    private int _year = int.MinValue;

    protected override FirmYearValues Next(int organisationNumber, int year)
    {
        if (year != _year)
        {
            // A new year: the year being read becomes the year before; the one before that is let go.
            _before.Clear();
            (_before, _now) = (_now, _before);
            _year = year;
        }

        return _current;
    }

    protected override void Added(FirmYearValues now)
    {
        if (now.Segment < 0 || !KeepsSameFirms)
        {
            return; // an unclassified firm-year is in no same-firm pair; without same-firm sums no firm is kept
        }

        var measures = GrowthMeasures.All;
        ref readonly var before = ref CollectionsMarshal.GetValueRefOrNullRef(_before, now.OrganisationNumber);
        if (!Unsafe.IsNullRef(in before) && before.Year == now.Year - 1)
        {
            Span<decimal> previous = stackalloc decimal[Measures.Count];
            for (var i = 0; i < measures.Length; i++)
            {
                previous[(int)measures[i]] = before.Values[i];
            }

            Cells.AddSameFirm(before.Slot, now.Slot, now.Year, now.Values, now.Present, previous, before.Present);
        }

        var kept = new Kept { Year = now.Year, Slot = now.Slot, Present = now.Present };
        for (var i = 0; i < measures.Length; i++)
        {
            kept.Values[i] = now.Values[(int)measures[i]];
        }

        _now.Add(now.OrganisationNumber, kept);
    }

    /// <summary>What a firm-year needs to be the year before of a same-firm pair.</summary>
    private struct Kept
    {
        public int Year;
        public int Slot;
        public int Present;
        public GrowthValues Values;
    }

    /// <summary>The growth measures of a firm-year, in the order of <see cref="GrowthMeasures.All"/> (a test checks
    /// that the length is theirs).</summary>
    [InlineArray(GrowthMeasures.Count)]
    private struct GrowthValues
    {
        private decimal _element0;
    }
}
