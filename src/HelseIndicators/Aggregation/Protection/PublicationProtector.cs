using System.Globalization;
using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// Secondary suppression for a whole publication (INDICATORS.md §5.1): the primary rules on every cell (a ratio side's
/// difference from its level included), then, year by year and family by family of measures, the intruder's linear
/// program is asked about every sensitive cell and every atom's largest firm; while one can be narrowed, the released
/// piece of information that binds it and costs least is withheld (ratio sides before levels, levels of groups before
/// the total, cells large enough to protect before smaller ones, small before large).
/// </summary>
/// <remarks>
/// <para>Rows follow their cells (<see cref="TableBuilder"/>): a growth, CAGR or contribution is released only with
/// both its levels, so every released number is a function of released cells, and what an intruder knows of one year
/// is the released cells of that year. Withholding more never helps an intruder, so a target once protected stays so,
/// and the greedy pass ends (at worst with every cell of a family withheld).</para>
/// <para>Thread safety: not thread-safe; one per publication.</para>
/// </remarks>
internal sealed class PublicationProtector
{
    private readonly DetailCells _detail;
    private readonly PublicationGroups _groups;
    private readonly IReadOnlySet<int> _years;
    private readonly DisclosureControlOptions _options;
    private readonly decimal _p;

    /// <param name="detail">The detail cells, kept by presence pattern.</param>
    /// <param name="tables">Per table of the publication, the group key of each detail slot.</param>
    /// <param name="years">The years the tables use.</param>
    /// <param name="options">The disclosure control (enabled).</param>
    public PublicationProtector(DetailCells detail, IReadOnlyList<Func<int, GroupKey>> tables, IReadOnlySet<int> years,
        DisclosureControlOptions options)
    {
        _detail = detail;
        _groups = new PublicationGroups(detail.Slots.Count, tables);
        _years = years;
        _options = options;
        _p = options.ProtectionLevel;
    }

    /// <summary>Decides what the publication withholds.</summary>
    public SuppressionPlan Protect()
    {
        var atoms = new ProtectionAtoms(_detail, _groups.ClassOfSlot, _years);
        var withheld = new Dictionary<(GroupKey, int, CellQuantity), string>();
        var known = new HashSet<(GroupKey, int, CellQuantity)>();
        var concentration = new Dictionary<(GroupKey, int), string>();
        var (primary, secondary) = (0, 0);

        // The years are independent (rows follow their cells, so nothing released ties one year's cells to another's):
        // they are protected at once, and put together in year order.
        var years = atoms.ByYear.OrderBy(y => y.Key).ToArray();
        var done = new (List<ProtectionCell> Cells, int Secondary, Dictionary<(GroupKey, int), string> Concentration)[years.Length];
        Parallel.For(0, years.Length, i =>
        {
            var (year, yearAtoms) = years[i];
            var (cells, targets) = CellsOf(year, yearAtoms);
            var withheldHere = 0;
            foreach (var family in ProtectionBlock.Families)
            {
                withheldHere += ProtectFamily(yearAtoms, family, cells, targets);
            }

            var rule = new Dictionary<(GroupKey, int), string>();
            ConcentrationRule(year, PresentClasses(year), cells, rule);
            done[i] = (cells, withheldHere, rule);
        });

        for (var i = 0; i < years.Length; i++)
        {
            var year = years[i].Key;
            secondary += done[i].Secondary;
            foreach (var cell in done[i].Cells)
            {
                var key = (_groups.Keys[cell.Group], year, cell.Quantity);
                known.Add(key);
                if (cell.Reason is { } reason)
                {
                    withheld.Add(key, reason);
                    primary += cell.Primary ? 1 : 0;
                }
            }

            foreach (var (key, reason) in done[i].Concentration)
            {
                concentration.Add(key, reason);
            }
        }

        return new SuppressionPlan(withheld, known, concentration, primary, secondary, _groups.Keys.Count);
    }

