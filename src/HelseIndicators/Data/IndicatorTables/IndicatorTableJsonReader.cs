using System.Globalization;
using System.Text.Json;
using HelseIndicators.Aggregation;
using HelseIndicators.Indicators;
using HelseIndicators.Model;

namespace HelseIndicators.Data.IndicatorTables;

/// <summary>
/// Reads back the JSON that <see cref="IndicatorTableJsonWriter"/> writes (INDICATORS.md §8, <c>"schema":
/// "helse-indicators/1"</c>): the rows as <see cref="IndicatorRow"/>s, the price basis and the disclosure control they
/// were published with (with the protection level of §5.1 when the document has one). For audits of what was
/// released (<c>helse audit</c>).
/// </summary>
/// <remarks>
/// <para>A document may hold the rows of several breakdowns; rows are returned as written, a total repeated by several
/// tables included (a reader of a publication counts it once). Unknown properties are ignored, so that later minor
/// versions of the schema can still be read. Every problem is reported at once, each with the file and the JSON path
/// (<c>rows[12].status</c>) or, for text that is not JSON, the line; the whole read then fails with a
/// <see cref="DataException"/>.</para>
/// <para>Thread safety: stateless, safe to call from several threads on different inputs.</para>
/// </remarks>
public static class IndicatorTableJsonReader
{
    private const int MaxProblems = 100;

