namespace HelseIndicators.Reporting.Charts;

/// <summary>
/// Colours for chart series that colour-blind readers can tell apart: the Okabe–Ito palette (Okabe &amp; Ito, 2008,
/// "Color Universal Design"), without its yellow, which is too light on white.
/// </summary>
/// <remarks>
/// Lines also differ by dash pattern and marker shape, so a chart stays readable in grey print. Thread safety:
/// immutable, safe to share.
/// </remarks>
public static class ChartPalette
{
    private static readonly string[] s_okabeIto =
    [
        "#0072B2", // blue
        "#E69F00", // orange
        "#009E73", // bluish green
        "#D55E00", // vermillion
        "#CC79A7", // reddish purple
        "#56B4E9", // sky blue
        "#000000", // black
    ];

    /// <summary>Gets the colours in order of use (CSS hex colours).</summary>
    public static IReadOnlyList<string> OkabeIto => s_okabeIto;

    /// <summary>Gets the colour of an increase in a waterfall chart (blue).</summary>
    public static string Increase => "#0072B2";

    /// <summary>Gets the colour of a decrease in a waterfall chart (vermillion).</summary>
    public static string Decrease => "#D55E00";

    /// <summary>Gets the colour of a total in a waterfall chart (dark grey).</summary>
    public static string Total => "#4D4D4D";

    /// <summary>Gets the colour of the series at a position, cycling through the palette.</summary>
    /// <param name="index">The position, 0 or more.</param>
    /// <returns>A CSS hex colour.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="index"/> is negative.</exception>
    public static string ColorOf(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return s_okabeIto[index % s_okabeIto.Length];
    }
}
