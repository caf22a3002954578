using System.IO.Compression;
using System.Text.Json;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Bronnoysund;

/// <summary>
/// Reads firms from the JSON of the Central Coordinating Register for Legal Entities (Enhetsregisteret,
/// <c>data.brreg.no/enhetsregisteret/api</c>): one entity object (<c>GET /enheter/{orgnr}</c>), a search page
/// (<c>_embedded.enheter</c>), or the bulk download (one large JSON array, <c>enheter_alle.json.gz</c>), streamed.
/// </summary>
/// <remarks>
/// <para>
/// Mapping to <see cref="Firm"/>: <c>organisasjonsnummer</c> → <see cref="Firm.OrganisationNumber"/> (required, validated);
/// <c>navn</c> → <see cref="Firm.Name"/> (required); <c>naeringskode1.kode</c> → <see cref="Firm.NaceCode"/> (SN2007);
/// <c>antallAnsatte</c> → <see cref="Firm.Employees"/>, null when <c>harRegistrertAntallAnsatte</c> is false;
/// <c>forretningsadresse.kommunenummer</c> → <see cref="Firm.MunicipalityNumber"/>, and its first two digits (the county
/// number) → <see cref="Firm.County"/>; <c>stiftelsesdato</c> → <see cref="Firm.FoundingDate"/>;
/// <c>organisasjonsform.kode</c> → <see cref="Firm.OrganisationalForm"/>. An absent key or a JSON <c>null</c> is null,
/// never zero. Other keys are ignored.
/// </para>
/// <para>
/// A top-level array is read element by element with <see cref="Utf8JsonReader"/> over the stream: memory holds one
/// entity at a time, whatever the size of the file, and the firms are produced lazily. A value of the wrong type, an
/// invalid organisation number or a missing name is a <see cref="DataException"/> naming the JSON path (such as
/// <c>$[1234].antallAnsatte</c>); in <see cref="ReadMode.Lenient"/> mode such an entity is skipped and its problem
/// passed to the caller instead. Malformed JSON always throws.
/// </para>
/// <para>Thread safety: stateless, safe to call from any thread; each enumeration reads its own stream.</para>
/// </remarks>
public static class EnhetsregisteretReader
{
    /// <summary>Reads the firms of an Enhetsregisteret JSON document, lazily.</summary>
    /// <param name="stream">UTF-8 JSON (a BOM is accepted): an entity, a search page or an array; left open.</param>
    /// <param name="source">The name used in problems, such as the file name.</param>
    /// <param name="mode">Strict (the default): a bad entity throws; lenient: it is skipped.</param>
    /// <param name="rejected">Called with the problem of each skipped entity (lenient mode), or null.</param>
    /// <returns>The firms, in document order, read as the sequence is enumerated.</returns>
    /// <exception cref="DataException">The JSON is malformed or not an Enhetsregisteret document, or (strict) an entity is bad.</exception>
    public static IEnumerable<Firm> Read(Stream stream, string source = "enheter.json", ReadMode mode = ReadMode.Strict, Action<DataProblem>? rejected = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return ReadIterator(stream, source ?? "enheter.json", mode, rejected);
    }

    /// <summary>Reads the firms of a file, lazily; a name ending in <c>.gz</c> is decompressed on the fly (the bulk download).</summary>
    /// <param name="path">The file.</param>
    /// <param name="mode">Strict (the default) or lenient.</param>
    /// <param name="rejected">Called with the problem of each skipped entity (lenient mode), or null.</param>
    /// <returns>The firms, read as the sequence is enumerated; the file is closed when the enumeration ends.</returns>
    /// <exception cref="DataException">See <see cref="Read"/>.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IEnumerable<Firm> ReadFile(string path, ReadMode mode = ReadMode.Strict, Action<DataProblem>? rejected = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Open();

