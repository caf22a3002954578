namespace HelseIndicators.Data.Panel;

/// <summary>
/// Checks that the firm-years of a read come grouped by firm, each firm's years ascending: a firm never comes back
/// once another firm's rows have begun, and a firm's year is always after its year before. In that order no
/// (org_number, year) can come twice, and a firm's year before is the row just before it, so the rows can be summed
/// as they come (see <c>FirmGroupedAggregate</c>). Memory: the set of firms already finished (about 5 bytes a firm,
/// <see cref="FirmNumberSet"/>), nothing per row.
/// </summary>
/// <remarks>Thread safety: not thread-safe; one per read.</remarks>
internal sealed class FirmGroupedOrder
{
    private readonly FirmNumberSet _finished = new();
    private readonly List<FirmNumberSet> _appended = []; // the finished firms of appended parts, kept as they are

    /// <summary>Gets whether no firm-year has been seen.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Gets the first firm-year seen (firm and year).</summary>
    public (int Firm, int Year) First { get; private set; }

    /// <summary>Gets the last firm-year seen (firm and year).</summary>
    public (int Firm, int Year) Last { get; private set; }

    /// <summary>Records the next firm-year; false when it breaks the order (then the order is not changed).</summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">The year.</param>
    public bool TryNext(int organisationNumber, int year)
    {
        if (IsEmpty)
        {
            IsEmpty = false;
            First = Last = (organisationNumber, year);
            return true;
        }

        if (organisationNumber == Last.Firm)
        {
            if (year <= Last.Year)
            {
                return false;
            }
        }
        else
        {
            if (IsFinished(organisationNumber))
            {
                return false;
            }

            _finished.Add(Last.Firm);
        }

        Last = (organisationNumber, year);
        return true;
    }

    /// <summary>
    /// Appends the order of the next part of the file (read right after this one); false when the two parts together
    /// break the order (then this one is left in an unspecified state).
    /// </summary>
    /// <param name="next">The order of the next part.</param>
    public bool TryAppend(FirmGroupedOrder next)
    {
        if (next.IsEmpty)
        {
            return true;
        }

        if (IsEmpty)
        {
            IsEmpty = false;
            First = next.First;
            Last = next.Last;
            Take(next);
            return true;
        }

        if (next.First.Firm == Last.Firm && next.First.Year <= Last.Year)
        {
            return false;
        }

        // Every firm of the next part is new here, except its first firm when it continues this part's last firm.
        foreach (var firm in next.FinishedFirms().Append(next.Last.Firm))
        {
            if (IsFinished(firm) || (firm == Last.Firm && firm != next.First.Firm))
            {
                return false;
            }
        }

        if (next.Last.Firm != Last.Firm)
        {
            _finished.Add(Last.Firm);
        }

        Take(next);
        Last = next.Last;
        return true;
    }

    private bool IsFinished(int firm)
    {
        if (_finished.Contains(firm))
        {
            return true;
        }

        foreach (var set in _appended)
        {
            if (set.Contains(firm))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<int> FinishedFirms() => _appended.Prepend(_finished).SelectMany(set => set.Numbers());

    /// <summary>Takes over the finished firms of an appended part (disjoint from this one's): its sets are kept as they
    /// are, not copied.</summary>
    private void Take(FirmGroupedOrder next)
    {
        _appended.Add(next._finished);
        _appended.AddRange(next._appended);
    }
}
