using System.Globalization;
using System.Runtime.CompilerServices;
using HelseIndicators.Data.Panel;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// What every aggregate does with a row before keeping it: the row rules (rejections counted by reason) and the
/// classification into a segment of the taxonomy, shared by <see cref="PanelAggregate"/> and
/// <see cref="FirmGroupedAggregate"/> so both accept and classify exactly alike.
/// </summary>
/// <remarks>Thread safety: not thread-safe; one per aggregate.</remarks>
internal sealed class RowIntake
{
    private const int MaxSegmentCache = 4096;
    private readonly Dictionary<(string? SegmentId, NaceCode? NaceCode), short> _segmentCache = [];
    private readonly Dictionary<Segment, short> _segmentIndex = [];
    private readonly Dictionary<string, long> _rejections = new(StringComparer.Ordinal);
    private readonly FirmClassifier _classifier;
    private readonly Recent[] _recent = new Recent[RecentSize];
    private string? _lastSegmentId;
    private NaceCode? _lastNaceCode;
    private short _lastSegment = short.MinValue;

    private const int RecentSize = 64; // a power of two

    public RowIntake(Taxonomy? taxonomy, FirmList? firmList)
    {
        _classifier = new FirmClassifier(taxonomy, firmList);
        var segments = _classifier.Taxonomy.Segments;
        for (var i = 0; i < segments.Count; i++)
        {
            _segmentIndex[segments[i]] = checked((short)i);
        }
    }

    public Taxonomy Taxonomy => _classifier.Taxonomy;

    public FirmList FirmList => _classifier.FirmList;

    /// <summary>The rejected rows by reason.</summary>
    public IReadOnlyDictionary<string, long> Rejections => _rejections;

    /// <summary>Counts rejected rows under a reason.</summary>
    public void Reject(string reason, long count) =>
        _rejections[reason] = _rejections.GetValueOrDefault(reason) + count;

    /// <summary>Adds another intake's rejections to this one's.</summary>
    public void AddRejections(RowIntake other)
    {
        foreach (var (reason, count) in other._rejections)
        {
            Reject(reason, count);
        }
    }

    /// <summary>The diagnostics of an aggregate with this intake's rejections.</summary>
    /// <param name="used">The accepted firm-years.</param>
    /// <param name="unclassified">The accepted firm-years in no segment.</param>
    /// <param name="duplicates">The rows rejected as duplicates (kept apart by <see cref="PanelAggregate"/>).</param>
    public PanelDiagnostics Diagnostics(long used, long unclassified, long duplicates = 0)
    {
        var list = new List<RejectionCount>(_rejections.Count + 1);
        foreach (var (reason, count) in _rejections)
        {
            list.Add(new RejectionCount(reason, count));
        }

        if (duplicates > 0)
        {
            list.Add(new RejectionCount(PanelAggregate.DuplicateReason, duplicates));
        }

        return new PanelDiagnostics(used, unclassified, PanelDiagnostics.Sort(list));
    }

    /// <summary>Checks the row rules, counting a rejection; true when the row is accepted.</summary>
    public bool Accept(in PanelRow row)
    {
        if (RejectionOf(in row) is { } reason)
        {
            Reject(reason, 1);
            return false;
        }

        return true;
    }

    /// <summary>
    /// Checks what the panel reader does not: the currency (v1 uses NOK amounts only). The reader has already checked
    /// the year and every rule of <see cref="FirmYear.Validate"/>, and rejected the rows that break one.
    /// </summary>
    public bool AcceptFromReader(in PanelRow row)
    {
        if (row.Currency == Currency.Nok && row.Year is >= 1 and <= 9999)
        {
            return true;
        }

        return Accept(in row);
    }

    /// <summary>The index of the row's segment in the taxonomy, or −1 when unclassified. Without a firm list the
    /// classification depends only on the row's segment id and industry code, so it is cached by those two.</summary>
    public short SegmentOf(in PanelRow row)
    {
        if (_classifier.FirmList.Count == 0)
        {
            // The reader pools the texts, so a firm's consecutive rows usually hold the very same segment id.
            return _lastSegment != short.MinValue && ReferenceEquals(row.SegmentId, _lastSegmentId) && row.NaceCode == _lastNaceCode
                ? _lastSegment
                : SegmentOfNewTexts(in row);
        }

        return Classify(in row);
    }

    // The classification of a row whose texts are not the row before's, out of the way of the usual row (its frame is
    // larger): by the recent classifications, else the cache by value, else the classifier.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private short SegmentOfNewTexts(in PanelRow row)
    {
        // First the recent classifications, found by the texts' identity (the reader's texts are pooled, so a code
        // read again is the same object): no hashing of the texts; equal references are equal values, so a miss
        // only costs the dictionary's lookup.
        var digits = row.NaceCode?.Digits;
        ref var recent = ref _recent[((RuntimeHelpers.GetHashCode(row.SegmentId) * 31) + RuntimeHelpers.GetHashCode(digits)) & (RecentSize - 1)];
        short cached;
        if (recent.IsSet && ReferenceEquals(recent.SegmentId, row.SegmentId) && ReferenceEquals(recent.Digits, digits)
            && recent.NaceCode == row.NaceCode)
        {
            cached = recent.Segment;
        }
        else
        {
            var key = (row.SegmentId, row.NaceCode);
            if (!_segmentCache.TryGetValue(key, out cached))
            {
                cached = Classify(in row);
                if (_segmentCache.Count < MaxSegmentCache)
                {
                    _segmentCache.Add(key, cached);
                }
            }

            recent = new Recent { IsSet = true, SegmentId = row.SegmentId, Digits = digits, NaceCode = row.NaceCode, Segment = cached };
        }

        (_lastSegmentId, _lastNaceCode, _lastSegment) = (row.SegmentId, row.NaceCode, cached);
        return cached;
    }

    /// <summary>The reason a row is rejected (year, currency, row rules of <see cref="FirmYear.Validate"/>), or null.</summary>
    public static string? RejectionOf(in PanelRow row)
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

    /// <summary>A classification remembered by the identity of its texts (see <see cref="SegmentOf"/>).</summary>
    private struct Recent
    {
        public bool IsSet;
        public string? SegmentId;
        public string? Digits;
        public NaceCode? NaceCode;
        public short Segment;
    }

    private short Classify(in PanelRow row) =>
        _classifier.Classify(row.OrganisationNumber, row.Year, row.SegmentId, row.NaceCode).Segment is { } segment ? _segmentIndex[segment] : (short)-1;
}
