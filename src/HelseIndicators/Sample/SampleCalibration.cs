using HelseIndicators.Model;

namespace HelseIndicators.Sample;

/// <summary>
/// The totals the synthetic panel is calibrated to: for each value-chain link and year, revenue, exports and R&amp;D
/// in NOK for the reference size of 1 500 firms. The 2010–2020 paths pass through the published figures of
/// INDICATORS.md §9; years outside 2010–2020 continue from the nearest end at 3 % a year.
/// </summary>
/// <remarks>Thread safety: pure functions over immutable tables.</remarks>
internal static class SampleCalibration
{
    public const int FirstYear = 2010;
    public const int LastYear = 2020;
    private const decimal Billion = 1_000_000_000m;
    private const decimal OutsideGrowth = 1.03m;

    // Billions of NOK, 2010..2020. Industry: revenue 47 (2014) → 52 (2015) → 57 (2017); exports 18.0 (2014) →
    // 20 (2015, +11 %); R&D 2.55 (2015, "over 2.5 bn"). Distribution 34 and treatment 51 in 2017 (142 in all).
    private static readonly Dictionary<string, (decimal[] Revenue, decimal[] Exports, decimal[] Rd)> s_links = new(StringComparer.Ordinal)
    {
        ["industry"] = (
            [38.0m, 40.0m, 42.5m, 44.5m, 47.0m, 52.0m, 54.5m, 57.0m, 60.0m, 63.0m, 66.0m],
            [13.5m, 14.5m, 15.8m, 16.9m, 18.0m, 20.0m, 21.0m, 22.2m, 23.5m, 25.0m, 27.0m],
            [1.80m, 1.90m, 2.05m, 2.20m, 2.35m, 2.55m, 2.70m, 2.85m, 3.00m, 3.15m, 3.30m]),
        ["distribution"] = (
            [26.0m, 27.0m, 28.0m, 29.0m, 30.5m, 31.5m, 32.8m, 34.0m, 35.2m, 36.5m, 38.5m],
            [0.52m, 0.54m, 0.56m, 0.58m, 0.61m, 0.63m, 0.66m, 0.68m, 0.70m, 0.73m, 0.77m],
            [0.052m, 0.054m, 0.056m, 0.058m, 0.061m, 0.063m, 0.066m, 0.068m, 0.070m, 0.073m, 0.077m]),
        ["treatment"] = (
            [33.0m, 35.0m, 37.5m, 40.0m, 42.5m, 45.0m, 48.0m, 51.0m, 54.0m, 57.0m, 58.0m],
            [0.13m, 0.14m, 0.15m, 0.16m, 0.17m, 0.18m, 0.19m, 0.20m, 0.22m, 0.23m, 0.23m],
            [0.10m, 0.11m, 0.11m, 0.12m, 0.13m, 0.14m, 0.14m, 0.15m, 0.16m, 0.17m, 0.17m]),
    };

    // A link the default taxonomy does not know: 10 bn revenue in 2015, 20 % exports, 2 % R&D, 4 % growth.
    private static readonly (decimal[] Revenue, decimal[] Exports, decimal[] Rd) s_generic = Path(10m, 0.20m, 0.02m, 1.04m);

    /// <summary>The published figures the default sample reproduces.</summary>
    public static IReadOnlyList<PublishedFigure> PublishedFigures { get; } =
    [
        new("industry", AccountField.Revenue, 2014, 47m * Billion, 0.01m,
            new("Helseindustriens omsetning 2014: 47 mrd. kr", "Health-industry revenue 2014: NOK 47 bn")),
        new("industry", AccountField.Revenue, 2015, 52m * Billion, 0.01m,
            new("Helseindustriens omsetning 2015: 52 mrd. kr", "Health-industry revenue 2015: NOK 52 bn")),
        new("industry", AccountField.Exports, 2015, 20m * Billion, 0.01m,
            new("Helseindustriens eksport 2015: 20 mrd. kr (11 % vekst fra 2014)", "Health-industry exports 2015: NOK 20 bn (11 % growth over 2014)")),
        new("industry", AccountField.RdExpenditure, 2015, 2.55m * Billion, 0.01m,
            new("Helseindustriens FoU 2015: over 2,5 mrd. kr", "Health-industry R&D 2015: over NOK 2.5 bn")),
        new("industry", AccountField.Revenue, 2017, 57m * Billion, 0.03m,
            new("Helseindustriens omsetning 2017: 57 mrd. kr", "Health-industry revenue 2017: NOK 57 bn")),
        new("treatment", AccountField.Revenue, 2017, 51m * Billion, 0.03m,
            new("Private behandlingstjenesters omsetning 2017: 51 mrd. kr", "Private treatment revenue 2017: NOK 51 bn")),
        new("distribution", AccountField.Revenue, 2017, 34m * Billion, 0.03m,
            new("Distribusjon og handels omsetning 2017: 34 mrd. kr", "Distribution and trade revenue 2017: NOK 34 bn")),
    ];

    /// <summary>The link's calibration total of a field in a year, NOK, for 1 500 firms.</summary>
    public static decimal LinkTotal(string linkId, AccountField field, int year)
    {
        var paths = s_links.TryGetValue(linkId, out var known) ? known : s_generic;
        var path = field switch
        {
            AccountField.Revenue => paths.Revenue,
            AccountField.Exports => paths.Exports,
            AccountField.RdExpenditure => paths.Rd,
            _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Only revenue, exports and R&D are calibrated."),
        };

        decimal value;
        if (year < FirstYear)
        {
            value = path[0];
            for (var y = year; y < FirstYear; y++)
            {
                value /= OutsideGrowth;
            }
        }
        else if (year > LastYear)
        {
            value = path[^1];
            for (var y = LastYear; y < year; y++)
            {
                value *= OutsideGrowth;
            }
        }
        else
        {
            value = path[year - FirstYear];
        }

        return value * Billion;
    }

    private static (decimal[] Revenue, decimal[] Exports, decimal[] Rd) Path(decimal revenue2015, decimal exportShare, decimal rdShare, decimal growth)
    {
        var revenue = new decimal[LastYear - FirstYear + 1];
        for (var i = 0; i < revenue.Length; i++)
        {
            var v = revenue2015;
            for (var y = 2015; y < FirstYear + i; y++)
            {
                v *= growth;
            }

            for (var y = FirstYear + i; y < 2015; y++)
            {
                v /= growth;
            }

            revenue[i] = v;
        }

        return (revenue, revenue.Select(r => r * exportShare).ToArray(), revenue.Select(r => r * rdShare).ToArray());
    }
}
