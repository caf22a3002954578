using HelseIndicators.Model;

namespace HelseIndicators.Indicators;

/// <summary>
/// The identifier of an indicator of the catalogue, such as <c>export_share</c> or <c>revenue_growth</c>.
/// </summary>
/// <remarks>
/// Range: the ids of <see cref="IndicatorCatalog.All"/> (lower-case ASCII with underscores). Default value: an
/// empty id that names no indicator. Equality: ordinal comparison of the id text; ordering is ordinal too (the
/// catalogue order is <see cref="IndicatorDefinition.Order"/>). <see cref="ToString"/> returns the id.
/// Thread safety: an immutable value type, safe to share.
/// </remarks>
public readonly struct IndicatorId : IEquatable<IndicatorId>, IComparable<IndicatorId>
{
    private readonly string? _id;

    private IndicatorId(string id) => _id = id;

    /// <summary>Gets <c>firms</c>: the number of firm-years in the group.</summary>
    public static IndicatorId Firms { get; } = new("firms");

    /// <summary>Gets <c>revenue</c>: Σ revenue (driftsinntekter).</summary>
    public static IndicatorId Revenue { get; } = new("revenue");

    /// <summary>Gets <c>operating_profit</c>: Σ operating profit (driftsresultat, EBIT).</summary>
    public static IndicatorId OperatingProfit { get; } = new("operating_profit");

    /// <summary>Gets <c>depreciation</c>: Σ depreciation and write-downs.</summary>
    public static IndicatorId Depreciation { get; } = new("depreciation");

    /// <summary>Gets <c>wage_costs</c>: Σ wage costs (lønnskostnader).</summary>
    public static IndicatorId WageCosts { get; } = new("wage_costs");

    /// <summary>Gets <c>employees</c>: Σ full-time equivalents (årsverk).</summary>
    public static IndicatorId Employees { get; } = new("employees");

    /// <summary>Gets <c>exports</c>: Σ export revenue.</summary>
    public static IndicatorId Exports { get; } = new("exports");

    /// <summary>Gets <c>rd_expenditure</c>: Σ own R&amp;D expenditure.</summary>
    public static IndicatorId RdExpenditure { get; } = new("rd_expenditure");

    /// <summary>Gets <c>value_added</c>: Σ (operating profit + depreciation + wage costs).</summary>
    public static IndicatorId ValueAdded { get; } = new("value_added");

    /// <summary>Gets <c>export_share</c>: Σ exports / Σ revenue.</summary>
    public static IndicatorId ExportShare { get; } = new("export_share");

    /// <summary>Gets <c>export_participation</c>: firms with exports &gt; 0 / firms with exports present.</summary>
    public static IndicatorId ExportParticipation { get; } = new("export_participation");

    /// <summary>Gets <c>rd_density</c>: Σ R&amp;D / Σ revenue.</summary>
    public static IndicatorId RdDensity { get; } = new("rd_density");

    /// <summary>Gets <c>rd_intensity</c>: Σ R&amp;D / Σ value added.</summary>
    public static IndicatorId RdIntensity { get; } = new("rd_intensity");

    /// <summary>Gets <c>rd_per_employee</c>: Σ R&amp;D / Σ employees.</summary>
    public static IndicatorId RdPerEmployee { get; } = new("rd_per_employee");

    /// <summary>Gets <c>productivity</c>: Σ value added / Σ employees.</summary>
    public static IndicatorId Productivity { get; } = new("productivity");

    /// <summary>Gets <c>operating_margin</c>: Σ operating profit / Σ revenue.</summary>
    public static IndicatorId OperatingMargin { get; } = new("operating_margin");

    /// <summary>Gets <c>wage_share</c>: Σ wage costs / Σ value added.</summary>
    public static IndicatorId WageShare { get; } = new("wage_share");

    /// <summary>Gets <c>hhi_revenue</c>: the Herfindahl–Hirschman index of revenue.</summary>
    public static IndicatorId HhiRevenue { get; } = new("hhi_revenue");

    /// <summary>Gets <c>top8_export_share</c>: the share of the 8 largest exporters in Σ exports.</summary>
    public static IndicatorId Top8ExportShare { get; } = new("top8_export_share");

    /// <summary>Gets <c>revenue_growth</c>: growth of revenue, total to total.</summary>
    public static IndicatorId RevenueGrowth { get; } = new("revenue_growth");

    /// <summary>Gets <c>revenue_growth_same_firms</c>: growth of revenue over the same firms.</summary>
    public static IndicatorId RevenueGrowthSameFirms { get; } = new("revenue_growth_same_firms");

    /// <summary>Gets <c>revenue_cagr</c>: compound annual growth rate of revenue.</summary>
    public static IndicatorId RevenueCagr { get; } = new("revenue_cagr");

    /// <summary>Gets <c>revenue_contribution</c>: a group's contribution to the growth of total revenue.</summary>
    public static IndicatorId RevenueContribution { get; } = new("revenue_contribution");

    /// <summary>Gets <c>value_added_growth</c>: growth of value_added, total to total.</summary>
    public static IndicatorId ValueAddedGrowth { get; } = new("value_added_growth");

    /// <summary>Gets <c>value_added_growth_same_firms</c>: growth of value_added over the same firms.</summary>
    public static IndicatorId ValueAddedGrowthSameFirms { get; } = new("value_added_growth_same_firms");

    /// <summary>Gets <c>value_added_cagr</c>: compound annual growth rate of value_added.</summary>
    public static IndicatorId ValueAddedCagr { get; } = new("value_added_cagr");

    /// <summary>Gets <c>value_added_contribution</c>: a group's contribution to the growth of total value_added.</summary>
    public static IndicatorId ValueAddedContribution { get; } = new("value_added_contribution");

    /// <summary>Gets <c>employees_growth</c>: growth of employees, total to total.</summary>
    public static IndicatorId EmployeesGrowth { get; } = new("employees_growth");

    /// <summary>Gets <c>employees_growth_same_firms</c>: growth of employees over the same firms.</summary>
    public static IndicatorId EmployeesGrowthSameFirms { get; } = new("employees_growth_same_firms");

    /// <summary>Gets <c>employees_cagr</c>: compound annual growth rate of employees.</summary>
    public static IndicatorId EmployeesCagr { get; } = new("employees_cagr");

    /// <summary>Gets <c>employees_contribution</c>: a group's contribution to the growth of total employees.</summary>
    public static IndicatorId EmployeesContribution { get; } = new("employees_contribution");

    /// <summary>Gets <c>exports_growth</c>: growth of exports, total to total.</summary>
    public static IndicatorId ExportsGrowth { get; } = new("exports_growth");

    /// <summary>Gets <c>exports_growth_same_firms</c>: growth of exports over the same firms.</summary>
    public static IndicatorId ExportsGrowthSameFirms { get; } = new("exports_growth_same_firms");

    /// <summary>Gets <c>exports_cagr</c>: compound annual growth rate of exports.</summary>
    public static IndicatorId ExportsCagr { get; } = new("exports_cagr");

    /// <summary>Gets <c>exports_contribution</c>: a group's contribution to the growth of total exports.</summary>
    public static IndicatorId ExportsContribution { get; } = new("exports_contribution");

    /// <summary>Gets <c>rd_expenditure_growth</c>: growth of rd_expenditure, total to total.</summary>
    public static IndicatorId RdExpenditureGrowth { get; } = new("rd_expenditure_growth");

    /// <summary>Gets <c>rd_expenditure_growth_same_firms</c>: growth of rd_expenditure over the same firms.</summary>
    public static IndicatorId RdExpenditureGrowthSameFirms { get; } = new("rd_expenditure_growth_same_firms");

    /// <summary>Gets <c>rd_expenditure_cagr</c>: compound annual growth rate of rd_expenditure.</summary>
    public static IndicatorId RdExpenditureCagr { get; } = new("rd_expenditure_cagr");

    /// <summary>Gets <c>rd_expenditure_contribution</c>: a group's contribution to the growth of total rd_expenditure.</summary>
    public static IndicatorId RdExpenditureContribution { get; } = new("rd_expenditure_contribution");

    /// <summary>Gets the id text ("" for the default value).</summary>
    public string Value => _id ?? "";

    /// <summary>Parses the id of a catalogue indicator (exact, case-sensitive; surrounding spaces are ignored).</summary>
    /// <param name="text">The id text, such as "export_share".</param>
    /// <returns>The id, or a failure that says why.</returns>
    public static ParseResult<IndicatorId> Parse(string? text)
    {
        var t = (text ?? "").Trim();
        return IndicatorCatalog.TryFind(new IndicatorId(t), out var definition)
            ? ParseResult<IndicatorId>.ForValue(definition.Id)
            : ParseResult<IndicatorId>.ForError($"'{text}' is not an indicator id; see IndicatorCatalog.All (docs/indicators.md)");
    }

    /// <summary>Parses a comma-separated list of catalogue ids such as "revenue,export_share" (the command line's
    /// <c>--indicators</c>).</summary>
    /// <param name="list">The list; null or blank gives null (every indicator).</param>
    /// <returns>The distinct ids in the order given (null for every indicator), or a failure naming the unknown or
    /// repeated id.</returns>
    public static ParseResult<IReadOnlyList<IndicatorId>?> ParseList(string? list)
    {
        if (string.IsNullOrWhiteSpace(list))
        {
            return ParseResult<IReadOnlyList<IndicatorId>?>.ForValue(null);
        }

        var ids = DistinctList.Parse(list, Parse, "indicator", id => id.Value);
        return ids.Success ? ParseResult<IReadOnlyList<IndicatorId>?>.ForValue(ids.Value) : ParseResult<IReadOnlyList<IndicatorId>?>.ForError(ids.Error!);
    }

    /// <inheritdoc />
    public bool Equals(IndicatorId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IndicatorId other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => string.GetHashCode(Value, StringComparison.Ordinal);

    /// <summary>Compares ids ordinally by their text.</summary>
    /// <param name="other">The other id.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(IndicatorId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality of two ids.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns>Whether the ids are equal.</returns>
    public static bool operator ==(IndicatorId left, IndicatorId right) => left.Equals(right);

    /// <summary>Inequality of two ids.</summary>
    /// <param name="left">The left id.</param>
    /// <param name="right">The right id.</param>
    /// <returns>Whether the ids differ.</returns>
    public static bool operator !=(IndicatorId left, IndicatorId right) => !left.Equals(right);

    /// <summary>Returns the id text, such as "export_share".</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value;

    internal static IndicatorId Unchecked(string id) => new(id);
}
