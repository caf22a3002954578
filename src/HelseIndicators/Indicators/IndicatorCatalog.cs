using System.Diagnostics.CodeAnalysis;
using HelseIndicators.Model;

namespace HelseIndicators.Indicators;

/// <summary>
/// The catalogue of indicators (INDICATORS.md §4): every id with its unit, kind, names, formula and source, in
/// the order output rows use.
/// </summary>
/// <remarks>Thread safety: immutable after type initialisation, safe to share.</remarks>
public static class IndicatorCatalog
{
    private const string Menon = "Menon Economics, Helsenæringens verdi";
    private const string Sbs = "Eurostat Structural Business Statistics (SBS)";
    private const string Frascati = "OECD Frascati Manual 2015";

    private static readonly Dictionary<IndicatorId, IndicatorDefinition> s_byId;

    static IndicatorCatalog()
    {
        var all = new List<IndicatorDefinition>
        {
            new(IndicatorId.Firms, IndicatorUnit.Count, IndicatorKind.Count, new("Foretak", "Firms"),
                "number of firm-years in the group", Sbs + " (number of enterprises)"),
            Level(IndicatorId.Revenue, Measure.Revenue, IndicatorUnit.Nok, "Driftsinntekter", "Revenue", "Σ revenue", Menon + "; " + Sbs + " (turnover)"),
            Level(IndicatorId.OperatingProfit, Measure.OperatingProfit, IndicatorUnit.Nok, "Driftsresultat", "Operating profit", "Σ operating_profit", Menon),
            Level(IndicatorId.Depreciation, Measure.Depreciation, IndicatorUnit.Nok, "Avskrivninger", "Depreciation", "Σ depreciation", Menon),
            Level(IndicatorId.WageCosts, Measure.WageCosts, IndicatorUnit.Nok, "Lønnskostnader", "Wage costs", "Σ wage_costs", Menon + "; " + Sbs + " (personnel costs)"),
            Level(IndicatorId.Exports, Measure.Exports, IndicatorUnit.Nok, "Eksport", "Exports", "Σ exports", Menon),
            Level(IndicatorId.RdExpenditure, Measure.RdExpenditure, IndicatorUnit.Nok, "FoU-utgifter", "R&D expenditure", "Σ rd_expenditure", Frascati + " (intramural R&D expenditure)"),
            Level(IndicatorId.Employees, Measure.Employees, IndicatorUnit.Fte, "Sysselsatte (årsverk)", "Employees (FTE)", "Σ employees", Menon + "; " + Sbs + " (persons employed)"),
            Level(IndicatorId.ValueAdded, Measure.ValueAdded, IndicatorUnit.Nok, "Verdiskaping", "Value added",
                "Σ (operating_profit + depreciation + wage_costs) over firms with operating_profit and wage_costs present; missing depreciation counts 0",
                Menon + " (verdiskaping = driftsresultat + avskrivninger + lønnskostnader); " + Sbs + " (value added at factor cost)"),
            Ratio(IndicatorId.ExportShare, Measure.Exports, Measure.Revenue, IndicatorUnit.Ratio, "Eksportandel", "Export share", "Σ exports / Σ revenue", Menon),
            new(IndicatorId.ExportParticipation, IndicatorUnit.Ratio, IndicatorKind.CountRatio, new("Andel eksporterende foretak", "Export participation"),
                "firms with exports > 0 / firms with exports present", Sbs + " (share of exporting enterprises)", Measure.Exports),
            Ratio(IndicatorId.RdDensity, Measure.RdExpenditure, Measure.Revenue, IndicatorUnit.Ratio, "FoU-tetthet", "R&D density", "Σ rd_expenditure / Σ revenue", Menon),
            Ratio(IndicatorId.RdIntensity, Measure.RdExpenditure, Measure.ValueAdded, IndicatorUnit.Ratio, "FoU-intensitet", "R&D intensity", "Σ rd_expenditure / Σ value_added", Frascati + " (R&D relative to value added)"),
            Ratio(IndicatorId.RdPerEmployee, Measure.RdExpenditure, Measure.Employees, IndicatorUnit.NokPerFte, "FoU per årsverk", "R&D per employee", "Σ rd_expenditure / Σ employees", Frascati),
            Ratio(IndicatorId.Productivity, Measure.ValueAdded, Measure.Employees, IndicatorUnit.NokPerFte, "Produktivitet", "Productivity", "Σ value_added / Σ employees", Menon + "; " + Sbs + " (apparent labour productivity)"),
            Ratio(IndicatorId.OperatingMargin, Measure.OperatingProfit, Measure.Revenue, IndicatorUnit.Ratio, "Driftsmargin", "Operating margin", "Σ operating_profit / Σ revenue", Menon),
            Ratio(IndicatorId.WageShare, Measure.WageCosts, Measure.ValueAdded, IndicatorUnit.Ratio, "Lønnsandel", "Wage share", "Σ wage_costs / Σ value_added", Sbs + " (wage adjusted labour share)"),
            new(IndicatorId.HhiRevenue, IndicatorUnit.Ratio, IndicatorKind.Concentration, new("Konsentrasjon (HHI, driftsinntekter)", "Concentration (HHI of revenue)"),
                "Σ sᵢ², sᵢ = firm revenue / group revenue (0–1)", "Herfindahl–Hirschman index; US DoJ/FTC merger guidelines", Measure.Revenue),
            new(IndicatorId.Top8ExportShare, IndicatorUnit.Ratio, IndicatorKind.Concentration, new("De åtte største eksportørenes andel", "Top-8 export share"),
                "exports of the 8 largest exporters / Σ exports", Menon, Measure.Exports),
        };

        Measure[] growthMeasures = [Measure.Revenue, Measure.ValueAdded, Measure.Employees, Measure.Exports, Measure.RdExpenditure];
        IndicatorId[] growth = [IndicatorId.RevenueGrowth, IndicatorId.ValueAddedGrowth, IndicatorId.EmployeesGrowth, IndicatorId.ExportsGrowth, IndicatorId.RdExpenditureGrowth];
        IndicatorId[] same = [IndicatorId.RevenueGrowthSameFirms, IndicatorId.ValueAddedGrowthSameFirms, IndicatorId.EmployeesGrowthSameFirms, IndicatorId.ExportsGrowthSameFirms, IndicatorId.RdExpenditureGrowthSameFirms];
        IndicatorId[] cagr = [IndicatorId.RevenueCagr, IndicatorId.ValueAddedCagr, IndicatorId.EmployeesCagr, IndicatorId.ExportsCagr, IndicatorId.RdExpenditureCagr];
        IndicatorId[] contribution = [IndicatorId.RevenueContribution, IndicatorId.ValueAddedContribution, IndicatorId.EmployeesContribution, IndicatorId.ExportsContribution, IndicatorId.RdExpenditureContribution];
        var levels = new IndicatorDefinition[growthMeasures.Length];
        for (var i = 0; i < growthMeasures.Length; i++)
        {
            levels[i] = all.First(d => d.Kind == IndicatorKind.Level && d.Numerator == growthMeasures[i]);
        }

        for (var i = 0; i < growthMeasures.Length; i++)
        {
            all.Add(new(growth[i], IndicatorUnit.Ratio, IndicatorKind.Growth, new($"Vekst i {Nb(levels[i])}", $"Growth of {En(levels[i])}"),
                $"{levels[i].Id}(G,t) / {levels[i].Id}(G,t−1) − 1, total to total (entrants and exits included)", Menon + "; " + Sbs, growthMeasures[i]));
        }

        for (var i = 0; i < growthMeasures.Length; i++)
        {
            all.Add(new(same[i], IndicatorUnit.Ratio, IndicatorKind.GrowthSameFirms, new($"Vekst i {Nb(levels[i])}, samme foretak", $"Growth of {En(levels[i])}, same firms"),
                $"Σ {levels[i].Id}(i,t) / Σ {levels[i].Id}(i,t−1) − 1 over firms i in G in both years with {levels[i].Id} present in both", Menon + " (organic growth)", growthMeasures[i]));
        }

        for (var i = 0; i < growthMeasures.Length; i++)
        {
            all.Add(new(cagr[i], IndicatorUnit.Ratio, IndicatorKind.Cagr, new($"Årlig vekst i {Nb(levels[i])} (CAGR)", $"Compound annual growth of {En(levels[i])}"),
                $"({levels[i].Id}(G,t₁) / {levels[i].Id}(G,t₀))^(1/(t₁−t₀)) − 1", Menon, growthMeasures[i]));
        }

        for (var i = 0; i < growthMeasures.Length; i++)
        {
            all.Add(new(contribution[i], IndicatorUnit.Ratio, IndicatorKind.Contribution, new($"Vekstbidrag, {Nb(levels[i])}", $"Contribution to growth of {En(levels[i])}"),
                $"({levels[i].Id}(i,t) − {levels[i].Id}(i,t−1)) / {levels[i].Id}(total,t−1); a group missing in a year counts 0", "Growth accounting (OECD); " + Menon, growthMeasures[i]));
        }

        for (var i = 0; i < all.Count; i++)
        {
            all[i].Order = i;
        }

        All = all;
        s_byId = all.ToDictionary(d => d.Id);
    }

