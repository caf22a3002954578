using System.Globalization;
using HelseIndicators.Data.Bronnoysund;
using HelseIndicators.Model;

namespace HelseIndicators.Data.Http;

/// <summary>
/// A client of Regnskapsregisteret's open API (<c>https://data.brreg.no/regnskapsregisteret/regnskap/{orgnr}</c>): the
/// published annual accounts of a firm.
/// </summary>
/// <remarks>
/// The HttpClient, base address, timeout and errors work as for <see cref="EnhetsregisteretClient"/>; a 404 means the
/// register has no accounts for the firm. Thread safety: safe to share between threads.
/// </remarks>
public sealed class RegnskapsregisteretClient
{
    private readonly HttpClient _httpClient;
    private readonly Uri _baseAddress;
    private readonly TimeSpan _timeout;

    /// <summary>Creates a client.</summary>
    /// <param name="httpClient">The HTTP client to send with.</param>
    /// <param name="baseAddress">The base address, or null for the HttpClient's or <see cref="EnhetsregisteretClient.DefaultBaseAddress"/>.</param>
    /// <param name="timeout">The time a request (including reading the body) may take; 30 s by default.</param>
    /// <exception cref="ArgumentNullException"><paramref name="httpClient"/> is null.</exception>
    /// <exception cref="ArgumentException">The base address is not absolute.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The timeout is not positive.</exception>
    public RegnskapsregisteretClient(HttpClient httpClient, Uri? baseAddress = null, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        _httpClient = httpClient;
        _baseAddress = HttpSource.ResolveBase(httpClient, baseAddress, EnhetsregisteretClient.DefaultBaseAddress);
        _timeout = HttpSource.CheckTimeout(timeout ?? TimeSpan.FromSeconds(30));
    }

    /// <summary>Gets the base address requests are made against.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>Gets a firm's published annual accounts: <c>GET regnskapsregisteret/regnskap/{orgnr}[?år=…&amp;regnskapstype=…]</c>.</summary>
    /// <param name="organisationNumber">The firm.</param>
    /// <param name="year">Only the accounts of this year (<c>år</c>), or null for what the register returns.</param>
    /// <param name="accountsType"><c>SELSKAP</c> or <c>KONSERN</c> (<c>regnskapstype</c>), or null for both.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The filings.</returns>
    /// <exception cref="HttpSourceException">No accounts (404), gone (410), rate limited (429), a server error, a timeout.</exception>
    /// <exception cref="DataException">The response is not an array of filings.</exception>
    public Task<IReadOnlyList<AnnualAccounts>> GetAccountsAsync(
        OrganisationNumber organisationNumber,
        int? year = null,
        string? accountsType = null,
        CancellationToken cancellationToken = default)
    {
        var digits = organisationNumber.ToString("D", CultureInfo.InvariantCulture);
        var query = HttpSource.Query(
        [
            new("år", year?.ToString(CultureInfo.InvariantCulture)),
            new("regnskapstype", accountsType),
        ]);
        var uri = new Uri(_baseAddress, "regnskapsregisteret/regnskap/" + digits + query);
        return HttpSource.GetAsync(_httpClient, uri, _timeout,
            $"no annual accounts for organisation number {digits} in Regnskapsregisteret; the firm may not have to file, or the number is wrong",
            $"the annual accounts of organisation number {digits} are no longer published",
            async (stream, token) =>
            {
                using var memory = new MemoryStream();
                await stream.CopyToAsync(memory, token).ConfigureAwait(false);
                memory.Position = 0;
                return RegnskapsregisteretReader.Read(memory, uri.ToString());
            },
            cancellationToken);
    }
}
