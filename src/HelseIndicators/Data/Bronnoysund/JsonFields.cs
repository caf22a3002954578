using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace HelseIndicators.Data.Bronnoysund;

/// <summary>
/// Reads optional values from nested JSON objects by key path: an absent key or a JSON <c>null</c> anywhere on the path
/// is null (never zero); a value of the wrong type is a <see cref="DataException"/> that names the JSON path.
/// </summary>
internal readonly struct JsonFields
{
    private readonly JsonElement _root;
    private readonly string _path;
    private readonly string _source;

    public JsonFields(JsonElement root, string path, string source)
    {
        _root = root;
        _path = path;
        _source = source;
    }

    public string Path => _path;

    public JsonElement? Find(params string[] keys)
    {
        var current = _root;
        foreach (var key in keys)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(key, out var next) || next.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    public string? String(params string[] keys)
    {
        if (Find(keys) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString() : throw WrongType(keys, value, "a string");
    }

    public decimal? Decimal(params string[] keys)
    {
        if (Find(keys) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number)
            ? number
            : throw WrongType(keys, value, "a number");
    }

    public int? Int32(params string[] keys)
    {
        if (Find(keys) is not { } value)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number)
            ? number
            : throw WrongType(keys, value, "a whole number");
    }

    public bool? Boolean(params string[] keys)
    {
        if (Find(keys) is not { } value)
        {
            return null;
        }

        return value.ValueKind is JsonValueKind.True or JsonValueKind.False ? value.GetBoolean() : throw WrongType(keys, value, "true or false");
    }

    public LocalDate? Date(params string[] keys)
    {
        var text = String(keys);
        if (text is null)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Problem(keys, text, "is not a date; expected yyyy-MM-dd");
    }

    public DataException Problem(string[] keys, string? value, string what) =>
        new(new DataProblem(_source, 0, At(keys), value, "the value " + what));

    public string At(params string[] keys) => keys.Length == 0 ? _path : _path + "." + string.Join('.', keys);

    private DataException WrongType(string[] keys, JsonElement value, string expected) =>
        Problem(keys, value.GetRawText(), string.Create(CultureInfo.InvariantCulture, $"is {value.ValueKind.ToString().ToLowerInvariant()}; expected {expected}"));
}
