using System.Globalization;
using HelseIndicators.Model;

namespace HelseIndicators.Reporting.Charts;

/// <summary>The data of a chart: the categories (years, segments, answers) and one or more series over them.</summary>
/// <remarks>
/// Every series has one value per category. Equality: by reference. Thread safety: immutable, safe to share.
/// </remarks>
/// <example>
/// <code>
/// var data = ChartData.ForYears([2014, 2015, 2016],
///     ChartSeries.Of("Revenue", 47m, 52m, 55m), new ChartSeries("Exports", [18m, null, 21m]));
/// </code>
/// </example>
public sealed class ChartData
{
    private readonly string[] _categories;
    private readonly ChartSeries[] _series;

    /// <summary>Creates chart data.</summary>
    /// <param name="categories">The categories, at least one, in display order.</param>
    /// <param name="series">The series, at least one, each with one value per category.</param>
    /// <exception cref="ArgumentNullException">An argument, a category or a series is null.</exception>
    /// <exception cref="ArgumentException">There is no category or no series, or a series' length differs from the number of categories.</exception>
    public ChartData(IEnumerable<string> categories, IEnumerable<ChartSeries> series)
    {
        ArgumentNullException.ThrowIfNull(categories);
        ArgumentNullException.ThrowIfNull(series);
        _categories = categories.ToArray();
        _series = series.ToArray();
        if (_categories.Length == 0)
        {
            throw new ArgumentException("A chart needs at least one category.", nameof(categories));
        }

        if (_series.Length == 0)
        {
            throw new ArgumentException("A chart needs at least one series.", nameof(series));
        }

        if (_categories.Any(c => c is null) || _series.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(series), "A category or a series is null.");
        }

        foreach (var s in _series)
        {
            if (s.Values.Count != _categories.Length)
            {
                throw new ArgumentException(
                    $"The series \"{s.Name}\" has {s.Values.Count} values but there are {_categories.Length} categories.", nameof(series));
            }
        }
    }

    /// <summary>Creates chart data over years.</summary>
    /// <param name="years">The years, in display order.</param>
    /// <param name="series">The series, each with one value per year.</param>
    /// <returns>The data, with the years as categories.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for the constructor.</exception>
    public static ChartData ForYears(IEnumerable<int> years, params ChartSeries[] series)
    {
        ArgumentNullException.ThrowIfNull(years);
        return new ChartData(years.Select(y => y.ToString(CultureInfo.InvariantCulture)), series);
    }

    /// <summary>
    /// Creates chart data from yearly series: the categories are every year of any series, ascending, and a series
    /// without a year (or with its value missing) has a gap there.
    /// </summary>
    /// <param name="series">The series; each one's <see cref="YearSeries.Name"/> names it in the legend.</param>
    /// <returns>The data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">There is no series, or no series has a year.</exception>
    public static ChartData FromYearSeries(params YearSeries[] series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(series), "A series is null.");
        }

        var years = series.SelectMany(s => s.Years).Distinct().Order().ToArray();
        return ForYears(years, series.Select(s => new ChartSeries(s.Name, years.Select(s.ValueOf))).ToArray());
    }

    /// <summary>Gets the categories.</summary>
    public IReadOnlyList<string> Categories => _categories;

    /// <summary>Gets the series.</summary>
    public IReadOnlyList<ChartSeries> Series => _series;
}
