using System.Globalization;
using HelseIndicators.Reporting.Tables;

namespace HelseIndicators.Reporting.Reports;

/// <summary>The words of the report in Norwegian (bokmål) and English.</summary>
internal sealed record ReportText
{
    public required string Title { get; init; }
    public required string Intro { get; init; }
    public required string Headline { get; init; }
    public required string ByLink { get; init; }
    public required string BySegment { get; init; }
    public required string Development { get; init; }
    public required string RevenueByLink { get; init; }
    public required string ValueAddedByLink { get; init; }
    public required string ExportsSection { get; init; }
    public required string ExportsBySegment { get; init; }
    public required string ExportShareBySegment { get; init; }
    public required string RdSection { get; init; }
    public required string RdDensityBySegment { get; init; }
    public required string ValueChainSection { get; init; }
    public required string ValueAddedAlongChain { get; init; }
    public required string ContributionsSection { get; init; }
    public required string ContributionsCaption { get; init; }
    public required string ContributionsMissing { get; init; }
    public required string SurveySection { get; init; }
    public required string SurveyCaption { get; init; }
    public required string TablesSection { get; init; }
    public required string MethodsSection { get; init; }
    public required string Definitions { get; init; }
    public required string DisclosureHeading { get; init; }
    public required string DisclosureOn { get; init; }
    public required string DisclosureOff { get; init; }
    public required string DataHeading { get; init; }
    public required string Accounting { get; init; }
    public required string Year { get; init; }
    public required string Total { get; init; }
    public required string Share { get; init; }
    public required string GeneratedAt { get; init; }

    public static ReportText For(CultureInfo culture) => DisplayFormat.IsNorwegian(culture) ? Norwegian : English;

    private static ReportText Norwegian { get; } = new()
    {
        Title = "Helsenæringens verdi",
        Intro = "Verdiskaping, vekst, eksport og forskning og utvikling (FoU) i den norske helsenæringen, etter segment og " +
                "langs verdikjeden fra helseindustri via distribusjon til behandling.",
        Headline = "Hovedtall",
        ByLink = "etter ledd i verdikjeden",
        BySegment = "etter segment",
        Development = "Utvikling over tid",
        RevenueByLink = "Driftsinntekter etter ledd i verdikjeden",
        ValueAddedByLink = "Verdiskaping (bruttoprodukt) etter ledd i verdikjeden",
        ExportsSection = "Eksport",
        ExportsBySegment = "Eksportinntekter etter segment",
        ExportShareBySegment = "Eksportandel (eksport / driftsinntekter) etter segment",
        RdSection = "Forskning og utvikling",
        RdDensityBySegment = "FoU-tetthet (FoU-utgifter / driftsinntekter) etter segment",
        ValueChainSection = "Verdikjeden",
        ValueAddedAlongChain = "Verdiskaping langs verdikjeden",
        ContributionsSection = "Bidrag til vekst",
        ContributionsCaption = "Bidrag til vekst i driftsinntektene (prosentpoeng) etter segment; bidragene summerer seg til veksten i alt",
        ContributionsMissing = "Bidragene kan ikke vises fordi minst ett segment er skjermet eller udefinert.",
        SurveySection = "Spørreundersøkelse",
        SurveyCaption = "Andel foretak med 95 % konfidensintervall (Wilson, effektivt utvalg etter Kish)",
        TablesSection = "Tabeller",
        MethodsSection = "Metode",
        Definitions = "Definisjoner",
        DisclosureHeading = "Skjerming av enkeltforetak",
        DisclosureOn = "Celler med færre enn {0} foretak, eller der de {1} største bidragene utgjør mer enn {2} % av cellens sum " +
                       "(absolutte verdier), er skjermet (vist som «:»). Forholdstall og vekst som bygger på en skjermet celle er " +
                       "også skjermet. Rapporten er beskyttet som en helhet (sekundærskjerming): der en sum minus de publiserte delene, " +
                       "et forholdstall eller en vekstrate ellers ville gitt tilbake en skjermet celle eller ett foretaks tall, er også andre " +
                       "celler skjermet («sekundær»), slik at ingen skjermet celle og intet foretak kan bestemmes nærmere enn ±{3:0.##} %, " +
                       "selv av den som kjenner tabellenes oppbygning og hvilke foretak som inngår. Små celler skjermes før store, totalene sist.",
        DisclosureOff = "Skjerming av enkeltforetak er slått AV. Tallene kan avsløre enkeltforetaks regnskap og må ikke publiseres.",
        DataHeading = "Data",
        Accounting = "Rader lest: {0}; brukt: {1}; avvist: {2}; uklassifiserte foretaksår: {3}.",
        Year = "År",
        Total = "Helsenæringen",
        Share = "Andel",
        GeneratedAt = "Laget {0}.",
    };

    private static ReportText English { get; } = new()
    {
        Title = "The value of the Norwegian health industry",
        Intro = "Value creation, growth, exports and research and development (R&D) in the Norwegian health industry, by segment " +
                "and along the value chain from the health industry proper through distribution to treatment.",
        Headline = "Headline figures",
        ByLink = "by value-chain link",
        BySegment = "by segment",
        Development = "Development over time",
        RevenueByLink = "Revenue by value-chain link",
        ValueAddedByLink = "Value added by value-chain link",
        ExportsSection = "Exports",
        ExportsBySegment = "Export revenue by segment",
        ExportShareBySegment = "Export share (exports / revenue) by segment",
        RdSection = "Research and development",
        RdDensityBySegment = "R&D density (R&D expenditure / revenue) by segment",
        ValueChainSection = "The value chain",
        ValueAddedAlongChain = "Value added along the value chain",
        ContributionsSection = "Contributions to growth",
        ContributionsCaption = "Contributions to revenue growth (percentage points) by segment; they add up to total growth",
        ContributionsMissing = "The contributions cannot be shown because at least one segment is suppressed or undefined.",
        SurveySection = "Survey",
        SurveyCaption = "Share of firms with 95 % confidence interval (Wilson, Kish effective sample size)",
        TablesSection = "Tables",
        MethodsSection = "Methods",
        Definitions = "Definitions",
        DisclosureHeading = "Disclosure control",
        DisclosureOn = "Cells with fewer than {0} firms, or where the {1} largest contributions exceed {2} % of the cell's total " +
                       "(absolute values), are suppressed (shown as ':'). Ratios and growth rates built on a suppressed cell are " +
                       "suppressed too. The report is protected as a whole (secondary suppression): where a total minus the published parts, " +
                       "a ratio or a growth rate would otherwise give back a suppressed cell or one firm's figure, other cells are suppressed too " +
                       "('secondary'), so that no suppressed cell and no firm can be narrowed to within ±{3:0.##} %, even by someone who knows the " +
                       "tables' structure and which firms contribute. Small cells are withheld before large ones, the totals last.",
        DisclosureOff = "Disclosure control is OFF. The figures may reveal individual firms' accounts and must not be published.",
        DataHeading = "Data",
        Accounting = "Rows read: {0}; used: {1}; rejected: {2}; unclassified firm-years: {3}.",
        Year = "Year",
        Total = "Health industry",
        Share = "Share",
        GeneratedAt = "Generated {0}.",
    };
}
