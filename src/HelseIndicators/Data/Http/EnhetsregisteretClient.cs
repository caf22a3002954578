using System.Globalization;
using HelseIndicators.Data.Bronnoysund;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Http;

/// <summary>
/// A client of Enhetsregisteret's open API (<c>https://data.brreg.no/enhetsregisteret/api/</c>): one firm by organisation
/// number, and searches.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="HttpClient"/> is injected (from <c>IHttpClientFactory</c> or a test server) and not disposed by this
/// client. The base address is, in order: the one given, the HttpClient's <see cref="HttpClient.BaseAddress"/>, or
/// <see cref="DefaultBaseAddress"/>; paths are relative to it (<c>enhetsregisteret/api/enheter/{orgnr}</c>), so a proxy
/// under a path prefix works.
/// </para>
/// <para>
/// Errors are <see cref="HttpSourceException"/>s: 404 (<see cref="HttpSourceError.NotFound"/>, "no firm with organisation
/// number …"), 410 (<see cref="HttpSourceError.Gone"/>, the firm was deleted), 429 (<see cref="HttpSourceError.RateLimited"/>,
/// with <see cref="HttpSourceException.RetryAfter"/>), 5xx, timeout and unreachable. A malformed body is a
/// <see cref="DataException"/>. Cancellation by the caller throws <see cref="OperationCanceledException"/>.
/// </para>
/// <para>Thread safety: safe to share between threads, as <see cref="HttpClient"/> is.</para>
/// </remarks>
public sealed class EnhetsregisteretClient
{
    /// <summary>The public address of the Brønnøysund open data APIs.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://data.brreg.no/");

    private readonly HttpClient _httpClient;
    private readonly Uri _baseAddress;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="baseAddress">The base address, or null for the HttpClient's or <see cref="DefaultBaseAddress"/>.</param>
    /// <param name="timeout">The time a request (including reading the body) may take; 30 s by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException">The base address is not absolute.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive.</exception>
    public EnhetsregisteretClient(HttpClient httpClient, Uri? baseAddress = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _baseAddress = HttpSource.ResolveBase(httpClient, baseAddress, DefaultBaseAddress);
        _timeout = HttpSource.CheckTimeout(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Gets the base address requests are made against.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>Gets one firm: <c>GET enhetsregisteret/api/enheter/{orgnr}</c>.</summary>
    /// <param name="organisationNumber">The firm's organisation number.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The firm.</returns>
    /// <exception cref="HttpSourceException">No such firm (404), deleted (410), rate limited (429), a server error, a timeout.</exception>
    /// <exception cref="DataException">The response is not an Enhetsregisteret entity.</exception>
    public Task<Firm> GetFirmAsync(OrganisationNumber organisationNumber, CancellationToken cancellationToken = default)
    {
        var digits = organisationNumber.ToString("D", CultureInfo.InvariantCulture);
        var uri = new Uri(_baseAddress, "enhetsregisteret/api/enheter/" + digits);
        return HttpSource.GetAsync(_httpClient, uri, _timeout,
            $"no firm with organisation number {digits} in Enhetsregisteret; check the number",
            $"the firm with organisation number {digits} has been deleted from Enhetsregisteret",
            async (stream, token) =>
            {
                var firms = await ReadAllAsync(stream, uri.ToString(), token).ConfigureAwait(false);
                return firms.Count == 1
                    ? firms[0]
                    : throw new DataException(new DataProblem(uri.ToString(), 0, "$", null, "expected one entity in the response"));
            },
            cancellationToken);
    }

    /// <summary>Searches firms: <c>GET enhetsregisteret/api/enheter?navn=…&amp;naeringskode=…&amp;page=…&amp;size=…</c>.</summary>
    /// <param name="name">Part of the name (<c>navn</c>), or null.</param>
    /// <param name="naceCode">An industry code (<c>naeringskode</c>, such as "21.200"), or null.</param>
    /// <param name="municipalityNumber">A municipality number of the business address (<c>kommunenummer</c>), or null.</param>
    /// <param name="page">The 0-based page, ≥ 0.</param>
    /// <param name="size">The page size, 1 to 10 000 (the API's limit); 20 by default.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page of firms, with the paging.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="page"/> or <paramref name="size"/> is out of range.</exception>
    /// <exception cref="HttpSourceException">Rate limited (429), a server error, a timeout, a refused request.</exception>
    /// <exception cref="DataException">The response is not a search page.</exception>
    public Task<EnhetsregisteretPage> SearchAsync(
        string? name = null,
        string? naceCode = null,
        string? municipalityNumber = null,
        int page = 0,
        int size = 20,
        CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(page);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(size, 10_000);
        var query = HttpSource.Query(
        [
            new("navn", name),
            new("naeringskode", naceCode),
            new("kommunenummer", municipalityNumber),
            new("page", page.ToString(CultureInfo.InvariantCulture)),
            new("size", size.ToString(CultureInfo.InvariantCulture)),
        ]);
        var uri = new Uri(_baseAddress, "enhetsregisteret/api/enheter" + query);
        return HttpSource.GetAsync(_httpClient, uri, _timeout,
            "the search address was not found; check the base address",
            "the search address is gone; check the base address",
            async (stream, token) =>
            {
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory, token).ConfigureAwait(false);
                memory.Position = 0;
                return EnhetsregisteretReader.ReadSearchPage(memory, uri.ToString());
            },
            cancellationToken);
    }

    /// <summary>
    /// Opens the bulk download of every entity (<c>GET enhetsregisteret/api/enheter/lastned</c>, a gzip-compressed JSON
    /// array of several hundred megabytes) as a decompressed stream, to be read with
    /// <see cref="EnhetsregisteretReader.Read"/> without storing it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the request (the stream's reads take their own tokens).</param>
    /// <returns>The JSON array, decompressed; dispose it to release the connection.</returns>
    /// <remarks>The client's timeout covers the wait for the response headers, not the download.</remarks>
    /// <exception cref="HttpSourceException">Rate limited (429), a server error, a timeout, a refused request.</exception>
    public async Task<Stream> OpenBulkDownloadAsync(CancellationToken cancellationToken = default)
    {
        var uri = new Uri(_baseAddress, "enhetsregisteret/api/enheter/lastned");
        var response = await HttpSource.GetResponseAsync(_httpClient, uri,
            "application/vnd.brreg.enhetsregisteret.enhet.v2+gzip;charset=UTF-8", _timeout,
            "the bulk download was not found; check the base address",
            "the bulk download is gone; check the base address",
            cancellationToken).ConfigureAwait(false);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            // Brønnøysund serves the file as gzip content (media type …+gzip); a handler with automatic
            // decompression may already have unpacked it (it then removes the Content-Encoding header).
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            var gzip = mediaType.EndsWith("gzip", StringComparison.OrdinalIgnoreCase) ||
                response.Content.Headers.ContentEncoding.Contains("gzip", StringComparer.OrdinalIgnoreCase);
            Stream stream = gzip ? new System.IO.Compression.GZipStream(body, System.IO.Compression.CompressionMode.Decompress) : body;
            return new ResponseStream(stream, response);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    private static async Task<List<Firm>> ReadAllAsync(Stream stream, string source, CancellationToken token)
    {
        using var memory = new MemoryStream();
        await stream.CopyToAsync(memory, token).ConfigureAwait(false);
        memory.Position = 0;
        return [.. EnhetsregisteretReader.Read(memory, source)];
    }
}
