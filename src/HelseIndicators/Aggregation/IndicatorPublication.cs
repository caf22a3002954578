using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The tables one call releases together (INDICATORS.md §5.1): for example the report's total, links and segments, or
/// every breakdown of one <c>helse indicators</c> call. Disclosure control protects them as a whole, so that no
/// sensitive cell and no firm's value can be worked out from the tables together, and no table may be released with
/// another publication's tables of the same data without the same care.
/// </summary>
/// <remarks>Equality: by reference. Thread safety: immutable.</remarks>
public sealed class IndicatorPublication
{
    /// <summary>Creates a publication of tables computed together.</summary>
    /// <param name="tables">The tables, one per breakdown.</param>
    /// <param name="disclosure">The disclosure control they were protected with.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">There is no table.</exception>
    internal IndicatorPublication(IReadOnlyList<IndicatorTable> tables, DisclosureControlOptions disclosure)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(disclosure);
        if (tables.Count == 0)
        {
            throw new ArgumentException("A publication has at least one table.", nameof(tables));
        }

        Tables = tables;
        Disclosure = disclosure;
    }

    /// <summary>Gets the tables, in the order of the breakdowns asked for. Each holds the grand total.</summary>
    public IReadOnlyList<IndicatorTable> Tables { get; }

    /// <summary>Gets the disclosure control of the whole publication.</summary>
    public DisclosureControlOptions Disclosure { get; }

    /// <summary>Gets every row of the publication once: each table's rows in table order, a row of a group that an
    /// earlier table already gave (the total) left out.</summary>
    public IEnumerable<IndicatorRow> Rows
    {
        get
        {
            var seen = new HashSet<GroupKey>();
            foreach (var table in Tables)
            {
                var mine = new HashSet<GroupKey>();
                foreach (var row in table)
                {
                    if (!seen.Contains(row.Group))
                    {
                        mine.Add(row.Group);
                        yield return row;
                    }
                }

                seen.UnionWith(mine);
            }
        }
    }

    /// <summary>Gets the table of a breakdown.</summary>
    /// <param name="dimensions">The breakdown's dimensions, in the order asked for.</param>
    /// <returns>The table.</returns>
    /// <exception cref="KeyNotFoundException">The publication has no such table.</exception>
    public IndicatorTable Table(params GroupDimension[] dimensions) =>
        Tables.FirstOrDefault(t => t.Dimensions.SequenceEqual(dimensions))
        ?? throw new KeyNotFoundException($"The publication has no table by [{string.Join(", ", dimensions.Select(GroupDimensions.Id))}].");

    /// <summary>One request per breakdown, the same in all else.</summary>
    internal static IReadOnlyList<IndicatorRequest> RequestsFor(IndicatorRequest request, IReadOnlyList<IReadOnlyList<GroupDimension>> breakdowns)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(breakdowns);
        if (breakdowns.Count == 0)
        {
            throw new ArgumentException("A publication has at least one breakdown.", nameof(breakdowns));
        }

        return breakdowns.Select(b => request.Dimensions.SequenceEqual(b) ? request : request.With(b)).ToArray();
    }
}
