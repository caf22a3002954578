using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The same-firm sums of the firms of one slot pair (slot in t−1, slot in t) and year t, grouped by the growth
/// measures a firm reports in both years (<see cref="MeasureSums"/>): per growth measure, its sum in t−1 and in t over
/// the firms that report it in both. A group's <see cref="SameFirmCell"/> is the merge of the pairs that fall in it.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailSameFirmCell
{
    public DetailSameFirmCell(int dominanceN)
    {
        Previous = new MeasureSums(Measures.Count, dominanceN);
        Current = new MeasureSums(Measures.Count, dominanceN);
    }

    /// <summary>The sums of t−1, by the growth measures reported in both years.</summary>
    public MeasureSums Previous { get; }

    /// <summary>The sums of t, by the growth measures reported in both years.</summary>
    public MeasureSums Current { get; }

    /// <summary>Adds one firm present in t−1 and t: each growth measure it reports in both years.</summary>
    public void Add(ReadOnlySpan<decimal> current, int present, ReadOnlySpan<decimal> previous, int presentBefore)
    {
        var both = present & presentBefore & GrowthMeasures.Mask;
        Previous.Add(previous, both);
        Current.Add(current, both);
    }

    /// <summary>Adds another's firms, exactly.</summary>
    public void Merge(DetailSameFirmCell other)
    {
        Previous.Merge(other.Previous);
        Current.Merge(other.Current);
    }
}
