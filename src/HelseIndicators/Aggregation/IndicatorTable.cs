using System.Collections;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Aggregation;

/// <summary>
/// The indicator panel: rows for every requested indicator, group and year, with the diagnostics of the rows, the
/// price basis and the disclosure control used.
/// </summary>
/// <remarks>
/// <para><b>Order</b> (stable, documented): indicator in catalogue order (<see cref="IndicatorCatalog.All"/>), then
/// group — the total first, then by segment in taxonomy order, link in value-chain order, county ordinally
/// ("unknown" last) and size class from micro to unknown — then year ascending. A CAGR has one row per group, at
/// its end year. Contribution rows exist for the groups of the breakdown only, not for the total.</para>
/// <para>Every reported year has a row for every group that has firm-years in the years used, even where the group
/// has none that year (its levels are then undefined, its <c>firms</c> 0).</para>
/// <para>Equality: reference equality. Thread safety: immutable, safe to share and read from several threads.</para>
/// </remarks>
[HelseIndicators.Reporting.Display.TypeFormatterSource(typeof(HelseIndicators.Reporting.Display.HelseFormatterSource))]
public sealed class IndicatorTable : IReadOnlyList<IndicatorRow>
{
    private readonly IndicatorRow[] _rows;
    private readonly Dictionary<(IndicatorId, int, GroupKey), IndicatorRow> _index;

    internal IndicatorTable(
        IReadOnlyList<IndicatorRow> rows, IReadOnlyList<GroupKey> groups, IReadOnlyList<int> years,
        IReadOnlyList<GroupDimension> dimensions, PanelDiagnostics diagnostics, PriceBasis prices, DisclosureControlOptions disclosure)
    {
        _rows = [.. rows];
        Groups = groups;
        Years = years;
        Dimensions = dimensions;
        Diagnostics = diagnostics;
        Prices = prices;
        Disclosure = disclosure;
        _index = new Dictionary<(IndicatorId, int, GroupKey), IndicatorRow>(_rows.Length);
        foreach (var row in _rows)
        {
            _index.TryAdd((row.Indicator, row.Year, row.Group), row);
        }
    }

    /// <summary>Gets the number of rows.</summary>
    public int Count => _rows.Length;

    /// <summary>Gets a row by position.</summary>
    /// <param name="index">The position, 0 to <see cref="Count"/> − 1.</param>
    /// <returns>The row.</returns>
    public IndicatorRow this[int index] => _rows[index];

    /// <summary>Gets the reported years, ascending.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>Gets the groups in table order, the total first.</summary>
    public IReadOnlyList<GroupKey> Groups { get; }

    /// <summary>Gets the breakdown requested (empty: the total only).</summary>
    public IReadOnlyList<GroupDimension> Dimensions { get; }

    /// <summary>Gets what happened to the input rows.</summary>
    public PanelDiagnostics Diagnostics { get; }

    /// <summary>Gets the price basis of every row.</summary>
    public PriceBasis Prices { get; }

    /// <summary>Gets the disclosure control used (outputs state when it was off).</summary>
    public DisclosureControlOptions Disclosure { get; }

    /// <summary>Returns a copy whose diagnostics include the reader's (see <see cref="PanelDiagnostics.WithReader"/>).</summary>
    /// <param name="reader">The reader's diagnostics.</param>
    /// <returns>The table with combined diagnostics.</returns>
    public IndicatorTable WithReader(Data.ReadDiagnostics reader) =>
        new(_rows, Groups, Years, Dimensions, Diagnostics.WithReader(reader), Prices, Disclosure);

    /// <summary>Finds the row of an indicator, year and group (for a CAGR the year is the end year t₁).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="year">The year.</param>
    /// <param name="group">The group.</param>
    /// <returns>The row, or null when the table has none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public IndicatorRow? Find(IndicatorId indicator, int year, GroupKey group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return _index.GetValueOrDefault((indicator, year, group));
    }

    /// <summary>Gets an indicator's values for a group as a yearly series (null where not ok).</summary>
    /// <param name="indicator">The indicator.</param>
    /// <param name="group">The group.</param>
    /// <returns>The series, named by the indicator id, with its unit id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="group"/> is null.</exception>
    public YearSeries Series(IndicatorId indicator, GroupKey group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var unit = IndicatorCatalog.TryFind(indicator, out var d) ? IndicatorUnits.Id(d.Unit) : null;
        return new YearSeries(
            _rows.Where(r => r.Indicator == indicator && r.Group == group).Select(r => new KeyValuePair<int, decimal?>(r.Year, r.Value)),
            indicator.Value, unit);
    }

    /// <summary>Gets an indicator as a grid with a column per year and a line per group.</summary>
    /// <param name="indicator">The indicator.</param>
    /// <returns>The pivot (columns: the years of the indicator's rows, ascending).</returns>
    public IndicatorPivot Pivot(IndicatorId indicator)
    {
        var rows = _rows.Where(r => r.Indicator == indicator).ToList();
        var years = rows.Select(r => r.Year).Distinct().Order().ToArray();
        var lines = new List<PivotLine>();
        foreach (var group in Groups)
        {
            if (!rows.Any(r => r.Group == group))
            {
                continue;
            }

            lines.Add(new PivotLine(group, years.Select(y => Find(indicator, y, group)).ToArray()));
        }

        return new IndicatorPivot(indicator, years, lines);
    }

    /// <inheritdoc />
    public IEnumerator<IndicatorRow> GetEnumerator() => ((IEnumerable<IndicatorRow>)_rows).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
