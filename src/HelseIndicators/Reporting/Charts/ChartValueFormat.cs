namespace HelseIndicators.Reporting.Charts;

/// <summary>How a chart writes its values on the value axis, in labels and in tooltips.</summary>
/// <remarks>The values are explicit and never renumbered. The default value 0 is not a valid format.</remarks>
public enum ChartValueFormat
{
    /// <summary>Plain numbers with the culture's separators: "1 500".</summary>
    Number = 1,

    /// <summary>Values are fractions written as percentages: 0.25 → "25 %".</summary>
    Percent = 2,

    /// <summary>Large amounts with a scale word: "20 mrd." / "20 bn", "500 mill." / "500 mn".</summary>
    Compact = 3,
}
