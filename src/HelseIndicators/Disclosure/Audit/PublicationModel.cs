using System.Globalization;
using HelseIndicators.Disclosure.Solving;
using HelseIndicators.Indicators;

namespace HelseIndicators.Disclosure.Audit;

/// <summary>
/// Reads a publication as the intruder of INDICATORS.md §5.1 does: every released row (a value and status ok) becomes
/// one linear equation over sums of firm values, and every sum any row uses, released or not, becomes a candidate cell.
/// Rows are recomputed from the microdata; a released value that the microdata does not give is reported as an
/// inconsistency (the audit then may not describe what was published).
/// </summary>
/// <remarks>
/// <para>The equations, with S the firms of each sum (<see cref="AuditSums"/>) and every ρ, c, s the exact ratio of the
/// true sums: a level X = its true sum; a ratio Σ num − ρ Σ den = 0; a growth X(t) − ρ X(t−1) = 0; a same-firm growth the
/// same over the same firms; a CAGR X(t₁) − ρ X(t₀) = 0; a contribution X(i,t) − X(i,t−1) − c X(total,t−1) = 0 (a group
/// missing in a year sums nothing there); a top-8 share Σ top 8 − s Σ exports = 0. Writing growth, CAGR and contribution
/// with the true nominal factor makes constant prices need no price index: a deflated figure released is the nominal
/// equation with a known factor. <c>firms</c>, <c>export_participation</c> (counts) and <c>hhi_revenue</c> (not
/// linear; see <see cref="HhiRule"/>) give no equation.</para>
/// <para>Not thread-safe.</para>
/// </remarks>
internal sealed class PublicationModel
{
    private const double Tolerance = 1e-9;

    private readonly AuditSums _sums;
    private readonly List<AuditEquation> _equations = [];
    private readonly HashSet<AuditSum> _cells = [];
    private readonly List<AuditSum> _cellOrder = [];
    private readonly List<string> _inconsistencies = [];

    private PublicationModel(AuditPanel panel, IReadOnlyList<IndicatorRow> rows)
    {
        _sums = new AuditSums(panel);
        Rows = rows;
        foreach (var row in rows)
        {
            Read(row);
        }

        for (var i = 0; i < _equations.Count; i++)
        {
            _equations[i].Index = i;
        }
    }

    /// <summary>The distinct rows of the publication.</summary>
    public IReadOnlyList<IndicatorRow> Rows { get; }

    public AuditSums Sums => _sums;

    /// <summary>The equations of the released rows, indexed by <see cref="AuditEquation.Index"/>.</summary>
    public IReadOnlyList<AuditEquation> Equations => _equations;

    /// <summary>Every sum a row uses (with the rest of a level outside each subset sum), in the order first met.</summary>
    public IReadOnlyList<AuditSum> Cells => _cellOrder;

    public IReadOnlyList<string> Inconsistencies => _inconsistencies;

    /// <summary>Whether a row is released: a value, status ok.</summary>
    public static bool IsReleased(IndicatorRow row) => row.Value is not null && row.Status == IndicatorStatus.Ok;

    /// <summary>
    /// The distinct rows of a publication: a row given more than once (a total repeated by several tables) is one row,
    /// released when any copy is.
    /// </summary>
    public static IReadOnlyList<IndicatorRow> Distinct(IEnumerable<IndicatorRow> rows, List<string> inconsistencies)
    {
        var byKey = new Dictionary<(IndicatorId, int, int?, GroupKey), int>();
        var list = new List<IndicatorRow>();
        foreach (var row in rows)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(rows));
            var key = (row.Indicator, row.Year, row.BaseYear, row.Group);
            if (!byKey.TryGetValue(key, out var at))
            {
                byKey.Add(key, list.Count);
                list.Add(row);
                continue;
            }

            var kept = list[at];
            if (IsReleased(row) && IsReleased(kept) && (row.Value != kept.Value || row.Prices != kept.Prices))
            {
                inconsistencies.Add($"{AuditEquation.Describe(row)} is released twice with different values ({Text(kept.Value)} and {Text(row.Value)})");
            }

