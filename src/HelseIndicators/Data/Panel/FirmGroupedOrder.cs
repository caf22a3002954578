namespace HelseIndicators.Data.Panel;

/// <summary>
/// Checks that the firm-years of a read come grouped by firm, each firm's years ascending: a firm never comes back
/// once another firm's rows have begun, and a firm's year is always after its year before. In that order no
/// (org_number, year) can come twice, and a firm's year before is the row just before it, so the rows can be summed
/// as they come (see <c>FirmGroupedAggregate</c>). Memory: the set of firms seen (about 5 bytes a firm,
/// <see cref="FirmNumberSet"/>), nothing per row.
/// </summary>
/// <remarks>A firm joins the set at its first row, so a new firm costs one look into the set (which also adds it)
/// rather than a look for it and an insertion of the firm before; the looks are made a batch of new firms at a time
/// (<see cref="TrySettle"/>), so a firm that comes back is found up to a batch later, or when the read ends. Thread
/// safety: not thread-safe; one per read.</remarks>
internal sealed class FirmGroupedOrder
{
    /// <summary>The new firms looked up at once (see <see cref="TrySettle"/>).</summary>
    internal const int Batch = 256;

    private readonly FirmNumberSet _seen;
    private readonly int[] _newFirms = new int[Batch]; // the new firms not looked up yet (TryNext), in order
    private int _newCount;
    private readonly List<FirmNumberSet> _appended = []; // the firms seen by appended parts, kept as they are

    /// <summary>Creates an order that expects a number of firms (its set of firms sized for them).</summary>
    /// <param name="expectedFirms">The firms expected (0 or more; default 0); more are fine.</param>
    public FirmGroupedOrder(int expectedFirms = 0) => _seen = new FirmNumberSet(expectedFirms);

    /// <summary>Gets whether no firm-year has been seen.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Gets the first firm-year seen (firm and year).</summary>
    public (int Firm, int Year) First { get; private set; }

    /// <summary>Gets the last firm-year seen (firm and year).</summary>
    public (int Firm, int Year) Last { get; private set; }

    /// <summary>
    /// Records the next firm-year; false when it breaks the order (then the order is not changed): at once for a year
    /// not after the firm's last, and for a firm that came before once the new firms are looked up, a batch at a time
    /// (<see cref="TrySettle"/>): up to <see cref="Batch"/> new firms later, or at <see cref="TrySettle"/>.
    /// </summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">The year.</param>
    public bool TryNext(int organisationNumber, int year)
    {
        if (IsEmpty)
        {
            IsEmpty = false;
            First = (organisationNumber, year);
        }
        else if (organisationNumber == Last.Firm)
        {
            if (year <= Last.Year)
            {
                return false;
            }

            Last = (organisationNumber, year);
            return true;
        }

        if (_newCount == _newFirms.Length && !TrySettle())
        {
            return false; // a firm that came before
        }

        _newFirms[_newCount++] = organisationNumber;
        Last = (organisationNumber, year);
        return true;
    }

    /// <summary>
    /// Looks up the new firms not looked up yet: false when one of them came before (the order is broken). A read
    /// calls it at its end; <see cref="TryAppend"/> calls it for both orders.
    /// </summary>
    /// <remarks>Why a batch: the set of firms is larger than the caches, so each look into it waits for memory; the
    /// looks of a batch, one after the other in a short loop, wait together, where one a firm amid the reading of
    /// its rows waits alone.</remarks>
    public bool TrySettle()
    {
        var settled = true;
        for (var i = 0; i < _newCount; i++)
        {
            var firm = _newFirms[i];
            settled &= !IsInAppended(firm) & _seen.Add(firm);
        }

        _newCount = 0;
        return settled;
    }

    /// <summary>
    /// Appends the order of the next part of the file (read right after this one); false when the two parts together
    /// break the order (then this one is left in an unspecified state).
    /// </summary>
    /// <param name="next">The order of the next part.</param>
    public bool TryAppend(FirmGroupedOrder next)
    {
        if (!TrySettle() | !next.TrySettle())
        {
            return false;
        }

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

        var continues = next.First.Firm == Last.Firm;
        if (continues && next.First.Year <= Last.Year)
        {
            return false;
        }

        // Every firm of the next part is new here, except its first firm when it continues this part's last firm.
        foreach (var firm in next.SeenFirms())
        {
            if (IsSeen(firm) && !(continues && firm == next.First.Firm))
            {
                return false;
            }
        }

        Take(next);
        Last = next.Last;
        return true;
    }

    private bool IsSeen(int firm) => _seen.Contains(firm) || IsInAppended(firm);

    private bool IsInAppended(int firm)
    {
        foreach (var set in _appended)
        {
            if (set.Contains(firm))
            {
                return true;
            }
        }

        return false;
    }

    private IEnumerable<int> SeenFirms() => _appended.Prepend(_seen).SelectMany(set => set.Numbers());

    /// <summary>Takes over the firms seen by an appended part (disjoint from this one's, but for a firm that
    /// continues): its sets are kept as they are, not copied.</summary>
    private void Take(FirmGroupedOrder next)
    {
        _appended.Add(next._seen);
        _appended.AddRange(next._appended);
    }
}
