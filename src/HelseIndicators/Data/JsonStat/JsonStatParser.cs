using System.Globalization;
using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>Turns a parsed JSON document into JSON-stat objects, checking the structure as it goes. One instance per read.</summary>
internal sealed class JsonStatParser
{
    private readonly JsonStatReaderOptions _options;
    private readonly string _source;
    private readonly List<JsonStatIssue> _warnings = [];

    internal JsonStatParser(JsonStatReaderOptions options, string source)
    {
        _options = options;
        _source = source;
    }

    internal JsonStatDocument ParseRoot(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Fail(JsonStatErrorKind.NotJsonStat, "$", $"A JSON-stat document is a JSON object, not {Describe(root.ValueKind)}.");
        }

        var version = OptionalString(root, "version", "$");
        var cls = OptionalString(root, "class", "$");
        switch (cls)
        {
            case "dataset":
                return Document(JsonStatClass.Dataset, version, [ParseDataset(root, "$", null)]);
            case "collection":
                var collection = ParseCollection(root);
                return new JsonStatDocument(JsonStatClass.Collection, version, collection.Datasets, collection, null, _warnings.ToArray());
            case "dimension":
                var dimension = ParseDimension(root, "$", OptionalString(root, "label", "$") ?? "dimension", -1, null);
                return new JsonStatDocument(JsonStatClass.Dimension, version, [], null, dimension, _warnings.ToArray());
            case null:
            case "bundle":
                // No class: a 2.0-shaped dataset at the root, or a JSON-stat 1.x bundle {"name": {dataset}, …}.
                if (cls is null && root.TryGetProperty("dimension", out _))
                {
                    return Document(JsonStatClass.Dataset, version, [ParseDataset(root, "$", null)]);
                }

                return ParseBundle(root, version);
            default:
                throw Fail(JsonStatErrorKind.NotJsonStat, "$.class",
                    $"Unknown class '{cls}': JSON-stat knows 'dataset', 'collection' and 'dimension'.", cls);
        }
    }

    private JsonStatDocument Document(JsonStatClass cls, string? version, IReadOnlyList<JsonStatDataset> datasets) =>
        new(cls, version, datasets, null, null, _warnings.ToArray());

    private JsonStatDocument ParseBundle(JsonElement root, string? version)
    {
        var datasets = new List<JsonStatDataset>();
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && property.Value.TryGetProperty("dimension", out _))
            {
                datasets.Add(ParseDataset(property.Value, Child("$", property.Name), property.Name));
            }
        }

        if (datasets.Count == 0)
        {
            throw Fail(JsonStatErrorKind.NotJsonStat, "$",
                "The document has no 'class' and no dataset: it is neither JSON-stat 2.0 nor a 1.x bundle of datasets.");
        }

        _warnings.Add(new JsonStatIssue(JsonStatErrorKind.BundleDeprecated, "$",
            $"A JSON-stat 1.x style bundle of {datasets.Count} dataset(s), read for compatibility; JSON-stat 2.0 uses 'class': 'collection'."));
        return Document(JsonStatClass.Bundle, version, datasets);
    }

    private JsonStatCollection ParseCollection(JsonElement root)
    {
        var items = new List<JsonStatCollectionItem>();
        if (root.TryGetProperty("link", out var link) && link.ValueKind == JsonValueKind.Object
            && link.TryGetProperty("item", out var itemArray))
        {
            RequireKind(itemArray, JsonValueKind.Array, "$.link.item");
            var i = 0;
            foreach (var item in itemArray.EnumerateArray())
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"$.link.item[{i}]");
                RequireKind(item, JsonValueKind.Object, path);
                var cls = OptionalString(item, "class", path);
                JsonStatDataset? dataset = null;
                if ((cls is null or "dataset") && item.TryGetProperty("dimension", out _))
                {
                    dataset = ParseDataset(item, path, null);
                }

                items.Add(new JsonStatCollectionItem(cls, OptionalString(item, "href", path), OptionalString(item, "label", path), dataset));
                i++;
            }
        }

        var (updatedText, updated) = Updated(root, "$");
        return new JsonStatCollection(OptionalString(root, "label", "$"), OptionalString(root, "href", "$"), updatedText, updated,
            Notes(root, "$"), Extension(root), items);
    }

    private JsonStatDataset ParseDataset(JsonElement e, string path, string? name)
    {
        if (!e.TryGetProperty("dimension", out var dims))
        {
            throw Fail(JsonStatErrorKind.MissingProperty, path, "A dataset needs 'dimension'.");
        }

        var dimsPath = Child(path, "dimension");
        RequireKind(dims, JsonValueKind.Object, dimsPath);

        // JSON-stat 1.x keeps id, size and role inside 'dimension'; 2.0 at the dataset level.
        var legacy = !e.TryGetProperty("id", out var idElement);
        var idPath = Child(path, "id");
        if (legacy)
        {
            if (!dims.TryGetProperty("id", out idElement) || idElement.ValueKind != JsonValueKind.Array)
            {
                throw Fail(JsonStatErrorKind.MissingProperty, path, "A dataset needs 'id' (the dimension ids in order).");
            }

            idPath = Child(dimsPath, "id");
        }

        var ids = StringArray(idElement, idPath);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw Fail(JsonStatErrorKind.DuplicateId, idPath, $"Dimension id '{id}' is given twice.", id);
            }
        }

        var sizePath = Child(path, "size");
        if (!e.TryGetProperty("size", out var sizeElement))
        {
            if (!dims.TryGetProperty("size", out sizeElement) || sizeElement.ValueKind != JsonValueKind.Array)
            {
                throw Fail(JsonStatErrorKind.MissingProperty, path, "A dataset needs 'size' (the category count of each dimension).");
            }

            sizePath = Child(dimsPath, "size");
        }

        var sizes = Sizes(sizeElement, sizePath);
        if (sizes.Length != ids.Length)
        {
            throw Fail(JsonStatErrorKind.IdSizeLengthMismatch, sizePath,
                $"'id' names {ids.Length} dimensions but 'size' gives {sizes.Length} sizes; they must pair up.");
        }

        // The guard: the cell count, before anything is allocated per cell.
        long cells = 1;
        foreach (var s in sizes)
        {
            if (cells > _options.MaxCells / s)
            {
                throw Fail(JsonStatErrorKind.TooManyCells, sizePath,
                    $"The sizes [{string.Join(", ", sizes)}] give more than {_options.MaxCells.ToString(CultureInfo.InvariantCulture)} cells (JsonStatReaderOptions.MaxCells); the document is refused before any cell is stored.");
            }

            cells *= s;
        }

        var roles = Roles(e, dims, path, dimsPath, seen);

        // Every id needs a dimension object, and every dimension object an id (1.x keys id/size/role excepted).
        foreach (var property in dims.EnumerateObject())
        {
            var isLegacyKey = property.Name is "id" or "size" && property.Value.ValueKind == JsonValueKind.Array
                || property.Name == "role" && property.Value.ValueKind == JsonValueKind.Object && !property.Value.TryGetProperty("category", out _);
            if (!seen.Contains(property.Name) && !isLegacyKey)
            {
                throw Fail(JsonStatErrorKind.DimensionKeyIdMismatch, Child(dimsPath, property.Name),
                    $"'dimension' has '{property.Name}', which is not in 'id' ({string.Join(", ", ids)}).", property.Name);
            }
        }

        var dimensions = new JsonStatDimension[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            if (!dims.TryGetProperty(ids[i], out var d))
            {
                throw Fail(JsonStatErrorKind.DimensionKeyIdMismatch, dimsPath,
                    $"'id' names dimension '{ids[i]}' but 'dimension' has no such key.", ids[i]);
            }

            JsonStatRole? role = null;
            foreach (var (roleName, roleIds) in roles)
            {
                if (roleIds.Contains(ids[i], StringComparer.Ordinal))
                {
                    role ??= roleName switch
                    {
                        "time" => JsonStatRole.Time,
                        "geo" => JsonStatRole.Geo,
                        "metric" => JsonStatRole.Metric,
                        _ => null,
                    };
                }
            }

            dimensions[i] = ParseDimension(d, Child(dimsPath, ids[i]), ids[i], sizes[i], role);
            if (role == JsonStatRole.Metric && !dimensions[i].HasUnits)
            {
                _warnings.Add(new JsonStatIssue(JsonStatErrorKind.MetricUnitMissing, Child(dimsPath, ids[i]),
                    $"Dimension '{ids[i]}' has the metric role but no 'category.unit'."));
            }
        }

        var (values, metadataOnly) = Values(e, path, cells);
        var statuses = Statuses(e, path, cells);
        var (updatedText, updated) = Updated(e, path);
        return new JsonStatDataset(new JsonStatDatasetParts
        {
            Name = name,
            Label = OptionalString(e, "label", path),
            Source = OptionalString(e, "source", path),
            UpdatedText = updatedText,
            Updated = updated,
            Href = OptionalString(e, "href", path),
            Version = OptionalString(e, "version", path),
            Notes = Notes(e, path),
            Extension = Extension(e),
            Roles = roles,
            IsMetadataOnly = metadataOnly,
            Dimensions = dimensions,
            Values = values,
            Statuses = statuses,
        });
    }

    private int[] Sizes(JsonElement sizeElement, string path)
    {
        RequireKind(sizeElement, JsonValueKind.Array, path);
        var sizes = new int[sizeElement.GetArrayLength()];
        var i = 0;
        var stringsSeen = false;
        foreach (var s in sizeElement.EnumerateArray())
        {
            var itemPath = Index(path, i);
            long n;
            if (s.ValueKind == JsonValueKind.Number)
            {
                if (!s.TryGetInt64(out n))
                {
                    throw Fail(JsonStatErrorKind.SizeInvalid, itemPath, "A size must be a positive integer.", s.GetRawText());
                }
            }
            else if (s.ValueKind == JsonValueKind.String)
            {
                var text = s.GetString()!;
                if (!_options.AllowSizeAsStrings)
                {
                    throw Fail(JsonStatErrorKind.SizeInvalid, itemPath,
                        "A size must be a JSON integer, not a string; set JsonStatReaderOptions.AllowSizeAsStrings to accept strings holding integers.", text);
                }

                if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out n))
                {
                    throw Fail(JsonStatErrorKind.SizeInvalid, itemPath, "A size given as a string must hold a positive integer.", text);
                }

                stringsSeen = true;
            }
            else
            {
                throw Fail(JsonStatErrorKind.SizeInvalid, itemPath, $"A size must be a positive integer, not {Describe(s.ValueKind)}.", s.GetRawText());
            }

            if (n <= 0 || n > int.MaxValue)
            {
                throw Fail(JsonStatErrorKind.SizeInvalid, itemPath, "A size must be a positive integer (every dimension has at least one category).",
                    n.ToString(CultureInfo.InvariantCulture));
            }

            sizes[i++] = (int)n;
        }

        if (stringsSeen)
        {
            _warnings.Add(new JsonStatIssue(JsonStatErrorKind.SizeAsStrings, path, "'size' holds strings; accepted because AllowSizeAsStrings is on."));
        }

        return sizes;
    }

    private Dictionary<string, IReadOnlyList<string>> Roles(JsonElement e, JsonElement dims, string path, string dimsPath, HashSet<string> ids)
    {
        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        var rolePath = Child(path, "role");
        if (!e.TryGetProperty("role", out var role))
        {
            if (!dims.TryGetProperty("role", out role) || role.ValueKind != JsonValueKind.Object || role.TryGetProperty("category", out _))
            {
                return result;
            }

            rolePath = Child(dimsPath, "role");
        }

        if (role.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        RequireKind(role, JsonValueKind.Object, rolePath);
        foreach (var property in role.EnumerateObject())
        {
            var p = Child(rolePath, property.Name);
            var list = property.Value.ValueKind == JsonValueKind.Null ? [] : StringArray(property.Value, p);
            foreach (var id in list)
            {
                if (!ids.Contains(id))
                {
                    throw Fail(JsonStatErrorKind.RoleIdUnknown, p, $"Role '{property.Name}' names '{id}', which is not a dimension id.", id);
                }
            }

            result[property.Name] = list;
        }

        return result;
    }

    private JsonStatDimension ParseDimension(JsonElement d, string path, string id, int size, JsonStatRole? role)
    {
        RequireKind(d, JsonValueKind.Object, path);
        if (!d.TryGetProperty("category", out var category))
        {
            throw Fail(JsonStatErrorKind.MissingProperty, path, $"Dimension '{id}' needs 'category'.");
        }

        var catPath = Child(path, "category");
        RequireKind(category, JsonValueKind.Object, catPath);
        category.TryGetProperty("label", out var labels);
        if (labels.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw Fail(JsonStatErrorKind.WrongType, Child(catPath, "label"), "'category.label' must be an object (category id → label).");
        }

        var ids = CategoryIds(category, labels, catPath, id, size);
        var positions = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            positions[ids[i]] = i;
        }

        var labelOf = new string?[ids.Length];
        if (labels.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in labels.EnumerateObject())
            {
                if (!positions.TryGetValue(property.Name, out var at))
                {
                    throw Fail(JsonStatErrorKind.LabelKeyUnknown, Child(Child(catPath, "label"), property.Name), $"'category.label' has '{property.Name}', which is not a category of '{id}'.", property.Name);
                }

                labelOf[at] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString() : property.Value.GetRawText();
            }
        }

        var units = new JsonStatUnit?[ids.Length];
        foreach (var (key, value, p) in KeyedByCategory(category, "unit", catPath, positions, JsonStatErrorKind.UnitKeyUnknown, id))
        {
            units[positions[key]] = Unit(value, p.ToString());
        }

        var notes = new IReadOnlyList<string>?[ids.Length];
        foreach (var (key, value, p) in KeyedByCategory(category, "note", catPath, positions, JsonStatErrorKind.NoteKeyUnknown, id))
        {
            notes[positions[key]] = NoteList(value);
        }

        var coordinates = new (double, double)?[ids.Length];
        foreach (var (key, value, p) in KeyedByCategory(category, "coordinates", catPath, positions, JsonStatErrorKind.CoordinatesKeyUnknown, id))
        {
            if (value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
                && value[0].ValueKind == JsonValueKind.Number && value[1].ValueKind == JsonValueKind.Number)
            {
                coordinates[positions[key]] = (value[0].GetDouble(), value[1].GetDouble());
            }
        }

        var children = new IReadOnlyList<string>?[ids.Length];
        var childPath = Child(catPath, "child");
        foreach (var (key, value, p) in KeyedByCategory(category, "child", catPath, positions, JsonStatErrorKind.ChildIdUnknown, id))
        {
            var list = StringArray(value, p.ToString());
            foreach (var c in list)
            {
                if (!positions.ContainsKey(c))
                {
                    throw Fail(JsonStatErrorKind.ChildIdUnknown, p.ToString(), $"'{key}' lists child '{c}', which is not a category of '{id}'.", c);
                }
            }

            children[positions[key]] = list;
        }

        CheckNoCycle(children, ids, childPath);

        var categories = new JsonStatCategory[ids.Length];
        for (var i = 0; i < ids.Length; i++)
        {
            categories[i] = new JsonStatCategory(ids[i], labelOf[i] ?? ids[i], i, units[i], notes[i] ?? [], children[i] ?? [], coordinates[i]);
        }

        return new JsonStatDimension(id, OptionalString(d, "label", path) ?? id, role, categories, Notes(d, path),
            OptionalString(d, "href", path), Extension(d));
    }

    private string[] CategoryIds(JsonElement category, JsonElement labels, string catPath, string dimensionId, int size)
    {
        string[] ids;
        var indexPath = Child(catPath, "index");
        if (!category.TryGetProperty("index", out var index) || index.ValueKind == JsonValueKind.Null)
        {
            // Without an index the label object defines the categories; allowed for a single category only,
            // because JSON object key order carries no meaning.
            var count = labels.ValueKind == JsonValueKind.Object ? labels.EnumerateObject().Count() : 0;
            if (count != 1)
            {
                throw Fail(JsonStatErrorKind.IndexMissing, catPath, count == 0
                    ? $"Dimension '{dimensionId}' has neither 'category.index' nor 'category.label'."
                    : $"Dimension '{dimensionId}' has {count} labelled categories but no 'category.index' to order them.");
            }

            ids = [labels.EnumerateObject().First().Name];
        }
        else if (index.ValueKind == JsonValueKind.Array)
        {
            ids = StringArray(index, indexPath);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var c in ids)
            {
                if (!seen.Add(c))
                {
                    throw Fail(JsonStatErrorKind.IndexPositionsInvalid, indexPath, $"Category '{c}' appears twice in the index of '{dimensionId}'.", c);
                }
            }
        }
        else if (index.ValueKind == JsonValueKind.Object)
        {
            // Positions decide the order, not the key order (ONS and SSB send keys out of order).
            var count = index.EnumerateObject().Count();
            if (size >= 0 && count != size)
            {
                throw IndexCount(indexPath, dimensionId, count, size);
            }

            ids = new string[count];
            foreach (var property in index.EnumerateObject())
            {
                var p = Child(indexPath, property.Name);
                if (property.Value.ValueKind != JsonValueKind.Number || !property.Value.TryGetInt32(out var at) || at < 0 || at >= count)
                {
                    throw Fail(JsonStatErrorKind.IndexPositionsInvalid, p,
                        $"Category '{property.Name}' has position {property.Value.GetRawText()}; positions must be the integers 0 to {count - 1}, each once.",
                        property.Value.GetRawText());
                }

                if (ids[at] is not null)
                {
                    throw Fail(JsonStatErrorKind.IndexPositionsInvalid, p,
                        $"Categories '{ids[at]}' and '{property.Name}' both have position {at}.", property.Name);
                }

                ids[at] = property.Name;
            }
        }
        else
        {
            throw Fail(JsonStatErrorKind.WrongType, indexPath, "'category.index' must be an array of ids or an object (id → position).");
        }

        if (size >= 0 && ids.Length != size)
        {
            throw IndexCount(indexPath, dimensionId, ids.Length, size);
        }

        return ids;
    }

    private DataException IndexCount(string path, string dimensionId, int count, int size) =>
        Fail(JsonStatErrorKind.IndexCountMismatch, path, $"Dimension '{dimensionId}' has {count} categories but its size is {size}.");

    private IEnumerable<(string Key, JsonElement Value, KeyPath Path)> KeyedByCategory(JsonElement category, string property, string catPath,
        Dictionary<string, int> positions, JsonStatErrorKind unknownKind, string dimensionId)
    {
        if (!category.TryGetProperty(property, out var map) || map.ValueKind == JsonValueKind.Null)
        {
            yield break;
        }

        var mapPath = Child(catPath, property);
        RequireKind(map, JsonValueKind.Object, mapPath);
        foreach (var p in map.EnumerateObject())
        {
            var path = new KeyPath(mapPath, p.Name);
            if (!positions.ContainsKey(p.Name))
            {
                throw Fail(unknownKind, path.ToString(), $"'category.{property}' has '{p.Name}', which is not a category of '{dimensionId}'.", p.Name);
            }

            yield return (p.Name, p.Value, path);
        }
    }

    private void CheckNoCycle(IReadOnlyList<string>?[] children, string[] ids, string path)
    {
        // Depth-first search with three colours; a grey node met again closes a cycle.
        var index = new Dictionary<string, int>(ids.Length, StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            index[ids[i]] = i;
        }

        var colour = new byte[ids.Length];
        for (var start = 0; start < ids.Length; start++)
        {
            if (colour[start] != 0 || children[start] is null)
            {
                continue;
            }

            var stack = new Stack<(int Node, int Next)>();
            stack.Push((start, 0));
            colour[start] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var list = children[node];
                if (list is null || next >= list.Count)
                {
                    colour[node] = 2;
                    continue;
                }

                stack.Push((node, next + 1));
                var child = index[list[next]];
                if (colour[child] == 1)
                {
                    throw Fail(JsonStatErrorKind.ChildCycle, path, $"The hierarchy has a cycle through '{ids[child]}'.", ids[child]);
                }

                if (colour[child] == 0)
                {
                    colour[child] = 1;
                    stack.Push((child, 0));
                }
            }
        }
    }

    private (JsonStatCellStore Values, bool MetadataOnly) Values(JsonElement e, string path, long cells)
    {
        var valuePath = Child(path, "value");
        if (!e.TryGetProperty("value", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (JsonStatCellStore.Empty, true);
        }

        if (value.ValueKind == JsonValueKind.Array)
        {
            var length = value.GetArrayLength();
            if (length == 0)
            {
                return (JsonStatCellStore.Empty, true);
            }

            if (length != cells)
            {
                throw Fail(JsonStatErrorKind.ValueLengthMismatch, valuePath,
                    $"'value' has {length} entries but the sizes give {cells} cells; a value array holds every cell (or none, for metadata).");
            }

            var kinds = new byte[length];
            var numbers = new double[length];
            var exact = new decimal[length];
            string?[]? texts = null;
            var i = 0;
            foreach (var v in value.EnumerateArray())
            {
                ReadValue(v, i, kinds, numbers, exact, ref texts, valuePath, i);
                i++;
            }

            return (new JsonStatCellStore(null, kinds, numbers, exact, texts), false);
        }

        if (value.ValueKind == JsonValueKind.Object)
        {
            var entries = SparseEntries(value, valuePath, cells);
            var kinds = new byte[entries.Length];
            var numbers = new double[entries.Length];
            var exact = new decimal[entries.Length];
            var positions = new long[entries.Length];
            string?[]? texts = null;
            for (var i = 0; i < entries.Length; i++)
            {
                positions[i] = entries[i].Position;
                ReadValue(entries[i].Value, i, kinds, numbers, exact, ref texts, valuePath, entries[i].Position);
            }

            return (new JsonStatCellStore(positions, kinds, numbers, exact, texts), false);
        }

        throw Fail(JsonStatErrorKind.WrongType, valuePath, $"'value' must be an array or an object, not {Describe(value.ValueKind)}.");
    }

    private void ReadValue(JsonElement v, int slot, byte[] kinds, double[] numbers, decimal[] exact, ref string?[]? texts, string valuePath, long position)
    {
        switch (v.ValueKind)
        {
            case JsonValueKind.Number:
                numbers[slot] = v.GetDouble();
                kinds[slot] = v.TryGetDecimal(out exact[slot]) ? JsonStatCellStore.KindNumber : JsonStatCellStore.KindInexactNumber;
                break;
            case JsonValueKind.Null:
                break;
            case JsonValueKind.String:
                kinds[slot] = JsonStatCellStore.KindText;
                texts ??= new string?[kinds.Length];
                texts[slot] = v.GetString();
                break;
            default:
                throw Fail(JsonStatErrorKind.WrongType, Index(valuePath, position),
                    $"A value must be a number, null or a string, not {Describe(v.ValueKind)}.", v.GetRawText());
        }
    }

    private (long Position, JsonElement Value)[] SparseEntries(JsonElement map, string path, long cells)
    {
        var entries = new List<(long Position, JsonElement Value)>();
        foreach (var property in map.EnumerateObject())
        {
            var p = Child(path, property.Name);
            if (!long.TryParse(property.Name, NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            {
                throw Fail(JsonStatErrorKind.SparseKeyInvalid, p, $"Key '{property.Name}' is not a cell position (a non-negative integer).", property.Name);
            }

            if (position >= cells)
            {
                throw Fail(JsonStatErrorKind.SparseKeyOutOfRange, p, $"Key {property.Name} is outside the cells 0 to {cells - 1}.", property.Name);
            }

            entries.Add((position, property.Value));
        }

        var array = entries.ToArray();
        Array.Sort(array, (a, b) => a.Position.CompareTo(b.Position));
        for (var i = 1; i < array.Length; i++)
        {
            if (array[i].Position == array[i - 1].Position)
            {
                throw Fail(JsonStatErrorKind.SparseKeyInvalid, path,
                    $"Position {array[i].Position} is given twice.", array[i].Position.ToString(CultureInfo.InvariantCulture));
            }
        }

        return array;
    }

    private JsonStatStatusStore Statuses(JsonElement e, string path, long cells)
    {
        var statusPath = Child(path, "status");
        if (!e.TryGetProperty("status", out var status) || status.ValueKind == JsonValueKind.Null)
        {
            return JsonStatStatusStore.None;
        }

        switch (status.ValueKind)
        {
            case JsonValueKind.String:
                return new JsonStatStatusStore(status.GetString(), null, null);
            case JsonValueKind.Array:
            {
                var length = status.GetArrayLength();
                if (length == 0)
                {
                    return JsonStatStatusStore.None;
                }

                if (length == 1 && cells != 1)
                {
                    // Deprecated but allowed: one status for every cell (the toolkit's normalize() does the same).
                    var only = StatusText(status[0], Index(statusPath, 0));
                    return only is null ? JsonStatStatusStore.None : new JsonStatStatusStore(only, null, null);
                }

                if (length != cells)
                {
                    throw Fail(JsonStatErrorKind.StatusLengthMismatch, statusPath,
                        $"'status' has {length} entries but the sizes give {cells} cells; give one status, one per cell, or an object keyed by position.");
                }

                var values = new string?[length];
                var i = 0;
                foreach (var s in status.EnumerateArray())
                {
                    values[i] = StatusText(s, Index(statusPath, i));
                    i++;
                }

                return new JsonStatStatusStore(null, null, values);
            }

            case JsonValueKind.Object:
            {
                // The retired Eurostat web service wrapped the array: {"value": [...], "category": {...}}.
                if (status.TryGetProperty("value", out var legacy) && legacy.ValueKind == JsonValueKind.Array)
                {
                    return LegacyStatuses(legacy, statusPath, cells);
                }

                var entries = SparseEntries(status, statusPath, cells);
                var positions = new long[entries.Length];
                var values = new string?[entries.Length];
                for (var i = 0; i < entries.Length; i++)
                {
                    positions[i] = entries[i].Position;
                    values[i] = StatusText(entries[i].Value, Index(statusPath, entries[i].Position));
                }

                return new JsonStatStatusStore(null, positions, values);
            }

            default:
                throw Fail(JsonStatErrorKind.WrongType, statusPath, $"'status' must be a string, an array or an object, not {Describe(status.ValueKind)}.");
        }
    }

    private JsonStatStatusStore LegacyStatuses(JsonElement legacyArray, string statusPath, long cells)
    {
        var length = legacyArray.GetArrayLength();
        if (length != cells)
        {
            throw Fail(JsonStatErrorKind.StatusLengthMismatch, Child(statusPath, "value"),
                $"'status.value' has {length} entries but the sizes give {cells} cells.");
        }

        var values = new string?[length];
        var i = 0;
        foreach (var s in legacyArray.EnumerateArray())
        {
            values[i] = StatusText(s, Index(statusPath, i));
            i++;
        }

        return new JsonStatStatusStore(null, null, values);
    }

    private string? StatusText(JsonElement s, string path) => s.ValueKind switch
    {
        JsonValueKind.String => s.GetString(),
        JsonValueKind.Null => null,
        _ => throw Fail(JsonStatErrorKind.WrongType, path, $"A status must be a string or null, not {Describe(s.ValueKind)}.", s.GetRawText()),
    };

    private JsonStatUnit Unit(JsonElement u, string path)
    {
        RequireKind(u, JsonValueKind.Object, path);
        JsonStatSymbolPosition? position = OptionalString(u, "position", path) switch
        {
            "start" => JsonStatSymbolPosition.Start,
            "end" => JsonStatSymbolPosition.End,
            _ => null,
        };
        return new JsonStatUnit(OptionalString(u, "label", path), OptionalString(u, "symbol", path), position,
            OptionalInt(u, "decimals"), OptionalString(u, "base", path), OptionalString(u, "type", path), OptionalInt(u, "multiplier"), u.Clone());
    }

    private static int? OptionalInt(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : null;

    private static IReadOnlyList<string> Notes(JsonElement e, string path) =>
        e.TryGetProperty("note", out var note) ? NoteList(note) : [];

    private static IReadOnlyList<string> NoteList(JsonElement note) => note.ValueKind switch
    {
        JsonValueKind.String => [note.GetString()!],
        JsonValueKind.Array => note.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.String ? n.GetString()! : n.GetRawText()).ToArray(),
        _ => [],
    };

    private static JsonElement? Extension(JsonElement e) =>
        e.TryGetProperty("extension", out var x) && x.ValueKind != JsonValueKind.Null ? x.Clone() : null;

    private (string? Text, DateTimeOffset? Value) Updated(JsonElement e, string path)
    {
        var text = OptionalString(e, "updated", path);
        return (text, text is null ? null : ParseUpdated(text));
    }

    internal static DateTimeOffset? ParseUpdated(string text)
    {
        var t = text.Trim();

        // Eurostat writes offsets without a colon ("+0100"); .NET wants "+01:00".
        if (t.Length > 5 && t[^5] is '+' or '-' && t[^4..].All(char.IsAsciiDigit) && t.Contains('T', StringComparison.Ordinal))
        {
            t = string.Concat(t.AsSpan(0, t.Length - 2), ":", t.AsSpan(t.Length - 2));
        }

        return DateTimeOffset.TryParse(t, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value) ? value : null;
    }

    private string? OptionalString(JsonElement e, string name, string path)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.GetRawText(),
            _ => throw Fail(JsonStatErrorKind.WrongType, Child(path, name), $"'{name}' must be a string, not {Describe(v.ValueKind)}."),
        };
    }

    private string[] StringArray(JsonElement e, string path)
    {
        RequireKind(e, JsonValueKind.Array, path);
        var result = new string[e.GetArrayLength()];
        var i = 0;
        foreach (var item in e.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                throw Fail(JsonStatErrorKind.WrongType, Index(path, i), $"Expected a string, not {Describe(item.ValueKind)}.", item.GetRawText());
            }

            result[i++] = item.GetString()!;
        }

        return result;
    }

    private void RequireKind(JsonElement e, JsonValueKind kind, string path)
    {
        if (e.ValueKind != kind)
        {
            throw Fail(JsonStatErrorKind.WrongType, path, $"Expected {Describe(kind)}, found {Describe(e.ValueKind)}.");
        }
    }

    private DataException Fail(JsonStatErrorKind kind, string path, string message, string? value = null) =>
        JsonStatErrors.Create(_source, kind, path, message, value is { Length: > 80 } ? value[..80] + "…" : value);

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    internal static string Child(string path, string name)
    {
        foreach (var c in name)
        {
            if ((!char.IsAsciiLetterOrDigit(c) && c != '_') || char.IsAsciiDigit(name[0]))
            {
                return $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";
            }
        }

        return name.Length == 0 ? $"{path}['']" : $"{path}.{name}";
    }

    /// <summary>A JSON path built only when needed (an error), not for every category.</summary>
    private readonly record struct KeyPath(string Parent, string Key)
    {
        public override string ToString() => Child(Parent, Key);
    }

    private static string Index(string path, long i) => string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
}
