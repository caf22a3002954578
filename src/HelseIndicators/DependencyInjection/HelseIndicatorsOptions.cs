using System.Globalization;
using HelseIndicators.Aggregation;
using HelseIndicators.Model;

namespace HelseIndicators.DependencyInjection;

/// <summary>Options of the HelseIndicators services registered by <see cref="HelseIndicatorsServiceCollectionExtensions"/>.</summary>
/// <remarks>
/// Defaults: the default taxonomy, disclosure control on (3, 2, 85), culture nb-NO for text meant for people
/// (machine output is always invariant). Thread safety: configure once at start-up, then treat as read-only.
/// </remarks>
public sealed class HelseIndicatorsOptions
{
    /// <summary>Gets or sets the taxonomy (default <see cref="Taxonomy.Default"/>).</summary>
    public Taxonomy Taxonomy { get; set; } = Taxonomy.Default;

    /// <summary>Gets or sets the default disclosure control (default on: 3 firms, (n,k) = (2,85)).</summary>
    public DisclosureControlOptions Disclosure { get; set; } = DisclosureControlOptions.Default;

    /// <summary>Gets or sets the culture of text for people (default nb-NO).</summary>
    public CultureInfo Culture { get; set; } = CultureInfo.GetCultureInfo("nb-NO");
}
