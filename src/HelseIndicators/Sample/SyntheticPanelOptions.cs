using System.Globalization;
using HelseIndicators.Model;

namespace HelseIndicators.Sample;

/// <summary>
/// What <see cref="SyntheticPanel.Generate(SyntheticPanelOptions?)"/> generates: how many firms, which years, which
/// seed and which taxonomy.
/// </summary>
/// <remarks>
/// <para>
/// Range: <see cref="Firms"/> 1 to <see cref="SyntheticPanel.MaxFirms"/>; years 1900 to 2100 with
/// <see cref="FromYear"/> ≤ <see cref="ToYear"/>; any seed. Default value (<c>new SyntheticPanelOptions()</c>):
/// the embedded sample, 1 500 firms, 2010–2020, seed <see cref="DefaultSeed"/>, <see cref="Taxonomy.Default"/>.
/// The published figures (INDICATORS.md §9) are reproduced for 1 500 firms; other firm counts scale every
/// calibration total by <see cref="Firms"/> / 1 500, so the average firm keeps its size.
/// </para>
/// <para>Equality: by value (the taxonomy by reference). Thread safety: immutable, safe to share.</para>
/// </remarks>
public sealed record SyntheticPanelOptions
{
    /// <summary>The seed of the embedded sample.</summary>
    public const long DefaultSeed = 20_160_525;

    /// <summary>The number of firms of the embedded sample, and the reference size of the calibration.</summary>
    public const int DefaultFirms = 1500;

    /// <summary>Gets the number of firms (each lives for one or more years of the span); 1 500 by default.</summary>
    public int Firms { get; init; } = DefaultFirms;

    /// <summary>Gets the first fiscal year; 2010 by default.</summary>
    public int FromYear { get; init; } = 2010;

    /// <summary>Gets the last fiscal year; 2020 by default.</summary>
    public int ToYear { get; init; } = 2020;

    /// <summary>Gets the seed: the same seed and options give the same rows on every machine; <see cref="DefaultSeed"/> by default.</summary>
    public long Seed { get; init; } = DefaultSeed;

    /// <summary>Gets the taxonomy whose segments the firms belong to; <see cref="Taxonomy.Default"/> by default.</summary>
    public Taxonomy Taxonomy { get; init; } = Taxonomy.Default;

    /// <summary>Checks the options.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Firms or years out of range, or <see cref="FromYear"/> after <see cref="ToYear"/>.</exception>
    /// <exception cref="ArgumentException">No taxonomy, or a taxonomy without segments.</exception>
    public void Validate()
    {
        if (Firms < 1 || Firms > SyntheticPanel.MaxFirms)
        {
            throw new ArgumentOutOfRangeException(nameof(Firms), Firms,
                string.Create(CultureInfo.InvariantCulture, $"The number of firms must be 1 to {SyntheticPanel.MaxFirms}."));
        }

        if (FromYear < SyntheticPanel.MinYear || FromYear > SyntheticPanel.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(FromYear), FromYear,
                string.Create(CultureInfo.InvariantCulture, $"The first year must be {SyntheticPanel.MinYear} to {SyntheticPanel.MaxYear}."));
        }

        if (ToYear < FromYear || ToYear > SyntheticPanel.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(ToYear), ToYear,
                string.Create(CultureInfo.InvariantCulture, $"The last year must be from the first year ({FromYear}) to {SyntheticPanel.MaxYear}."));
        }

        if (Taxonomy is null)
        {
            throw new ArgumentException("The options need a taxonomy; use Taxonomy.Default.", nameof(Taxonomy));
        }

        if (Taxonomy.Segments.Count == 0)
        {
            throw new ArgumentException("The taxonomy has no segments, so the firms would belong nowhere.", nameof(Taxonomy));
        }
    }
}
