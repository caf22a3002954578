using HelseIndicators.Model;

namespace HelseIndicators.Indicators;

/// <summary>
/// One indicator of the catalogue: its id, unit, kind, names, formula and the source of its definition.
/// </summary>
/// <remarks>
/// Instances come from <see cref="IndicatorCatalog"/>; the catalogue is data first (see docs/indicators.md).
/// Equality: reference equality (one instance per id). Thread safety: immutable, safe to share.
/// </remarks>
public sealed class IndicatorDefinition
{
    internal IndicatorDefinition(
        IndicatorId id, IndicatorUnit unit, IndicatorKind kind, LocalizedName name, string formula, string source,
        Measure? numerator = null, Measure? denominator = null)
    {
        Id = id;
        Unit = unit;
        Kind = kind;
        Name = name;
        Formula = formula;
        Source = source;
        Numerator = numerator;
        Denominator = denominator;
        var inputs = new List<IndicatorId>(2);
        if (numerator is { } n)
        {
            inputs.Add(Measures.LevelId(n));
        }

        if (denominator is { } d)
        {
            inputs.Add(Measures.LevelId(d));
        }

        Inputs = inputs;
    }

    /// <summary>Gets the id, such as <c>export_share</c>.</summary>
    public IndicatorId Id { get; }

    /// <summary>Gets the position in the catalogue (0-based); output rows are ordered by it.</summary>
    public int Order { get; internal set; }

    /// <summary>Gets the unit of the value.</summary>
    public IndicatorUnit Unit { get; }

    /// <summary>Gets the kind of computation.</summary>
    public IndicatorKind Kind { get; }

    /// <summary>Gets the name in Norwegian (bokmål) and English.</summary>
    public LocalizedName Name { get; }

    /// <summary>Gets the formula as text, such as "Σ exports / Σ revenue".</summary>
    public string Formula { get; }

    /// <summary>Gets the public source of the definition (Menon, Eurostat SBS, OECD Frascati, SSB).</summary>
    public string Source { get; }

    /// <summary>
    /// Gets the level indicators this one is computed from: the numerator and denominator of a ratio, the level
    /// of a growth, CAGR, contribution or concentration measure; empty for levels and <c>firms</c>.
    /// </summary>
    public IReadOnlyList<IndicatorId> Inputs { get; }

    internal Measure? Numerator { get; }

    internal Measure? Denominator { get; }

    /// <inheritdoc />
    public override string ToString() => Id.Value;
}