    /// <summary>Reads a file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>The document's rows and parameters.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    /// <exception cref="DataException">The file is not a document of the schema; every problem is listed.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IndicatorTableJsonDocument Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var stream = File.OpenRead(path);
        return Read(stream, path);
    }

    /// <summary>Reads a stream (left open).</summary>
    /// <param name="stream">The JSON, UTF-8.</param>
    /// <param name="sourceName">The name problems are reported under, such as the file name.</param>
    /// <returns>The document's rows and parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The input is not a document of the schema; every problem is listed.</exception>
    public static IndicatorTableJsonDocument Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(stream, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException e)
        {
            throw new DataException(new DataProblem(sourceName, (e.LineNumber ?? -1) + 1, null, null,
                $"not valid JSON: {e.Message}; expected the JSON that 'helse indicators --format json' writes"));
        }

        using (json)
        {
            return new Reading(sourceName).Document(json.RootElement);
        }
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="sourceName">The name problems are reported under.</param>
    /// <returns>The document's rows and parameters.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataException">The text is not a document of the schema; every problem is listed.</exception>
    public static IndicatorTableJsonDocument Parse(string json, string sourceName = "json")
    {
        ArgumentNullException.ThrowIfNull(json);
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        return Read(stream, sourceName);
    }

    /// <summary>One read: the source's name and the problems found so far.</summary>
    private sealed class Reading(string source)
    {
        private readonly List<DataProblem> _problems = [];

        public IndicatorTableJsonDocument Document(JsonElement root)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                Fail("$", Raw(root), "the document must be a JSON object with schema, prices, disclosure_control and rows");
                throw new DataException(_problems);
            }

            var schema = String(root, "schema", "$.schema", required: true);
            if (schema is not null && schema != IndicatorTableJsonWriter.Schema)
            {
                Fail("$.schema", schema, $"unknown schema; this reader reads '{IndicatorTableJsonWriter.Schema}'");
            }

            var prices = PriceBasis.Current;
            if (String(root, "prices", "$.prices", required: true) is { } pricesText)
            {
                var parsed = PriceBasis.Parse(pricesText);
                if (parsed.Success)
                {
                    prices = parsed.Value;
                }
                else
                {
                    Fail("$.prices", pricesText, parsed.Error!);
                }
            }

            var (disclosure, protection, suppression) = Disclosure(root);
            var rows = new List<IndicatorRow>();
            if (!root.TryGetProperty("rows", out var array) || array.ValueKind != JsonValueKind.Array)
            {
                Fail("$.rows", null, "the document has no array of rows");
            }
            else
            {
                var i = 0;
                foreach (var element in array.EnumerateArray())
                {
                    if (Row(element, $"rows[{i.ToString(CultureInfo.InvariantCulture)}]", prices) is { } row)
                    {
                        rows.Add(row);
                    }

                    i++;
                    if (_problems.Count >= MaxProblems)
                    {
                        break;
                    }
                }
            }

            if (_problems.Count > 0)
            {
                throw new DataException(_problems);
            }

            return new IndicatorTableJsonDocument(schema!, prices, disclosure, protection, suppression, rows);
        }

        private (DisclosureControlOptions Options, decimal? ProtectionLevel, string? Suppression) Disclosure(JsonElement root)
        {
            if (!root.TryGetProperty("disclosure_control", out var d) || d.ValueKind != JsonValueKind.Object)
            {
                Fail("$.disclosure_control", null, "the document does not state its disclosure control (an object with enabled, min_firms, dominance_n, dominance_k)");
                return (DisclosureControlOptions.Default, null, null);
            }

            var enabled = d.TryGetProperty("enabled", out var e) && e.ValueKind is JsonValueKind.True or JsonValueKind.False
                ? e.GetBoolean()
                : Fail<bool>("$.disclosure_control.enabled", Raw(e), "must be true or false");
            var minFirms = Integer(d, "min_firms", "$.disclosure_control.min_firms", required: true) ?? 3;
            var dominanceN = Integer(d, "dominance_n", "$.disclosure_control.dominance_n", required: true) ?? 2;
            var dominanceK = Number(d, "dominance_k", "$.disclosure_control.dominance_k", required: true) ?? 85m;
            var protection = Number(d, "protection_level", "$.disclosure_control.protection_level", required: false);
            if (protection is < 0m or >= 1m)
            {
                Fail("$.disclosure_control.protection_level", Text(protection.Value), "the protection level is a fraction in [0, 1)");
            }

            var suppression = String(d, "suppression", "$.disclosure_control.suppression", required: false);
            var options = new DisclosureControlOptions { Enabled = enabled, MinFirms = minFirms, DominanceN = dominanceN, DominanceK = dominanceK };
            try
            {
                options.Validate();
            }
            catch (ArgumentOutOfRangeException x)
            {
                Fail("$.disclosure_control", null, x.Message.ReplaceLineEndings(" "));
            }

            return (options, protection, suppression);
        }

        private IndicatorRow? Row(JsonElement element, string path, PriceBasis prices)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                Fail(path, Raw(element), "a row must be an object");
                return null;
            }

            var before = _problems.Count;
            var indicator = default(IndicatorId);
            if (String(element, "indicator", path + ".indicator", required: true) is { } id)
            {
                var parsed = IndicatorId.Parse(id);
                if (parsed.Success)
                {
                    indicator = parsed.Value;
                }
                else
                {
                    Fail(path + ".indicator", id, parsed.Error!);
                }
            }

            var year = Integer(element, "year", path + ".year", required: true) ?? 0;
            var baseYear = Integer(element, "base_year", path + ".base_year", required: false);
            var group = Group(element, path + ".group");
            decimal? value = null;
            if (!element.TryGetProperty("value", out var v))
            {
                Fail(path + ".value", null, "missing: a number, or null when the value is not released");
            }
            else if (v.ValueKind != JsonValueKind.Null)
            {
                value = Number(element, "value", path + ".value", required: true);
            }

            var unit = IndicatorUnit.Count;
            if (String(element, "unit", path + ".unit", required: true) is { } unitText)
            {
                var parsed = IndicatorUnits.Parse(unitText);
                if (parsed.Success)
                {
                    unit = parsed.Value;
                }
                else
                {
                    Fail(path + ".unit", unitText, parsed.Error!);
                }
            }

            var firms = Integer(element, "firms", path + ".firms", required: true) ?? 0;
            var status = IndicatorStatus.Undefined;
            if (String(element, "status", path + ".status", required: true) is { } statusText)
            {
                var parsed = IndicatorStatuses.Parse(statusText);
                if (parsed.Success)
                {
                    status = parsed.Value;
                }
                else
                {
                    Fail(path + ".status", statusText, parsed.Error!);
                }
            }

            if (status == IndicatorStatus.Ok && value is null && _problems.Count == before)
            {
                Fail(path + ".value", "null", "a row with status ok must have a value");
            }

            if (status != IndicatorStatus.Ok && value is not null)
            {
                Fail(path + ".value", Text(value.Value), $"a {IndicatorStatuses.Id(status)} row must have the value null");
            }

            var reason = String(element, "reason", path + ".reason", required: false);
            return _problems.Count > before || group is null
                ? null
                : new IndicatorRow(indicator, year, group, value, unit, firms, status) { BaseYear = baseYear, Reason = reason, Prices = prices };
        }

        private GroupKey? Group(JsonElement row, string path)
        {
            if (!row.TryGetProperty("group", out var g) || g.ValueKind != JsonValueKind.Object)
            {
                Fail(path, null, "missing: an object of dimension to value, {} for the total");
                return null;
            }

            var pairs = new List<KeyValuePair<GroupDimension, string>>();
            foreach (var p in g.EnumerateObject())
            {
                var dimension = GroupDimensions.Parse(p.Name);
                if (!dimension.Success)
                {
                    Fail(path + "." + p.Name, p.Name, dimension.Error!);
                }
                else if (p.Value.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(p.Value.GetString()))
                {
                    Fail(path + "." + p.Name, Raw(p.Value), "a group's value must be a non-empty string");
                }
                else if (pairs.Any(q => q.Key == dimension.Value))
                {
                    Fail(path + "." + p.Name, p.Name, "the dimension appears twice");
                }
                else
                {
                    pairs.Add(new(dimension.Value, p.Value.GetString()!));
                }
            }

            return GroupKey.Create(pairs);
        }

        private string? String(JsonElement parent, string name, string path, bool required)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
            {
                return required ? Fail<string?>(path, null, "missing") : null;
            }

            return e.ValueKind == JsonValueKind.String ? e.GetString() : Fail<string?>(path, Raw(e), "must be a string");
        }

        private int? Integer(JsonElement parent, string name, string path, bool required)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
            {
                return required ? Fail<int?>(path, null, "missing") : null;
            }

            return e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out var i) ? i : Fail<int?>(path, Raw(e), "must be a whole number");
        }

        private decimal? Number(JsonElement parent, string name, string path, bool required)
        {
            if (!parent.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
            {
                return required ? Fail<decimal?>(path, null, "missing") : null;
            }

            return e.ValueKind == JsonValueKind.Number && e.TryGetDecimal(out var d)
                ? d
                : Fail<decimal?>(path, Raw(e), "must be a number that a decimal holds");
        }

        private void Fail(string path, string? value, string message)
        {
            if (_problems.Count < MaxProblems)
            {
                _problems.Add(new DataProblem(source, 0, path, value, message));
            }
        }

        private T Fail<T>(string path, string? value, string message)
        {
            Fail(path, value, message);
            return default!;
        }

        private static string? Raw(JsonElement e) => e.ValueKind == JsonValueKind.Undefined ? null : e.GetRawText();

        private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
