using System.Runtime.InteropServices;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The exact, mergeable partial aggregate of a firm-year panel: add rows (in any order, in any number of parts),
/// merge parts, then turn the result into an <see cref="IndicatorTable"/> for a request.
/// </summary>
/// <remarks>
/// <para><b>What it keeps.</b> One compact record per accepted firm-year (its classification, county, size class
/// and the seven account fields, exactly: 64-bit mantissas with their decimal scales, 72 bytes without object
/// references; a record with a value that does not fit keeps its decimals in a side table). Same-firm growth needs each firm's values in consecutive years,
/// and the rule "the same (org_number, year) twice is an error" needs every key seen; keeping the records also
/// makes the aggregate exact under any split: cell sums, dominance top-n lists and top-8 exporters are computed
/// from the records in <see cref="ToTable"/>, so the result never depends on the order of rows or parts.</para>
/// <para><b>Rejections.</b> A row that breaks a row rule (<see cref="FirmYear.Validate"/>), a non-NOK row (v1 has no
/// exchange rates), a year outside 1–9999 and every occurrence of a duplicate (org_number, year) are rejected and
/// counted by reason. Duplicates reject all their occurrences, because which one is right cannot be known; this also
/// keeps the outcome independent of order and of splitting. Unclassified firm-years are kept (so duplicates among
/// them are found) and counted, but belong to no group and no total.</para>
/// <para><b>Cost.</b> <see cref="Add(FirmYear)"/> allocates nothing for a valid classified row beyond the dictionary's
/// amortised growth (about 88 bytes per firm-year).</para>
/// <para>Thread safety: not thread-safe; use one aggregate per thread and <see cref="Merge"/> them.</para>
/// </remarks>
public sealed class PanelAggregate : ICsvRowSink<PanelRow>
{
    internal const string DuplicateReason = "duplicate (org_number, year): every occurrence is rejected";

    /// <summary>From this many records on, the detail cells are computed in parallel partitions of the years.</summary>
    internal const int ParallelThreshold = 100_000;

    private readonly Dictionary<long, FirmRecord> _records;
    private readonly Dictionary<long, long> _duplicates = [];
    private readonly List<FieldValues> _wide = [];
    private readonly CountyTable _counties = new();
    private readonly RowIntake _intake;
    private long _unclassified;

    /// <summary>Creates an empty aggregate that classifies with a taxonomy and a firm list.</summary>
    /// <param name="taxonomy">The taxonomy (null = <see cref="Taxonomy.Default"/>).</param>
    /// <param name="firmList">The firm list (null = none).</param>
    public PanelAggregate(Taxonomy? taxonomy = null, FirmList? firmList = null)
        : this(taxonomy, firmList, 0)
    {
    }

