using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;
using HelseIndicators.Tests.Aggregation;

namespace HelseIndicators.Tests.Reporting.Display;

/// <summary>Small results whose cells are known by hand.</summary>
internal static class DisplaySamples
{
    /// <summary>
    /// Pharma: firms 0–2, revenue 100, 110, 120 million NOK in 2014 (330 million) and 110, 120, 130 million in 2015
    /// (360 million, growth 360/330 − 1 = 9.09 %). Medtech: one firm (revenue suppressed: fewer than 3 firms).
    /// Growth in 2014 is undefined (no 2013). Primary suppression only: with two segments the protection of the whole
    /// table would also withhold pharma (the total minus medtech), and these samples show how cells are displayed.
    /// </summary>
    public static IndicatorTable Indicators()
    {
        var rows = new List<FirmYear>();
        for (var firm = 0; firm < 3; firm++)
        {
            rows.Add(TestFirms.Row(firm, 2014, "pharma", revenue: (100 + (10 * firm)) * 1_000_000m));
            rows.Add(TestFirms.Row(firm, 2015, "pharma", revenue: (110 + (10 * firm)) * 1_000_000m));
        }

        rows.Add(TestFirms.Row(3, 2014, "medtech", revenue: 50_000_000m));
        rows.Add(TestFirms.Row(3, 2015, "medtech", revenue: 55_000_000m));
        return new IndicatorEngine().Compute(rows, new IndicatorRequest
        {
            Dimensions = [GroupDimension.Segment],
            Indicators = [IndicatorId.Revenue, IndicatorId.RevenueGrowth],
            Disclosure = DisclosureControlOptions.Default with { SecondarySuppression = false },
        });
    }
}
