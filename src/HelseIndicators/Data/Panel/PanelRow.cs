using System.Runtime.CompilerServices;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Panel;

/// <summary>The seven optional account amounts of a row, indexed by <c>AccountField − 1</c>.</summary>
[InlineArray(Length)]
internal struct OptionalAmounts
{
    /// <summary>The number of amounts: one per account field (a test keeps the two equal).</summary>
    public const int Length = 7;

    private decimal? _element0;
}

/// <summary>
/// One firm-year as read from a panel row, before it becomes a <see cref="FirmYear"/>: a value, so the way from a file
/// to an aggregate allocates nothing per row. <see cref="PanelCsvRead.Rows"/> turns each into a <see cref="FirmYear"/>.
/// </summary>
internal struct PanelRow
{
    public OrganisationNumber OrganisationNumber;
    public int Year;
    public string? Name;
    public NaceCode? NaceCode;
    public string? SegmentId;
    public string? County;
    public Currency Currency;
    public OptionalAmounts Amounts;

    /// <summary>Gets the number of employees (the size class's measure).</summary>
    public readonly decimal? Employees => Amounts[(int)AccountField.Employees - 1];

    /// <summary>The values of a firm-year.</summary>
    public static PanelRow From(FirmYear row)
    {
        var values = new PanelRow
        {
            OrganisationNumber = row.OrganisationNumber,
            Year = row.Year,
            Name = row.Name,
            NaceCode = row.NaceCode,
            SegmentId = row.SegmentId,
            County = row.County,
            Currency = row.Currency,
        };
        for (var f = 0; f < 7; f++)
        {
            values.Amounts[f] = row.Get((AccountField)(f + 1));
        }

        return values;
    }

    /// <summary>The firm-year of these values.</summary>
    public readonly FirmYear ToFirmYear() => new(OrganisationNumber, Year)
    {
        Name = Name,
        NaceCode = NaceCode,
        SegmentId = SegmentId,
        County = County,
        Currency = Currency,
        Revenue = Amounts[0],
        OperatingProfit = Amounts[1],
        Depreciation = Amounts[2],
        WageCosts = Amounts[3],
        Employees = Amounts[4],
        Exports = Amounts[5],
        RdExpenditure = Amounts[6],
    };
}
