using HelseIndicators.Model;

namespace HelseIndicators.Sample;

/// <summary>
/// A synthetic firm-year panel of the Norwegian health industry: the embedded sample that <c>helse report</c> runs on
/// without input, and a generator of panels of any size. The firms are <b>invented</b>; the panel is calibrated so
/// that its totals reproduce the published figures of INDICATORS.md §9 (see <see cref="PublishedFigures"/>).
/// </summary>
/// <remarks>
/// <para>
/// Shapes: lognormal firm sizes; four dominant pharmaceutical exporters (the top two hold 48 % of pharma exports);
/// many small e-health and medtech start-ups, which export a little from their first year; losses among young
/// pharma and diagnostics firms; entrants and exits; every size class; Norwegian counties; valid organisation
/// numbers; industry codes consistent with the segment (segments kept by firm list carry <see cref="FirmYear.SegmentId"/>);
/// and missing figures (R&amp;D not reported by some firms, depreciation, employees, wages or exports missing in a
/// few rows), so that missing is not read as zero.
/// </para>
/// <para>
/// Calibration: each segment's revenue, exports and R&amp;D in each year are scaled to a total derived from its
/// link's total (reference 1 500 firms); other firm counts scale the totals by firms / 1 500. With the default
/// options every published figure is met within its tolerance and no headline cell is suppressed by disclosure
/// control (every segment has at least 10 firms a year and no two firms hold 85 % of a total).
/// </para>
/// <para>
/// Determinism: the generator uses its own xoshiro256** generator and its own logarithm and exponential, never
/// <see cref="System.Random"/> or the platform's maths library, so the same options give the same rows on every
/// machine and .NET version. Thread safety: the static members are immutable; each enumeration of
/// <see cref="Generate(SyntheticPanelOptions?)"/> has its own state, so enumerations may run in parallel.
/// </para>
/// </remarks>
public static class SyntheticPanel
{
    /// <summary>The largest number of firms a panel can have (the organisation-number space the generator uses).</summary>
    public const int MaxFirms = 5_000_000;

    /// <summary>The earliest year a panel can start.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year a panel can end.</summary>
    public const int MaxYear = 2100;

    /// <summary>Gets the options of the embedded sample: 1 500 firms, 2010–2020, the default seed and taxonomy.</summary>
    public static SyntheticPanelOptions Default { get; } = new();

    /// <summary>
    /// Gets the notice to show wherever the sample appears, in Norwegian (bokmål) and English; use
    /// <see cref="LocalizedName.For"/> to pick the language.
    /// </summary>
    public static LocalizedName Notice { get; } = new(
        "Syntetiske data: foretakene i dette utvalget er oppdiktet. Tallene er kalibrert slik at summene gjenskaper " +
        "publiserte tall for helsenæringen (Menon Economics, Helsenæringens verdi), men ingen rad beskriver et virkelig foretak.",
        "Synthetic data: the firms in this sample are invented. The figures are calibrated so that the totals reproduce " +
        "published figures for the Norwegian health industry (Menon Economics, Helsenæringens verdi), but no row describes a real firm.");

    /// <summary>
    /// Gets the published figures (INDICATORS.md §9) that the embedded sample reproduces, with the tolerance each one
    /// meets: 1 % for the 2014–2015 figures, 3 % for the 2017 split of revenue by link.
    /// </summary>
    public static IReadOnlyList<PublishedFigure> PublishedFigures => SampleCalibration.PublishedFigures;

    /// <summary>Generates the embedded sample (<see cref="Default"/>).</summary>
    /// <returns>The rows, firm by firm, year by year; generated lazily.</returns>
    public static IEnumerable<FirmYear> Generate() => Generate(Default);

    /// <summary>
    /// Generates a synthetic panel. The rows are produced lazily, firm by firm and year by year: the generator makes
    /// one pass over the firms to calibrate and a second to emit, keeping only segment × year tables in memory, so
    /// panels of millions of firms stream in constant memory. Each enumeration runs both passes afresh.
    /// </summary>
    /// <param name="options">The options; null means <see cref="Default"/>.</param>
    /// <returns>
    /// The rows: valid (<see cref="FirmYear.Validate"/> finds no problem), one per firm and year alive, with an
    /// organisation number unique to the firm.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">Options out of range (checked at once, not on enumeration).</exception>
    /// <exception cref="ArgumentException">Options without a taxonomy, or a taxonomy without segments.</exception>
    public static IEnumerable<FirmYear> Generate(SyntheticPanelOptions? options)
    {
        options ??= Default;
        options.Validate();
        return new SyntheticPanelGenerator(options).Rows();
    }
}
