using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>A JSON-stat collection (<c>class: collection</c>): a list of items in <c>link.item</c>, datasets embedded
/// in full or given by reference (<c>href</c>).</summary>
/// <remarks>Equality: by reference. Thread safety: immutable.</remarks>
public sealed class JsonStatCollection
{
    internal JsonStatCollection(string? label, string? href, string? updatedText, DateTimeOffset? updated,
        IReadOnlyList<string> notes, JsonElement? extension, IReadOnlyList<JsonStatCollectionItem> items)
    {
        Label = label;
        Href = href;
        UpdatedText = updatedText;
        Updated = updated;
        Notes = notes;
        Extension = extension;
        Items = items;
    }

    /// <summary>Gets the label, or null.</summary>
    public string? Label { get; }

    /// <summary>Gets the collection's <c>href</c>, or null.</summary>
    public string? Href { get; }

    /// <summary>Gets <c>updated</c> as written, or null.</summary>
    public string? UpdatedText { get; }

    /// <summary>Gets <c>updated</c> as an instant, or null when absent or not a date.</summary>
    public DateTimeOffset? Updated { get; }

    /// <summary>Gets the notes, possibly empty.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets <c>extension</c> as raw JSON, or null.</summary>
    public JsonElement? Extension { get; }

    /// <summary>Gets the items of <c>link.item</c>, in order.</summary>
    public IReadOnlyList<JsonStatCollectionItem> Items { get; }

    /// <summary>Gets the embedded datasets, in item order.</summary>
    public IReadOnlyList<JsonStatDataset> Datasets => Items.Where(i => i.Dataset is not null).Select(i => i.Dataset!).ToArray();
}

/// <summary>One item of a collection: a reference (<c>class</c>, <c>href</c>, <c>label</c>) and, when embedded, the dataset.</summary>
/// <param name="Class">The item's <c>class</c> ("dataset", "collection", "dimension"), or null.</param>
/// <param name="Href">The item's <c>href</c>, or null.</param>
/// <param name="Label">The item's label, or null.</param>
/// <param name="Dataset">The dataset when the item embeds one (has <c>id</c>, <c>size</c> and <c>dimension</c>), else null.</param>
/// <remarks>Equality: by value (the dataset by reference). Thread safety: immutable.</remarks>
public sealed record JsonStatCollectionItem(string? Class, string? Href, string? Label, JsonStatDataset? Dataset)
{
    /// <summary>Gets whether the item embeds its dataset.</summary>
    public bool IsEmbedded => Dataset is not null;
}
