using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
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
/// <para>Accepts, rejects and classifies exactly as <see cref="PanelAggregate"/> (<see cref="RowIntake"/>), and gives
/// the same tables for the same rows.</para>
/// <para>Parts of one file, read at once, are joined in file order with <see cref="Join"/>: the same-firm pair of a
/// firm whose rows straddle two parts is added then.</para>
/// <para>Thread safety: not thread-safe to add to; <see cref="ToTable"/> does not change it.</para>
/// </remarks>
internal sealed class FirmGroupedAggregate : ICsvRowSink<PanelRow>
{
    private readonly RowIntake _intake;
    private readonly DetailCells _cells;
    private FirmYearValues _previous = new();
    private FirmYearValues _current = new();
    private FirmYearValues? _first;
    private long _used;
    private long _unclassified;

    /// <param name="taxonomy">The taxonomy (null = <see cref="Taxonomy.Default"/>).</param>
    /// <param name="firmList">The firm list (null = none).</param>
    /// <param name="dominanceN">The largest values each sum keeps: the largest dominance n a table may ask for.</param>
    public FirmGroupedAggregate(Taxonomy? taxonomy, FirmList? firmList, int dominanceN)
    {
        _intake = new RowIntake(taxonomy, firmList);
        _cells = new DetailCells(new CountyTable(), dominanceN);
    }

    public Taxonomy Taxonomy => _intake.Taxonomy;

    public FirmList FirmList => _intake.FirmList;

    /// <summary>The largest dominance n a table of this aggregate can use.</summary>
    public int DominanceN => _cells.DominanceN;

    public PanelDiagnostics Diagnostics => _intake.Diagnostics(_used, _unclassified);

    /// <inheritdoc/>
    /// <remarks>The row comes from the panel reader, which has checked the row rules (see
    /// <see cref="RowIntake.AcceptFromReader"/>).</remarks>
    public void Take(in PanelRow row)
    {
        if (!_intake.AcceptFromReader(in row))
        {
            return;
        }

        _used++;
        var now = _current;
        now.OrganisationNumber = row.OrganisationNumber.Value;
        now.Year = row.Year;
        now.Segment = _intake.SegmentOf(in row);
        if (now.Segment < 0)
        {
            _unclassified++;
        }
        else
        {
            var size = (byte)SizeClasses.FromEmployees(row.Employees is < 0 ? null : row.Employees);
            now.Slot = _cells.SlotOf(new CellSlot(now.Segment, _cells.Counties.IndexOf(row.County), size));
            var present = 0;
            for (var f = 0; f < 7; f++)
            {
                if (row.Amounts[f] is { } value)
                {
                    now.Values[f] = value;
                    present |= 1 << f;
                }
                else
                {
                    now.Values[f] = 0m;
                }
            }

            now.Present = Measures.CompleteValueAdded(now.Values, present);
            _cells.Add(now.Slot, now.Year, now.Values, now.Present);
        }

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

    /// <summary>
    /// Adds the rows of the next part of the same file (read after this one's rows, in file order) and takes over its
    /// cells; do not use <paramref name="next"/> after.
    /// </summary>
    public void Join(FirmGroupedAggregate next)
    {
        if (next._first is null)
        {
            _intake.AddRejections(next._intake);
            return;
        }

        // The next part's rows refer to its own slots: move them to this one's.
        var first = Rehome(next._first, next._cells);
        var last = Rehome(next._previous, next._cells);
        if (_first is not null)
        {
            AddSameFirm(_previous, first);
        }
        else
        {
            _first = first;
        }

        _cells.Merge(next._cells);
        _intake.AddRejections(next._intake);
        _used += next._used;
        _unclassified += next._unclassified;
        _previous = last;
    }

    private FirmYearValues Rehome(FirmYearValues values, DetailCells from)
    {
        var copy = values.Copy();
        if (copy.Segment >= 0)
        {
            var slot = from.Slots[copy.Slot];
            copy.Slot = _cells.SlotOf(slot with { County = _cells.Counties.IndexOf(from.Counties.NameOf(slot.County)) });
        }

        return copy;
    }

    /// <summary>Computes an indicator table (see <see cref="PanelAggregate.ToTable"/>).</summary>
    /// <exception cref="ArgumentException">As <see cref="PanelAggregate.ToTable"/>; or the request's dominance n is
    /// larger than <see cref="DominanceN"/>.</exception>
    public IndicatorTable ToTable(IndicatorRequest request)
    {
        TableBuilder.CheckRequest(request, Taxonomy, FirmList);
        var disclosure = request.Disclosure ?? DisclosureControlOptions.Default;
        if (TableBuilder.TopNOf(disclosure) > DominanceN)
        {
            throw new ArgumentException(
                DominanceN == 0
                    ? "The file was read with disclosure control off, so its cells cannot be checked for dominance; read it with this request."
                    : $"The file was read keeping the {DominanceN} largest values per cell; read it with this request to use a dominance n of {disclosure.DominanceN}.",
                nameof(request));
        }

        return new TableBuilder(_cells, Taxonomy, Diagnostics, request, disclosure).Build();
    }

    /// <summary>A firm's classified firm-years in consecutive years, both kept, make a same-firm pair.</summary>
    private void AddSameFirm(FirmYearValues before, FirmYearValues now)
    {
        if (before.OrganisationNumber == now.OrganisationNumber && before.Year == now.Year - 1
            && before.Segment >= 0 && now.Segment >= 0)
        {
            _cells.AddSameFirm(before.Slot, now.Slot, now.Year, now.Values, now.Present, before.Values, before.Present);
        }
    }

    /// <summary>The measures of one accepted firm-year, kept until the next row.</summary>
    private sealed class FirmYearValues
    {
        public int OrganisationNumber;
        public int Year;
        public short Segment;
        public int Slot;
        public int Present;
        public decimal[] Values = new decimal[Measures.Count];

        public FirmYearValues Copy()
        {
            var copy = (FirmYearValues)MemberwiseClone();
            copy.Values = (decimal[])Values.Clone();
            return copy;
        }
    }
}
