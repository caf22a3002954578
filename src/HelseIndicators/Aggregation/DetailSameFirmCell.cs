using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The same-firm sums of the firms of one slot pair (slot in t−1, slot in t) and year t: per growth measure, its sum
/// in t−1 and in t over the firms that report it in both years; by presence pattern (<see cref="PatternSums"/>) in a
/// coarse breakdown, per quantity (<see cref="QuantitySums"/>) in a fine one, as <see cref="DetailCell"/>. A group's
/// <see cref="SameFirmCell"/> is the merge of the pairs that fall in it.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailSameFirmCell
{
    // Per quantity: growth measure i sums measure GrowthMeasures.All[i] of both years when both years report it.
    private static readonly int[] s_plan = [.. GrowthMeasures.All.Select(m => QuantitySums.PlanEntry((int)m, 1 << (int)m))];

    private readonly PatternSums? _previous, _current;
    private readonly QuantitySums? _byQuantity; // t−1 at i, t at GrowthMeasures.Count + i

    /// <param name="dominanceN">The largest values kept per quantity (0: disclosure control off).</param>
    /// <param name="byPattern">Whether the sums are kept by presence pattern (a coarse breakdown) or per quantity
    /// (default, as <see cref="DetailCells"/>).</param>
    public DetailSameFirmCell(int dominanceN, bool byPattern = false)
    {
        if (byPattern)
        {
            _previous = new PatternSums(Measures.Count, dominanceN);
            _current = new PatternSums(Measures.Count, dominanceN);
        }
        else
        {
            _byQuantity = new QuantitySums(2 * GrowthMeasures.Count, dominanceN);
        }
    }

    /// <summary>Adds one firm present in t−1 and t: each growth measure it reports in both years.</summary>
    public void Add(ReadOnlySpan<decimal> current, int present, ReadOnlySpan<decimal> previous, int presentBefore)
    {
        var both = present & presentBefore & GrowthMeasures.Mask;
        if (_previous is { } before)
        {
            before.Add(previous, both);
            _current!.Add(current, both);
        }
        else
        {
            _byQuantity!.AddPlanned(0, previous, both, s_plan);
            _byQuantity.AddPlanned(GrowthMeasures.Count, current, both, s_plan);
        }
    }

    /// <summary>Adds another's firms, exactly.</summary>
    /// <exception cref="ArgumentException">The other keeps its sums differently.</exception>
    public void Merge(DetailSameFirmCell other)
    {
        if (_previous is { } before)
        {
            before.Merge(other._previous ?? throw new ArgumentException("The cells keep their sums differently.", nameof(other)));
            _current!.Merge(other._current!);
        }
        else
        {
            _byQuantity!.Merge(other._byQuantity ?? throw new ArgumentException("The cells keep their sums differently.", nameof(other)));
        }
    }

    /// <summary>Adds growth measure <paramref name="index"/> (in <see cref="GrowthMeasures.All"/>) of t−1 and of t to a
    /// group's cells.</summary>
    public void AddTo(LevelCell previous, LevelCell current, int index)
    {
        if (_previous is { } before)
        {
            var m = (int)GrowthMeasures.All[index];
            before.AddTo(previous, m, 1 << m);
            _current!.AddTo(current, m, 1 << m);
        }
        else
        {
            _byQuantity!.AddTo(previous, index);
            _byQuantity.AddTo(current, GrowthMeasures.Count + index);
        }
    }
}
