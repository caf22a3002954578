namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// One series of a chart: a name (shown in the legend) and one value per category of its <see cref="ChartData"/>,
/// null where the value is missing; optionally a lower and an upper bound per category (for interval charts).
/// </summary>
/// <remarks>
/// A null value is a gap: a line chart breaks its line there, a bar chart draws no bar. Equality: by reference.
/// Thread safety: immutable (the values are copied), safe to share.
/// </remarks>
public sealed class ChartSeries
{
    private readonly decimal?[] _values;
    private readonly decimal?[]? _lower;
    private readonly decimal?[]? _upper;

    /// <summary>Creates a series.</summary>
    /// <param name="name">The name shown in the legend, such as "Exports".</param>
    /// <param name="values">One value per category; null for missing.</param>
    /// <param name="lower">Lower bounds, one per category, or null for none.</param>
    /// <param name="upper">Upper bounds, one per category, or null for none; given together with <paramref name="lower"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">Only one of the bounds is given, or the bounds' lengths differ from the values'.</exception>
    public ChartSeries(string name, IEnumerable<decimal?> values, IEnumerable<decimal?>? lower = null, IEnumerable<decimal?>? upper = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        if ((lower is null) != (upper is null))
        {
            throw new ArgumentException("Give both the lower and the upper bounds, or neither.", nameof(lower));
        }

        Name = name;
        _values = values.ToArray();
        _lower = lower?.ToArray();
        _upper = upper?.ToArray();
        if (_lower is not null && (_lower.Length != _values.Length || _upper!.Length != _values.Length))
        {
            throw new ArgumentException("The bounds must have one entry per value.", nameof(lower));
        }
    }

    /// <summary>Creates a series without missing values.</summary>
    /// <param name="name">The name shown in the legend.</param>
    /// <param name="values">One value per category.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ChartSeries Of(string name, params decimal[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return new ChartSeries(name, values.Select(v => (decimal?)v));
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the values, one per category, null where missing.</summary>
    public IReadOnlyList<decimal?> Values => _values;

    /// <summary>Gets the lower bounds, or null when the series has none.</summary>
    public IReadOnlyList<decimal?>? Lower => _lower;

    /// <summary>Gets the upper bounds, or null when the series has none.</summary>
    public IReadOnlyList<decimal?>? Upper => _upper;

    /// <summary>Gets whether the series has bounds.</summary>
    public bool HasBounds => _lower is not null;
}
