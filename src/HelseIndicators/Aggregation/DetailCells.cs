namespace HelseIndicators.Aggregation;

/// <summary>
/// The sums of a panel at the finest breakdown, segment × county × size class × year (<see cref="DetailCell"/>), and
/// its same-firm sums keyed by the firm's slot in both years (<see cref="DetailSameFirmCell"/>). Every group of every request
/// is a merge of these cells (<see cref="TableBuilder"/>), so they are all an aggregate needs to keep once the
/// firm-years are summed; and merging two sets of cells is exact, whatever the split of the rows.
/// </summary>
/// <remarks>
/// <para>Size: one <see cref="DetailCell"/> (under 1 KB without disclosure control) per slot and year present, and
/// one <see cref="DetailSameFirmCell"/> per slot pair and year, whatever the number of rows.</para>
/// <para>Same-firm sums are keyed by (slot in t−1, slot in t, t): a firm that changes county or size class between
/// the years counts in a group of a breakdown only when both slots fall in that group (INDICATORS.md §4).</para>
/// <para>Finding a row's cells: a table indexed by slot and year holds each cell, and the same-firm cell of each slot
/// and year whose firms kept their slot (most firms), so that a firm-year costs two array reads instead of two
/// dictionary lookups. The dictionaries stay the record; the table only remembers where their cells are.</para>
/// <para>Thread safety: not thread-safe; one per thread, then <see cref="Merge"/>.</para>
/// </remarks>
internal sealed class DetailCells
{
    private const int MaxSlots = 1 << 20;
    private readonly IndexTable<CellSlot> _slots = new();
    private readonly Dictionary<long, DetailCell> _cells = [];
    private readonly Dictionary<long, DetailSameFirmCell> _sameFirms = [];
    private readonly SlotYearTable _table = new();
    private CellSlot _lastSlot;
    private int _lastSlotIndex = -1;

    /// <param name="counties">The county table the slots' county indices refer to.</param>
    /// <param name="dominanceN">The number of largest values each sum keeps for disclosure control (0: off).</param>
    /// <param name="byPattern">Whether the cells keep their sums by presence pattern (a coarse breakdown: see
    /// <see cref="DetailCell"/>) or per quantity (default).</param>
    /// <param name="content">The sums kept beside the levels and ratios (null: all of them; see <see cref="CellContent"/>).</param>
    public DetailCells(CountyTable counties, int dominanceN, bool byPattern = false, CellContent? content = null)
    {
        Counties = counties;
        DominanceN = dominanceN;
        ByPattern = byPattern;
        Content = content ?? CellContent.All;
    }

    /// <summary>Whether the cells keep their sums by presence pattern, else per quantity.</summary>
    public bool ByPattern { get; }

    public CountyTable Counties { get; }

    public int DominanceN { get; }

    /// <summary>The sums kept beside the levels and ratios: without <see cref="CellContent.SameFirms"/>,
    /// <see cref="AddSameFirm"/> adds nothing.</summary>
    public CellContent Content { get; }

    /// <summary>The slots, by index.</summary>
    public IReadOnlyList<CellSlot> Slots => _slots.Values;

    /// <summary>The cells, keyed by <see cref="CellKey"/>.</summary>
    public IReadOnlyDictionary<long, DetailCell> Cells => _cells;

    /// <summary>The same-firm cells, keyed by <see cref="SameFirmKey"/>.</summary>
    public IReadOnlyDictionary<long, DetailSameFirmCell> SameFirms => _sameFirms;

    public static long CellKey(int slot, int year) => ((long)slot * 10_000) + year;

    public static (int Slot, int Year) OfCellKey(long key) => ((int)(key / 10_000), (int)(key % 10_000));

    public static long SameFirmKey(int before, int now, int year) => ((((long)before * MaxSlots) + now) * 10_000) + year;

    public static (int Before, int Now, int Year) OfSameFirmKey(long key) =>
        ((int)(key / 10_000 / MaxSlots), (int)(key / 10_000 % MaxSlots), (int)(key % 10_000));

    /// <summary>The index of a slot, added when new.</summary>
    /// <exception cref="InvalidOperationException">More than 2²⁰ slots (distinct segment, county and size class).</exception>
    public int SlotOf(CellSlot slot)
    {
        if (slot == _lastSlot && _lastSlotIndex >= 0)
        {
            return _lastSlotIndex; // a firm's rows mostly keep their slot
        }

        var index = _slots.IndexOf(slot);
        if (index >= MaxSlots)
        {
            throw new InvalidOperationException(
                "More than 2^20 distinct (segment, county, size class) combinations: check the county column.");
        }

        (_lastSlot, _lastSlotIndex) = (slot, index);
        return index;
    }

