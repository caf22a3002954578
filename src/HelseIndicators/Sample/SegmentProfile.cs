namespace HelseIndicators.Sample;

/// <summary>
/// The shape of one segment in the synthetic panel: how many firms, how big and how dispersed, margins, wage and
/// depreciation shares, who exports and does R&amp;D, how young firms behave, and its share of its link's totals.
/// </summary>
/// <remarks>Shares and ratios are fractions (0.25 = 25 %). Thread safety: immutable.</remarks>
internal sealed record SegmentProfile(
    string Label,
    double FirmWeight,
    double RevenueShare,
    double ExportsShare,
    double RdShare,
    double SizeSigma,
    double Growth,
    double MarginMean,
    double MarginSd,
    double WageShare,
    double DepreciationShare,
    double ExporterProbability,
    double ExportShareMin,
    double ExportShareMax,
    double RdReportedProbability,
    double RdPositiveProbability,
    double RdRatioMin,
    double RdRatioMax,
    double YoungLossProbability,
    bool StartupsExport,
    double EntrantSize,
    string[] NaceCodes)
{
    /// <summary>R&amp;D relative to revenue of a young loss-making firm (research-driven start-ups).</summary>
    public double YoungRdRatioMin { get; init; } = 0.3;

    /// <summary>Upper end of <see cref="YoungRdRatioMin"/>.</summary>
    public double YoungRdRatioMax { get; init; } = 1.5;

    /// <summary>
    /// Fixed shares of the segment's (revenue, exports, R&amp;D) for its first firms, the dominant exporters; empty
    /// for none.
    /// </summary>
    public (double Revenue, double Exports, double Rd)[] Dominant { get; init; } = [];

    /// <summary>The profiles of the default taxonomy's segments, by segment id.</summary>
    public static IReadOnlyDictionary<string, SegmentProfile> Known { get; } = new Dictionary<string, SegmentProfile>(StringComparer.Ordinal)
    {
        ["pharma"] = new("Pharma", 0.080, 0.45, 0.65, 0.50, 1.3, 0.05, 0.16, 0.08, 0.15, 0.05, 0.85, 0.20, 0.80, 0.90, 0.95, 0.05, 0.20, 0.85, true, 0.04,
            ["21.20", "21.20", "21.10", "72.11"])
        {
            YoungRdRatioMin = 0.8,
            YoungRdRatioMax = 2.5,
            // Four dominant exporters: the top two hold 48 % of pharma exports, well under the 85 % dominance limit.
            Dominant = [(0.20, 0.28, 0.15), (0.15, 0.20, 0.12), (0.10, 0.12, 0.08), (0.07, 0.08, 0.05)],
        },
        ["diagnostics"] = new("Diagnostics", 0.045, 0.08, 0.08, 0.10, 1.1, 0.05, 0.06, 0.07, 0.35, 0.04, 0.80, 0.15, 0.70, 0.88, 0.90, 0.05, 0.15, 0.60, true, 0.05,
            ["72.19", "46.46", "20.59"]) { YoungRdRatioMin = 0.5, YoungRdRatioMax = 1.5 },
        ["medtech"] = new("Medtech", 0.120, 0.25, 0.18, 0.22, 1.3, 0.05, 0.07, 0.07, 0.30, 0.04, 0.85, 0.10, 0.80, 0.88, 0.85, 0.03, 0.12, 0.40, true, 0.04,
            ["32.50", "32.50", "26.60"]),
        ["ehealth"] = new("E-health", 0.120, 0.12, 0.04, 0.12, 1.2, 0.07, 0.04, 0.08, 0.50, 0.03, 0.75, 0.02, 0.30, 0.85, 0.80, 0.05, 0.20, 0.50, true, 0.04,
            ["62.01", "62.01", "62.02", "58.29"]) { YoungRdRatioMin = 0.2, YoungRdRatioMax = 0.8 },
        ["suppliers"] = new("Supplier", 0.060, 0.10, 0.05, 0.06, 1.1, 0.04, 0.06, 0.05, 0.30, 0.06, 0.70, 0.05, 0.40, 0.85, 0.60, 0.01, 0.05, 0.20, true, 0.10,
            ["22.29", "25.62", "72.19"]),
        ["wholesale"] = new("Wholesale", 0.060, 0.60, 0.85, 0.75, 1.3, 0.03, 0.04, 0.03, 0.06, 0.01, 0.35, 0.02, 0.20, 0.65, 0.45, 0.004, 0.010, 0.0, false, 0.30,
            ["46.46"]),
        ["retail"] = new("Pharmacy", 0.120, 0.40, 0.15, 0.25, 0.9, 0.03, 0.04, 0.03, 0.12, 0.015, 0.30, 0.01, 0.05, 0.65, 0.40, 0.002, 0.005, 0.0, false, 0.30,
            ["47.73", "47.73", "47.74"]),
        ["health_services"] = new("Health Services", 0.240, 0.55, 0.70, 0.80, 1.3, 0.05, 0.07, 0.06, 0.55, 0.03, 0.15, 0.01, 0.15, 0.60, 0.40, 0.005, 0.015, 0.0, false, 0.30,
            ["86.10", "86.21", "86.22", "86.23", "86.90", "86.90"]),
        ["care_services"] = new("Care", 0.160, 0.45, 0.30, 0.20, 1.2, 0.05, 0.05, 0.05, 0.65, 0.02, 0.12, 0.01, 0.08, 0.60, 0.40, 0.003, 0.008, 0.0, false, 0.30,
            ["87.10", "87.20", "87.30", "88.10"]),
    };

    /// <summary>The profile of a segment the default taxonomy does not know: a middling firm population.</summary>
    public static SegmentProfile Generic { get; } =
        new("Firm", 0.10, 1.0, 1.0, 1.0, 1.2, 0.04, 0.06, 0.06, 0.35, 0.03, 0.50, 0.02, 0.40, 0.75, 0.60, 0.01, 0.05, 0.30, false, 0.10, []);
}
