using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The sums of the firm-years of one slot (segment, county, size class) and year, grouped by the measures each
/// reports (<see cref="MeasureSums"/>): each measure's level, and both sides of each ratio over the firm-years that
/// report both, are sums over those groups. A group's <see cref="Cell"/> is the merge of the detail cells of its slots
/// (<see cref="Cell.Add(DetailCell)"/>).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailCell
{
    public DetailCell(int dominanceN) => Sums = new MeasureSums(Measures.Count, dominanceN);

    public int Firms { get; private set; }

    public int MissingDepreciation { get; private set; }

    public int Exporters { get; private set; }

    /// <summary>The sums of the measures, by presence pattern: a level is <see cref="MeasureSums.AddTo"/> of its
    /// measure, a ratio's side of its measure with both of the ratio's measures required.</summary>
    public MeasureSums Sums { get; }

    public SquareSum RevenueSquares;

    public TopValues TopExporters { get; } = new(8);

    /// <summary>Adds one firm-year.</summary>
    /// <param name="values">Its measures (absent ones 0).</param>
    /// <param name="present">Bit m set when measure m is present.</param>
    public void Add(ReadOnlySpan<decimal> values, int present)
    {
        Firms++;
        Sums.Add(values, present);
        if ((present & (1 << (int)Measure.ValueAdded)) != 0 && (present & (1 << (int)Measure.Depreciation)) == 0)
        {
            MissingDepreciation++;
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
