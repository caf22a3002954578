using System.Numerics;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Where <see cref="DetailCells"/> finds a slot's cells of a year without a dictionary lookup: two arrays indexed by
/// slot × span + (year − first year), one for the detail cells and one for the same-firm cells of the firms that kept
/// their slot, widened when a slot or a year beyond them comes.
/// </summary>
/// <remarks>
/// <para>A cache: an empty place means "not remembered", and the caller then looks in its dictionary (and remembers what
/// it finds). A table that would grow past 2²⁰ places (8 MB per array: many thousand slots over centuries) stops
/// remembering; it never forgets, and a place never changes its cell, because cells are never replaced.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
internal sealed class SlotYearTable
{
    private const int MaxPlaces = 1 << 20;
    private const int MinSpan = 16;
    private const int MinSlots = 16;

    private DetailCell?[] _cells = [];
    private DetailSameFirmCell?[] _sameSlot = [];
    private int _firstYear;
    private int _lastYear; // the latest year placed (the span may reach beyond it)
    private int _span;     // years per slot; 0 before the first place

    /// <summary>The detail cell remembered for a slot and year, or null.</summary>
    public DetailCell? CellAt(int slot, int year)
    {
        var at = IndexOf(slot, year);
        return at >= 0 ? _cells[at] : null;
    }

    /// <summary>The same-firm cell remembered for the firms in <paramref name="slot"/> in both t−1 and t =
    /// <paramref name="year"/>, or null.</summary>
    public DetailSameFirmCell? SameSlotAt(int slot, int year)
    {
        var at = IndexOf(slot, year);
        return at >= 0 ? _sameSlot[at] : null;
    }

    /// <summary>Remembers the detail cell of a slot and year.</summary>
    public void Remember(int slot, int year, DetailCell cell)
    {
        var at = Place(slot, year);
        if (at >= 0)
        {
            _cells[at] = cell;
        }
    }

    /// <summary>Remembers the same-firm cell of the firms in <paramref name="slot"/> in both t−1 and t =
    /// <paramref name="year"/>.</summary>
    public void RememberSameSlot(int slot, int year, DetailSameFirmCell cell)
    {
        var at = Place(slot, year);
        if (at >= 0)
        {
            _sameSlot[at] = cell;
        }
    }

    private int IndexOf(int slot, int year)
    {
        var y = (uint)(year - _firstYear);
        if (y >= (uint)_span)
        {
            return -1;
        }

        var at = ((long)slot * _span) + y;
        return at < _cells.Length ? (int)at : -1;
    }

    /// <summary>The place of a slot and year, the table widened to hold it; −1 when it would grow too large.</summary>
    private int Place(int slot, int year)
    {
        var at = IndexOf(slot, year);
        if (at >= 0)
        {
            _lastYear = Math.Max(_lastYear, year);
            return at;
        }

        long first = _span == 0 ? year : Math.Min(_firstYear, year);
        long last = _span == 0 ? year : Math.Max(_lastYear, year);
        var span = Math.Max(MinSpan, RoundUp(last - first + 1));
        var slots = Math.Max(MinSlots, RoundUp(Math.Max(slot + 1L, SlotCapacity)));
        if (span * slots > MaxPlaces)
        {
            return -1;
        }

        Widen((int)first, (int)span, (int)slots);
        _lastYear = (int)last;
        return IndexOf(slot, year);
    }

    private void Widen(int first, int span, int slots)
    {
        var cells = new DetailCell?[span * slots];
        var sameSlot = new DetailSameFirmCell?[span * slots];
        var years = _lastYear - _firstYear + 1; // the years placed so far: the new span holds them all
        for (var s = 0; s < SlotCapacity; s++)
        {
            Array.Copy(_cells, s * _span, cells, (s * span) + (_firstYear - first), years);
            Array.Copy(_sameSlot, s * _span, sameSlot, (s * span) + (_firstYear - first), years);
        }

        _cells = cells;
        _sameSlot = sameSlot;
        _firstYear = first;
        _span = span;
    }

    private int SlotCapacity => _span == 0 ? 0 : _cells.Length / _span;

    private static long RoundUp(long value) => (long)BitOperations.RoundUpToPowerOf2((ulong)value);
}
