namespace HelseIndicators.Model;

/// <summary>The taxonomy of INDICATORS.md §1 (after Menon Economics, <i>Helsenæringens verdi</i>).</summary>
internal static class DefaultTaxonomy
{
    public static Taxonomy Build() => Taxonomy.Create(
    [
        new LinkDefinition("industry", new("Helseindustri (utvikling og produksjon)", "Health industry (development and production)"),
        [
            new SegmentDefinition("pharma", new("Legemidler", "Pharmaceuticals"), ["21", "72.11"]),
            new SegmentDefinition("diagnostics", new("Diagnostikk", "Diagnostics"), []),
            new SegmentDefinition("medtech", new("Medisinsk teknologi", "Medical technology"), ["26.60", "32.50"]),
            new SegmentDefinition("ehealth", new("E-helse / helse-IKT", "E-health and health ICT"), []),
            new SegmentDefinition("suppliers", new("Spesialiserte underleverandører", "Specialised suppliers"), []),
        ]),
        new LinkDefinition("distribution", new("Distribusjon og handel", "Distribution and trade"),
        [
            new SegmentDefinition("wholesale", new("Engroshandel", "Wholesale"), ["46.46"]),
            new SegmentDefinition("retail", new("Apotek og detaljhandel", "Pharmacies and retail"), ["47.73", "47.74"]),
        ]),
        new LinkDefinition("treatment", new("Behandling (private helse- og omsorgstjenester)", "Treatment (private health and care services)"),
        [
            new SegmentDefinition("health_services", new("Helsetjenester", "Health services"), ["86"]),
            new SegmentDefinition("care_services", new("Omsorgstjenester", "Care services"), ["87", "88.10"]),
        ]),
    ]);
}
