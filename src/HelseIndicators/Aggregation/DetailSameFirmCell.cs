using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The same-firm sums of the firms of one slot pair (slot in t−1, slot in t) and year t: per growth measure, its sum
/// in t−1 and in t over the firms that report it in both years; by presence pattern (<see cref="PatternSums"/>, both
/// years of a firm under one pattern: <see cref="PatternSums.AddPair"/>) in a coarse breakdown, per quantity
/// (<see cref="QuantitySums"/>) in a fine one, as <see cref="DetailCell"/>. A group's
/// <see cref="SameFirmCell"/> is the merge of the pairs that fall in it.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailSameFirmCell
{
    // Per quantity: growth measure i sums measure GrowthMeasures.All[i] of both years when both years report it.
    private static readonly int[] s_plan = [.. GrowthMeasures.All.Select(m => QuantitySums.PlanEntry((int)m, 1 << (int)m))];

    private readonly PatternSums? _pair; // t−1 at measure m, t at Measures.Count + m
    private readonly QuantitySums? _byQuantity; // t−1 at i, t at GrowthMeasures.Count + i

    /// <param name="dominanceN">The largest values kept per quantity (0: disclosure control off).</param>
    /// <param name="byPattern">Whether the sums are kept by presence pattern (a coarse breakdown) or per quantity
    /// (default, as <see cref="DetailCells"/>).</param>
    public DetailSameFirmCell(int dominanceN, bool byPattern = false)
    {
        if (byPattern)
        {
            _pair = new PatternSums(2 * Measures.Count, dominanceN);
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
        if (_pair is { } pair)
        {
            pair.AddPair(previous, current, both);
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
        if (_pair is { } pair)
        {
            pair.Merge(other._pair ?? throw new ArgumentException("The cells keep their sums differently.", nameof(other)));
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
        if (_pair is { } pair)
        {
            var m = (int)GrowthMeasures.All[index];
            var t = Measures.Count + m;
            pair.AddTo(previous, m, 1 << m);
            pair.AddTo(current, t, 1 << t);
        }
        else
        {
            _byQuantity!.AddTo(previous, index);
            _byQuantity.AddTo(current, GrowthMeasures.Count + index);
        }
    }
}