    /// <summary>Creates an empty aggregate with room for a number of firm-years (avoids re-hashing while adding).</summary>
    /// <param name="taxonomy">The taxonomy (null = <see cref="Taxonomy.Default"/>).</param>
    /// <param name="firmList">The firm list (null = none).</param>
    /// <param name="capacity">The expected number of firm-years, ≥ 0.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public PanelAggregate(Taxonomy? taxonomy, FirmList? firmList, int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _records = new Dictionary<long, FirmRecord>(capacity);
        _intake = new RowIntake(taxonomy, firmList);
    }

    /// <summary>Creates an empty aggregate that classifies as a request says.</summary>
    /// <param name="request">The request (its taxonomy and firm list are used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public PanelAggregate(IndicatorRequest request)
        : this((request ?? throw new ArgumentNullException(nameof(request))).Taxonomy, request.FirmList)
    {
    }

    /// <summary>Gets the taxonomy used for classification.</summary>
    public Taxonomy Taxonomy => _intake.Taxonomy;

    /// <summary>Gets the firm list used for classification.</summary>
    public FirmList FirmList => _intake.FirmList;

    /// <summary>Gets the number of accepted firm-years so far (classified or not).</summary>
    public int Count => _records.Count;

    /// <summary>Gets the counts of rows read, used, rejected and unclassified so far.</summary>
    public PanelDiagnostics Diagnostics
    {
        get
        {
            long duplicates = 0;
            foreach (var count in _duplicates.Values)
            {
                duplicates += count;
            }

            return _intake.Diagnostics(_records.Count, _unclassified, duplicates);
        }
    }

    /// <summary>Adds one firm-year.</summary>
    /// <param name="row">The row.</param>
    /// <returns>Whether the row was accepted (false: rejected and counted; a later duplicate can still reject an
    /// accepted row).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public bool Add(FirmYear row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var values = PanelRow.From(row);
        return Add(in values);
    }

    /// <inheritdoc/>
    void ICsvRowSink<PanelRow>.Take(in PanelRow row) => Add(in row, fromReader: true);

    /// <summary>Adds one firm-year given as values (the reader's form: no object per row).</summary>
    /// <param name="row">The row.</param>
    /// <param name="fromReader">Whether the panel reader has checked the row rules already (see
    /// <see cref="RowIntake.AcceptFromReader"/>).</param>
    internal bool Add(in PanelRow row, bool fromReader = false)
    {
        if (!(fromReader ? _intake.AcceptFromReader(in row) : _intake.Accept(in row)))
        {
            return false;
        }

        var record = default(FirmRecord);
        record.Segment = _intake.SegmentOf(in row);
        record.County = _counties.IndexOf(row.County);
        record.Size = (byte)SizeClasses.FromEmployees(row.Employees is < 0 ? null : row.Employees);
        var wide = false;
        for (var f = 0; f < OptionalAmounts.Length; f++)
        {
            if (row.Amounts[f] is { } value)
            {
                wide = wide || !record.TrySet(f, value);
            }
        }

        record.Present = (byte)row.Amounts.Present;
        if (wide)
        {
            var values = default(FieldValues);
            row.Amounts.CopyTo(values); // an absent amount is 0
            record.SetWide(_wide.Count);
            _wide.Add(values);
        }

        return Insert(FirmRecord.Key(row.OrganisationNumber.Value, row.Year), record);
    }

    /// <summary>
    /// Merges another aggregate into this one, exactly: the result equals one aggregate over both parts' rows, in
    /// any order (duplicates across the parts are rejected like duplicates within one).
    /// </summary>
    /// <param name="other">The other aggregate; it is not changed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    /// <exception cref="ArgumentException">The other aggregate classifies with a different taxonomy or firm list.</exception>
    public void Merge(PanelAggregate other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (ReferenceEquals(other, this))
        {
            throw new ArgumentException("An aggregate cannot be merged into itself.", nameof(other));
        }

        if (!ReferenceEquals(other.Taxonomy, Taxonomy) || !ReferenceEquals(other.FirmList, FirmList))
        {
            throw new ArgumentException("Only aggregates with the same taxonomy and firm list can be merged.", nameof(other));
        }

        _intake.AddRejections(other._intake);
        foreach (var (key, count) in other._duplicates)
        {
            if (_records.Remove(key, out var mine))
            {
                Forget(mine);
                _duplicates[key] = count + 1;
            }
            else
            {
                _duplicates[key] = _duplicates.GetValueOrDefault(key) + count;
            }
        }

        _records.EnsureCapacity(_records.Count + other._records.Count);
        foreach (var (key, theirs) in other._records)
        {
            var record = theirs;
            record.County = _counties.IndexOf(other._counties.NameOf(theirs.County));
            if (theirs.IsWide)
            {
                record.SetWide(_wide.Count);
                _wide.Add(other._wide[theirs.WideIndex]);
            }

            Insert(key, record);
        }
    }

    /// <summary>Computes the indicator table of the rows added so far.</summary>
    /// <param name="request">What to compute.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent, or asks for another taxonomy or firm list than
    /// the aggregate classified with.</exception>
    /// <exception cref="Data.DataException">Constant prices are asked for and the price index lacks a year that is
    /// needed.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a <see cref="decimal"/> (more than 28–29
    /// significant digits): sums are never rounded.</exception>
    public IndicatorTable ToTable(IndicatorRequest request) => Build(request, DisclosureControlOptions.Default);

    internal IndicatorTable Build(IndicatorRequest request, DisclosureControlOptions defaultDisclosure, int? partitions = null) =>
        BuildPublication(request, [request.Dimensions], defaultDisclosure, partitions).Tables[0];

    /// <summary>Computes the tables of one publication of the rows added so far, protected together (INDICATORS.md
    /// §5.1): one table per breakdown, each with the request's years, indicators, prices and disclosure control.</summary>
    /// <param name="request">What to compute (its <see cref="IndicatorRequest.Dimensions"/> is not used).</param>
    /// <param name="breakdowns">The breakdowns, one table each (an empty one is the total alone).</param>
    /// <returns>The publication.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As <see cref="ToTable"/>; or no breakdown is given.</exception>
    /// <exception cref="Data.DataException">As <see cref="ToTable"/>.</exception>
    /// <exception cref="OverflowException">As <see cref="ToTable"/>.</exception>
    public IndicatorPublication ToPublication(IndicatorRequest request, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns) =>
        BuildPublication(request, breakdowns, DisclosureControlOptions.Default);

    internal IndicatorPublication BuildPublication(IndicatorRequest request, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns,
        DisclosureControlOptions defaultDisclosure, int? partitions = null)
    {
        var requests = IndicatorPublication.RequestsFor(request, breakdowns);
        foreach (var r in requests)
        {
            TableBuilder.CheckRequest(r, Taxonomy, FirmList);
        }

        var disclosure = request.Disclosure ?? defaultDisclosure;
        var detail = ToDetailCells(TableBuilder.TopNOf(disclosure), CellContent.For(request), partitions);
        return new IndicatorPublication(PublicationBuilder.Build(detail, Taxonomy, Diagnostics, requests, disclosure), disclosure);
    }

    /// <summary>
    /// Sums the records into detail cells. From <see cref="ParallelThreshold"/> records on (or as
    /// <paramref name="partitions"/> says), in parallel partitions of the years: every cell and same-firm cell belongs
    /// to the year of the record added to it, so the partitions fill disjoint cells.
    /// </summary>
    internal DetailCells ToDetailCells(int dominanceN, CellContent content, int? partitions = null)
    {
        var years = new SortedSet<int>();
        foreach (var key in _records.Keys)
        {
            years.Add(FirmRecord.YearOf(key));
        }

        var yearList = years.ToArray();
        var parts = Math.Max(1, Math.Min(partitions ?? (_records.Count >= ParallelThreshold ? Environment.ProcessorCount : 1), yearList.Length));
        if (parts == 1)
        {
            var all = new DetailCells(_counties, dominanceN, byPattern: dominanceN > 0, content: content);
            AddYears(all, _ => true);
            return all;
        }

        var cells = new DetailCells[parts];
        Parallel.For(0, parts, p =>
        {
            var mine = new HashSet<int>();
            for (var i = p; i < yearList.Length; i += parts)
            {
                mine.Add(yearList[i]);
            }

            cells[p] = new DetailCells(_counties, dominanceN, byPattern: dominanceN > 0, content: content);
            AddYears(cells[p], mine.Contains);
        });

        for (var p = 1; p < parts; p++)
        {
            cells[0].Merge(cells[p]);
        }

        return cells[0];
    }

    /// <summary>Adds the classified records of some years to detail cells, with their same-firm pairs (the firm's
    /// classified record of the year before).</summary>
    private void AddYears(DetailCells cells, Func<int, bool> isMine)
    {
        Span<decimal> values = stackalloc decimal[Measures.Count];
        Span<decimal> previous = stackalloc decimal[Measures.Count];
        var sameFirms = cells.Content.SameFirms; // no year before to look for when no same-firm growth is asked for
        foreach (var (key, record) in _records)
        {
            var year = FirmRecord.YearOf(key);
            if (record.Segment < 0 || !isMine(year))
            {
                continue;
            }

            var present = Values(record, values);
            var slot = cells.SlotOf(SlotOf(record));
            cells.Add(slot, year, values, present);
            if (sameFirms && year > 1 && _records.TryGetValue(key - 1, out var before) && before.Segment >= 0)
            {
                var presentBefore = Values(before, previous);
                cells.AddSameFirm(cells.SlotOf(SlotOf(before)), slot, year, values, present, previous, presentBefore);
            }
        }
    }

    private static CellSlot SlotOf(in FirmRecord record) => new(record.Segment, record.County, record.Size);

    /// <summary>The measures of a record (absent ones 0), and which are present.</summary>
    private int Values(in FirmRecord record, Span<decimal> values)
    {
        var present = record.Present & 0x7F;
        if (record.IsWide)
        {
            ref readonly var wide = ref CollectionsMarshal.AsSpan(_wide)[record.WideIndex];
            for (var f = 0; f < 7; f++)
            {
                values[f] = (present & (1 << f)) != 0 ? wide[f] : 0m;
            }
        }
        else
        {
            for (var f = 0; f < 7; f++)
            {
                values[f] = (present & (1 << f)) != 0 ? record.Get(f) : 0m;
            }
        }

        return Measures.CompleteValueAdded(values, present);
    }

    private bool Insert(long key, FirmRecord record)
    {
        if (_duplicates.Count > 0 && _duplicates.TryGetValue(key, out var seen))
        {
            _duplicates[key] = seen + 1;
            return false;
        }

        // One hash lookup for the common case (a new key); a duplicate removes the earlier record again.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_records, key, out var exists);
        if (exists)
        {
            var earlier = slot;
            _records.Remove(key);
            Forget(earlier);
            _duplicates[key] = 2;
            return false;
        }

        slot = record;
        if (record.Segment < 0)
        {
            _unclassified++;
        }

        return true;
    }

    private void Forget(in FirmRecord record)
    {
        if (record.Segment < 0)
        {
            _unclassified--;
        }
    }
}
