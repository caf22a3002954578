using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>
/// Checks that the firm-years of a read come grouped by firm, each firm's years ascending: a firm never comes back
/// once another firm's rows have begun, and a firm's year is always after its year before. In that order no
/// (org_number, year) can come twice, and a firm's year before is the row just before it, so the rows can be summed
/// as they come (see <c>FirmGroupedAggregate</c>). Memory: the firms seen, as bits shared by the parts of a read
/// (<see cref="OrganisationNumberBits"/>, bounded whatever the file's length), nothing per row.
/// </summary>
/// <remarks>
/// <para>A firm joins the set at its first row, so a new firm costs one look into the set (which also adds it)
/// rather than a look for it and an insertion of the firm before; the looks are made a batch of new firms at a time
/// (<see cref="TrySettle"/>), so a firm that comes back is found up to a batch later, or when the read ends.</para>
/// <para>Parts read at once share one set. A part that follows another (<c>followsPart</c>) holds its first firm
/// back from the set, for that firm may be the one the part before ends with; <see cref="TryAppend"/> decides when
/// the two are joined. Every other firm a part sees is added at once, so a firm seen by two parts is found by
/// whichever of them adds it second, or at the join.</para>
/// <para>Thread safety: not thread-safe; one per read (or part of a read); the shared set is.</para>
/// </remarks>
internal sealed class FirmGroupedOrder
{
    /// <summary>The new firms looked up at once (see <see cref="TrySettle"/>).</summary>
    internal const int Batch = 256;

    private readonly OrganisationNumberBits _firms;
    private readonly bool _followsPart;
    private readonly OrganisationNumber[] _newFirms = new OrganisationNumber[Batch]; // not looked up yet, in order
    private int _newCount;

    /// <summary>Creates an order over a set of firms seen (shared with the other parts of the read, if any).</summary>
    /// <param name="firms">The firms seen by the read's parts.</param>
    /// <param name="followsPart">Whether the rows follow those of another part (default false: a read's first
    /// rows), which may end with this part's first firm.</param>
    public FirmGroupedOrder(OrganisationNumberBits firms, bool followsPart = false)
    {
        ArgumentNullException.ThrowIfNull(firms);
        _firms = firms;
        _followsPart = followsPart;
    }

    /// <summary>Gets whether no firm-year has been seen.</summary>
    public bool IsEmpty { get; private set; } = true;

    /// <summary>Gets the first firm-year seen (firm and year).</summary>
    public (OrganisationNumber Firm, int Year) First { get; private set; }

    /// <summary>Gets the last firm-year seen (firm and year).</summary>
    public (OrganisationNumber Firm, int Year) Last { get; private set; }

    /// <summary>
    /// Records the next firm-year; false when it breaks the order (then the order is not changed): at once for a year
    /// not after the firm's last, and for a firm that came before once the new firms are looked up, a batch at a time
    /// (<see cref="TrySettle"/>): up to <see cref="Batch"/> new firms later, or at <see cref="TrySettle"/>.
    /// </summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">The year.</param>
    public bool TryNext(OrganisationNumber organisationNumber, int year)
    {
        if (IsEmpty)
        {
            IsEmpty = false;
            First = (organisationNumber, year);
            Last = First;
            if (_followsPart)
            {
                return true; // held back for TryAppend
            }
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
    /// Looks up the new firms not looked up yet (adding them to the set): false when one of them came before (the
    /// order is broken). A read calls it at its end; <see cref="TryAppend"/> calls it for both orders.
    /// </summary>
    /// <remarks>Why a batch: the set of firms is larger than the caches, so each look into it waits for memory; the
    /// looks of a batch, one after the other in a short loop, wait together, where one a firm amid the reading of
    /// its rows waits alone.</remarks>
    public bool TrySettle()
    {
        var settled = true;
        for (var i = 0; i < _newCount; i++)
        {
            settled &= _firms.TryAdd(_newFirms[i]);
        }

        _newCount = 0;
        return settled;
    }

    /// <summary>
    /// Appends the order of the part read right after this one (made over the same set of firms, following a part);
    /// false when the two together break the order (then this one is left in an unspecified state). Called once
    /// every part's rows are read, in the parts' order.
    /// </summary>
    /// <param name="next">The order of the next part.</param>
    /// <exception cref="ArgumentException"><paramref name="next"/> has another set of firms, or does not follow a
    /// part.</exception>
    public bool TryAppend(FirmGroupedOrder next)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (next._firms != _firms || !next._followsPart)
        {
            throw new ArgumentException("the next part's order must follow a part and share this order's firms", nameof(next));
        }

        if (!TrySettle() | !next.TrySettle())
        {
            return false;
        }

        if (next.IsEmpty)
        {
            return true;
        }

        // The next part's first firm, held back from the set, either goes on from this part's last firm (which is
        // in the set, or held back as this part's first) or is new to every part before it.
        var continues = !IsEmpty && next.First.Firm == Last.Firm;
        if (continues ? next.First.Year <= Last.Year : !_firms.TryAdd(next.First.Firm))
        {
            return false;
        }

        if (IsEmpty)
        {
            IsEmpty = false;
            First = next.First;
        }

        Last = next.Last;
        return true;
    }
}