    /// <summary>The cells of a year with the primary rules applied, and what must stay unknown.</summary>
    private (List<ProtectionCell> Cells, List<ProtectionTarget> Targets) CellsOf(int year, IReadOnlyList<ProtectionAtom> atoms)
    {
        var cells = new List<ProtectionCell>();
        var targets = new List<ProtectionTarget>();
        for (var g = 0; g < _groups.Keys.Count; g++)
        {
            var classes = _groups.ClassesOf[g];
            // Every cell any indicator would release, whichever indicators are asked for: two calls on the same data
            // that ask for different indicators then agree on every cell they both give.
            foreach (var q in CellQuantity.All)
            {
                var m = q.Measure;
                var sums = new LevelCell(_detail.DominanceN);
                var difference = new LevelCell(_detail.DominanceN);
                var members = new List<int>();
                var outside = new List<int>();
                for (var a = 0; a < atoms.Count; a++)
                {
                    var atom = atoms[a];
                    if (!classes.Contains(atom.Class) || !atom.Has(m))
                    {
                        continue;
                    }

                    if ((atom.Pattern & q.Required) == q.Required)
                    {
                        Merge(sums, atom.Levels[(int)m]!);
                        members.Add(a);
                    }
                    else
                    {
                        Merge(difference, atom.Levels[(int)m]!);
                        outside.Add(a);
                    }
                }

                if (sums.N == 0)
                {
                    continue; // no firm: no cell (the row is undefined)
                }

                var cell = new ProtectionCell(g, year, q, sums, [.. members]);
                var where = _groups.Describe(g);
                cell.Reason = PrimaryRule.Check(sums, q.Describe(), year, _options);
                if (cell.Reason is not null && sums.Sum != 0m)
                {
                    targets.Add(Target(m, cell.Atoms, sums.Sum, $"{q.Describe()} {year} {where}"));
                }

                if (q.IsSide && difference.N > 0)
                {
                    var other = q.Kind == QuantityKind.RatioNumerator
                        ? (Measure)RatioDefinitions.Denominators[q.Index]
                        : (Measure)RatioDefinitions.Numerators[q.Index];
                    var what = $"{Measures.LevelId(m).Value} of the firms without {Measures.LevelId(other).Value}";
                    if (PrimaryRule.Check(difference, what, year, _options) is { } why)
                    {
                        cell.Reason ??= why;
                        if (difference.Sum != 0m)
                        {
                                targets.Add(Target(m, [.. outside], difference.Sum, $"{what} {year} {where}"));
                        }
                    }
                }

                cell.Primary = cell.Reason is not null;
                cells.Add(cell);
            }
        }

        // A single firm's value (§5.1 item 2): the firm of a one-firm atom, and the largest firm of an atom whose other
        // firms are too small to hide it once the atom's sum is known. A firm among others can be 0, so only its upper
        // bound matters; an operating profit among others is free and cannot be narrowed at all.
        for (var a = 0; a < atoms.Count; a++)
        {
            var atom = atoms[a];
            var where = _groups.Describe(_groups.FinestOf(atom.Class));
            for (var m = 0; m < Measures.Count; m++)
            {
                if (atom.Levels[m] is not { } level || level.Sum == 0m)
                {
                    continue;
                }

                var what = $"a firm's {Measures.LevelId((Measure)m).Value} {year} ({where})";
                if (level.N == 1)
                {
                    targets.Add(Target((Measure)m, [a], level.Sum, what) with { IsFirm = true });
                }
                else if ((Measure)m is not Measure.OperatingProfit and not Measure.ValueAdded
                         && level.Top is { Count: > 0 } top
                         && level.Sum - top.Values[0] < _p * top.Values[0])
                {
                    targets.Add(new ProtectionTarget((Measure)m, [a], top.Values[0], top.Values[0] * (1m + _p), null, what, IsFirm: true));
                }
            }
        }

        return (cells, targets);
    }

    private ProtectionTarget Target(Measure measure, int[] atoms, decimal value, string description) =>
        new(measure, atoms, value, value + (_p * Math.Abs(value)), value - (_p * Math.Abs(value)), description);

