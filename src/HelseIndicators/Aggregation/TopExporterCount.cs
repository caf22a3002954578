namespace HelseIndicators.Aggregation;

/// <summary>
/// How many of the largest exports a cell keeps: the 8 that <c>top8_export_share</c> sums, and, with disclosure control
/// on, the n largest of the exporters outside them, which the dominance rule of that remainder needs (INDICATORS.md §5.1,
/// item 3: the exports of a group less its top 8 are a cell too).
/// </summary>
internal static class TopExporterCount
{
    /// <summary>The number of largest exporters <c>top8_export_share</c> sums.</summary>
    public const int Summed = 8;

    /// <summary>The number to keep for a dominance n (0 when disclosure control is off).</summary>
    public static int Of(int dominanceN) => Summed + dominanceN;
}
