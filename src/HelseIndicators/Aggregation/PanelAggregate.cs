using System.Globalization;
using System.Runtime.InteropServices;
using HelseIndicators.Data.Csv;
using HelseIndicators.Data.Panel;
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

    private readonly Dictionary<long, FirmRecord> _records;
    private readonly Dictionary<long, long> _duplicates = [];
    private readonly Dictionary<string, long> _rejections = new(StringComparer.Ordinal);
    private const int MaxSegmentCache = 4096;
    private readonly Dictionary<(string? SegmentId, NaceCode? NaceCode), short> _segmentCache = [];
    private readonly List<FieldValues> _wide = [];
    private readonly List<string> _counties = [];
    private readonly Dictionary<string, int> _countyIndex = new(StringComparer.Ordinal);
    private string? _lastCounty;
    private int _lastCountyIndex = -1;
    private readonly Dictionary<Segment, short> _segmentIndex;
    private readonly FirmClassifier _classifier;
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
        _classifier = new FirmClassifier(taxonomy, firmList);
        _segmentIndex = [];
        var segments = _classifier.Taxonomy.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            _segmentIndex[segments[i]] = checked((short)i);
        }
    }

    /// <summary>Creates an empty aggregate that classifies as a request says.</summary>
    /// <param name="request">The request (its taxonomy and firm list are used).</param>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    public PanelAggregate(IndicatorRequest request)
        : this((request ?? throw new ArgumentNullException(nameof(request))).Taxonomy, request.FirmList)
    {
    }

    /// <summary>Gets the taxonomy used for classification.</summary>
    public Taxonomy Taxonomy => _classifier.Taxonomy;

    /// <summary>Gets the firm list used for classification.</summary>
    public FirmList FirmList => _classifier.FirmList;

    /// <summary>Gets the number of accepted firm-years so far (classified or not).</summary>
    public int Count => _records.Count;

    /// <summary>Gets the counts of rows read, used, rejected and unclassified so far.</summary>
    public PanelDiagnostics Diagnostics
    {
        get
        {
            var list = new List<RejectionCount>(_rejections.Count + 1);
            foreach (var (reason, count) in _rejections)
            {
                list.Add(new RejectionCount(reason, count));
            }

            long duplicates = 0;
            foreach (var count in _duplicates.Values)
            {
                duplicates += count;
            }

            if (duplicates > 0)
            {
                list.Add(new RejectionCount(DuplicateReason, duplicates));
            }

            return new PanelDiagnostics(_records.Count, _unclassified, PanelDiagnostics.Sort(list));
        }
    }

    internal Dictionary<long, FirmRecord> Records => _records;

    /// <summary>The values of a wide record (see <see cref="FirmRecord"/>).</summary>
    internal ref readonly FieldValues WideValues(in FirmRecord record) =>
        ref CollectionsMarshal.AsSpan(_wide)[record.WideIndex];

    /// <summary>The county of a record's county index (null for −1).</summary>
    internal string? CountyOf(int index) => index < 0 ? null : _counties[index];

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
    void ICsvRowSink<PanelRow>.Take(in PanelRow row) => Add(in row);

    /// <summary>Adds one firm-year given as values (the reader's form: no object per row).</summary>
    internal bool Add(in PanelRow row)
    {
        var reason = RejectionOf(in row);
        if (reason is not null)
        {
            Reject(reason, 1);
            return false;
        }

        var record = default(FirmRecord);
        record.Segment = SegmentOf(in row);
        record.County = CountyIndex(row.County);
        record.Size = (byte)SizeClasses.FromEmployees(row.Employees is < 0 ? null : row.Employees);
        byte present = 0;
        var wide = false;
        for (var f = 0; f < 7; f++)
        {
            if (row.Amounts[f] is { } value)
            {
                present |= (byte)(1 << f);
                wide = wide || !record.TrySet(f, value);
            }
        }

        record.Present = present;
        if (wide)
        {
            var values = default(FieldValues);
            for (var f = 0; f < 7; f++)
            {
                values[f] = row.Amounts[f] ?? 0m;
            }

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

        foreach (var (reason, count) in other._rejections)
        {
            Reject(reason, count);
        }

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
            record.County = CountyIndex(other.CountyOf(theirs.County));
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
    public IndicatorTable ToTable(IndicatorRequest request) => Build(request, DisclosureControlOptions.Default);

    internal IndicatorTable Build(IndicatorRequest request, DisclosureControlOptions defaultDisclosure, int? partitions = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        if (request.Taxonomy is not null && !ReferenceEquals(request.Taxonomy, Taxonomy))
        {
            throw new ArgumentException("The request's taxonomy differs from the one the aggregate classified with.", nameof(request));
        }

        if (request.FirmList is not null && !ReferenceEquals(request.FirmList, FirmList))
        {
            throw new ArgumentException("The request's firm list differs from the one the aggregate classified with.", nameof(request));
        }

        return new TableBuilder(this, request, request.Disclosure ?? defaultDisclosure, partitions).Build();
    }

    private static string? RejectionOf(in PanelRow row)
    {
        if (row.Year is < 1 or > 9999)
        {
            return "year outside 1–9999";
        }

        if (row.Currency != Currency.Nok)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"currency {row.Currency.Code}: v1 has no exchange rates, only NOK amounts are used");
        }

        if (PassesRowRules(in row))
        {
            return null;
        }

        var problems = row.ToFirmYear().Validate();
        if (problems.Count == 0)
        {
            return null;
        }

        var first = problems[0];
        return first.Value < 0m
            ? $"{AccountFields.Id(first.Field)} is negative where it must be ≥ 0"
            : "exports are greater than revenue";
    }

    /// <summary>
    /// The row rules of <see cref="FirmYear.Validate"/> without its allocation, for the hot path: true means the row
    /// certainly passes; false sends it to <see cref="FirmYear.Validate"/> for the reasons. A test keeps the two in step.
    /// </summary>
    internal static bool PassesRowRules(FirmYear row) => PassesRowRules(PanelRow.From(row));

    private static bool PassesRowRules(in PanelRow row)
    {
        for (var f = 0; f < 7; f++)
        {
            if (row.Amounts[f] is < 0m && !AccountFields.MayBeNegative((AccountField)(f + 1)))
            {
                return false;
            }
        }

        var exports = row.Amounts[(int)AccountField.Exports - 1];
        var revenue = row.Amounts[(int)AccountField.Revenue - 1];
        return !(exports is { } e && revenue is { } r && e > r);
    }

    /// <summary>The index of the row's segment in the taxonomy, or −1 when unclassified. Without a firm list the
    /// classification depends only on the row's segment id and industry code, so it is cached by those two.</summary>
    private short SegmentOf(in PanelRow row)
    {
        if (_classifier.FirmList.Count == 0)
        {
            var key = (row.SegmentId, row.NaceCode);
            if (_segmentCache.TryGetValue(key, out var cached))
            {
                return cached;
            }

            cached = Classify(in row);
            if (_segmentCache.Count < MaxSegmentCache)
            {
                _segmentCache.Add(key, cached);
            }

            return cached;
        }

        return Classify(in row);
    }

    private short Classify(in PanelRow row) =>
        _classifier.Classify(row.OrganisationNumber, row.Year, row.SegmentId, row.NaceCode).Segment is { } segment ? _segmentIndex[segment] : (short)-1;

    private int CountyIndex(string? county)
    {
        if (county is null)
        {
            return -1;
        }

        // The reader pools county names, so consecutive rows usually hold the very same string.
        if (ReferenceEquals(county, _lastCounty))
        {
            return _lastCountyIndex;
        }

        if (!_countyIndex.TryGetValue(county, out var index))
        {
            index = _counties.Count;
            _counties.Add(county);
            _countyIndex.Add(county, index);
        }

        _lastCounty = county;
        _lastCountyIndex = index;
        return index;
    }

    private void Reject(string reason, long count) =>
        _rejections[reason] = _rejections.GetValueOrDefault(reason) + count;

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