    /// <summary>Protects the targets of one family of measures in one year; returns the cells it withheld.</summary>
    private int ProtectFamily(IReadOnlyList<ProtectionAtom> atoms, Measure[] family, List<ProtectionCell> all, List<ProtectionTarget> allTargets)
    {
        var cells = all.Where(c => family.Contains(c.Quantity.Measure)).ToList();
        var targets = allTargets.Where(t => family.Contains(t.Measure)).ToList();
        if (targets.Count == 0)
        {
            return 0;
        }

        var units = cells.GroupBy(c => c.InformationKey).Select(g => g.ToList()).ToList();
        var scale = cells.Count == 0 ? 1m : cells.Max(c => Math.Abs(c.Sums.Sum));
        var block = new ProtectionBlock(atoms, family, scale);
        var withheld = 0;
        List<List<ProtectionCell>> released = [];
        ProtectionPartners partners = null!;
        var changed = true; // the program is built again only after a cell is withheld: solves reuse its basis
        foreach (var target in targets.OrderByDescending(t => Math.Abs(t.Value)).ThenBy(t => t.Description, StringComparer.Ordinal))
        {
            while (true)
            {
                if (changed)
                {
                    released = units.Where(u => u.All(c => c.Reason is null)).ToList();
                    block.Release(released.Select(u => (u[0].Quantity.Measure, u[0].Atoms, u[0].Sums.Sum)).ToList());
                    partners = new ProtectionPartners(atoms, released.Select(u => (u[0].Quantity.Measure, u[0].Atoms)).ToList());
                    changed = false;
                }

                if (partners.Hide(target) || !block.IsNarrowed(target, out var binding))
                {
                    break;
                }

                var candidates = binding.Select(i => released[i]).ToList();
                if (candidates.Count == 0)
                {
                    candidates = released.Where(u => u[0].Atoms.Intersect(target.Atoms).Any()).ToList();
                }

                if (candidates.Count == 0)
                {
                    candidates = released;
                }

                if (candidates.Count == 0)
                {
                    break; // nothing is released: nothing more can be withheld (cannot happen: an unconstrained target is free)
                }

                var chosen = candidates.OrderBy(u => Cost(u, target)).ThenBy(u => Name(u[0]), StringComparer.Ordinal).First();
                foreach (var cell in chosen)
                {
                    cell.Reason = string.Create(CultureInfo.InvariantCulture, $"secondary: protects {target.Description}");
                    withheld++;
                }

                changed = true;
            }
        }

        // A cell withheld by the rules whose information another released cell carries is withheld with it.
        foreach (var unit in units)
        {
            if (unit.Any(c => c.Reason is not null) && unit.FirstOrDefault(c => c.Reason is not null) is { } first)
            {
                foreach (var cell in unit.Where(c => c.Reason is null))
                {
                    cell.Reason = first.Reason;
                    withheld++;
                }
            }
        }

        return withheld;
    }

    /// <summary>The cost of withholding a piece of information: ratio sides before levels, the total last; then one
    /// large enough to protect the target before smaller ones; then the smaller.</summary>
    private (int Tier, int TooSmall, decimal Size) Cost(List<ProtectionCell> unit, ProtectionTarget target)
    {
        var tier = 0;
        foreach (var cell in unit)
        {
            if (!cell.Quantity.IsSide)
            {
                tier = Math.Max(tier, _groups.Keys[cell.Group].IsTotal ? 2 : 1);
            }
        }

        var size = Math.Abs(unit[0].Sums.Sum);
        return (tier, size < _p * Math.Abs(target.Value) ? 1 : 0, size);
    }

    /// <summary>§5.1 item 3: <c>hhi_revenue</c> is released only when its revenue cell and the revenue cell of every
    /// finer group inside it are.</summary>
    /// <remarks>Inside means in the firm-years of the year: a group of another breakdown whose firms that year all
    /// fall in the group is inside it (a county holding every firm of a segment × size class that year), and a group
    /// with firm-years but no revenue cell counts as withheld.</remarks>
    private void ConcentrationRule(int year, HashSet<int> present, List<ProtectionCell> cells, Dictionary<(GroupKey, int), string> concentration)
    {
        var revenue = cells.Where(c => c.Quantity == CellQuantity.Level(Measure.Revenue)).ToDictionary(c => c.Group);
        var inYear = Enumerable.Range(0, _groups.Keys.Count).Select(g => _groups.ClassesOf[g].Where(present.Contains).ToHashSet()).ToArray();
        foreach (var (g, cell) in revenue)
        {
            for (var h = 0; h < inYear.Length; h++)
            {
                var withheld = !revenue.TryGetValue(h, out var inner) || inner.Reason is not null;
                if (withheld && inYear[h].Count > 0 && inYear[h].Count < inYear[g].Count && inYear[h].IsSubsetOf(inYear[g]))
                {
                    concentration[(_groups.Keys[g], year)] = string.Create(CultureInfo.InvariantCulture,
                        $"disclosure control: hhi_revenue needs the revenue of every group inside it; revenue {year} {_groups.Describe(h)} is withheld");
                    break;
                }
            }
        }
    }

    private string Name(ProtectionCell cell) =>
        string.Create(CultureInfo.InvariantCulture, $"{_groups.Keys[cell.Group]} {cell.Quantity.Kind} {cell.Quantity.Index}");

    /// <summary>The membership classes with firm-years in a year.</summary>
    private HashSet<int> PresentClasses(int year)
    {
        var present = new HashSet<int>();
        foreach (var (key, cell) in _detail.Cells)
        {
            var (slot, y) = DetailCells.OfCellKey(key);
            if (y == year && cell.Firms > 0)
            {
                present.Add(_groups.ClassOfSlot[slot]);
            }
        }

        return present;
    }

    private static void Merge(LevelCell into, LevelCell from) =>
        into.Add(from.Sum, from.N, from.AbsSum, from.Top is { } top ? top.Values : default);
}
