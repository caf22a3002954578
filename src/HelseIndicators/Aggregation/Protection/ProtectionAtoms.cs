using System.Numerics;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The atoms of a publication (<see cref="ProtectionAtom"/>) made from the detail cells: each slot (segment, county,
/// size class) falls in a set of the publication's groups, slots in the same set make one membership class, and each
/// presence pattern of a class and year one atom.
/// </summary>
/// <remarks>Needs detail cells kept by presence pattern (<see cref="DetailCells.ByPattern"/>). Not thread-safe.</remarks>
internal sealed class ProtectionAtoms
{
    private readonly Dictionary<(int Year, int Class, int Pattern), ProtectionAtom> _atoms = [];

    /// <param name="detail">The detail cells (by pattern).</param>
    /// <param name="classOfSlot">The membership class of each slot.</param>
    /// <param name="years">The years to make atoms for.</param>
    /// <exception cref="ArgumentException">The cells do not keep their sums by pattern.</exception>
    public ProtectionAtoms(DetailCells detail, IReadOnlyList<int> classOfSlot, IReadOnlySet<int> years)
    {
        foreach (var (key, cell) in detail.Cells)
        {
            var (slot, year) = DetailCells.OfCellKey(key);
            if (!years.Contains(year))
            {
                continue;
            }

            var patterns = cell.Patterns ?? throw new ArgumentException("Protection needs cells kept by presence pattern.", nameof(detail));
            for (var i = 0; i < patterns.PatternCount; i++)
            {
                var pattern = patterns.PatternAt(i);
                if (pattern == 0)
                {
                    continue; // a firm-year that reports no measure is in no sum
                }

                var k = (year, classOfSlot[slot], pattern);
                if (!_atoms.TryGetValue(k, out var atom))
                {
                    atom = new ProtectionAtom(year, classOfSlot[slot], pattern, detail.DominanceN);
                    _atoms.Add(k, atom);
                }

                for (var bits = (uint)pattern; bits != 0; bits &= bits - 1)
                {
                    var m = BitOperations.TrailingZeroCount(bits);
                    patterns.AddPatternTo(atom.Levels[m]!, i, m);
                }
            }
        }

        ByYear = _atoms.Values
            .GroupBy(a => a.Year)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProtectionAtom>)g.OrderBy(a => a.Class).ThenBy(a => a.Pattern).ToArray());
    }

    /// <summary>The atoms of each year, in a fixed order (class, then pattern).</summary>
    public IReadOnlyDictionary<int, IReadOnlyList<ProtectionAtom>> ByYear { get; }
}
