namespace HelseIndicators.Aggregation;

/// <summary>
/// The same-firm sums of the firms of one slot pair (slot in t−1, slot in t) and year t, side by side in flat arrays
/// (<see cref="MeasureSums"/>): per growth measure, its sum in t−1 and in t over the firms that report it in both.
/// A group's <see cref="SameFirmCell"/> is the merge of the pairs that fall in it.
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailSameFirmCell
{
    // Growth measure i sums measure GrowthMeasures.All[i] of both years when both years report it.
    private static readonly int[] s_plan = [.. GrowthMeasures.All.Select(m => MeasureSums.PlanEntry((int)m, 1 << (int)m))];

    public DetailSameFirmCell(int dominanceN) => Sums = new MeasureSums(2 * GrowthMeasures.Count, dominanceN);

    /// <summary>The sums: growth measure i (index in <see cref="GrowthMeasures.All"/>) of t−1 at i, of t at
    /// <see cref="CurrentIndex"/>.</summary>
    public MeasureSums Sums { get; }

    public static int CurrentIndex(int measure) => GrowthMeasures.Count + measure;

    /// <summary>Adds one firm present in t−1 and t: each growth measure it reports in both years.</summary>
    public void Add(ReadOnlySpan<decimal> current, int present, ReadOnlySpan<decimal> previous, int presentBefore)
    {
        var both = present & presentBefore;
        Sums.AddPlanned(0, previous, both, s_plan);
        Sums.AddPlanned(CurrentIndex(0), current, both, s_plan);
    }

    /// <summary>Adds another's firms, exactly.</summary>
    public void Merge(DetailSameFirmCell other) => Sums.Merge(other.Sums);
}
