namespace HelseIndicators.Sample;

/// <summary>
/// One synthetic firm's life before calibration: when it lives, its traits, and its raw (unscaled) yearly figures.
/// One instance is reused for firm after firm, so generation needs no memory proportional to the panel.
/// </summary>
/// <remarks>NaN in a raw array means the figure is missing that year. Not thread-safe.</remarks>
internal sealed class FirmPath
{
    public FirmPath(int years)
    {
        RawRevenue = new double[years];
        ExportShare = new double[years];
        RawRd = new double[years];
        Margin = new double[years];
        WageShare = new double[years];
        DepreciationShare = new double[years];
        EmployeesMissing = new bool[years];
        WagesMissing = new bool[years];
        ProfitMissing = new bool[years];
    }

    /// <summary>Index of the first year alive (0 = the first year of the span).</summary>
    public int Entry { get; set; }

    /// <summary>Index of the last year alive.</summary>
    public int Exit { get; set; }

    /// <summary>The dominant firm's position in its segment's fixed shares, or −1.</summary>
    public int Dominant { get; set; }

    /// <summary>Index into the county table.</summary>
    public int County { get; set; }

    /// <summary>Index into the segment's industry codes.</summary>
    public int NaceIndex { get; set; }

    public double[] RawRevenue { get; }

    public double[] ExportShare { get; }

    public double[] RawRd { get; }

    public double[] Margin { get; }

    public double[] WageShare { get; }

    public double[] DepreciationShare { get; }

    public bool[] EmployeesMissing { get; }

    public bool[] WagesMissing { get; }

    public bool[] ProfitMissing { get; }
}
