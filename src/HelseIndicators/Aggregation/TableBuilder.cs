using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using HelseIndicators.Data;
using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Turns the <see cref="DetailCells"/> of an aggregate into the rows of an <see cref="IndicatorTable"/>: each group of
/// the request's breakdown is the merge of the detail cells whose slot falls in it.
/// </summary>
internal sealed class TableBuilder
{
    private const string Unknown = "unknown";

    private readonly DetailCells _detail;
    private readonly PanelDiagnostics _diagnostics;
    private readonly IndicatorRequest _request;
    private readonly DisclosureControlOptions _disclosure;
    private readonly Taxonomy _taxonomy;
    private readonly int[] _linkOfSegment;
    private readonly bool _bySegment;
    private readonly bool _byLink;
    private readonly bool _byCounty;
    private readonly bool _bySize;
    private readonly bool _broken;
    private readonly int _topN;
    private SuppressionPlan? _plan;
    private readonly Dictionary<GroupSlot, int> _slots = [];
    private readonly List<GroupKey> _groups = [GroupKey.Total];
    private readonly List<GroupSlot> _groupSlots = [default];
    private readonly Dictionary<(int Group, int Year), Cell> _cells = [];
    private readonly Dictionary<(int Group, int Year), SameFirmCell> _same = [];
    private readonly SortedSet<int> _dataYears = [];
    private readonly Dictionary<int, decimal> _priceIndex = [];
    private decimal _basePrice;
    private PriceBasis _prices;

    /// <param name="detail">The sums (tracking at least <see cref="TopNOf"/> largest values).</param>
    /// <param name="taxonomy">The taxonomy the slots' segments refer to.</param>
    /// <param name="diagnostics">The accounting of the rows.</param>
    /// <param name="request">What to compute.</param>
    /// <param name="disclosure">The disclosure control.</param>
    public TableBuilder(DetailCells detail, Taxonomy taxonomy, PanelDiagnostics diagnostics, IndicatorRequest request, DisclosureControlOptions disclosure)
    {
        _detail = detail;
        _diagnostics = diagnostics;
        _request = request;
        _disclosure = disclosure.Validate();
        _taxonomy = taxonomy;
        _linkOfSegment = new int[_taxonomy.Segments.Count];
        for (var i = 0; i < _linkOfSegment.Length; i++)
        {
            _linkOfSegment[i] = IndexOf(_taxonomy.Links, _taxonomy.Segments[i].Link);
        }

        foreach (var d in request.Dimensions)
        {
            switch (d)
            {
                case GroupDimension.Segment: _bySegment = true; break;
                case GroupDimension.Link: _byLink = true; break;
                case GroupDimension.County: _byCounty = true; break;
                default: _bySize = true; break;
            }
        }

        _broken = request.Dimensions.Count > 0;
        _topN = TopNOf(_disclosure);
    }

    /// <summary>The number of largest values the cells need for a disclosure control (0 when it is off: see
    /// <see cref="LevelCell"/>).</summary>
    public static int TopNOf(DisclosureControlOptions disclosure) => disclosure.Enabled ? disclosure.DominanceN : 0;

    /// <summary>Checks a request against the taxonomy and firm list the rows were classified with.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> is null.</exception>
    /// <exception cref="ArgumentException">The request is inconsistent, or asks for another taxonomy or firm list.</exception>
    public static void CheckRequest(IndicatorRequest request, Taxonomy taxonomy, FirmList firmList)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Validate();
        if (request.Taxonomy is not null && !ReferenceEquals(request.Taxonomy, taxonomy))
        {
            throw new ArgumentException("The request's taxonomy differs from the one the aggregate classified with.", nameof(request));
        }

