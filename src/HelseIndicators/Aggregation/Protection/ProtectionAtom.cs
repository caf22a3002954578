using System.Numerics;
using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The firm-years of one year that no cell of a publication tells apart: the same membership in every group of the
/// publication (<see cref="Class"/>) and the same measures reported (<see cref="Pattern"/>). Every cell the
/// publication can release is a sum of whole atoms, so an intruder's unknowns are the atoms' sums (a firm inside an atom
/// of several firms can be anything from 0 to the atom's upper bound: all the constraints inside it are homogeneous).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class ProtectionAtom
{
    public ProtectionAtom(int year, int @class, int pattern, int dominanceN)
    {
        Year = year;
        Class = @class;
        Pattern = pattern;
        for (var bits = (uint)pattern; bits != 0; bits &= bits - 1)
        {
            Levels[BitOperations.TrailingZeroCount(bits)] = new LevelCell(dominanceN);
        }
    }

    public int Year { get; }

    /// <summary>The membership class: which groups of the publication hold these firm-years.</summary>
    public int Class { get; }

    /// <summary>Bit m set for each measure m the firm-years report.</summary>
    public int Pattern { get; }

    /// <summary>Per measure of the pattern, the sums (null for the others).</summary>
    public LevelCell?[] Levels { get; } = new LevelCell?[Measures.Count];

    /// <summary>The number of firm-years.</summary>
    public int Firms => Levels[BitOperations.TrailingZeroCount((uint)Pattern)]!.N;

    public bool Has(Measure measure) => (Pattern & (1 << (int)measure)) != 0;
}
