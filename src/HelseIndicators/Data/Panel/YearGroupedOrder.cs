namespace HelseIndicators.Data.Panel;

/// <summary>
/// Checks that the firm-years of a read come grouped by year, years ascending, each firm at most once a year (yearly
/// extracts one after the other; the firms of a year in any order). In that order no (org_number, year) can come
/// twice, and a firm's year before has been read completely when its year begins, so the rows can be summed as they
/// come (see <c>YearGroupedAggregate</c>). Memory: the firms of the year being read (about 5 bytes a firm).
/// </summary>
/// <remarks>Thread safety: not thread-safe; one per read.</remarks>
internal sealed class YearGroupedOrder
{
    private FirmNumberSet _firms = new();
    private int _year = int.MinValue;

    /// <summary>Gets the first year seen (<see cref="int.MinValue"/> when none).</summary>
    public int FirstYear { get; private set; } = int.MinValue;

    /// <summary>Gets the last year seen (<see cref="int.MinValue"/> when none).</summary>
    public int LastYear => _year;

    /// <summary>Whether the parts of a file, read at once and each in this order, are in it together: every part's
    /// years come after the years of the parts before it.</summary>
    /// <param name="parts">The parts' orders, in file order.</param>
    public static bool FollowEachOther(IEnumerable<YearGroupedOrder> parts)
    {
        var last = int.MinValue;
        foreach (var part in parts)
        {
            if (part.FirstYear == int.MinValue)
            {
                continue;
            }

            if (part.FirstYear <= last)
            {
                return false;
            }

            last = part.LastYear;
        }

        return true;
    }

    /// <summary>Records the next firm-year; false when it breaks the order.</summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">The year.</param>
    public bool TryNext(int organisationNumber, int year)
    {
        if (year != _year)
        {
            if (year < _year)
            {
                return false;
            }

            _year = year;
            _firms = new FirmNumberSet();
            if (FirstYear == int.MinValue)
            {
                FirstYear = year;
            }
        }

        return _firms.Add(organisationNumber);
    }
}
