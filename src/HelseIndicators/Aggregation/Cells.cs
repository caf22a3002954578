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
    public LevelCell(int dominanceN) => Top = dominanceN > 0 ? new TopValues(dominanceN) : null;

    public decimal Sum { get; private set; }

    public int N { get; private set; }

    public decimal AbsSum { get; private set; }

    public TopValues? Top { get; }

    public void Add(decimal value)
    {
        Sum += value;
        N++;
        if (Top is { } top)
        {
            var a = Math.Abs(value);
            AbsSum += a;
            top.Add(a);
        }
    }

    /// <summary>Adds another cell's values, exactly: the result is the cell of both cells' values. The other cell
    /// must track at least as many largest values as this one.</summary>
    public void Merge(LevelCell other)
    {
        Sum += other.Sum;
        N += other.N;
        if (Top is { } top)
        {
            AbsSum += other.AbsSum;
            top.Merge(other.Top!);
        }
    }
}

/// <summary>The sums of one group in one year.</summary>
internal sealed class Cell
{
    public Cell(int dominanceN)
    {
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

    public TopValues TopExporters { get; } = new(8);

    /// <summary>Adds another cell's firm-years, exactly (see <see cref="LevelCell.Merge"/>).</summary>
    public void Merge(Cell other)
    {
        Firms += other.Firms;
        MissingDepreciation += other.MissingDepreciation;
        Exporters += other.Exporters;
        RevenueSquares.Merge(other.RevenueSquares);
        TopExporters.Merge(other.TopExporters);
        for (var i = 0; i < Levels.Length; i++)
        {
            Levels[i].Merge(other.Levels[i]);
        }

        for (var i = 0; i < RatioNumerators.Length; i++)
        {
            RatioNumerators[i].Merge(other.RatioNumerators[i]);
            RatioDenominators[i].Merge(other.RatioDenominators[i]);
        }
    }

    public void Add(ReadOnlySpan<decimal> values, int present)
    {
        Firms++;
        for (var m = 0; m < Measures.Count; m++)
        {
            if ((present & (1 << m)) != 0)
            {
                Levels[m].Add(values[m]);
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
                RatioNumerators[r].Add(values[num]);
                RatioDenominators[r].Add(values[den]);
            }
        }

        if ((present & (1 << (int)Measure.Exports)) != 0)
        {
            var exports = values[(int)Measure.Exports];
            if (exports > 0m)
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

    /// <summary>Adds one firm present in t−1 and t: each growth measure it reports in both years.</summary>
    public void Add(ReadOnlySpan<decimal> current, int present, ReadOnlySpan<decimal> previous, int presentBefore)
    {
        var measures = GrowthMeasures.All;
        for (var i = 0; i < measures.Length; i++)
        {
            var m = (int)measures[i];
            if ((present & presentBefore & (1 << m)) != 0)
            {
                Previous[i].Add(previous[m]);
                Current[i].Add(current[m]);
            }
        }
    }

    /// <summary>Adds another cell's firms, exactly (see <see cref="LevelCell.Merge"/>).</summary>
    public void Merge(SameFirmCell other)
    {
        for (var i = 0; i < Previous.Length; i++)
        {
            Previous[i].Merge(other.Previous[i]);
            Current[i].Merge(other.Current[i]);
        }
    }
}

/// <summary>The ratio indicators of the catalogue, in catalogue order.</summary>
internal static class RatioDefinitions
{
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

    /// <summary>The bits of the growth measures (bit m for measure m).</summary>
    public static int Mask { get; } = All.Aggregate(0, (mask, m) => mask | (1 << (int)m));

    public static int IndexOf(Measure measure) => Array.IndexOf(All, measure);
}
