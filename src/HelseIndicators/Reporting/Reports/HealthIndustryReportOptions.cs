using System.Globalization;
using HelseIndicators.Model;
using NodaTime;

namespace HelseIndicators.Reporting.Reports;

/// <summary>Options of the <see cref="HealthIndustryReport"/>.</summary>
/// <remarks>Equality: value equality (a record). Thread safety: immutable.</remarks>
public sealed record HealthIndustryReportOptions
{
    /// <summary>Gets the language and number format of the report; Norwegian (nb-NO) by default.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("nb-NO");

    /// <summary>Gets the taxonomy that names segments and links; the default taxonomy by default.</summary>
    public Taxonomy Taxonomy { get; init; } = Taxonomy.Default;

    /// <summary>Gets a notice that the data is synthetic, shown at the top and in the methods; null for real data.</summary>
    public LocalizedName? SyntheticNotice { get; init; }

    /// <summary>Gets a description of the data source, such as a file name; empty by default.</summary>
    public string DataSource { get; init; } = "";

    /// <summary>
    /// Gets the reference year shown beside the latest year in the headline (2015, the year of the published figures,
    /// by default); ignored when the data lacks it.
    /// </summary>
    public int? ReferenceYear { get; init; } = 2015;

    /// <summary>Gets when the report was made (from an injected <see cref="IClock"/>); null leaves it out.</summary>
    public Instant? GeneratedAt { get; init; }
}