        if (request.FirmList is not null && !ReferenceEquals(request.FirmList, firmList))
        {
            throw new ArgumentException("The request's firm list differs from the one the aggregate classified with.", nameof(request));
        }
    }

    /// <summary>The years the table uses: the reported ones, the year before each (as the base of its growth) when the
    /// data has it, and the ends of the CAGR span.</summary>
    public HashSet<int> NeededYears() => Years().Needed;

    private (List<int> Reported, HashSet<int> Needed, int CagrFrom, int CagrTo) Years()
    {
        _dataYears.Clear();
        foreach (var key in _detail.Cells.Keys)
        {
            _dataYears.Add(DetailCells.OfCellKey(key).Year);
        }

        var reported = new List<int>();
        foreach (var y in _dataYears)
        {
            if ((_request.FromYear is not { } f || y >= f) && (_request.ToYear is not { } t || y <= t))
            {
                reported.Add(y);
            }
        }

        var cagrFrom = _request.CagrFrom ?? _request.FromYear ?? (_dataYears.Count > 0 ? _dataYears.Min : 0);
        var cagrTo = _request.CagrTo ?? _request.ToYear ?? (_dataYears.Count > 0 ? _dataYears.Max : 0);
        var needed = new HashSet<int>();
        foreach (var y in reported)
        {
            needed.Add(y);
            if (_dataYears.Contains(y - 1))
            {
                needed.Add(y - 1);
            }
        }

        if (reported.Count > 0)
        {
            foreach (var y in new[] { cagrFrom, cagrTo })
            {
                if (_dataYears.Contains(y))
                {
                    needed.Add(y);
                }
            }
        }

        return (reported, needed, cagrFrom, cagrTo);
    }

    /// <summary>Builds the table; its cells are withheld as <paramref name="plan"/> decides (null: by the primary rules
    /// alone).</summary>
    public IndicatorTable Build(SuppressionPlan? plan = null)
    {
        _plan = plan;
        var (reported, needed, cagrFrom, cagrTo) = Years();
        PreparePrices(needed);
        Project(needed);

        var order = Enumerable.Range(0, _groups.Count).ToArray();
        Array.Sort(order, CompareGroups);
        var wanted = _request.Indicators is null ? null : new HashSet<IndicatorId>(_request.Indicators);
        var rows = new List<IndicatorRow>();
        if (reported.Count > 0)
        {
            foreach (var definition in IndicatorCatalog.All)
            {
                if (wanted is not null && !wanted.Contains(definition.Id))
                {
                    continue;
                }

                foreach (var g in order)
                {
                    if (definition.Kind == IndicatorKind.Contribution && g == 0)
                    {
                        continue;
                    }

                    if (definition.Kind == IndicatorKind.Cagr)
                    {
                        rows.Add(CagrRow(definition, g, cagrFrom, cagrTo));
                        continue;
                    }

                    foreach (var year in reported)
                    {
                        rows.Add(RowFor(definition, g, year));
                    }
                }
            }
        }

        var groups = order.Select(g => _groups[g]).ToArray();
        return new IndicatorTable(rows, groups, reported, _request.Dimensions.ToArray(), _diagnostics, _prices, _disclosure);
    }

    private void PreparePrices(HashSet<int> needed)
    {
        _prices = PriceBasis.Current;
        if (_request.PriceIndex is not { } index || _request.BaseYear is not { } b)
        {
            return;
        }

        _prices = PriceBasis.ConstantPrices(b);
        var source = string.IsNullOrEmpty(index.Name) ? "price index" : index.Name;
        var problems = new List<DataProblem>();
        foreach (var y in needed.Append(b).Distinct().Order())
        {
            if (index.TryGetIndex(y, out var p))
            {
                _priceIndex[y] = p;
            }
            else
            {
                problems.Add(new DataProblem(source, 0, "year", y.ToString(CultureInfo.InvariantCulture),
                    y == b
                        ? "the base year of constant prices is missing in the price index"
                        : "the price index has no value for this year, which the indicators need"));
            }
        }

        if (problems.Count > 0)
        {
            throw new DataException(problems);
        }

        _basePrice = _priceIndex[b];
    }

    /// <summary>Merges the detail cells of the needed years into the total and the request's groups.</summary>
    private void Project(HashSet<int> needed)
    {
        // A group exists when it has a firm-year in a needed year, so groups are made only for the slots of those cells.
        var slots = _detail.Slots;
        var groupOfSlot = new int[slots.Count];
        Array.Fill(groupOfSlot, -1);
        int GroupOfSlot(int slot) => groupOfSlot[slot] >= 0 ? groupOfSlot[slot] : groupOfSlot[slot] = GroupOf(Project(slots[slot]));

        foreach (var (key, cell) in _detail.Cells)
        {
            var (slot, year) = DetailCells.OfCellKey(key);
            if (needed.Contains(year))
            {
                CellOf(0, year).Add(cell);
                if (_broken)
                {
                    CellOf(GroupOfSlot(slot), year).Add(cell);
                }
            }
        }

        // Same-firm growth: a firm counts in the total, and in a group when its slots of both years fall in it.
        foreach (var (key, cell) in _detail.SameFirms)
        {
            var (before, now, year) = DetailCells.OfSameFirmKey(key);
            if (needed.Contains(year) && needed.Contains(year - 1))
            {
                SameCellOf(0, year).Add(cell);
                if (_broken && GroupOfSlot(before) == GroupOfSlot(now))
                {
                    SameCellOf(GroupOfSlot(now), year).Add(cell);
                }
            }
        }
    }

    private Cell CellOf(int group, int year)
    {
        if (!_cells.TryGetValue((group, year), out var cell))
        {
            cell = new Cell(_topN);
            _cells.Add((group, year), cell);
        }

        return cell;
    }

    private SameFirmCell SameCellOf(int group, int year)
    {
        if (!_same.TryGetValue((group, year), out var cell))
        {
            cell = new SameFirmCell(_topN);
            _same.Add((group, year), cell);
        }

        return cell;
    }

    private GroupSlot Project(CellSlot slot) => new(
        _bySegment ? slot.Segment : -1,
        _byLink ? _linkOfSegment[slot.Segment] : -1,
        _byCounty ? CountyName(slot.County) : null,
        _bySize ? slot.Size : -1);

    private string CountyName(int county) =>
        _detail.Counties.NameOf(county) is { } name && !string.IsNullOrWhiteSpace(name) ? name : Unknown;

    private int GroupOf(GroupSlot slot)
    {
        if (_slots.TryGetValue(slot, out var index))
        {
            return index;
        }

        var key = KeyOf(slot);
        index = _groups.Count;
        _groups.Add(key);
        _groupSlots.Add(slot);
        _slots.Add(slot, index);
        return index;
    }

    /// <summary>The key of the group of this table that a detail slot falls in (the total when the table has no
    /// breakdown).</summary>
    public GroupKey KeyOfSlot(int slot) => _broken ? KeyOf(Project(_detail.Slots[slot])) : GroupKey.Total;

    private GroupKey KeyOf(GroupSlot slot)
    {
        var key = GroupKey.Total;
        if (_bySegment)
        {
            key = key.With(GroupDimension.Segment, _taxonomy.Segments[slot.Segment].Id);
        }

        if (_byLink)
        {
            key = key.With(GroupDimension.Link, _taxonomy.Links[slot.Link].Id);
        }

        if (_byCounty)
        {
            key = key.With(GroupDimension.County, slot.County!);
        }

        if (_bySize)
        {
            key = key.With(GroupDimension.SizeClass, SizeClasses.Id((SizeClass)slot.Size));
        }

        return key;
    }

    private int CompareGroups(int a, int b)
    {
        if (a == b)
        {
            return 0;
        }

        if (a == 0 || b == 0)
        {
            return a == 0 ? -1 : 1;
        }

        var x = _groupSlots[a];
        var y = _groupSlots[b];
        var c = x.Segment.CompareTo(y.Segment);
        if (c == 0)
        {
            c = x.Link.CompareTo(y.Link);
        }

        if (c == 0)
        {
            c = CompareCounty(x.County, y.County);
        }

        if (c == 0)
        {
            c = x.Size.CompareTo(y.Size);
        }

        return c;
    }

    private static int CompareCounty(string? x, string? y)
    {
        if (string.Equals(x, y, StringComparison.Ordinal))
        {
            return 0;
        }

        if (x == Unknown || y == Unknown)
        {
            return x == Unknown ? 1 : -1;
        }

        return string.CompareOrdinal(x, y);
    }

    private static int IndexOf(IReadOnlyList<ValueChainLink> links, ValueChainLink link)
    {
        for (var i = 0; i < links.Count; i++)
        {
            if (ReferenceEquals(links[i], link))
            {
                return i;
            }
        }

        return -1;
    }

    // ---- rows -------------------------------------------------------------------------------------------------

    private IndicatorRow RowFor(IndicatorDefinition d, int g, int year) => d.Kind switch
    {
        IndicatorKind.Count => Ok(d, g, year, _cells.TryGetValue((g, year), out var c) ? c.Firms : 0, c?.Firms ?? 0, null),
        IndicatorKind.Level => LevelRow(d, g, year),
        IndicatorKind.Ratio => RatioRow(d, g, year),
        IndicatorKind.CountRatio => ParticipationRow(d, g, year),
        IndicatorKind.Concentration => ConcentrationRow(d, g, year),
        IndicatorKind.Growth => GrowthRow(d, g, year),
        IndicatorKind.GrowthSameFirms => SameFirmRow(d, g, year),
        IndicatorKind.Contribution => ContributionRow(d, g, year),
        _ => throw new InvalidOperationException($"No computation for {d.Kind}."),
    };

    private LevelCell? Level(int g, int year, Measure m) =>
        _cells.TryGetValue((g, year), out var cell) ? cell.Levels[(int)m] : null;

    private static string Name(Measure m) => Measures.LevelId(m).Value;

    /// <summary>
    /// The cell and level of measure <paramref name="m"/> of a group and year; false, with the row to give instead, when
    /// no firm contributes (undefined) or disclosure control suppresses the level.
    /// </summary>
    private bool TryLevel(IndicatorDefinition d, int g, int year, Measure m, [NotNullWhen(true)] out Cell? cell,
        [NotNullWhen(true)] out LevelCell? level, [NotNullWhen(false)] out IndicatorRow? instead)
    {
        level = null;
        instead = null;
        if (!_cells.TryGetValue((g, year), out cell) || cell.Levels[(int)m] is not { N: > 0 } found)
        {
            instead = Undefined(d, g, year, 0, $"no contributing firm: no firm of the group reports {Name(m)} in {year}");
            return false;
        }

        if (Sensitive(g, year, CellQuantity.Level(m), found, Name(m)) is { } why)
        {
            instead = Suppressed(d, g, year, found.N, why);
            return false;
        }

        level = found;
        return true;
    }

    private IndicatorRow LevelRow(IndicatorDefinition d, int g, int year)
    {
        var m = d.Numerator!.Value;
        if (!TryLevel(d, g, year, m, out var cell, out var level, out var instead))
        {
            return instead;
        }

        string? note = null;
        if (m == Measure.ValueAdded && cell.MissingDepreciation > 0)
        {
            note = string.Create(CultureInfo.InvariantCulture,
                $"depreciation missing for {cell.MissingDepreciation} of {level.N} firms, counted as 0");
        }

        return Ok(d, g, year, Measures.IsMoney(m) ? Deflate(level.Sum, year) : level.Sum, level.N, note);
    }

    private IndicatorRow RatioRow(IndicatorDefinition d, int g, int year)
    {
        var r = RatioDefinitions.IndexOf(d);
        var num = d.Numerator!.Value;
        var den = d.Denominator!.Value;
        var cell = _cells.GetValueOrDefault((g, year));
        if (cell is null || cell.RatioNumerators[r].N == 0)
        {
            return Undefined(d, g, year, 0, $"no contributing firm: no firm of the group reports both {Name(num)} and {Name(den)} in {year}");
        }

        var n = cell.RatioNumerators[r];
        var m = cell.RatioDenominators[r];
        if ((Sensitive(g, year, CellQuantity.Numerator(r), n, Name(num)) ?? Sensitive(g, year, CellQuantity.Denominator(r), m, Name(den))) is { } why)
        {
            return Suppressed(d, g, year, n.N, why);
        }

        // A ratio of two NOK amounts of one year is the same in constant prices; NOK per FTE is deflated.
        var numerator = d.Unit == IndicatorUnit.NokPerFte ? Deflate(n.Sum, year) : n.Sum;
        var result = Ratios.Divide(numerator, m.Sum);
        return result.IsDefined
            ? Ok(d, g, year, result.Value!.Value, n.N, null)
            : Undefined(d, g, year, n.N, $"{result.Reason}: Σ {Name(den)} is 0");
    }

    private IndicatorRow ParticipationRow(IndicatorDefinition d, int g, int year)
    {
        if (!_cells.TryGetValue((g, year), out var cell) || cell.Levels[(int)Measure.Exports] is not { N: > 0 } exports)
        {
            return Undefined(d, g, year, 0, $"no contributing firm: no firm of the group reports exports in {year}");
        }

        // A ratio of counts reveals no amount: only the frequency rule applies (INDICATORS.md §5).
        if (_disclosure.Enabled && exports.N < _disclosure.MinFirms)
        {
            return Suppressed(d, g, year, exports.N, string.Create(CultureInfo.InvariantCulture,
                $"fewer than {_disclosure.MinFirms} firms report exports in {year}"));
        }

        return Ok(d, g, year, (decimal)cell.Exporters / exports.N, exports.N, null);
    }

    private IndicatorRow ConcentrationRow(IndicatorDefinition d, int g, int year)
    {
        var m = d.Numerator!.Value;
        if (!TryLevel(d, g, year, m, out var cell, out var level, out var instead))
        {
            return instead;
        }

        var withheld = m == Measure.Revenue
            ? _plan?.ConcentrationReason(_groups[g], year)
            : TopExportersWithheld(cell, level, year);
        if (withheld is not null)
        {
            return Suppressed(d, g, year, level.N, withheld);
        }

        var result = m == Measure.Revenue
            ? Herfindahl.FromSums(level.Sum, cell.RevenueSquares)
            : Ratios.Divide(cell.TopExporters.SumOfLargest(TopExporterCount.Summed), level.Sum);
        return result.IsDefined
            ? Ok(d, g, year, result.Value!.Value, level.N, null)
            : Undefined(d, g, year, level.N, $"{result.Reason}: Σ {Name(m)} is 0");
    }

    private IndicatorRow GrowthRow(IndicatorDefinition d, int g, int year)
    {
        var m = d.Numerator!.Value;
        if (!_dataYears.Contains(year - 1))
        {
            return Undefined(d, g, year, Level(g, year, m)?.N ?? 0, MissingPrevious(year));
        }

        var current = Level(g, year, m);
        var previous = Level(g, year - 1, m);
        return GrowthOf(d, g, year, m, previous, current, "");
    }

    private IndicatorRow SameFirmRow(IndicatorDefinition d, int g, int year)
    {
        var m = d.Numerator!.Value;
        if (!_dataYears.Contains(year - 1))
        {
            return Undefined(d, g, year, 0, MissingPrevious(year));
        }

        var i = GrowthMeasures.IndexOf(m);
        var cell = _same.GetValueOrDefault((g, year));
        if (cell is null || cell.Current[i].N == 0)
        {
            return Undefined(d, g, year, 0, $"no contributing firm: no firm is in the group with {Name(m)} in both {year - 1} and {year}");
        }

        return GrowthOf(d, g, year, m, cell.Previous[i], cell.Current[i], " of the same firms");
    }

    private IndicatorRow GrowthOf(IndicatorDefinition d, int g, int year, Measure m, LevelCell? previous, LevelCell? current, string which)
    {
        var firms = current?.N ?? 0;
        if (current is null || current.N == 0)
        {
            return Undefined(d, g, year, firms, $"no contributing firm: no firm of the group reports {Name(m)} in {year}");
        }

        if (previous is null || previous.N == 0)
        {
            return Undefined(d, g, year, firms, $"no contributing firm: no firm of the group reports {Name(m)} in {year - 1}");
        }

        var why = which.Length == 0
            ? Sensitive(g, year - 1, CellQuantity.Level(m), previous, Name(m)) ?? Sensitive(g, year, CellQuantity.Level(m), current, Name(m))
            : SameFirmsWithheld(g, year, m, previous, current, which);
        if (why is not null)
        {
            return Suppressed(d, g, year, firms, why);
        }

        if (previous.Sum <= 0m)
        {
            return Undefined(d, g, year, firms, $"base is not positive: {Name(m)}{which} in {year - 1} is {Text(previous.Sum)}");
        }

        var x0 = Measures.IsMoney(m) ? Deflate(previous.Sum, year - 1) : previous.Sum;
        var x1 = Measures.IsMoney(m) ? Deflate(current.Sum, year) : current.Sum;
        var result = Growth.Compute(x0, x1);
        return result.IsDefined ? Ok(d, g, year, result.Value!.Value, firms, null) : Undefined(d, g, year, firms, result.Reason!);
    }

    /// <summary>
    /// Why a same-firm growth is withheld: a sum over the same firms fails the primary rules; or, in a protected
    /// publication, a level of the group is withheld, or firms enter or leave the group's measure between the years.
    /// Then the sums over the same firms are subsets of the levels whose differences (the firms entering and leaving)
    /// are cells of their own that protection does not yet model (INDICATORS.md §5.1 item 3; docs/disclosure-control.md).
    /// Without entrants or leavers the row equals the growth of the levels and tells nothing more.
    /// </summary>
    private string? SameFirmsWithheld(int g, int year, Measure m, LevelCell previous, LevelCell current, string which)
    {
        var why = PrimaryRule.Check(previous, Name(m) + which, year - 1, _disclosure)
                  ?? PrimaryRule.Check(current, Name(m) + which, year, _disclosure);
        if (why is not null || _plan is null)
        {
            return why;
        }

        var before = Level(g, year - 1, m)!;
        var now = Level(g, year, m)!;
        why = Sensitive(g, year - 1, CellQuantity.Level(m), before, Name(m)) ?? Sensitive(g, year, CellQuantity.Level(m), now, Name(m));
        if (why is null && (before.N != previous.N || now.N != current.N))
        {
            why = string.Create(CultureInfo.InvariantCulture,
                $"disclosure control: firms enter or leave {Name(m)} of the group between {year - 1} and {year}; the sums over the same firms are released only when they are all its firms");
        }

        return why;
    }

    /// <summary>
    /// Why <c>top8_export_share</c> is withheld beyond its exports cell (INDICATORS.md §5.1 item 3): with more than 8
    /// exporters, the 8 largest and the others are cells of their own, and each must pass the primary rules.
    /// </summary>
    private string? TopExportersWithheld(Cell cell, LevelCell exports, int year)
    {
        var summed = TopExporterCount.Summed;
        if (!_disclosure.Enabled || exports.N <= summed)
        {
            return null; // the 8 largest are all the exporters: the share is 1 and tells nothing
        }

        if (_plan is { Groups: > 1 })
        {
            // The 8 largest exporters of a group are a set of firms that cuts across the other groups' cells: the top 8
            // of the total beside a link and its segments can pin one firm. Protection does not model those sets yet
            // (docs/disclosure-control.md), so a publication with groups releases the share only where it is 1.
            return string.Create(CultureInfo.InvariantCulture,
                $"disclosure control: the 8 largest exporters of {exports.N} in {year} are a set of firms that the protection of a publication with groups does not model yet");
        }

        var values = cell.TopExporters.Values;
        var top = cell.TopExporters.SumOfLargest(summed);
        var n = _disclosure.DominanceN;
        var largest = 0m;
        var nextLargest = 0m;
        for (var i = 0; i < values.Length; i++)
        {
            if (i < n)
            {
                largest += values[i];
            }

            if (i >= summed && i < summed + n)
            {
                nextLargest += values[i];
            }
        }

        return PrimaryRule.Check(summed, top, largest, "exports of the 8 largest exporters", year, _disclosure)
               ?? PrimaryRule.Check(exports.N - summed, exports.AbsSum - top, nextLargest, "exports outside the 8 largest exporters", year, _disclosure);
    }

    private IndicatorRow CagrRow(IndicatorDefinition d, int g, int t0, int t1)
    {
        var m = d.Numerator!.Value;
        IndicatorRow Result(decimal? value, int firms, IndicatorStatus status, string? reason) =>
            new(d.Id, t1, _groups[g], value, d.Unit, firms, status) { BaseYear = t0, Reason = reason, Prices = _prices };

        if (t1 <= t0)
        {
            return Result(null, 0, IndicatorStatus.Undefined, string.Create(CultureInfo.InvariantCulture,
                $"the CAGR span {t0}–{t1} has no years: the end must be after the start"));
        }

        var end = Level(g, t1, m);
        if (!_dataYears.Contains(t0) || !_dataYears.Contains(t1))
        {
            return Result(null, end?.N ?? 0, IndicatorStatus.Undefined, string.Create(CultureInfo.InvariantCulture,
                $"no data for {(_dataYears.Contains(t0) ? t1 : t0)}, an end of the CAGR span {t0}–{t1}"));
        }

        var start = Level(g, t0, m);
        var firms = end?.N ?? 0;
        if (start is null || start.N == 0 || end is null || end.N == 0)
        {
            return Result(null, firms, IndicatorStatus.Undefined, string.Create(CultureInfo.InvariantCulture,
                $"no contributing firm: no firm of the group reports {Name(m)} in {(start is null || start.N == 0 ? t0 : t1)}"));
        }

        if ((Sensitive(g, t0, CellQuantity.Level(m), start, Name(m)) ?? Sensitive(g, t1, CellQuantity.Level(m), end, Name(m))) is { } why)
        {
            return Result(null, firms, IndicatorStatus.Suppressed, why);
        }

        var x0 = Measures.IsMoney(m) ? Deflate(start.Sum, t0) : start.Sum;
        var x1 = Measures.IsMoney(m) ? Deflate(end.Sum, t1) : end.Sum;
        var result = Cagr.Compute(x0, x1, t1 - t0);
        return result.IsDefined
            ? Result(result.Value, firms, IndicatorStatus.Ok, null)
            : Result(null, firms, IndicatorStatus.Undefined, result.Reason);
    }

    private IndicatorRow ContributionRow(IndicatorDefinition d, int g, int year)
    {
        var m = d.Numerator!.Value;
        var current = Level(g, year, m);
        var firms = current?.N ?? 0;
        if (!_dataYears.Contains(year - 1))
        {
            return Undefined(d, g, year, firms, MissingPrevious(year));
        }

        var previous = Level(g, year - 1, m);
        var total = Level(0, year - 1, m);
        var hasCurrent = current is { N: > 0 };
        var hasPrevious = previous is { N: > 0 };
        if (!hasCurrent && !hasPrevious)
        {
            return Undefined(d, g, year, 0, $"no contributing firm: no firm of the group reports {Name(m)} in {year - 1} or {year}");
        }

        if (total is null || total.N == 0)
        {
            return Undefined(d, g, year, firms, $"no contributing firm: no firm reports {Name(m)} in the total of {year - 1}");
        }

        // A group absent in one year counts 0 there: that 0 is structural, reveals no firm and is not a cell.
        var level = CellQuantity.Level(m);
        var why = (hasCurrent ? Sensitive(g, year, level, current!, Name(m)) : null)
                  ?? (hasPrevious ? Sensitive(g, year - 1, level, previous!, Name(m)) : null)
                  ?? Sensitive(0, year - 1, level, total, Name(m) + " of the total");
        if (why is not null)
        {
            return Suppressed(d, g, year, firms, why);
        }

        if (total.Sum <= 0m)
        {
            return Undefined(d, g, year, firms, $"base is not positive: total {Name(m)} in {year - 1} is {Text(total.Sum)}");
        }

        var money = Measures.IsMoney(m);
        var x1 = hasCurrent ? (money ? Deflate(current!.Sum, year) : current!.Sum) : 0m;
        var x0 = hasPrevious ? (money ? Deflate(previous!.Sum, year - 1) : previous!.Sum) : 0m;
        var baseTotal = money ? Deflate(total.Sum, year - 1) : total.Sum;
        var result = Contributions.Compute(x0, x1, baseTotal);
        return result.IsDefined ? Ok(d, g, year, result.Value!.Value, firms, null) : Undefined(d, g, year, firms, result.Reason!);
    }

    /// <summary>Why a cell of group <paramref name="g"/> is withheld: as the publication's plan decided, else by the
    /// primary rules; null when it is released.</summary>
    private string? Sensitive(int g, int year, CellQuantity quantity, LevelCell cell, string what)
    {
        if (_plan is { } plan && plan.Knows(_groups[g], year, quantity))
        {
            return plan.ReasonFor(_groups[g], year, quantity);
        }

        return PrimaryRule.Check(cell, what, year, _disclosure);
    }

    private decimal Deflate(decimal amount, int year) =>
        _prices.IsCurrent ? amount : amount * _basePrice / _priceIndex[year];

    private static string MissingPrevious(int year) =>
        string.Create(CultureInfo.InvariantCulture, $"missing previous year: the data has no firm-year in {year - 1}");

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private IndicatorRow Ok(IndicatorDefinition d, int g, int year, decimal value, int firms, string? note) =>
        new(d.Id, year, _groups[g], value, d.Unit, firms, IndicatorStatus.Ok) { Reason = note, Prices = _prices };

    private IndicatorRow Undefined(IndicatorDefinition d, int g, int year, int firms, string reason) =>
        new(d.Id, year, _groups[g], null, d.Unit, firms, IndicatorStatus.Undefined) { Reason = reason, Prices = _prices };

    private IndicatorRow Suppressed(IndicatorDefinition d, int g, int year, int firms, string reason) =>
        new(d.Id, year, _groups[g], null, d.Unit, firms, IndicatorStatus.Suppressed) { Reason = reason, Prices = _prices };

    /// <summary>The coordinates of a group: −1 (or null) for a dimension not requested.</summary>
    private readonly record struct GroupSlot(int Segment, int Link, string? County, int Size);
}
