namespace HelseIndicators.Data.JsonStat;

/// <summary>One tidy row: one cell with its category in every dimension (in <c>id</c> order).</summary>
/// <remarks>Equality: by reference of the category list. Thread safety: immutable.</remarks>
public readonly struct JsonStatTidyRow
{
    private readonly JsonStatCategory[] _categories;

    internal JsonStatTidyRow(JsonStatCategory[] categories, JsonStatCell cell)
    {
        _categories = categories;
        Cell = cell;
    }

    /// <summary>Gets the cell's category in each dimension, in the dataset's dimension order.</summary>
    public IReadOnlyList<JsonStatCategory> Categories => _categories ?? [];

    /// <summary>Gets the cell: position, value and status.</summary>
    public JsonStatCell Cell { get; }

    /// <summary>Gets the value as a double, or null.</summary>
    public double? Value => Cell.Value;

    /// <summary>Gets the status, or null.</summary>
    public string? Status => Cell.Status;
}
