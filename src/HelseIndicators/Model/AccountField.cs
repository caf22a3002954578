namespace HelseIndicators.Model;

/// <summary>A figure of a firm-year's accounts, as a column of the panel (INDICATORS.md §3).</summary>
/// <remarks>Values are explicit and never renumbered. <see cref="AccountFields"/> gives ids and rules.</remarks>
public enum AccountField
{
    /// <summary>Driftsinntekter: operating revenue, NOK (<c>revenue</c>).</summary>
    Revenue = 1,

    /// <summary>Driftsresultat: operating profit (EBIT), NOK, may be negative (<c>operating_profit</c>).</summary>
    OperatingProfit = 2,

    /// <summary>Avskrivninger og nedskrivninger: depreciation and write-downs, NOK, ≥ 0 (<c>depreciation</c>).</summary>
    Depreciation = 3,

    /// <summary>Lønnskostnader: wage costs, NOK, ≥ 0 (<c>wage_costs</c>).</summary>
    WageCosts = 4,

    /// <summary>Årsverk: full-time equivalents, ≥ 0 (<c>employees</c>).</summary>
    Employees = 5,

    /// <summary>Export revenue, NOK, ≥ 0 and at most revenue (<c>exports</c>).</summary>
    Exports = 6,

    /// <summary>Egenutført FoU: own R&amp;D expenditure, NOK, ≥ 0 (<c>rd_expenditure</c>).</summary>
    RdExpenditure = 7,
}
