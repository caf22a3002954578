using HelseIndicators.Model;

namespace HelseIndicators.Tests.Aggregation;

/// <summary>Builds firm-years for tests: firm n gets the n-th valid organisation number.</summary>
internal static class TestFirms
{
    private static readonly OrganisationNumber[] s_numbers = Build(5000);

    public static OrganisationNumber Number(int n) => s_numbers[n];

    public static FirmYear Row(
        int firm, int year, string? segment = "pharma", decimal? revenue = null, decimal? exports = null,
        decimal? operatingProfit = null, decimal? depreciation = null, decimal? wageCosts = null,
        decimal? employees = null, decimal? rd = null, string? county = null) =>
        new(Number(firm), year)
        {
            SegmentId = segment,
            Revenue = revenue,
            Exports = exports,
            OperatingProfit = operatingProfit,
            Depreciation = depreciation,
            WageCosts = wageCosts,
            Employees = employees,
            RdExpenditure = rd,
            County = county,
        };

    private static OrganisationNumber[] Build(int count)
    {
        var result = new List<OrganisationNumber>(count);
        for (var first = 91_000_000; result.Count < count; first++)
        {
            if (OrganisationNumber.FromFirstEightDigits(first, out var number))
            {
                result.Add(number);
            }
        }

        return [.. result];
    }
}
