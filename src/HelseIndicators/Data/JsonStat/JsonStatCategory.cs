namespace HelseIndicators.Data.JsonStat;

/// <summary>One category of a JSON-stat dimension: its id, label, position and optional unit, notes and children.</summary>
/// <remarks>Equality: by reference. Thread safety: immutable.</remarks>
public sealed class JsonStatCategory
{
    internal JsonStatCategory(string id, string label, int position, JsonStatUnit? unit, IReadOnlyList<string> notes,
        IReadOnlyList<string> childIds, (double Longitude, double Latitude)? coordinates)
    {
        Id = id;
        Label = label;
        Position = position;
        Unit = unit;
        Notes = notes;
        ChildIds = childIds;
        Coordinates = coordinates;
    }

    /// <summary>Gets the category id, such as "2015" or "01" (never parsed: leading zeros are kept).</summary>
    public string Id { get; }

    /// <summary>Gets the label, or the id when the document gives no label.</summary>
    public string Label { get; }

    /// <summary>Gets the 0-based position in the dimension (its index in row-major order).</summary>
    public int Position { get; }

    /// <summary>Gets the unit (metric dimensions), or null.</summary>
    public JsonStatUnit? Unit { get; }

    /// <summary>Gets the notes on the category (<c>category.note</c>), possibly empty.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the ids of the category's children in <c>category.child</c>, possibly empty. A category may be
    /// the child of several parents, so the hierarchy is a graph without cycles, not a strict tree.</summary>
    public IReadOnlyList<string> ChildIds { get; }

    /// <summary>Gets the longitude and latitude (<c>category.coordinates</c>, geo dimensions), or null.</summary>
    public (double Longitude, double Latitude)? Coordinates { get; }

    /// <inheritdoc/>
    public override string ToString() => Id == Label ? Id : $"{Id} ({Label})";
}
