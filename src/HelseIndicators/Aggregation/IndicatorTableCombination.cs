using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>Puts together tables computed from the same data with different breakdowns (by link, by segment).</summary>
public static class IndicatorTableCombination
{
    /// <summary>
    /// Combines tables computed from the same rows with different breakdowns into one table: every group of every
    /// table, the total once. The result is in table order (indicator, then group — the total first, then the groups
    /// of each table in turn — then year).
    /// </summary>
    /// <param name="tables">The tables, at least one; they must share price basis, disclosure control and diagnostics.</param>
    /// <returns>The combined table, whose <see cref="IndicatorTable.Dimensions"/> are the union of the breakdowns.</returns>
    /// <exception cref="ArgumentException">No tables, or tables that were not computed from the same rows and options.</exception>
    public static IndicatorTable Combine(params IndicatorTable[] tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        if (tables.Length == 0)
        {
            throw new ArgumentException("Give at least one table.", nameof(tables));
        }

        var first = tables[0];
        foreach (var table in tables)
        {
            if (table.Prices != first.Prices || table.Disclosure != first.Disclosure || table.Diagnostics.RowsRead != first.Diagnostics.RowsRead)
            {
                throw new ArgumentException("The tables were not computed from the same rows with the same prices and disclosure control.", nameof(tables));
            }
        }

        var groups = tables.SelectMany(t => t.Groups).Distinct().OrderBy(g => g.IsTotal ? 0 : 1).ToList();
        var groupOrder = groups.Select((g, i) => (g, i)).ToDictionary(p => p.g, p => p.i);
        var seen = new HashSet<(IndicatorId, int, GroupKey)>();
        var rows = tables.SelectMany(t => t)
            .Where(r => seen.Add((r.Indicator, r.Year, r.Group)))
            .OrderBy(r => IndicatorCatalog.Get(r.Indicator).Order)
            .ThenBy(r => groupOrder[r.Group])
            .ThenBy(r => r.Year)
            .ToList();
        var years = tables.SelectMany(t => t.Years).Distinct().Order().ToList();
        var dimensions = tables.SelectMany(t => t.Dimensions).Distinct().ToList();
        return new IndicatorTable(rows, groups, years, dimensions, first.Diagnostics, first.Prices, first.Disclosure);
    }
}
