using System.Text;

namespace HelseIndicators.Data.Http;

/// <summary>
/// A client of Statistics Norway's PxWebApi v2 (<c>https://data.ssb.no/api/pxwebapi/v2/</c>): the data of a table as a
/// JSON-stat 2.0 document, returned raw (a string or a stream) for a JSON-stat parser.
/// </summary>
/// <remarks>
/// The HttpClient, base address, timeout and errors work as for <see cref="EnhetsregisteretClient"/>; a 404 means no
/// table with that id. Thread safety: safe to share between threads.
/// </remarks>
public sealed class PxWebClient
{
    /// <summary>The public address of SSB's PxWebApi v2.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://data.ssb.no/api/pxwebapi/v2/");

    private readonly HttpClient _httpClient;
    private readonly Uri _baseAddress;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="baseAddress">The base address, or null for the HttpClient's or <see cref="DefaultBaseAddress"/>.</param>
    /// <param name="timeout">The time a request (including reading the body) may take; 60 s by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException">The base address is not absolute.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive.</exception>
    public PxWebClient(HttpClient httpClient, Uri? baseAddress = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _baseAddress = HttpSource.ResolveBase(httpClient, baseAddress, DefaultBaseAddress);
        _timeout = HttpSource.CheckTimeout(timeout ?? TimeSpan.FromSeconds(60));
    }

    /// <summary>Gets the base address requests are made against.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>Builds the address of a table's data: <c>tables/{id}/data?lang=…&amp;outputFormat=json-stat2[&amp;valueCodes[dim]=…]</c>.</summary>
    /// <param name="tableId">The table id, such as "07459".</param>
    /// <param name="language">The language of the labels: "no" or "en".</param>
    /// <param name="valueCodes">Selections by dimension code (such as Tid → "2020,2021" or "top(5)"), or null for the table's default selection.</param>
    /// <returns>The absolute address.</returns>
    /// <exception cref="ArgumentException"><paramref name="tableId"/> or <paramref name="language"/> is empty.</exception>
    public Uri TableDataUri(string tableId, string language = "no", IReadOnlyDictionary<string, string>? valueCodes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableId);
        ArgumentException.ThrowIfNullOrWhiteSpace(language);
        var parameters = new List<KeyValuePair<string, string?>> { new("lang", language), new("outputFormat", "json-stat2") };
        if (valueCodes is not null)
        {
            parameters.AddRange(valueCodes.OrderBy(p => p.Key, StringComparer.Ordinal)
                .Select(p => new KeyValuePair<string, string?>($"valueCodes[{p.Key}]", p.Value)));
        }

        return new Uri(_baseAddress, "tables/" + Uri.EscapeDataString(tableId.Trim()) + "/data" + HttpSource.Query(parameters));
    }

    /// <summary>Gets a table's data as a JSON-stat 2.0 document (raw JSON text).</summary>
    /// <param name="tableId">The table id, such as "07459".</param>
    /// <param name="language">The language of the labels: "no" (default) or "en".</param>
    /// <param name="valueCodes">Selections by dimension code, or null for the default selection.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="HttpSourceException">No such table (404), rate limited (429), a server error, a timeout, a refused request (400: a bad selection).</exception>
    public Task<string> GetTableDataAsync(string tableId, string language = "no", IReadOnlyDictionary<string, string>? valueCodes = null,
        CancellationToken cancellationToken = default)
    {
        var uri = TableDataUri(tableId, language, valueCodes);
        return HttpSource.GetAsync(_httpClient, uri, _timeout,
            $"no SSB table with id '{tableId}'; check the id at ssb.no/statbank",
            $"the SSB table '{tableId}' is no longer published",
            async (stream, token) =>
            {
                using var reader = new StreamReader(stream, Encoding.UTF8);
                return await reader.ReadToEndAsync(token).ConfigureAwait(false);
            },
            cancellationToken);
    }

    /// <summary>
    /// Gets a table's data as a JSON-stat 2.0 document in a stream the caller owns (a copy in memory, so the connection is
    /// released and the timeout covers the whole download).
    /// </summary>
    /// <param name="tableId">The table id.</param>
    /// <param name="language">The language of the labels.</param>
    /// <param name="valueCodes">Selections by dimension code, or null.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>A readable stream positioned at the start of the document.</returns>
    /// <exception cref="HttpSourceException">See <see cref="GetTableDataAsync"/>.</exception>
    public Task<Stream> OpenTableDataAsync(string tableId, string language = "no", IReadOnlyDictionary<string, string>? valueCodes = null,
        CancellationToken cancellationToken = default)
    {
        var uri = TableDataUri(tableId, language, valueCodes);
        return HttpSource.GetAsync<Stream>(_httpClient, uri, _timeout,
            $"no SSB table with id '{tableId}'; check the id at ssb.no/statbank",
            $"the SSB table '{tableId}' is no longer published",
            async (stream, token) =>
            {
                var memory = new MemoryStream();
                await stream.CopyToAsync(memory, token).ConfigureAwait(false);
                memory.Position = 0;
                return memory;
            },
            cancellationToken);
    }
}
