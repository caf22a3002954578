namespace HelseIndicators.Data.Panel;

/// <summary>The columns of the firm-year panel CSV (INDICATORS.md §3), in the order the writer uses.</summary>
public static class PanelColumns
{
    /// <summary>Organisation number (required).</summary>
    public const string OrgNumber = "org_number";

    /// <summary>Fiscal year (required).</summary>
    public const string Year = "year";

    /// <summary>Firm name.</summary>
    public const string Name = "name";

    /// <summary>SN2007 industry code.</summary>
    public const string Nace = "nace";

    /// <summary>Segment id of the taxonomy.</summary>
    public const string Segment = "segment";

    /// <summary>County name or number.</summary>
    public const string County = "county";

    /// <summary>ISO 4217 currency code, NOK by default.</summary>
    public const string Currency = "currency";

    internal const int OrgNumberIndex = 0;
    internal const int YearIndex = 1;
    internal const int NameIndex = 2;
    internal const int NaceIndex = 3;
    internal const int SegmentIndex = 4;
    internal const int CountyIndex = 5;
    internal const int FirstFieldIndex = 6; // then the seven account fields in AccountFields.All order
    internal const int CurrencyIndex = 13;

    /// <summary>Gets every column, in order: the two required ones first, then name, nace, segment, county, the account fields and currency.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        OrgNumber, Year, Name, Nace, Segment, County,
        "revenue", "operating_profit", "depreciation", "wage_costs", "employees", "exports", "rd_expenditure",
        Currency,
    ];
}
