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
            _firms = new FirmNumberSet(_firms.Count); // sized for as many firms as the year before
        }

        return _firms.Add(organisationNumber);
    }
}
