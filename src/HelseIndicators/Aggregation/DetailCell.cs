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
        for (var m = 0; m < Measures.Count; m++)
        {
            if ((present & (1 << m)) != 0)
            {
                Sums.Add(m, values[m]);
            }
        }

        if ((present & (1 << (int)Measure.ValueAdded)) != 0 && (present & (1 << (int)Measure.Depreciation)) == 0)
        {
            MissingDepreciation++;
        }

        var numerators = RatioDefinitions.Numerators;
        var denominators = RatioDefinitions.Denominators;
        for (var r = 0; r < numerators.Length; r++)
        {
            var num = numerators[r];
            var den = denominators[r];
            if ((present & (1 << num)) != 0 && (present & (1 << den)) != 0)
            {
                Sums.Add(NumeratorIndex(r), values[num]);
                Sums.Add(DenominatorIndex(r), values[den]);
            }
        }

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