    /// <summary>The index here of slot <paramref name="slot"/> of other cells (counties matched by name when the two use
    /// different county tables), added when new.</summary>
    public int SlotOf(DetailCells other, int slot)
    {
        var theirs = other._slots[slot];
        return SlotOf(ReferenceEquals(other.Counties, Counties)
            ? theirs
            : theirs with { County = Counties.IndexOf(other.Counties.NameOf(theirs.County)) });
    }

    /// <summary>The cell of a slot and year, added when new.</summary>
    public DetailCell CellOf(int slot, int year)
    {
        if (_table.CellAt(slot, year) is { } known)
        {
            return known;
        }

        var key = CellKey(slot, year);
        if (!_cells.TryGetValue(key, out var cell))
        {
            cell = new DetailCell(DominanceN, ByPattern, Content);
            _cells.Add(key, cell);
        }

        _table.Remember(slot, year, cell);
        return cell;
    }

    /// <summary>Adds one classified firm-year.</summary>
    /// <param name="slot">Its slot.</param>
    /// <param name="year">Its year.</param>
    /// <param name="values">Its measures (absent ones 0).</param>
    /// <param name="present">Bit m set when measure m is present.</param>
    public void Add(int slot, int year, ReadOnlySpan<decimal> values, int present) => CellOf(slot, year).Add(values, present);

    /// <summary>Adds a classified firm present in t−1 (slot <paramref name="before"/>) and t (slot <paramref name="now"/>).</summary>
    public void AddSameFirm(int before, int now, int year, ReadOnlySpan<decimal> current, int present,
        ReadOnlySpan<decimal> previous, int presentBefore)
    {
        if ((present & presentBefore & GrowthMeasures.Mask) == 0 || !Content.SameFirms)
        {
            return;
        }

        if (before == now && _table.SameSlotAt(now, year) is { } known)
        {
            known.Add(current, present, previous, presentBefore);
            return;
        }

        var key = SameFirmKey(before, now, year);
        if (!_sameFirms.TryGetValue(key, out var cell))
        {
            cell = new DetailSameFirmCell(DominanceN, ByPattern);
            _sameFirms.Add(key, cell);
        }

        if (before == now)
        {
            _table.RememberSameSlot(now, year, cell);
        }

        cell.Add(current, present, previous, presentBefore);
    }

    /// <summary>
    /// Merges another set of cells into this one, exactly; the other's cells may be taken over (do not use it after).
    /// Counties are matched by name when the two use different county tables.
    /// </summary>
    /// <exception cref="ArgumentException">The other tracks fewer largest values than this one, or keeps its sums
    /// differently (<see cref="ByPattern"/>, <see cref="Content"/>).</exception>
    public void Merge(DetailCells other)
    {
        if (other.DominanceN < DominanceN)
        {
            throw new ArgumentException("The cells track fewer largest values than these.", nameof(other));
        }

        if (other.ByPattern != ByPattern || other.Content != Content)
        {
            throw new ArgumentException("The cells keep their sums differently from these.", nameof(other));
        }

        var map = new int[other._slots.Count];
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = SlotOf(other, i);
        }

        foreach (var (key, cell) in other._cells)
        {
            var (slot, year) = OfCellKey(key);
            var mine = CellKey(map[slot], year);
            if (_cells.TryGetValue(mine, out var existing))
            {
                existing.Merge(cell);
            }
            else if (other.DominanceN == DominanceN)
            {
                _cells.Add(mine, cell);
            }
            else
            {
                CellOf(map[slot], year).Merge(cell);
            }
        }

        foreach (var (key, cell) in other._sameFirms)
        {
            var (before, now, year) = OfSameFirmKey(key);
            var mine = SameFirmKey(map[before], map[now], year);
            if (_sameFirms.TryGetValue(mine, out var existing))
            {
                existing.Merge(cell);
            }
            else if (other.DominanceN == DominanceN)
            {
                _sameFirms.Add(mine, cell);
            }
            else
            {
                var added = new DetailSameFirmCell(DominanceN, ByPattern);
                added.Merge(cell);
                _sameFirms.Add(mine, added);
            }
        }
    }
}
