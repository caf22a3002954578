using System.Text;
using System.Text.Json;

namespace HelseIndicators.Data.JsonStat;

/// <summary>
/// Reads JSON-stat documents: 2.0 datasets, collections (with embedded datasets), dimensions, and 1.x bundles
/// (<c>{"name": {dataset}}</c>, SSB's <c>{"dataset": …}</c>) for compatibility.
/// </summary>
/// <remarks>
/// <para>Guards: JSON nesting is bounded by <see cref="JsonStatReaderOptions.MaxDepth"/>; the product of <c>size</c> is
/// checked against <see cref="JsonStatReaderOptions.MaxCells"/> before any per-cell storage exists; sizes, indexes,
/// value and status lengths and sparse keys are checked. Every failure is a <see cref="DataException"/> whose problem
/// names the JSON path, with a <see cref="JsonStatErrorKind"/> (see <see cref="JsonStatErrors"/>).</para>
/// <para>The JSON text is parsed once into <see cref="JsonDocument"/>'s compact pooled token index (JSON-stat keys may come
/// in any order: PxWeb writes <c>version</c> after <c>value</c>), then walked; values go straight into typed arrays,
/// and a sparse <c>value</c> object costs memory by its entries, not by the cell count.</para>
/// <para>Thread safety: every member is static and safe to call concurrently.</para>
/// </remarks>
public static class JsonStatReader
{
    /// <summary>Reads a document from a stream (UTF-8 JSON). The stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="source">The input's name for error messages, such as a file name.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DataException">The input is not JSON or not valid JSON-stat; see <see cref="JsonStatErrors"/> for the kind.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static JsonStatDocument Read(Stream utf8Json, JsonStatReaderOptions? options = null, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonStatReaderOptions.Default;
        using var document = Parse(() => JsonDocument.Parse(utf8Json, DocumentOptions(options)), options, source);
        return ParseRoot(document, options, source);
    }

    /// <summary>Reads a document from a stream (UTF-8 JSON) asynchronously. The stream is read to its end and not closed.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="source">The input's name for error messages.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DataException">The input is not JSON or not valid JSON-stat.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    public static async Task<JsonStatDocument> ReadAsync(Stream utf8Json, JsonStatReaderOptions? options = null, string source = "input",
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        options ??= JsonStatReaderOptions.Default;
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(utf8Json, DocumentOptions(options), cancellationToken).ConfigureAwait(false);
        }
        catch (JsonException e)
        {
            throw SyntaxError(e, options, source);
        }

        using (document)
        {
            return ParseRoot(document, options, source);
        }
    }

    /// <summary>Reads a document from a file.</summary>
    /// <param name="path">The file path.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DataException">The file is not JSON or not valid JSON-stat.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static JsonStatDocument ReadFile(string path, JsonStatReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var stream = File.OpenRead(path);
        return Read(stream, options, Path.GetFileName(path));
    }

    /// <summary>Reads a document from JSON text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="source">The input's name for error messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="DataException">The text is not JSON or not valid JSON-stat.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static JsonStatDocument Parse(string json, JsonStatReaderOptions? options = null, string source = "input")
    {
        ArgumentNullException.ThrowIfNull(json);
        options ??= JsonStatReaderOptions.Default;
        using var document = Parse(() => JsonDocument.Parse(json, DocumentOptions(options)), options, source);
        return ParseRoot(document, options, source);
    }

    /// <summary>Reads the single dataset of a stream: a dataset, or a bundle or collection holding exactly one.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">Limits, or null for the defaults.</param>
    /// <param name="source">The input's name for error messages.</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="DataException">The input is not valid JSON-stat, or holds no dataset or several.</exception>
    public static JsonStatDataset ReadDataset(Stream utf8Json, JsonStatReaderOptions? options = null, string source = "input")
    {
        var document = Read(utf8Json, options, source);
        if (document.Datasets.Count != 1)
        {
            throw JsonStatErrors.Create(source, JsonStatErrorKind.NotJsonStat, "$", document.Datasets.Count == 0
                ? $"The document ({document.Class}) holds no dataset."
                : $"The document holds {document.Datasets.Count} datasets; read it with JsonStatReader.Read and pick one.", null);
        }

        return document.Datasets[0];
    }

    private static JsonStatDocument ParseRoot(JsonDocument document, JsonStatReaderOptions options, string source)
    {
        try
        {
            return new JsonStatParser(options, source).ParseRoot(document.RootElement);
        }
        catch (InvalidOperationException e) when (e.InnerException is DecoderFallbackException)
        {
            // System.Text.Json checks UTF-8 inside a string only when the string is read.
            throw JsonStatErrors.Create(source, JsonStatErrorKind.Syntax, "$", "The input is not valid UTF-8: a string holds bytes that are not UTF-8.", null);
        }
    }

    private static JsonDocumentOptions DocumentOptions(JsonStatReaderOptions options) =>
        new() { MaxDepth = options.MaxDepth, AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow };

    private static JsonDocument Parse(Func<JsonDocument> parse, JsonStatReaderOptions options, string source)
    {
        try
        {
            return parse();
        }
        catch (JsonException e)
        {
            throw SyntaxError(e, options, source);
        }
    }

    private static DataException SyntaxError(JsonException e, JsonStatReaderOptions options, string source)
    {
        var tooDeep = e.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase);
        var line = (e.LineNumber ?? -1) + 1;
        var message = tooDeep
            ? $"The JSON nests deeper than {options.MaxDepth} levels (JsonStatReaderOptions.MaxDepth)."
            : new StringBuilder("The input is not valid JSON: ").Append(e.Message).ToString();
        return JsonStatErrors.Create(source, tooDeep ? JsonStatErrorKind.TooDeep : JsonStatErrorKind.Syntax, "$", message, null, line);
    }
}
