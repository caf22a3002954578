using System.Globalization;
using HelseIndicators.Model;

namespace HelseIndicators.Data.JsonStat;

/// <summary>Turns a JSON-stat table, such as R&amp;D by industry and year, into a <see cref="YearSeries"/>.</summary>
public static class JsonStatYearSeriesExtensions
{
    /// <summary>
    /// Reads one series along the time dimension: every other dimension must be fixed to one category, either by
    /// <paramref name="fixedCategories"/> or because it has a single category.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="timeDimensionId">The time dimension's id, or null for the dimension with the <c>time</c> role.</param>
    /// <param name="fixedCategories">Dimension id → category id for each other dimension with more than one category
    /// (for example <c>{"NACE": "72"}</c>); null for none.</param>
    /// <param name="name">The series name, or null for the dataset's label.</param>
    /// <param name="unit">The unit, or null for the unit of the fixed metric category (its label, else symbol), if any.</param>
    /// <returns>The series, one point per time category; a missing cell is a null value.</returns>
    /// <remarks>
    /// A time category is a year when its id is four digits ("2015"), or else its label is (PxWeb may give ids "0", "1"
    /// with labels "2004", "2005"). Months ("2015M01"), quarters ("2015K1", "2015Q1") and other periods are refused.
    /// Values are the exact decimals as written; a number beyond <see cref="decimal"/> or a string value is refused.
    /// </remarks>
    /// <exception cref="ArgumentException">No time dimension is found or given; a fixed dimension or category is
    /// unknown; or a dimension with more than one category is not fixed (the message lists its first categories).</exception>
    /// <exception cref="DataException">A time category is not a year, or a value is not a decimal number.</exception>
    public static YearSeries ToYearSeries(this JsonStatDataset dataset, string? timeDimensionId = null,
        IReadOnlyDictionary<string, string>? fixedCategories = null, string? name = null, string? unit = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        fixedCategories ??= new Dictionary<string, string>();
        var time = TimeDimension(dataset, timeDimensionId);
        var source = dataset.Name ?? dataset.Label ?? "dataset";

        var chosen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dimensionId, categoryId) in fixedCategories)
        {
            if (!dataset.TryGetDimension(dimensionId, out var d))
            {
                throw new ArgumentException($"Fixed dimension '{dimensionId}' is not in the dataset ({string.Join(", ", dataset.Ids)}).", nameof(fixedCategories));
            }

            if (d == time)
            {
                throw new ArgumentException($"'{dimensionId}' is the time dimension; it cannot be fixed.", nameof(fixedCategories));
            }

            if (!d.TryGetCategory(categoryId, out _))
            {
                throw new ArgumentException($"Dimension '{dimensionId}' has no category '{categoryId}'. Its categories: {Preview(d)}.", nameof(fixedCategories));
            }

            chosen[dimensionId] = categoryId;
        }

        var unfixed = dataset.Dimensions.Where(d => d != time && d.Size > 1 && !chosen.ContainsKey(d.Id)).ToArray();
        if (unfixed.Length > 0)
        {
            throw new ArgumentException(
                "Fix one category of every dimension other than time with more than one category: "
                + string.Join("; ", unfixed.Select(d => $"'{d.Id}' ({d.Size} categories: {Preview(d)})")) + ".",
                nameof(fixedCategories));
        }

        var unitText = unit;
        if (unitText is null)
        {
            foreach (var d in dataset.Dimensions.Where(d => d != time))
            {
                var c = chosen.TryGetValue(d.Id, out var id) ? d.Category(id) : d.Categories[0];
                unitText ??= c.Unit?.DisplayText;
            }
        }

        var timePath = JsonStatParser.Child(JsonStatParser.Child("$.dimension", time.Id), "category");
        var points = new List<KeyValuePair<int, decimal?>>(time.Size);
        foreach (var t in time.Categories)
        {
            var year = Year(t, source, timePath);
            chosen[time.Id] = t.Id;
            var cell = dataset.Cell(chosen);
            decimal? value;
            if (cell.Text is not null)
            {
                throw new DataException(new DataProblem(source, 0, time.Id, cell.Text,
                    $"The value for {t.Id} is the string '{cell.Text}', not a number."));
            }

            if (cell.ExactValue is { } exact)
            {
                value = exact;
            }
            else if (cell.Value is { } d)
            {
                throw new DataException(new DataProblem(source, 0, time.Id, d.ToString("R", CultureInfo.InvariantCulture),
                    $"The value for {t.Id} does not fit a decimal number."));
            }
            else
            {
                value = null;
            }

            points.Add(new KeyValuePair<int, decimal?>(year, value));
        }

        return new YearSeries(points, name ?? dataset.Label ?? "", unitText);
    }

    private static JsonStatDimension TimeDimension(JsonStatDataset dataset, string? timeDimensionId)
    {
        if (timeDimensionId is not null)
        {
            return dataset.TryGetDimension(timeDimensionId, out var d)
                ? d
                : throw new ArgumentException($"The dataset has no dimension '{timeDimensionId}' ({string.Join(", ", dataset.Ids)}).", nameof(timeDimensionId));
        }

        var timed = dataset.DimensionsWithRole(JsonStatRole.Time);
        return timed.Count switch
        {
            1 => timed[0],
            0 => throw new ArgumentException(
                $"No dimension has the time role; name the time dimension with timeDimensionId (dimensions: {string.Join(", ", dataset.Ids)}).",
                nameof(timeDimensionId)),
            _ => throw new ArgumentException(
                $"Several dimensions have the time role ({string.Join(", ", timed.Select(d => d.Id))}); choose one with timeDimensionId.",
                nameof(timeDimensionId)),
        };
    }

    private static int Year(JsonStatCategory category, string source, string path)
    {
        if (IsYear(category.Id, out var year) || IsYear(category.Label, out year))
        {
            return year;
        }

        var id = category.Id;
        var what = id.Contains('M', StringComparison.OrdinalIgnoreCase) ? " (a month)"
            : id.Contains('K', StringComparison.OrdinalIgnoreCase) || id.Contains('Q', StringComparison.OrdinalIgnoreCase) ? " (a quarter)"
            : id.Contains('H', StringComparison.OrdinalIgnoreCase) ? " (a half-year)"
            : id.Contains('U', StringComparison.OrdinalIgnoreCase) || id.Contains('W', StringComparison.OrdinalIgnoreCase) ? " (a week)"
            : "";
        throw new DataException(new DataProblem(source, 0, path, id,
            $"Time category '{id}'{what} is not a year; a YearSeries needs yearly data (ids or labels of four digits, such as 2015). Ask the source for annual figures or aggregate first."));
    }

    private static bool IsYear(string text, out int year)
    {
        year = 0;
        return text.Length == 4 && text.All(char.IsAsciiDigit) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year);
    }

    private static string Preview(JsonStatDimension d)
    {
        var shown = string.Join(", ", d.Categories.Take(8).Select(c => c.Id));
        return d.Size > 8 ? shown + ", …" : shown;
    }
}
