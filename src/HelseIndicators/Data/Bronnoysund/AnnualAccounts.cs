using HelseIndicators.Model;
using NodaTime;

namespace HelseIndicators.Data.Bronnoysund;

/// <summary>
/// One filing of annual accounts in the Register of Company Accounts (Regnskapsregisteret,
/// <c>data.brreg.no/regnskapsregisteret/regnskap/{orgnr}</c>): the figures this library uses and a few for context.
/// </summary>
/// <param name="OrganisationNumber">The firm (<c>virksomhet.organisasjonsnummer</c>).</param>
/// <param name="PeriodEnd">The end of the accounting period (<c>regnskapsperiode.tilDato</c>); its year is the fiscal year.</param>
/// <remarks>
/// <para>
/// Every figure is optional: absent in the filing is null, never zero. Amounts are exact decimals in
/// <see cref="Currency"/>. The published JSON keys keep their misspellings (<c>regnkapsprinsipper</c>,
/// <c>sumInnskuttEgenkaptial</c>); the properties say which key they come from.
/// </para>
/// <para>Equality: by value of every property. Thread safety: immutable, safe to share.</para>
/// </remarks>
public sealed record AnnualAccounts(OrganisationNumber OrganisationNumber, LocalDate PeriodEnd)
{
    /// <summary>The value of <see cref="AccountsType"/> for a company's own accounts.</summary>
    public const string CompanyAccounts = "SELSKAP";

    /// <summary>The value of <see cref="AccountsType"/> for group (consolidated) accounts.</summary>
    public const string GroupAccounts = "KONSERN";

    /// <summary>Gets the fiscal year: the year in which the accounting period ends (INDICATORS.md §3).</summary>
    public int Year => PeriodEnd.Year;

    /// <summary>Gets the register's id of the filing (<c>id</c>), or null.</summary>
    public long? Id { get; init; }

    /// <summary>Gets the journal number (<c>journalnr</c>), or null.</summary>
    public string? JournalNumber { get; init; }

    /// <summary>Gets the start of the accounting period (<c>regnskapsperiode.fraDato</c>), or null.</summary>
    public LocalDate? PeriodStart { get; init; }

    /// <summary>Gets the type of accounts (<c>regnskapstype</c>): <see cref="CompanyAccounts"/>, <see cref="GroupAccounts"/>, or null.</summary>
    public string? AccountsType { get; init; }

    /// <summary>Gets the currency of the amounts (<c>valuta</c>); NOK when the filing does not say.</summary>
    public Currency Currency { get; init; }

    /// <summary>Gets the organisational form (<c>virksomhet.organisasjonsform</c>), or null.</summary>
    public string? OrganisationalForm { get; init; }

    /// <summary>Gets whether the firm is a parent company (<c>virksomhet.morselskap</c>), or null.</summary>
    public bool? IsParentCompany { get; init; }

    /// <summary>Gets whether the small-enterprise rules apply (<c>regnkapsprinsipper.smaaForetak</c>, key misspelled as published), or null.</summary>
    public bool? SmallEnterprise { get; init; }

    /// <summary>Gets the accounting rules (<c>regnkapsprinsipper.regnskapsregler</c>, key misspelled as published), or null.</summary>
    public string? AccountingRules { get; init; }

    /// <summary>Gets driftsinntekter (<c>resultatregnskapResultat.driftsresultat.driftsinntekter.sumDriftsinntekter</c>), or null.</summary>
    public decimal? Revenue { get; init; }

    /// <summary>Gets driftsresultat (<c>resultatregnskapResultat.driftsresultat.driftsresultat</c>), or null.</summary>
    public decimal? OperatingProfit { get; init; }

    /// <summary>Gets lønnskostnader (<c>resultatregnskapResultat.driftsresultat.driftskostnad.loennskostnad</c>), or null.</summary>
    public decimal? WageCosts { get; init; }

    /// <summary>Gets the sum of operating costs (<c>…driftsresultat.driftskostnad.sumDriftskostnad</c>), or null.</summary>
    public decimal? OperatingCosts { get; init; }

    /// <summary>Gets the annual result (<c>resultatregnskapResultat.aarsresultat</c>), or null.</summary>
    public decimal? AnnualResult { get; init; }

    /// <summary>Gets total assets (<c>eiendeler.sumEiendeler</c>), or null.</summary>
    public decimal? TotalAssets { get; init; }

    /// <summary>Gets total equity (<c>egenkapitalGjeld.egenkapital.sumEgenkapital</c>), or null.</summary>
    public decimal? Equity { get; init; }

    /// <summary>
    /// Gets paid-in equity (<c>egenkapitalGjeld.egenkapital.innskuttEgenkapital.sumInnskuttEgenkaptial</c>, key misspelled
    /// as published), or null.
    /// </summary>
    public decimal? PaidInEquity { get; init; }

    /// <summary>Gets total debt (<c>egenkapitalGjeld.gjeldOversikt.sumGjeld</c>), or null.</summary>
    public decimal? Debt { get; init; }

    /// <summary>Gets whether these are group (consolidated) accounts.</summary>
    public bool IsGroupAccounts => string.Equals(AccountsType, GroupAccounts, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Gives the filing as a row of the firm-year panel: year, currency, revenue, operating profit and wage costs; every
    /// other panel figure is null (the register does not publish it).
    /// </summary>
    /// <param name="name">The firm's name, from Enhetsregisteret, or null.</param>
    /// <returns>The firm-year.</returns>
    public FirmYear ToFirmYear(string? name = null) => new(OrganisationNumber, Year)
    {
        Name = name,
        Currency = Currency,
        Revenue = Revenue,
        OperatingProfit = OperatingProfit,
        WageCosts = WageCosts,
    };
}
