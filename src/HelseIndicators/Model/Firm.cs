using NodaTime;

namespace HelseIndicators.Model;

/// <summary>A firm as the Central Coordinating Register (Enhetsregisteret) describes it.</summary>
/// <param name="OrganisationNumber">The firm's organisation number.</param>
/// <param name="Name">The registered name (navn).</param>
/// <remarks>
/// Every property but the number and name is optional: absent in the register is null, never zero.
/// Equality: by value of every property. Thread safety: immutable, safe to share.
/// </remarks>
public sealed record Firm(OrganisationNumber OrganisationNumber, string Name)
{
    /// <summary>Gets the main industry code (naeringskode1), or null.</summary>
    public NaceCode? NaceCode { get; init; }

    /// <summary>Gets the number of employees the register reports (antallAnsatte), or null.</summary>
    public int? Employees { get; init; }

    /// <summary>Gets the municipality number of the business address (forretningsadresse.kommunenummer), or null.</summary>
    public string? MunicipalityNumber { get; init; }

    /// <summary>Gets the county, as given, or null.</summary>
    public string? County { get; init; }

    /// <summary>Gets the founding date (stiftelsesdato), or null.</summary>
    public LocalDate? FoundingDate { get; init; }

    /// <summary>Gets the organisational form code (organisasjonsform.kode, such as AS or ASA), or null.</summary>
    public string? OrganisationalForm { get; init; }
}
