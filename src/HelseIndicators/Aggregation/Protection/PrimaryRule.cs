using System.Globalization;
using HelseIndicators.Indicators.Calculators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The primary rules of INDICATORS.md §5 on one cell: minimum frequency, and (n, k) dominance on absolute values.
/// </summary>
internal static class PrimaryRule
{
    /// <summary>The reason a cell is sensitive, or null when it may be released (or control is off).</summary>
    /// <param name="cell">The cell's sums.</param>
    /// <param name="what">Its name in the reason ("revenue", "revenue of the same firms").</param>
    /// <param name="year">Its year.</param>
    /// <param name="options">The rules' parameters.</param>
    public static string? Check(LevelCell cell, string what, int year, DisclosureControlOptions options) =>
        Check(cell.N, cell.AbsSum, cell.Top is { } top ? top.SumOfLargest(options.DominanceN) : 0m, what, year, options);

    /// <summary>The reason a cell of <paramref name="n"/> contributions is sensitive, or null.</summary>
    /// <param name="n">The number of contributions.</param>
    /// <param name="absSum">The total of their absolute values.</param>
    /// <param name="largest">The sum of the n largest absolute values.</param>
    /// <param name="what">The cell's name in the reason.</param>
    /// <param name="year">Its year.</param>
    /// <param name="options">The rules' parameters.</param>
    public static string? Check(int n, decimal absSum, decimal largest, string what, int year, DisclosureControlOptions options)
    {
        if (!options.Enabled)
        {
            return null;
        }

        if (n < options.MinFirms)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"disclosure control: {what} in {year} has fewer than {options.MinFirms} contributing firms");
        }

        if (absSum > 0m && ExactDecimal.IsProductGreater(largest, 100m, options.DominanceK, absSum))
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"disclosure control: in {what} in {year} the {options.DominanceN} largest contributions exceed {options.DominanceK} % of the total");
        }

        return null;
    }
}
