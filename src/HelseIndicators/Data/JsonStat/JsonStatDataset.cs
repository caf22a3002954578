using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>
/// A JSON-stat dataset: dimensions in <c>id</c> order, the cells in row-major order ("what does not change, first"),
/// values and statuses, roles, units, notes and extensions.
/// </summary>
/// <remarks>
/// <para>A cell's position is Σ indexᵢ·strideᵢ with strideᵢ = Π size over the dimensions after i. Values are
/// <see cref="double"/> (what JSON-stat holds) and, where the JSON number fits, also the exact <see cref="decimal"/> as
/// written. A missing value is null: an explicit <c>null</c>, a position absent from a sparse <c>value</c> object, or
/// any cell of a metadata-only dataset (<c>value</c> absent, null or <c>[]</c>).</para>
/// <para>Equality: by reference. Thread safety: immutable, safe to share between threads.</para>
/// </remarks>
[HelseIndicators.Reporting.Display.TypeFormatterSource(typeof(HelseIndicators.Reporting.Display.HelseFormatterSource))]
public sealed class JsonStatDataset
{
    private readonly JsonStatDimension[] _dimensions;
    private readonly Dictionary<string, JsonStatDimension> _byId;
    private readonly int[] _size;
    private readonly long[] _strides;
    private readonly JsonStatCellStore _values;
    private readonly JsonStatStatusStore _statuses;

    internal JsonStatDataset(JsonStatDatasetParts parts)
    {
        Name = parts.Name;
        Label = parts.Label;
        Source = parts.Source;
        UpdatedText = parts.UpdatedText;
        Updated = parts.Updated;
        Href = parts.Href;
        Version = parts.Version;
        Notes = parts.Notes;
        Extension = parts.Extension;
        Roles = new System.Collections.ObjectModel.ReadOnlyDictionary<string, IReadOnlyList<string>>(
            parts.Roles.ToDictionary(r => r.Key, r => r.Value, StringComparer.Ordinal));
        IsMetadataOnly = parts.IsMetadataOnly;
        _dimensions = parts.Dimensions;
        _byId = _dimensions.ToDictionary(d => d.Id, StringComparer.Ordinal);
        _size = _dimensions.Select(d => d.Size).ToArray();
        _strides = new long[_size.Length];
        long stride = 1;
        for (var i = _size.Length - 1; i >= 0; i--)
        {
            _strides[i] = stride;
            stride *= _size[i];
        }

        CellCount = stride;
        _values = parts.Values;
        _statuses = parts.Statuses;
    }

    /// <summary>Gets the dataset's name in a bundle (the property name, such as "oecd"), or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the label (title), or null.</summary>
    public string? Label { get; }

    /// <summary>Gets the source, such as "Statistisk sentralbyrå", or null.</summary>
    public string? Source { get; }

    /// <summary>Gets <c>updated</c> as written, or null. Kept even when it is not a date
    /// (PxWebApi's tests send "VALUE_HAS_BEEN_REPLACED").</summary>
    public string? UpdatedText { get; }

    /// <summary>Gets <c>updated</c> as an instant, or null when absent or not a date. A time without offset is taken
    /// as UTC; a date alone is midnight UTC; offsets without a colon ("+0100", as Eurostat writes) are accepted.</summary>
    public DateTimeOffset? Updated { get; }

    /// <summary>Gets the dataset's <c>href</c>, or null.</summary>
    public string? Href { get; }

    /// <summary>Gets the <c>version</c> ("2.0"), or null (JSON-stat 1.x and embedded items have none).</summary>
    public string? Version { get; }

    /// <summary>Gets the dataset-level notes, possibly empty.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Gets <c>extension</c> as raw JSON (SSB's <c>px</c>, Eurostat's <c>status.label</c>, …), or null.</summary>
    public JsonElement? Extension { get; }

    /// <summary>Gets the roles: role name ("time", "geo", "metric", or another name the document uses) → dimension ids.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; }

    /// <summary>Gets whether the document gave no values (<c>value</c> absent, null or <c>[]</c>): a metadata response
    /// such as PxWebApi v2's <c>/metadata</c>. Every cell is then missing.</summary>
    public bool IsMetadataOnly { get; }

    /// <summary>Gets the dimensions in <c>id</c> order.</summary>
    public IReadOnlyList<JsonStatDimension> Dimensions => _dimensions;

    /// <summary>Gets the dimension ids in order.</summary>
    public IReadOnlyList<string> Ids => _dimensions.Select(d => d.Id).ToArray();

    /// <summary>Gets the sizes in <c>id</c> order.</summary>
    public IReadOnlyList<int> Size => _size;

    /// <summary>Gets the number of cells, Π size.</summary>
    public long CellCount { get; }

    /// <summary>Gets the number of entries the document gave in <c>value</c> (array length or object keys).</summary>
    public int ValueCount => _values.ProvidedCount;

