using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>The unit of measure of a category of a metric dimension (<c>category.unit</c>).</summary>
/// <remarks>
/// Every property is as the document gives it, or null when absent. The raw JSON object is kept in <see cref="Raw"/> for
/// properties not modelled here (PxWeb's <c>base</c> is modelled; others such as <c>adjustment</c> are not).
/// Equality: by reference. Thread safety: immutable.
/// </remarks>
public sealed class JsonStatUnit
{
    internal JsonStatUnit(string? label, string? symbol, JsonStatSymbolPosition? position, int? decimals, string? @base,
        string? type, int? multiplier, JsonElement raw)
    {
        Label = label;
        Symbol = symbol;
        Position = position;
        Decimals = decimals;
        Base = @base;
        Type = type;
        Multiplier = multiplier;
        Raw = raw;
    }

    /// <summary>Gets the unit's label, such as "thousands of persons", or null.</summary>
    public string? Label { get; }

    /// <summary>Gets the unit's symbol, such as "$" or "%", or null.</summary>
    public string? Symbol { get; }

    /// <summary>Gets where the symbol goes, or null when not given.</summary>
    public JsonStatSymbolPosition? Position { get; }

    /// <summary>Gets the number of decimals to show, or null when not given.</summary>
    public int? Decimals { get; }

    /// <summary>Gets the unit's base (a non-standard property used by PxWeb and the json-stat.org samples), or null.</summary>
    public string? Base { get; }

    /// <summary>Gets the unit's type (such as "count" or "ratio", a non-standard property of the samples), or null.</summary>
    public string? Type { get; }

    /// <summary>Gets the power of ten the values are scaled by (3 = thousands), or null.</summary>
    public int? Multiplier { get; }

    /// <summary>Gets the unit object as raw JSON.</summary>
    public JsonElement Raw { get; }

    /// <summary>Gets the text to show: <see cref="Label"/>, else <see cref="Symbol"/>, else <see cref="Base"/>, else null.</summary>
    public string? DisplayText => Label ?? Symbol ?? Base;
}
