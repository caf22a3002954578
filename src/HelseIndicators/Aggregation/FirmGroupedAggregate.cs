using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The aggregate of rows that come grouped by firm, with each firm's years ascending (as <c>helse sample</c>, registers
/// and most extracts write them): every row is summed into its <see cref="DetailCells"/> at once and forgotten, so the
/// memory does not grow with the number of rows. A firm's year before is the row just before it, which is all that
/// same-firm growth needs. The order itself is checked by the reader (see <see cref="FirmGroupedOrder"/>), which
/// also makes a duplicate (org_number, year) impossible here.
/// </summary>
/// <remarks>
/// <para>Parts of one file, read at once, are joined in file order with <see cref="Join"/>: the same-firm pair of a
/// firm whose rows straddle two parts is added then.</para>
/// <para>Thread safety: not thread-safe to add to; <see cref="StreamingAggregate.ToTable"/> does not change it.</para>
/// </remarks>
internal sealed class FirmGroupedAggregate(Taxonomy? taxonomy, FirmList? firmList, int dominanceN, SlotDetail detail, CellContent content)
    : StreamingAggregate(taxonomy, firmList, dominanceN, detail, content)
{
    private FirmYearValues _previous = new();
    private FirmYearValues _current = new();
    private FirmYearValues? _first;

    /// <summary>
    /// Adds the rows of the next part of the same file (read after this one's rows, in file order) and takes over its
    /// cells; do not use <paramref name="next"/> after.
    /// </summary>
    public void Join(FirmGroupedAggregate next)
    {
        AddAccounting(next);
        if (next._first is null)
        {
            return;
        }

        // The next part's rows refer to its own slots: move them to this one's.
        var first = Rehome(next._first, next.Cells);
        var last = Rehome(next._previous, next.Cells);
        if (_first is not null)
        {
            AddSameFirm(_previous, first);
        }
        else
        {
            _first = first;
        }

        Cells.Merge(next.Cells);
        _previous = last;
    }

    protected override FirmYearValues Next(int organisationNumber, int year) => _current;

    protected override void Added(FirmYearValues now)
    {
        if (_first is null)
        {
            _first = now.Copy();
        }
        else
        {
            AddSameFirm(_previous, now);
        }

        (_previous, _current) = (now, _previous);
    }

    private FirmYearValues Rehome(FirmYearValues values, DetailCells from)
    {
        var copy = values.Copy();
        if (copy.Segment >= 0)
        {
            copy.Slot = Cells.SlotOf(from, copy.Slot);
        }

        return copy;
    }
}
