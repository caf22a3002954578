namespace HelseIndicators.Data.JsonStat;

/// <summary>What <see cref="JsonStatReader"/> read: a dataset, a collection, a dimension or a 1.x bundle, with every
/// dataset it holds and the warnings found.</summary>
/// <remarks>Equality: by reference. Thread safety: immutable.</remarks>
public sealed class JsonStatDocument
{
    internal JsonStatDocument(JsonStatClass @class, string? version, IReadOnlyList<JsonStatDataset> datasets,
        JsonStatCollection? collection, JsonStatDimension? dimension, IReadOnlyList<JsonStatIssue> warnings)
    {
        Class = @class;
        Version = version;
        Datasets = datasets;
        Collection = collection;
        Dimension = dimension;
        Warnings = warnings;
    }

    /// <summary>Gets the kind of document.</summary>
    public JsonStatClass Class { get; }

    /// <summary>Gets the root <c>version</c>, or null (JSON-stat 1.x).</summary>
    public string? Version { get; }

    /// <summary>Gets every dataset: the dataset itself, the bundle's datasets in document order, or a collection's
    /// embedded datasets in item order. Empty for a dimension document or a collection of references.</summary>
    public IReadOnlyList<JsonStatDataset> Datasets { get; }

    /// <summary>Gets the collection when <see cref="Class"/> is <see cref="JsonStatClass.Collection"/>, else null.</summary>
    public JsonStatCollection? Collection { get; }

    /// <summary>Gets the dimension when <see cref="Class"/> is <see cref="JsonStatClass.Dimension"/>, else null.</summary>
    public JsonStatDimension? Dimension { get; }

    /// <summary>Gets findings that did not stop the read (metric without unit, 1.x bundle, size as strings).</summary>
    public IReadOnlyList<JsonStatIssue> Warnings { get; }

    /// <summary>Gets the only dataset.</summary>
    /// <exception cref="InvalidOperationException">The document holds no dataset or more than one.</exception>
    public JsonStatDataset Dataset => Datasets.Count == 1
        ? Datasets[0]
        : throw new InvalidOperationException(Datasets.Count == 0
            ? $"The document ({Class}) holds no dataset."
            : $"The document holds {Datasets.Count} datasets ({string.Join(", ", Datasets.Select(d => d.Name ?? d.Label))}); pick one from Datasets.");
}