            if (IsReleased(row) && !IsReleased(kept))
            {
                list[at] = row;
            }
        }

        return list;
    }

    public static PublicationModel Build(AuditPanel panel, IReadOnlyList<IndicatorRow> distinctRows, List<string> inconsistencies)
    {
        var model = new PublicationModel(panel, distinctRows);
        inconsistencies.AddRange(model._inconsistencies);
        return model;
    }

    private void Read(IndicatorRow row)
    {
        if (!IndicatorCatalog.TryFind(row.Indicator, out var definition))
        {
            _inconsistencies.Add($"{AuditEquation.Describe(row)}: '{row.Indicator}' is not an indicator of the catalogue; the row is ignored");
            return;
        }

        var g = row.Group;
        var t = row.Year;
        var released = IsReleased(row);
        var value = row.Value ?? 0m;
        var m = definition.Numerator ?? Measure.Revenue;
        switch (definition.Kind)
        {
            case IndicatorKind.Count:
                var members = _sums.Members(g, t).Count;
                if (released && value != members)
                {
                    Inconsistent(row, $"the microdata has {members} firm-years in the group");
                }

                break;

            case IndicatorKind.CountRatio:
                break;

            case IndicatorKind.Level:
                {
                    var level = Cell(_sums.Level(g, t, m));
                    if (!released)
                    {
                        break;
                    }

                    if (level.Firms.IsEmpty)
                    {
                        Inconsistent(row, "no firm of the microdata contributes to it");
                        break;
                    }

                    if (row.Firms != level.Firms.Count)
                    {
                        Inconsistent(row, string.Create(CultureInfo.InvariantCulture, $"{level.Firms.Count} firms of the microdata contribute, not {row.Firms}"));
                    }

                    if ((row.Prices.IsCurrent || !Measures.IsMoney(m)) && value != level.Value)
                    {
                        Inconsistent(row, $"the microdata sums to {Text(level.Value)}");
                    }

                    Add(row, [new(level, Rational.One)], Rational.FromDecimal(level.Value));
                    break;
                }

            case IndicatorKind.Ratio:
                {
                    var den = definition.Denominator!.Value;
                    var (sn, sd) = _sums.Both(g, t, m, den);
                    Cell(sn);
                    Cell(sd);
                    Cell(_sums.Outside(_sums.Level(g, t, m), sn));
                    Cell(_sums.Outside(_sums.Level(g, t, den), sd));
                    if (released && Factor(row, sn, sd) is { } rho)
                    {
                        if (row.Prices.IsCurrent || definition.Unit != IndicatorUnit.NokPerFte)
                        {
                            Compare(row, rho.ToDouble());
                        }

                        Add(row, [new(sn, Rational.One), new(sd, -rho)], Rational.Zero);
                    }

                    break;
                }

            case IndicatorKind.Concentration when row.Indicator == IndicatorId.Top8ExportShare:
                {
                    var exports = Cell(_sums.Level(g, t, Measure.Exports));
                    var top = Cell(_sums.Top8(g, t));
                    Cell(_sums.Outside(exports, top));
                    if (released && Factor(row, top, exports) is { } share)
                    {
                        Compare(row, share.ToDouble());
                        Add(row, [new(top, Rational.One), new(exports, -share)], Rational.Zero);
                    }

                    break;
                }

            case IndicatorKind.Concentration:
                Cell(_sums.Level(g, t, m)); // hhi_revenue: no equation, see HhiRule
                break;

            case IndicatorKind.Growth:
                Proportional(row, Cell(_sums.Level(g, t, m)), Cell(_sums.Level(g, t - 1, m)), released, years: 1);
                break;

            case IndicatorKind.GrowthSameFirms:
                {
                    var (current, previous) = _sums.SameFirms(g, t, m);
                    Cell(current);
                    Cell(previous);
                    Cell(_sums.Outside(_sums.Level(g, t, m), current));
                    Cell(_sums.Outside(_sums.Level(g, t - 1, m), previous));
                    Proportional(row, current, previous, released, years: 1);
                    break;
                }

            case IndicatorKind.Cagr:
                if (row.BaseYear is not { } t0)
                {
                    Inconsistent(row, "a CAGR row without base_year; the row is ignored");
                    break;
                }

                Proportional(row, Cell(_sums.Level(g, t, m)), Cell(_sums.Level(g, t0, m)), released, years: t - t0);
                break;

            case IndicatorKind.Contribution:
                {
                    var now = Cell(_sums.Level(g, t, m));
                    var before = Cell(_sums.Level(g, t - 1, m));
                    var total = Cell(_sums.Level(GroupKey.Total, t - 1, m));
                    if (released && Factor(row, null, total) is not null)
                    {
                        var c = (Rational.FromDecimal(now.Value) - Rational.FromDecimal(before.Value)) / Rational.FromDecimal(total.Value);
                        if (row.Prices.IsCurrent || !Measures.IsMoney(m))
                        {
                            Compare(row, c.ToDouble());
                        }

                        Add(row, [new(now, Rational.One), new(before, -Rational.One), new(total, -c)], Rational.Zero);
                    }

                    break;
                }
        }
    }

    /// <summary>X(t) − ρ X(base) = 0 for growth, same-firm growth and CAGR.</summary>
    private void Proportional(IndicatorRow row, AuditSum current, AuditSum baseSum, bool released, int years)
    {
        if (!released || Factor(row, current, baseSum) is not { } rho)
        {
            return;
        }

        if (row.Prices.IsCurrent || !Measures.IsMoney(current.Measure))
        {
            var expected = years == 1 ? rho.ToDouble() - 1 : Math.Pow(rho.ToDouble(), 1.0 / years) - 1;
            Compare(row, expected);
        }

        Add(row, [new(current, Rational.One), new(baseSum, -rho)], Rational.Zero);
    }

    /// <summary>The exact ratio of two true sums, or null (an inconsistency) when the row cannot have been computed.</summary>
    private Rational? Factor(IndicatorRow row, AuditSum? numerator, AuditSum denominator)
    {
        if (denominator.Firms.IsEmpty || numerator is { Firms.IsEmpty: true })
        {
            Inconsistent(row, "a sum it needs has no contributing firm in the microdata; no equation");
            return null;
        }

        if (denominator.Value == 0m)
        {
            Inconsistent(row, $"its base or denominator {denominator.Name} is 0 in the microdata; no equation");
            return null;
        }

        return numerator is null ? Rational.One : Rational.FromDecimal(numerator.Value) / Rational.FromDecimal(denominator.Value);
    }

    private void Compare(IndicatorRow row, double expected)
    {
        var released = (double)row.Value!.Value;
        if (Math.Abs(released - expected) > Tolerance * Math.Max(1.0, Math.Abs(expected)))
        {
            Inconsistent(row, $"the microdata gives {expected.ToString("G12", CultureInfo.InvariantCulture)}");
        }
    }

    private void Add(IndicatorRow row, AuditTerm[] terms, Rational rightHandSide) =>
        _equations.Add(new AuditEquation(row, terms, rightHandSide));

    private AuditSum Cell(AuditSum sum)
    {
        if (!sum.Firms.IsEmpty && _cells.Add(sum))
        {
            _cellOrder.Add(sum);
        }

        return sum;
    }

    private void Inconsistent(IndicatorRow row, string what) =>
        _inconsistencies.Add($"{AuditEquation.Describe(row)}: released as {Text(row.Value)}, but {what}");

    private static string Text(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
