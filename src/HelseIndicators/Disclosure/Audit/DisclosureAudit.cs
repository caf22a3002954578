using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// An independent self-audit of a publication (INDICATORS.md §5.1): from the microdata and the rows one call released,
/// plays the intruder and reports every sensitive cell and every single firm's value that can be narrowed beyond its
/// protection levels, with the proof. It recomputes everything from the microdata and the released rows and shares
/// no code with the engine's suppression, so it can check the engine.
/// </summary>
/// <remarks>
/// <para><b>The intruder's model.</b> Unknowns: one per firm-year and field present (revenue, operating_profit,
/// depreciation, wage_costs, employees, exports, rd_expenditure). Value added is no unknown: it is operating profit +
/// depreciation (0 when missing) + wage costs, over the firm-years with operating profit and wage costs present. Known
/// constraints: every unknown ≥ 0 except operating profit (free); exports ≤ revenue for a firm-year with both. The
/// intruder knows which firm-years contribute to each released sum (groups are classified as the engine does: the
/// library's <see cref="FirmClassifier"/>, the county as given with an empty one "unknown", the size class by
/// employees; unclassified firm-years, and rows the engine rejects (a currency other than NOK, a row rule broken, an
/// organisation number and year given twice), are in no group) and every released number to infinite precision. A row is
/// released when it has a value and status ok; every other row releases nothing.</para>
/// <para><b>Equations.</b> Each released row is one linear equation over the unknowns, written with the true sums (ρ,
/// c, s the exact ratios of the true sums): a level Σ x = its sum; a ratio Σ num − ρ Σ den = 0 over the firms reporting
/// both; a growth X(t) − ρ X(t−1) = 0; a same-firm growth the same over the firms in the group in both years with X in
/// both; a CAGR X(t₁) − ρ X(t₀) = 0; a contribution X(i,t) − X(i,t−1) − c X(total,t−1) = 0; a top-8 share Σ top 8 − s Σ
/// exports = 0. A deflated figure is the nominal equation with the true factor, so constant prices need no price
/// index. <c>firms</c> and <c>export_participation</c> are counts and give no equation; <c>hhi_revenue</c> is not
/// linear and gives none, but is checked against the structural rule of §5.1 item 3 (a <see cref="AuditFindingKind.Rule"/>
/// finding).</para>
/// <para><b>Targets.</b> (1) Every sensitive cell: every sum a row of the publication uses, released or not (levels,
/// both sides of ratios, same-firm sums, the top 8 exporters) and the rest of the group's level outside each such
/// subset, that fails the primary rules of §5 (<see cref="DisclosureAuditOptions.Disclosure"/>); a set with no firm is
/// not a cell. (2) Every single firm's non-zero value of a field, and its value added. The intruder must not prove an
/// upper bound below v + p·|v| nor a lower bound above v − p·|v| (p = <see cref="DisclosureAuditOptions.ProtectionLevel"/>).
/// A value of exactly 0 is never narrowed: its required bounds are the value itself.</para>
/// <para><b>Method.</b> First an exact test: a target in the span of the equations (exact rational elimination) is
/// determined, and its finding gives the combination of released rows. Otherwise linear programming (double
/// precision) gives its largest and smallest values under the equations and constraints; the finding gives the
/// multipliers of the binding equations. The comparison leans to the intruder: a bound within 1e-9 of the threshold,
/// relative to the larger of the threshold and the value, counts as narrowed (so a complement of exactly p·x does not
/// protect x, and with p = 0 only a value the intruder can work out exactly is a finding). Firm-years the equations cannot tell apart are
/// merged (see the remarks of the internal <c>InterchangeableFirmYears</c>: nothing is lost, and one firm of a merged
/// group of k ≥ 2 is bounded by [0, the group's largest sum], its operating profit and value added not at all), the
/// unknowns split into independent blocks, and each block's program is solved once for all its objectives.</para>
/// <para><b>What it does not cover.</b> Counts (firms, exporters) and the sum of squares of <c>hhi_revenue</c> as
/// information; rounding of published figures (the intruder knows them exactly, the strictest reading); integer
/// constraints (amounts are continuous); knowledge beyond the publication (a firm's own figures, earlier
/// publications). Rows repeated by several tables count once, released when any copy is.</para>
/// <para>Thread safety: stateless; calls on different inputs may run at the same time.</para>
/// </remarks>
public static class DisclosureAudit
{
    /// <summary>Audits a publication against the microdata it came from.</summary>
    /// <param name="microdata">The firm-years the publication was computed from, in any order.</param>
    /// <param name="published">Every row the publication holds (released or not); a row repeated counts once.</param>
    /// <param name="options">The taxonomy and firm list it was computed with, the primary rules and the protection
    /// level; null for <see cref="DisclosureAuditOptions.Default"/>.</param>
    /// <returns>The findings, what was checked, and any released value the microdata does not reproduce.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="microdata"/> or <paramref name="published"/> is null, or
    /// holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range.</exception>
    /// <exception cref="DisclosureAuditLimitException">More unknowns than <see cref="DisclosureAuditOptions.MaxUnknowns"/>.</exception>
    /// <exception cref="OverflowException">A sum cannot be held exactly in a decimal.</exception>
    public static DisclosureAuditReport Run(IEnumerable<FirmYear> microdata, IEnumerable<IndicatorRow> published, DisclosureAuditOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(microdata);
        ArgumentNullException.ThrowIfNull(published);
        options = (options ?? DisclosureAuditOptions.Default).Validate();

        var panel = AuditPanel.Build(microdata, options.Taxonomy, options.FirmList);
        var inconsistencies = new List<string>();
        var rows = PublicationModel.Distinct(published, inconsistencies);
        var model = PublicationModel.Build(panel, rows, inconsistencies);
        var sensitive = new List<(AuditSum Cell, string Why)>();
        foreach (var cell in model.Cells)
        {
            if (AuditPrimaryRules.Sensitivity(cell, panel, options.Disclosure) is { } why)
            {
                sensitive.Add((cell, why));
            }
        }

        var merged = new InterchangeableFirmYears(panel,
            model.Equations.SelectMany(e => e.Terms).Select(t => t.Sum.Firms).Concat(sensitive.Select(s => s.Cell.Firms)));
        var unknowns = new AuditUnknowns(panel, merged);
        var vectors = new SparseRationalVector?[model.Equations.Count];
        var rightHandSides = new Rational[model.Equations.Count];
        var accumulator = new RationalAccumulator(unknowns.Count);
        foreach (var equation in model.Equations)
        {
            foreach (var term in equation.Terms)
            {
                unknowns.AddTo(accumulator, term.Sum, term.Coefficient);
            }

            var vector = accumulator.ToVectorAndClear();
            vectors[equation.Index] = vector.Count > 0 ? vector : null; // a row that says nothing (top 8 of 8 exporters)
            rightHandSides[equation.Index] = equation.RightHandSide;
        }

        var blocks = new AuditBlocks(unknowns, vectors);
        var solved = blocks.All.Where(b => b.HasEquations).SelectMany(b => b.Unknowns).ToArray();
        if (solved.Length > options.MaxUnknowns)
        {
            throw new DisclosureAuditLimitException(solved.Length, options.MaxUnknowns);
        }

        var audit = new AuditTargets(model, unknowns, new AuditEvaluator(unknowns, blocks, vectors, rightHandSides), options, inconsistencies);
        var findings = new List<AuditFinding>();
        // INDICATORS.md §5.1: a sensitive level cell must not be narrowed (item 1). A sum over a subset of a level's firms
        // (a ratio's side, the same firms, the top 8) and its rest outside the subset are cells too, under the primary
        // rules (item 3): a released row may not use one that fails them. Such a cell that no released row uses is not
        // a level and need not be protected beyond what items 1 and 2 ask of the levels and the firms in it.
        var used = model.Equations.SelectMany(e => e.Terms).Select(t => t.Sum).ToHashSet();
        // A sum is a level when some group's level in some year has its firms (sums are kept once per firm set).
        var groups = model.Rows.Select(r => r.Group).Distinct().ToArray();
        var years = model.Rows.SelectMany(r => new[] { r.Year, r.Year - 1, r.BaseYear ?? r.Year }).Distinct().ToArray();
        var levels = new HashSet<(FirmSet, Measure)>();
        foreach (var group in groups)
        {
            foreach (var year in years)
            {
                foreach (var measure in Enum.GetValues<Measure>())
                {
                    if (model.Sums.Level(group, year, measure) is { Firms.IsEmpty: false } level)
                    {
                        levels.Add((level.Firms, measure));
                    }
                }
            }
        }

        foreach (var (cell, why) in sensitive)
        {
            if (cell.IsLevel || levels.Contains((cell.Firms, cell.Measure)))
            {
                if (audit.CheckCell(cell, why) is { } finding)
                {
                    findings.Add(finding);
                }
            }
        }

        findings.AddRange(SubsetRule.Check(model, used, levels, options.Disclosure, panel));

        var firmValues = 0;
        foreach (var firmYear in panel.FirmYears)
        {
            foreach (var measure in s_firmMeasures)
            {
                if (firmYear.Has(measure) && firmYear.Value(measure) != 0m)
                {
                    firmValues++;
                    if (audit.CheckFirm(firmYear, measure) is { } finding)
                    {
                        findings.Add(finding);
                    }
                }
            }
        }

        findings.AddRange(HhiRule.Check(model));
        return new DisclosureAuditReport
        {
            Findings = findings,
            Options = options,
            Rows = rows.Count,
            ReleasedRows = rows.Count(PublicationModel.IsReleased),
            Equations = vectors.Count(v => v is not null),
            CellsChecked = sensitive.Count,
            FirmValuesChecked = firmValues,
            Unknowns = solved.Sum(u => merged.Members(unknowns.GroupOf(u)).Length),
            MergedUnknowns = solved.Length,
            Blocks = blocks.All.Count(b => b.HasEquations),
            LinearPrograms = audit.LinearPrograms,
            Inconsistencies = inconsistencies,
        };
    }

    private static readonly Measure[] s_firmMeasures =
    [
        Measure.Revenue, Measure.OperatingProfit, Measure.Depreciation, Measure.WageCosts, Measure.Employees,
        Measure.Exports, Measure.RdExpenditure, Measure.ValueAdded,
    ];
}
