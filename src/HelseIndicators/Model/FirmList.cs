namespace HelseIndicators.Model;

/// <summary>
/// A list of firms in the health industry (organisation number → segment), the way Menon Economics delimits the
/// industry. For a firm-year, the applicable row with the latest <see cref="FirmListEntry.FromYear"/> wins; a row
/// without a year applies from the start.
/// </summary>
/// <remarks>
/// Equality: by reference. Thread safety: immutable, safe to share. An empty list is valid and classifies nothing.
/// </remarks>
public sealed class FirmList
{
    // Per firm, its rows ordered by FromYear descending (null last).
    private readonly Dictionary<OrganisationNumber, FirmListEntry[]> _entries;

    /// <summary>Creates a firm list.</summary>
    /// <param name="entries">The rows.</param>
    /// <exception cref="ArgumentNullException"><paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException">A firm has two rows with the same <see cref="FirmListEntry.FromYear"/>.</exception>
    public FirmList(IEnumerable<FirmListEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var all = entries.ToList();
        _entries = new Dictionary<OrganisationNumber, FirmListEntry[]>();
        foreach (var group in all.GroupBy(e => e.OrganisationNumber))
        {
            var rows = group.OrderByDescending(e => e.FromYear ?? int.MinValue).ToArray();
            for (var i = 1; i < rows.Length; i++)
            {
                if (rows[i].FromYear == rows[i - 1].FromYear)
                {
                    throw new ArgumentException(
                        $"The firm {group.Key} has two rows {(rows[i].FromYear is { } y ? $"from {y}" : "without a year")}; keep one.",
                        nameof(entries));
                }
            }

            _entries.Add(group.Key, rows);
        }

        Count = all.Count;
    }

    /// <summary>Gets an empty firm list.</summary>
    public static FirmList Empty { get; } = new([]);

    /// <summary>Gets the number of rows.</summary>
    public int Count { get; }

    /// <summary>Gets the number of distinct firms.</summary>
    public int FirmCount => _entries.Count;

    /// <summary>Gets every row, firm by firm.</summary>
    public IEnumerable<FirmListEntry> Entries => _entries.Values.SelectMany(e => e);

    /// <summary>Finds the segment the list gives a firm in a year.</summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">The fiscal year.</param>
    /// <param name="segmentId">The segment id of the applicable row with the latest start.</param>
    /// <returns>False when the firm is not on the list, or only from a later year.</returns>
    public bool TryGetSegment(OrganisationNumber organisationNumber, int year, out string segmentId)
    {
        if (_entries.TryGetValue(organisationNumber, out var rows))
        {
            foreach (var row in rows)
            {
                if (row.FromYear is null || row.FromYear <= year)
                {
                    segmentId = row.SegmentId;
                    return true;
                }
            }
        }

        segmentId = "";
        return false;
    }
}
