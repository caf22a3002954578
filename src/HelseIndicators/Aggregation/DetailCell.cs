using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The sums of the firm-years of one slot (segment, county, size class) and year, side by side in flat arrays
/// (<see cref="MeasureSums"/>): each measure's level, and both sides of each ratio over the firm-years that report
/// both. A group's <see cref="Cell"/> is the merge of the detail cells of its slots (<see cref="Cell.Add(DetailCell)"/>).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailCell
{
    // Level m sums measure m when it is present; both sides of ratio r sum when its two measures are present.
    private static readonly int[] s_levels = [.. Enumerable.Range(0, Measures.Count).Select(m => MeasureSums.PlanEntry(m, 1 << m))];
    private static readonly int[] s_numerators =
        [.. RatioDefinitions.Numerators.Zip(RatioDefinitions.Denominators, (n, d) => MeasureSums.PlanEntry(n, (1 << n) | (1 << d)))];
    private static readonly int[] s_denominators =
        [.. RatioDefinitions.Numerators.Zip(RatioDefinitions.Denominators, (n, d) => MeasureSums.PlanEntry(d, (1 << n) | (1 << d)))];

    public DetailCell(int dominanceN) => Sums = new MeasureSums(Measures.Count + (2 * RatioDefinitions.Count), dominanceN);

    public int Firms { get; private set; }

    public int MissingDepreciation { get; private set; }

    public int Exporters { get; private set; }

    /// <summary>The sums: measure m at m, ratio r's numerator at <see cref="NumeratorIndex"/>, its denominator at
    /// <see cref="DenominatorIndex"/>.</summary>
    public MeasureSums Sums { get; }

    public SquareSum RevenueSquares;

    public TopValues TopExporters { get; } = new(8);

    public static int NumeratorIndex(int ratio) => Measures.Count + ratio;

    public static int DenominatorIndex(int ratio) => Measures.Count + RatioDefinitions.Count + ratio;

    /// <summary>Adds one firm-year.</summary>
    /// <param name="values">Its measures (absent ones 0).</param>
    /// <param name="present">Bit m set when measure m is present.</param>
    public void Add(ReadOnlySpan<decimal> values, int present)
    {
        Firms++;
        Sums.AddPlanned(0, values, present, s_levels);
        if ((present & (1 << (int)Measure.ValueAdded)) != 0 && (present & (1 << (int)Measure.Depreciation)) == 0)
        {
            MissingDepreciation++;
        }

        Sums.AddPlanned(NumeratorIndex(0), values, present, s_numerators);
        Sums.AddPlanned(DenominatorIndex(0), values, present, s_denominators);
        if ((present & (1 << (int)Measure.Exports)) != 0)
        {
            var exports = values[(int)Measure.Exports];
            if (FastDecimal.IsPositive(exports))
            {
                Exporters++;
            }

            TopExporters.Add(exports);
        }

        if ((present & (1 << (int)Measure.Revenue)) != 0)
        {
            RevenueSquares.Add(values[(int)Measure.Revenue]);
        }
    }

    /// <summary>Adds another detail cell's firm-years, exactly.</summary>
    public void Merge(DetailCell other)
    {
        Firms += other.Firms;
        MissingDepreciation += other.MissingDepreciation;
        Exporters += other.Exporters;
        Sums.Merge(other.Sums);
        RevenueSquares.Merge(other.RevenueSquares);
        TopExporters.Merge(other.TopExporters);
    }
}
