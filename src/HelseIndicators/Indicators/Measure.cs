using HelseIndicators.Indicators.Calculators;
using HelseIndicators.Model;

namespace HelseIndicators.Indicators;

/// <summary>The summed quantities of a cell (the seven fields and value added), as array indices.</summary>
internal enum Measure
{
    Revenue = 0,
    OperatingProfit = 1,
    Depreciation = 2,
    WageCosts = 3,
    Employees = 4,
    Exports = 5,
    RdExpenditure = 6,
    ValueAdded = 7,
}

/// <summary>Facts about <see cref="Measure"/>.</summary>
internal static class Measures
{
    public const int Count = 8;

    public static bool IsMoney(Measure measure) => measure != Measure.Employees;

    /// <summary>
    /// Completes the measures of one firm-year whose seven account fields are in <paramref name="values"/>[0..6] (bit f of
    /// <paramref name="present"/> set when field f is present) with value added (Menon): operating profit + depreciation
    /// + wage costs, when operating profit and wage costs are present; a missing depreciation counts 0 (the value_added
    /// row notes it).
    /// </summary>
    /// <returns>The present bits with <see cref="Measure.ValueAdded"/>'s set when it is defined.</returns>
    public static int CompleteValueAdded(Span<decimal> values, int present)
    {
        const int Needed = (1 << (int)Measure.OperatingProfit) | (1 << (int)Measure.WageCosts);
        if ((present & Needed) == Needed)
        {
            var valueAdded = values[(int)Measure.OperatingProfit];
            FastDecimal.Add(ref valueAdded, values[(int)Measure.Depreciation]);
            FastDecimal.Add(ref valueAdded, values[(int)Measure.WageCosts]);
            values[(int)Measure.ValueAdded] = valueAdded;
            return present | (1 << (int)Measure.ValueAdded);
        }

        values[(int)Measure.ValueAdded] = 0m;
        return present & ~(1 << (int)Measure.ValueAdded);
    }

    public static Measure FromField(AccountField field) => field switch
    {
        AccountField.Revenue => Measure.Revenue,
        AccountField.OperatingProfit => Measure.OperatingProfit,
        AccountField.Depreciation => Measure.Depreciation,
        AccountField.WageCosts => Measure.WageCosts,
        AccountField.Employees => Measure.Employees,
        AccountField.Exports => Measure.Exports,
        AccountField.RdExpenditure => Measure.RdExpenditure,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not an account field."),
    };

    public static IndicatorId LevelId(Measure measure) => measure switch
    {
        Measure.Revenue => IndicatorId.Revenue,
        Measure.OperatingProfit => IndicatorId.OperatingProfit,
        Measure.Depreciation => IndicatorId.Depreciation,
        Measure.WageCosts => IndicatorId.WageCosts,
        Measure.Employees => IndicatorId.Employees,
        Measure.Exports => IndicatorId.Exports,
        Measure.RdExpenditure => IndicatorId.RdExpenditure,
        Measure.ValueAdded => IndicatorId.ValueAdded,
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a measure."),
    };
}
