using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// A shortcut past the linear program for a target of one atom: another atom that every released cell sums together
/// with it (the same cells for the target's measure, and for the measures tied to it) can take from it or give to it
/// without any released number changing, so the target moves as far as that partner allows.
/// </summary>
/// <remarks>
/// <para>Moving an amount δ of measure m from atom b to atom a keeps every released sum of m (both are in the same
/// cells). A value-added part moves value added with it, which the same value-added cells also absorb. Revenue and
/// exports move together where needed to keep exports ≤ revenue in both atoms. So, with b's room r for m:
/// a's upper bound is at least its value + r, and its lower bound at most its value less whatever a has (b can take
/// any amount). The room: an operating profit is free (unbounded); revenue can give up its part above exports;
/// other amounts their value. When the shortcut does not settle a target, the linear program does.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
internal sealed class ProtectionPartners
{
    private static readonly Measure[] s_valueAddedParts = [Measure.OperatingProfit, Measure.Depreciation, Measure.WageCosts];
    private readonly IReadOnlyList<ProtectionAtom> _atoms;
    private readonly Dictionary<(int Atom, Measure Measure), List<int>> _cellsOf = [];

    /// <param name="atoms">The year's atoms.</param>
    /// <param name="released">The released pieces of information: measure and atoms.</param>
    public ProtectionPartners(IReadOnlyList<ProtectionAtom> atoms, IReadOnlyList<(Measure Measure, int[] Atoms)> released)
    {
        _atoms = atoms;
        for (var u = 0; u < released.Count; u++)
        {
            foreach (var a in released[u].Atoms)
            {
                var key = (a, released[u].Measure);
                if (!_cellsOf.TryGetValue(key, out var list))
                {
                    _cellsOf[key] = list = [];
                }

                list.Add(u);
            }
        }
    }

    /// <summary>Whether a partner atom settles a one-atom target: it can be moved beyond both protection bounds.</summary>
    public bool Hide(ProtectionTarget target)
    {
        if (target.Atoms is not [var a] || target.Measure == Measure.ValueAdded || !target.IsFirm)
        {
            return false;
        }

        var m = target.Measure;
        var current = _atoms[a].Levels[(int)m]!.Sum;
        var up = target.Upper - current;
        var down = target.Lower is { } lower ? current - lower : 0m;
        if (down > 0m && m != Measure.OperatingProfit && down > current)
        {
            return false;
        }

        var tied = Tied(m);
        for (var b = 0; b < _atoms.Count; b++)
        {
            if (b != a && tied.All(t => _atoms[a].Has(t) == _atoms[b].Has(t) && SameCells(a, b, t)) && Room(b, m) >= up)
            {
                return true;
            }
        }

        return false;
    }

    // The measures whose cells must agree for an amount of m to move: m itself, its partner under exports ≤ revenue,
    // and value added for its parts.
    private static Measure[] Tied(Measure m) => m switch
    {
        Measure.Revenue or Measure.Exports => [Measure.Revenue, Measure.Exports],
        Measure.OperatingProfit or Measure.Depreciation or Measure.WageCosts => [m, Measure.ValueAdded, .. s_valueAddedParts.Where(p => p != m)],
        _ => [m],
    };

    private bool SameCells(int a, int b, Measure m)
    {
        var mine = _cellsOf.GetValueOrDefault((a, m));
        var theirs = _cellsOf.GetValueOrDefault((b, m));
        return (mine?.Count ?? 0) == (theirs?.Count ?? 0) && (mine is null || mine.SequenceEqual(theirs!));
    }

    private decimal Room(int b, Measure m)
    {
        var atom = _atoms[b];
        return m switch
        {
            Measure.OperatingProfit => decimal.MaxValue,
            Measure.Revenue when atom.Has(Measure.Exports) => atom.Levels[(int)Measure.Revenue]!.Sum - atom.Levels[(int)Measure.Exports]!.Sum,
            _ => atom.Levels[(int)m]!.Sum,
        };
    }
}
