using HelseIndicators.Indicators;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The sums of the firm-years of one slot (segment, county, size class) and year: each measure's level, and both sides
/// of each ratio over the firm-years that report both. A cell of a coarse breakdown keeps them by presence pattern
/// (<see cref="PatternSums"/>: fewer additions a row), one of a fine breakdown per quantity (<see cref="QuantitySums"/>:
/// less memory a cell of few rows). A group's <see cref="Cell"/> is the merge of the detail cells of its slots
/// (<see cref="Cell.Add(DetailCell)"/>).
/// </summary>
/// <remarks>Not thread-safe.</remarks>
internal sealed class DetailCell
{
    // Per quantity: level m sums measure m when it is present; both sides of ratio r sum when its two measures are.
    private static readonly int[] s_levels = [.. Enumerable.Range(0, Measures.Count).Select(m => QuantitySums.PlanEntry(m, 1 << m))];
    private static readonly int[] s_numerators =
        [.. RatioDefinitions.Numerators.Zip(RatioDefinitions.Denominators, (n, d) => QuantitySums.PlanEntry(n, (1 << n) | (1 << d)))];
    private static readonly int[] s_denominators =
        [.. RatioDefinitions.Numerators.Zip(RatioDefinitions.Denominators, (n, d) => QuantitySums.PlanEntry(d, (1 << n) | (1 << d)))];

    private readonly PatternSums? _byPattern;
    private readonly QuantitySums? _byQuantity;
    private readonly CellContent _content;

    /// <param name="dominanceN">The largest values kept per quantity (0: disclosure control off).</param>
    /// <param name="byPattern">Whether the sums are kept by presence pattern (a coarse breakdown) or per quantity
    /// (default, as <see cref="DetailCells"/>).</param>
    /// <param name="content">Whether the squares of revenue and the largest exports are kept (null: both).</param>
    public DetailCell(int dominanceN, bool byPattern = false, CellContent? content = null)
    {
        _content = content ?? CellContent.All;
        TopExporters = new TopValues(TopExporterCount.Of(dominanceN));
        if (byPattern)
        {
            _byPattern = new PatternSums(Measures.Count, dominanceN);
        }
        else
        {
            _byQuantity = new QuantitySums(Measures.Count + (2 * RatioDefinitions.Count), dominanceN);
        }
    }

    public int Firms { get; private set; }

    public int MissingDepreciation { get; private set; }

    public int Exporters { get; private set; }

    /// <summary>The squares of the firms' revenue (for <c>hhi_revenue</c>); none added when the cells were made
    /// without them.</summary>
    public SquareSum RevenueSquares;

    /// <summary>The largest exports (for <c>top8_export_share</c>: the 8 it sums, and n more for the dominance rule of the
    /// exporters outside them); none added when the cells were made without them.</summary>
    public TopValues TopExporters { get; }

    /// <summary>The sums by presence pattern, when the cell keeps them so (null: per quantity).</summary>
    public PatternSums? Patterns => _byPattern;

    /// <summary>Adds one firm-year.</summary>
    /// <param name="values">Its measures (absent ones 0).</param>
    /// <param name="present">Bit m set when measure m is present.</param>
    public void Add(ReadOnlySpan<decimal> values, int present)
    {
        Firms++;
        if (_byPattern is { } patterns)
        {
            patterns.Add(values, present);
        }
        else
        {
            _byQuantity!.AddPlanned(0, values, present, s_levels);
            _byQuantity.AddPlanned(Measures.Count, values, present, s_numerators);
            _byQuantity.AddPlanned(Measures.Count + RatioDefinitions.Count, values, present, s_denominators);
        }

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

            if (_content.TopExporters)
            {
                TopExporters.Add(exports);
            }
        }

        if (_content.RevenueSquares && (present & (1 << (int)Measure.Revenue)) != 0)
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
        if (_byPattern is { } patterns)
        {
            patterns.Merge(other._byPattern ?? throw new ArgumentException("The cells keep their sums differently.", nameof(other)));
        }
        else
        {
            _byQuantity!.Merge(other._byQuantity ?? throw new ArgumentException("The cells keep their sums differently.", nameof(other)));
        }

        RevenueSquares.Merge(other.RevenueSquares);
        TopExporters.Merge(other.TopExporters);
    }

    /// <summary>Adds measure <paramref name="measure"/>'s level to a group's cell.</summary>
    public void AddLevelTo(LevelCell cell, int measure)
    {
        if (_byPattern is { } patterns)
        {
            patterns.AddTo(cell, measure, 1 << measure);
        }
        else
        {
            _byQuantity!.AddTo(cell, measure);
        }
    }

    /// <summary>Adds ratio <paramref name="ratio"/>'s two sides (over the firm-years that report both) to a group's cells.</summary>
    public void AddRatioTo(LevelCell numerator, LevelCell denominator, int ratio)
    {
        if (_byPattern is { } patterns)
        {
            var n = RatioDefinitions.Numerators[ratio];
            var d = RatioDefinitions.Denominators[ratio];
            patterns.AddTo(numerator, n, (1 << n) | (1 << d));
            patterns.AddTo(denominator, d, (1 << n) | (1 << d));
        }
        else
        {
            _byQuantity!.AddTo(numerator, Measures.Count + ratio);
            _byQuantity.AddTo(denominator, Measures.Count + RatioDefinitions.Count + ratio);
        }
    }
}