        IEnumerable<Firm> Open()
        {
            Stream stream = File.OpenRead(path);
            if (path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
            {
                stream = new GZipStream(stream, CompressionMode.Decompress);
            }

            using (stream)
            {
                foreach (var firm in ReadIterator(stream, Path.GetFileName(path), mode, rejected))
                {
                    yield return firm;
                }
            }
        }
    }

    /// <summary>Parses one entity object.</summary>
    /// <param name="json">The entity's JSON, such as the body of <c>GET /enhetsregisteret/api/enheter/{orgnr}</c>.</param>
    /// <returns>The firm.</returns>
    /// <exception cref="DataException">The JSON is malformed or the entity is bad.</exception>
    public static Firm ParseEntity(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = ParseDocument(System.Text.Encoding.UTF8.GetBytes(json), "entity", "$");
        return MapEntity(document.RootElement, "$", "entity");
    }

    /// <summary>Reads a search page (the body of <c>GET /enhetsregisteret/api/enheter?…</c>) with its paging.</summary>
    /// <param name="stream">The page's JSON, left open.</param>
    /// <param name="source">The name used in problems.</param>
    /// <returns>The page.</returns>
    /// <exception cref="DataException">The JSON is malformed or an entity is bad.</exception>
    public static EnhetsregisteretPage ReadSearchPage(Stream stream, string source = "search")
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        using var document = ParseDocument(memory.GetBuffer().AsMemory(0, (int)memory.Length), source, "$");
        var root = document.RootElement;
        var firms = new List<Firm>();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new DataException(new DataProblem(source, 0, "$", null, "a search page is a JSON object with _embedded.enheter"));
        }

        if (root.TryGetProperty("_embedded", out var embedded) && embedded.ValueKind == JsonValueKind.Object &&
            embedded.TryGetProperty("enheter", out var entities) && entities.ValueKind == JsonValueKind.Array)
        {
            var i = 0;
            foreach (var entity in entities.EnumerateArray())
            {
                firms.Add(MapEntity(entity, $"$._embedded.enheter[{i++}]", source));
            }
        }

        var fields = new JsonFields(root, "$", source);
        return new EnhetsregisteretPage(
            firms,
            fields.Int32("page", "number") ?? 0,
            fields.Int32("page", "size") ?? firms.Count,
            fields.Int32("page", "totalPages") ?? 1,
            (long?)fields.Decimal("page", "totalElements") ?? firms.Count);
    }

    private static IEnumerable<Firm> ReadIterator(Stream stream, string source, ReadMode mode, Action<DataProblem>? rejected)
    {
        using var streamer = new JsonArrayStreamer(stream, source);
        var root = streamer.ReadRootToken();
        if (root == JsonTokenType.StartArray)
        {
            while (streamer.TryReadElement(out var element))
            {
                var path = $"$[{streamer.ElementIndex}]";
                var firm = MapElement(element, path, source, mode, rejected);
                if (firm is not null)
                {
                    yield return firm;
                }
            }

            yield break;
        }

        if (root != JsonTokenType.StartObject)
        {
            throw new DataException(new DataProblem(source, 0, "$", null,
                "expected an Enhetsregisteret entity, a search page (_embedded.enheter) or an array of entities"));
        }

        foreach (var firm in MapObjectRoot(streamer.ReadRoot(), source, mode, rejected))
        {
            yield return firm;
        }
    }

    private static List<Firm> MapObjectRoot(ReadOnlyMemory<byte> json, string source, ReadMode mode, Action<DataProblem>? rejected)
    {
        using var document = ParseDocument(json, source, "$");
        var root = document.RootElement;
        var firms = new List<Firm>();
        if (root.TryGetProperty("_embedded", out var embedded) || root.TryGetProperty("page", out _))
        {
            if (embedded.ValueKind == JsonValueKind.Object && embedded.TryGetProperty("enheter", out var entities) &&
                entities.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var entity in entities.EnumerateArray())
                {
                    if (Map(entity, $"$._embedded.enheter[{i++}]", source, mode, rejected) is { } firm)
                    {
                        firms.Add(firm);
                    }
                }
            }

            return firms; // a search page without _embedded has no hits
        }

        if (Map(root, "$", source, mode, rejected) is { } one)
        {
            firms.Add(one);
        }

        return firms;
    }

    private static Firm? MapElement(ReadOnlyMemory<byte> json, string path, string source, ReadMode mode, Action<DataProblem>? rejected)
    {
        using var document = ParseDocument(json, source, path);
        return Map(document.RootElement, path, source, mode, rejected);
    }

    private static Firm? Map(JsonElement entity, string path, string source, ReadMode mode, Action<DataProblem>? rejected)
    {
        try
        {
            return MapEntity(entity, path, source);
        }
        catch (DataException e) when (mode == ReadMode.Lenient)
        {
            foreach (var problem in e.Problems)
            {
                rejected?.Invoke(problem);
            }

            return null;
        }
    }

    internal static Firm MapEntity(JsonElement entity, string path, string source)
    {
        if (entity.ValueKind != JsonValueKind.Object)
        {
            throw new DataException(new DataProblem(source, 0, path, entity.GetRawText(), $"{path} is not an entity object"));
        }

        var fields = new JsonFields(entity, path, source);
        var orgText = fields.String("organisasjonsnummer")
            ?? throw fields.Problem(["organisasjonsnummer"], null, "is missing; every entity has an organisation number");
        var org = OrganisationNumber.Parse(orgText);
        if (!org.Success)
        {
            throw fields.Problem(["organisasjonsnummer"], orgText, "is not a valid organisation number: " + org.Error);
        }

        var name = fields.String("navn") ?? throw fields.Problem(["navn"], null, "is missing; every entity has a name");
        NaceCode? nace = null;
        if (fields.String("naeringskode1", "kode") is { } naceText)
        {
            var parsed = NaceCode.Parse(naceText);
            nace = parsed.Success ? parsed.Value : throw fields.Problem(["naeringskode1", "kode"], naceText, "is not an industry code: " + parsed.Error);
        }

        var employees = fields.Boolean("harRegistrertAntallAnsatte") == false ? null : fields.Int32("antallAnsatte");
        if (employees < 0)
        {
            throw fields.Problem(["antallAnsatte"], employees.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), "is negative");
        }

        var municipality = fields.String("forretningsadresse", "kommunenummer");
        return new Firm(org.Value, name)
        {
            NaceCode = nace,
            Employees = employees,
            MunicipalityNumber = municipality,
            County = municipality is { Length: 4 } && municipality.All(char.IsAsciiDigit) ? municipality[..2] : null,
            FoundingDate = fields.Date("stiftelsesdato"),
            OrganisationalForm = fields.String("organisasjonsform", "kode"),
        };
    }

    internal static JsonDocument ParseDocument(ReadOnlyMemory<byte> json, string source, string path)
    {
        // System.Text.Json checks UTF-8 inside strings only when a string is read, with an InvalidOperationException;
        // check the bytes first so that invalid text is a located DataException like any other malformed input.
        if (!System.Text.Unicode.Utf8.IsValid(json.Span))
        {
            throw new DataException(new DataProblem(source, path == "$" ? LineOfInvalidUtf8(json.Span) : 0, path, null,
                "the text is not valid UTF-8; check that the file is complete and saved as UTF-8"));
        }

        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            // Line numbers are only meaningful for a whole document, not for an element cut out of a stream.
            throw new DataException(new DataProblem(source, path == "$" ? (e.LineNumber ?? -1) + 1 : 0, path, null,
                $"the JSON is malformed ({JsonArrayStreamer.StripPosition(e.Message)}); check that the file is complete and is JSON"));
        }
    }

    private static long LineOfInvalidUtf8(ReadOnlySpan<byte> json)
    {
        long line = 1;
        var i = 0;
        while (i < json.Length && System.Text.Rune.DecodeFromUtf8(json[i..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            line += json[i] == (byte)'\n' ? 1 : 0;
            i += consumed;
        }

        return line;
    }
}
