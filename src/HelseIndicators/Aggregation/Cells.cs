using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// A summed quantity of a cell with what disclosure control needs: the number of contributions, the total of
/// absolute values and the n largest absolute values.
/// </summary>
/// <remarks>A dominance n of 0 means disclosure control is off: the absolute values are then not tracked (about a
/// third of the cost of a cell), and <see cref="AbsSum"/> stays 0 and <see cref="Top"/> null.</remarks>
internal sealed class LevelCell
{
    private decimal _sum;
    private decimal _absSum;

    public LevelCell(int dominanceN) => Top = dominanceN > 0 ? new TopValues(dominanceN) : null;

    public decimal Sum => _sum;

    public int N { get; private set; }

    public decimal AbsSum => _absSum;

    public TopValues? Top { get; }

    /// <summary>Adds the sums of <paramref name="n"/> contributions, exactly.</summary>
    /// <param name="sum">Their sum.</param>
    /// <param name="n">Their number.</param>
    /// <param name="absSum">The sum of their absolute values (read only when this cell tracks them).</param>
    /// <param name="top">Their largest absolute values, at least as many as this cell keeps (read only when it tracks
    /// them).</param>
    /// <exception cref="OverflowException">A sum cannot be held exactly (see <see cref="ExactDecimal.Add"/>).</exception>
    public void Add(decimal sum, int n, decimal absSum, ReadOnlySpan<decimal> top)
    {
        FastDecimal.Add(ref _sum, sum);
        N += n;
        if (Top is { } mine)
        {
            FastDecimal.Add(ref _absSum, absSum);
            mine.Merge(top);
        }
    }
}

/// <summary>The sums of one group in one year.</summary>
internal sealed class Cell
{
    public Cell(int dominanceN)
    {
        TopExporters = new TopValues(TopExporterCount.Of(dominanceN));
        for (var i = 0; i < Levels.Length; i++)
        {
            Levels[i] = new LevelCell(dominanceN);
        }

        for (var i = 0; i < RatioNumerators.Length; i++)
        {
            RatioNumerators[i] = new LevelCell(dominanceN);
            RatioDenominators[i] = new LevelCell(dominanceN);
        }
    }

    public int Firms { get; private set; }

    public LevelCell[] Levels { get; } = new LevelCell[Measures.Count];

    public LevelCell[] RatioNumerators { get; } = new LevelCell[RatioDefinitions.All.Count];

    public LevelCell[] RatioDenominators { get; } = new LevelCell[RatioDefinitions.All.Count];

    public int MissingDepreciation { get; private set; }

    public int Exporters { get; private set; }

    public SquareSum RevenueSquares;

    public TopValues TopExporters { get; }

    /// <summary>Adds the firm-years of a detail cell of the group, exactly.</summary>
    public void Add(DetailCell detail)
    {
        Firms += detail.Firms;
        MissingDepreciation += detail.MissingDepreciation;
        Exporters += detail.Exporters;
        for (var m = 0; m < Levels.Length; m++)
        {
            detail.AddLevelTo(Levels[m], m);
        }

        for (var r = 0; r < RatioNumerators.Length; r++)
        {
            detail.AddRatioTo(RatioNumerators[r], RatioDenominators[r], r);
        }

        RevenueSquares.Merge(detail.RevenueSquares);
        TopExporters.Merge(detail.TopExporters);
    }
}

/// <summary>The sums over the firms of a group present in both t−1 and t (same-firm growth), per growth measure.</summary>
internal sealed class SameFirmCell
{
    public SameFirmCell(int dominanceN)
    {
        for (var i = 0; i < Previous.Length; i++)
        {
            Previous[i] = new LevelCell(dominanceN);
            Current[i] = new LevelCell(dominanceN);
        }
    }

    public LevelCell[] Previous { get; } = new LevelCell[GrowthMeasures.All.Length];

    public LevelCell[] Current { get; } = new LevelCell[GrowthMeasures.All.Length];

    /// <summary>Adds the firms of a detail same-firm cell of the group, exactly.</summary>
    public void Add(DetailSameFirmCell detail)
    {
        for (var i = 0; i < Previous.Length; i++)
        {
            detail.AddTo(Previous[i], Current[i], i);
        }
    }
}

/// <summary>The ratio indicators of the catalogue, in catalogue order.</summary>
internal static class RatioDefinitions
{
    /// <summary>The number of ratios: <see cref="All"/>'s count as a constant, for the cells' hot paths (a static read
    /// there costs a class-initialisation check under Native AOT); a test keeps the two equal.</summary>
    public const int Count = 7;

    public static IReadOnlyList<IndicatorDefinition> All { get; } =
        IndicatorCatalog.All.Where(d => d.Kind == IndicatorKind.Ratio).ToArray();

    /// <summary>The numerator measure of each ratio, as an index.</summary>
    public static int[] Numerators { get; } = All.Select(d => (int)d.Numerator!.Value).ToArray();

    /// <summary>The denominator measure of each ratio, as an index.</summary>
    public static int[] Denominators { get; } = All.Select(d => (int)d.Denominator!.Value).ToArray();

    public static int IndexOf(IndicatorDefinition definition)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (ReferenceEquals(All[i], definition))
            {
                return i;
            }
        }

        throw new ArgumentException($"{definition.Id} is not a ratio.", nameof(definition));
    }
}

/// <summary>The measures with growth indicators (revenue, value added, employees, exports, R&amp;D).</summary>
internal static class GrowthMeasures
{
    public static Measure[] All { get; } =
        [Measure.Revenue, Measure.ValueAdded, Measure.Employees, Measure.Exports, Measure.RdExpenditure];

    /// <summary>The number of growth measures (<see cref="All"/>'s length as a constant; a test keeps the two equal).</summary>
    public const int Count = 5;

    /// <summary>The bits of the growth measures (bit m for measure m; a test keeps it equal to <see cref="All"/>'s).</summary>
    public const int Mask = (1 << (int)Measure.Revenue) | (1 << (int)Measure.ValueAdded) | (1 << (int)Measure.Employees)
        | (1 << (int)Measure.Exports) | (1 << (int)Measure.RdExpenditure);

    public static int IndexOf(Measure measure) => Array.IndexOf(All, measure);
}
