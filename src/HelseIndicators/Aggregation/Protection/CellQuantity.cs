using HelseIndicators.Indicators;

namespace HelseIndicators.Aggregation;

/// <summary>A cell's quantity: a level of measure <see cref="Index"/>, or a side of ratio <see cref="Index"/> (in
/// <see cref="RatioDefinitions.All"/>). Equality: by value.</summary>
internal readonly record struct CellQuantity(QuantityKind Kind, int Index)
{
    public static CellQuantity Level(Measure measure) => new(QuantityKind.Level, (int)measure);

    public static CellQuantity Numerator(int ratio) => new(QuantityKind.RatioNumerator, ratio);

    public static CellQuantity Denominator(int ratio) => new(QuantityKind.RatioDenominator, ratio);

    /// <summary>The measure summed.</summary>
    public Measure Measure => Kind switch
    {
        QuantityKind.Level => (Measure)Index,
        QuantityKind.RatioNumerator => (Measure)RatioDefinitions.Numerators[Index],
        _ => (Measure)RatioDefinitions.Denominators[Index],
    };

    /// <summary>The presence bits a firm-year must have to contribute: the measure's, and for a side both of the
    /// ratio's.</summary>
    public int Required => Kind == QuantityKind.Level
        ? 1 << Index
        : (1 << RatioDefinitions.Numerators[Index]) | (1 << RatioDefinitions.Denominators[Index]);

    /// <summary>Whether the quantity is a subset sum of its measure's level (a ratio side whose other measure is not
    /// always present): the firms of the level without the other measure are then a cell of their own.</summary>
    public bool IsSide => Kind != QuantityKind.Level;

    /// <summary>Names the quantity as the reasons do: "revenue", or "revenue of export_share".</summary>
    public string Describe() => Kind == QuantityKind.Level
        ? Measures.LevelId(Measure).Value
        : $"{Measures.LevelId(Measure).Value} of {RatioDefinitions.All[Index].Id.Value}";

    /// <summary>Every quantity a group's cell holds: the levels, then both sides of each ratio.</summary>
    public static IReadOnlyList<CellQuantity> All { get; } =
    [
        .. Enumerable.Range(0, Measures.Count).Select(m => Level((Measure)m)),
        .. Enumerable.Range(0, RatioDefinitions.Count).SelectMany(r => new[] { Numerator(r), Denominator(r) }),
    ];
}
