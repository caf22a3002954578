namespace HelseIndicators.Data.JsonStat;

/// <summary>One cell of a JSON-stat dataset: its row-major position, its value and its status.</summary>
/// <param name="Position">The 0-based row-major position, Σ index·stride.</param>
/// <param name="Value">The value as a double, or null when missing (explicit <c>null</c>, absent from a sparse
/// <c>value</c>, a metadata-only dataset) or when the value is a string.</param>
/// <param name="ExactValue">The value exactly as written when the JSON number fits <see cref="decimal"/> (read with
/// <c>TryGetDecimal</c>, so "100.0" keeps its scale and 0.1 is exact), or null.</param>
/// <param name="Text">The value when the document gives a string (JSON-stat allows number, null or string), else null.</param>
/// <param name="Status">The status symbol (such as "e", ".", ".."), or null when the cell has none.</param>
/// <remarks>Equality: by value. Default value: position 0, missing, no status. Thread safety: immutable.</remarks>
public readonly record struct JsonStatCell(long Position, double? Value, decimal? ExactValue, string? Text, string? Status)
{
    /// <summary>Gets whether the cell has no value (neither a number nor a string).</summary>
    public bool IsMissing => Value is null && Text is null;
}