    /// <summary>Gets the number of cells that have a value (a number or a string).</summary>
    public int NonNullCount => _values.NonNullCount;

    /// <summary>Gets a dimension by id.</summary>
    /// <param name="id">The id (ordinal comparison).</param>
    /// <returns>The dimension.</returns>
    /// <exception cref="KeyNotFoundException">No dimension has the id.</exception>
    public JsonStatDimension Dimension(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out var d)
            ? d
            : throw new KeyNotFoundException($"The dataset has no dimension '{id}'. Its dimensions: {string.Join(", ", _byId.Keys)}.");
    }

    /// <summary>Finds a dimension by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="dimension">The dimension, or null.</param>
    /// <returns>Whether it was found.</returns>
    public bool TryGetDimension(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out JsonStatDimension? dimension)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _byId.TryGetValue(id, out dimension);
    }

    /// <summary>Gets the dimensions with a role, in <c>id</c> order.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The dimensions, possibly empty (Eurostat sends no roles).</returns>
    public IReadOnlyList<JsonStatDimension> DimensionsWithRole(JsonStatRole role) => _dimensions.Where(d => d.Role == role).ToArray();

    /// <summary>Gets the row-major position of a cell from its category index in each dimension.</summary>
    /// <param name="indexes">One 0-based category position per dimension, in <c>id</c> order.</param>
    /// <returns>The position, 0 to <see cref="CellCount"/> − 1.</returns>
    /// <exception cref="ArgumentException">The count of indexes differs from the dimension count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its dimension.</exception>
    public long PositionOf(params int[] indexes)
    {
        ArgumentNullException.ThrowIfNull(indexes);
        if (indexes.Length != _size.Length)
        {
            throw new ArgumentException($"Give one index per dimension: {_size.Length} expected, {indexes.Length} given.", nameof(indexes));
        }

        long position = 0;
        for (var i = 0; i < indexes.Length; i++)
        {
            if ((uint)indexes[i] >= (uint)_size[i])
            {
                throw new ArgumentOutOfRangeException(nameof(indexes), indexes[i],
                    $"Index {indexes[i]} is outside dimension '{_dimensions[i].Id}' (0 to {_size[i] - 1}).");
            }

            position += indexes[i] * _strides[i];
        }

        return position;
    }

    /// <summary>Gets each dimension's category index of a position (the inverse of <see cref="PositionOf"/>).</summary>
    /// <param name="position">The position, 0 to <see cref="CellCount"/> − 1.</param>
    /// <returns>One index per dimension.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the dataset.</exception>
    public int[] IndexesOf(long position)
    {
        CheckPosition(position);
        var result = new int[_size.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = (int)(position / _strides[i]);
            position %= _strides[i];
        }

        return result;
    }

    /// <summary>Gets a cell by its row-major position.</summary>
    /// <param name="position">The position, 0 to <see cref="CellCount"/> − 1.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The position is outside the dataset.</exception>
    public JsonStatCell CellAt(long position)
    {
        CheckPosition(position);
        _values.Get(position, out var value, out var exact, out var text);
        return new JsonStatCell(position, value, exact, text, _statuses.Get(position));
    }

    /// <summary>Gets a cell by its category index in each dimension.</summary>
    /// <param name="indexes">One 0-based category position per dimension, in <c>id</c> order.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="ArgumentException">The count of indexes differs from the dimension count.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An index is outside its dimension.</exception>
    public JsonStatCell Cell(params int[] indexes) => CellAt(PositionOf(indexes));

    /// <summary>Gets a cell by category ids: dimension id → category id. Dimensions with a single category may be left out.</summary>
    /// <param name="categories">The category of each dimension.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">A dimension or category is unknown.</exception>
    /// <exception cref="ArgumentException">A dimension with more than one category is not given.</exception>
    public JsonStatCell Cell(IReadOnlyDictionary<string, string> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        foreach (var key in categories.Keys)
        {
            _ = Dimension(key);
        }

        var indexes = new int[_dimensions.Length];
        for (var i = 0; i < _dimensions.Length; i++)
        {
            var d = _dimensions[i];
            if (categories.TryGetValue(d.Id, out var categoryId))
            {
                indexes[i] = d.Category(categoryId).Position;
            }
            else if (d.Size != 1)
            {
                throw new ArgumentException($"Give a category for dimension '{d.Id}': it has {d.Size} categories.", nameof(categories));
            }
        }

        return Cell(indexes);
    }

    /// <summary>Gets a cell by category ids, as (dimension id, category id) pairs. Dimensions with a single category may be left out.</summary>
    /// <param name="categories">The pairs.</param>
    /// <returns>The cell.</returns>
    /// <exception cref="KeyNotFoundException">A dimension or category is unknown.</exception>
    /// <exception cref="ArgumentException">A dimension is given twice, or one with more than one category is not given.</exception>
    public JsonStatCell Cell(params (string Dimension, string Category)[] categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (dimension, category) in categories)
        {
            if (!map.TryAdd(dimension, category))
            {
                throw new ArgumentException($"Dimension '{dimension}' is given twice.", nameof(categories));
            }
        }

        return Cell(map);
    }

    /// <summary>Gets a cell's value as a double (null when missing or a string).</summary>
    /// <param name="indexes">One 0-based category position per dimension.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="ArgumentException">See <see cref="Cell(int[])"/>.</exception>
    public double? Value(params int[] indexes) => Cell(indexes).Value;

    /// <summary>Gets a cell's value as a double by category ids (null when missing or a string).</summary>
    /// <param name="categories">Dimension id → category id.</param>
    /// <returns>The value or null.</returns>
    /// <exception cref="KeyNotFoundException">See <see cref="Cell(IReadOnlyDictionary{string, string})"/>.</exception>
    public double? Value(IReadOnlyDictionary<string, string> categories) => Cell(categories).Value;

    /// <summary>Gets a cell's exact value (null when missing, a string, or beyond <see cref="decimal"/>).</summary>
    /// <param name="indexes">One 0-based category position per dimension.</param>
    /// <returns>The exact value or null.</returns>
    /// <exception cref="ArgumentException">See <see cref="Cell(int[])"/>.</exception>
    public decimal? ExactValue(params int[] indexes) => Cell(indexes).ExactValue;

    /// <summary>Gets a cell's exact value by category ids (null when missing, a string, or beyond <see cref="decimal"/>).</summary>
    /// <param name="categories">Dimension id → category id.</param>
    /// <returns>The exact value or null.</returns>
    /// <exception cref="KeyNotFoundException">See <see cref="Cell(IReadOnlyDictionary{string, string})"/>.</exception>
    public decimal? ExactValue(IReadOnlyDictionary<string, string> categories) => Cell(categories).ExactValue;

    /// <summary>Gets a cell's status (null when none).</summary>
    /// <param name="indexes">One 0-based category position per dimension.</param>
    /// <returns>The status or null.</returns>
    /// <exception cref="ArgumentException">See <see cref="Cell(int[])"/>.</exception>
    public string? Status(params int[] indexes) => Cell(indexes).Status;

    /// <summary>Gets a cell's status by category ids (null when none).</summary>
    /// <param name="categories">Dimension id → category id.</param>
    /// <returns>The status or null.</returns>
    /// <exception cref="KeyNotFoundException">See <see cref="Cell(IReadOnlyDictionary{string, string})"/>.</exception>
    public string? Status(IReadOnlyDictionary<string, string> categories) => Cell(categories).Status;

    /// <summary>Enumerates every cell in row-major order, missing ones included (<see cref="CellCount"/> cells).</summary>
    /// <returns>The cells, lazily.</returns>
    public IEnumerable<JsonStatCell> Cells()
    {
        for (long p = 0; p < CellCount; p++)
        {
            yield return CellAt(p);
        }
    }

    /// <summary>
    /// Enumerates the tidy rows: one per cell in row-major order, missing values included, each with its category in
    /// every dimension. The count is always <see cref="CellCount"/>.
    /// </summary>
    /// <returns>The rows, lazily.</returns>
    public IEnumerable<JsonStatTidyRow> ToTidyRows()
    {
        var indexes = new int[_dimensions.Length];
        for (long p = 0; p < CellCount; p++)
        {
            var categories = new JsonStatCategory[_dimensions.Length];
            for (var i = 0; i < categories.Length; i++)
            {
                categories[i] = _dimensions[i].Categories[indexes[i]];
            }

            yield return new JsonStatTidyRow(categories, CellAt(p));

            // Advance the odometer: the last dimension changes fastest.
            for (var i = indexes.Length - 1; i >= 0; i--)
            {
                if (++indexes[i] < _size[i])
                {
                    break;
                }

                indexes[i] = 0;
            }
        }
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Label ?? Name ?? "dataset"} [{string.Join("×", _size)}]";

    private void CheckPosition(long position)
    {
        if (position < 0 || position >= CellCount)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, $"The position must be 0 to {CellCount - 1}.");
        }
    }
}

/// <summary>What the parser gathers for a dataset.</summary>
internal sealed class JsonStatDatasetParts
{
    internal string? Name { get; init; }

    internal string? Label { get; init; }

    internal string? Source { get; init; }

    internal string? UpdatedText { get; init; }

    internal DateTimeOffset? Updated { get; init; }

    internal string? Href { get; init; }

    internal string? Version { get; init; }

    internal IReadOnlyList<string> Notes { get; init; } = [];

    internal JsonElement? Extension { get; init; }

    internal IReadOnlyDictionary<string, IReadOnlyList<string>> Roles { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    internal bool IsMetadataOnly { get; init; }

    internal JsonStatDimension[] Dimensions { get; init; } = [];

    internal JsonStatCellStore Values { get; init; } = JsonStatCellStore.Empty;

    internal JsonStatStatusStore Statuses { get; init; } = JsonStatStatusStore.None;
}