    /// <summary>Gets every indicator, in the order output rows use.</summary>
    public static IReadOnlyList<IndicatorDefinition> All { get; }

    /// <summary>Finds the definition of an id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="definition">The definition when found.</param>
    /// <returns>Whether the id is in the catalogue.</returns>
    public static bool TryFind(IndicatorId id, [NotNullWhen(true)] out IndicatorDefinition? definition) =>
        s_byId.TryGetValue(id, out definition);

    /// <summary>Gets the definition of an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="KeyNotFoundException">The id is not in the catalogue.</exception>
    public static IndicatorDefinition Get(IndicatorId id) => s_byId.TryGetValue(id, out var d)
        ? d
        : throw new KeyNotFoundException($"'{id}' is not an indicator id of the catalogue.");

    private static string Nb(IndicatorDefinition level) => level.Name.Norwegian.ToLowerInvariant();

    private static string En(IndicatorDefinition level) => level.Id == IndicatorId.RdExpenditure ? "R&D expenditure" : level.Name.English.ToLowerInvariant();

    private static IndicatorDefinition Level(IndicatorId id, Measure m, IndicatorUnit unit, string nb, string en, string formula, string source) =>
        new(id, unit, IndicatorKind.Level, new LocalizedName(nb, en), formula, source, m);

    private static IndicatorDefinition Ratio(IndicatorId id, Measure numerator, Measure denominator, IndicatorUnit unit, string nb, string en, string formula, string source) =>
        new(id, unit, IndicatorKind.Ratio, new LocalizedName(nb, en), formula, source, numerator, denominator);
}
