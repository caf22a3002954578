using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>One dimension of a JSON-stat dataset (or a <c>class: dimension</c> document): id, label, role and the
/// categories in position order.</summary>
/// <remarks>Equality: by reference. Thread safety: immutable.</remarks>
public sealed class JsonStatDimension
{
    private readonly JsonStatCategory[] _categories;
    private readonly Dictionary<string, JsonStatCategory> _byId;

    internal JsonStatDimension(string id, string label, JsonStatRole? role, JsonStatCategory[] categories,
        IReadOnlyList<string> notes, string? href, JsonElement? extension)
    {
        Id = id;
        Label = label;
        Role = role;
        _categories = categories;
        _byId = new Dictionary<string, JsonStatCategory>(categories.Length, StringComparer.Ordinal);
        foreach (var c in categories)
        {
            _byId[c.Id] = c;
        }

        Notes = notes;
        Href = href;
        Extension = extension;
    }

    /// <summary>Gets the dimension id, such as "Tid" or "marital status" (ids may hold spaces and symbols).</summary>
    public string Id { get; }

    /// <summary>Gets the label, or the id when the document gives none.</summary>
    public string Label { get; }

    /// <summary>Gets the role (time, geo, metric), or null.</summary>
    public JsonStatRole? Role { get; }

    /// <summary>Gets the categories in position order.</summary>
    public IReadOnlyList<JsonStatCategory> Categories => _categories;

    /// <summary>Gets the number of categories (the dimension's <c>size</c>).</summary>
    public int Size => _categories.Length;

    /// <summary>Gets the notes on the dimension, possibly empty.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets the dimension's <c>href</c>, or null.</summary>
    public string? Href { get; }

    /// <summary>Gets the dimension's <c>extension</c> as raw JSON (for example PxWeb's <c>elimination</c>), or null.</summary>
    public JsonElement? Extension { get; }

    /// <summary>Gets whether any category has a unit.</summary>
    public bool HasUnits => _categories.Any(c => c.Unit is not null);

    /// <summary>Gets a category by id.</summary>
    /// <param name="id">The category id (ordinal comparison).</param>
    /// <returns>The category.</returns>
    /// <exception cref="KeyNotFoundException">No category has the id; the message lists the first ids.</exception>
    public JsonStatCategory Category(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var c)
            ? c
            : throw new KeyNotFoundException($"Dimension '{Id}' has no category '{id}'. Its categories: {Preview(c2 => c2.Id)}.");
    }

    /// <summary>Finds a category by id.</summary>
    /// <param name="id">The category id (ordinal comparison).</param>
    /// <param name="category">The category, or null.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetCategory(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonStatCategory? category)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out category);
    }

    /// <summary>Gets the first category (by position) whose label is <paramref name="label"/> (ordinal comparison).
    /// Labels need not be unique; ids are.</summary>
    /// <param name="label">The label.</param>
    /// <returns>The category.</returns>
    /// <exception cref="KeyNotFoundException">No category has the label.</exception>
    public JsonStatCategory CategoryByLabel(string label)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var c in _categories)
        {
            if (string.Equals(c.Label, label, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new KeyNotFoundException($"Dimension '{Id}' has no category labelled '{label}'. Its labels: {Preview(c => c.Label)}.");
    }

    /// <summary>Gets the children of a category in the <c>category.child</c> hierarchy, in the order given.</summary>
    /// <param name="id">The parent's id.</param>
    /// <returns>The children, empty for a leaf.</returns>
    /// <exception cref="KeyNotFoundException">No category has the id.</exception>
    public IReadOnlyList<JsonStatCategory> ChildrenOf(string id) => Category(id).ChildIds.Select(c => _byId[c]).ToArray();

    /// <summary>Gets the parents of a category (a category may have several, as DK in the OECD sample).</summary>
    /// <param name="id">The child's id.</param>
    /// <returns>The parents in position order, empty for a top-level category.</returns>
    /// <exception cref="KeyNotFoundException">No category has the id.</exception>
    public IReadOnlyList<JsonStatCategory> ParentsOf(string id)
    {
        var child = Category(id);
        return _categories.Where(c => c.ChildIds.Contains(child.Id, StringComparer.Ordinal)).ToArray();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id} ({Size} categories)";

    private string Preview(Func<JsonStatCategory, string> text)
    {
        var shown = string.Join(", ", _categories.Take(10).Select(text));
        return _categories.Length > 10 ? shown + ", …" : shown;
    }
}
