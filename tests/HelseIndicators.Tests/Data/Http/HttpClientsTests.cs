using System.Net;
using HelseIndicators.Data;
using HelseIndicators.Data.Http;
using HelseIndicators.Model;
using HelseIndicators.Tests.Data.Bronnoysund;
using static HelseIndicators.Tests.Data.Http.LoopbackServer;

namespace HelseIndicators.Tests.Data.Http;

public sealed class HttpClientsTests : IDisposable
{
    private static readonly OrganisationNumber s_fjord = OrganisationNumber.FromInt32(928765431);
    private readonly HttpClient _http = new();

    public void Dispose() => _http.Dispose();

    private static string Fixture(string name) => EnhetsregisteretReaderTests.TestFile(name);

    [Fact]
    public async Task GetFirmAsync_LoopbackServer_ReadsEntity()
    {
        using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/enhetsregisteret/api/enheter/928765431"
            ? File(Fixture("enhet-928765431.json"))
            : new Reply(404, "{}"));
        var client = new EnhetsregisteretClient(_http, server.BaseAddress);

        var firm = await client.GetFirmAsync(s_fjord);

        Assert.Equal("FJORDLEGEMIDLER AS", firm.Name);
        Assert.Equal(NaceCode.Of("21.200"), firm.NaceCode);
        Assert.Equal(["/enhetsregisteret/api/enheter/928765431"], server.Requests);
    }

    [Fact]
    public async Task GetFirmAsync_BaseAddressFromHttpClientWithPathPrefix_IsKept()
    {
        using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/proxy/brreg/enhetsregisteret/api/enheter/928765431"
            ? File(Fixture("enhet-928765431.json"))
            : new Reply(404, "{}"));
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "proxy/brreg") };

        var firm = await new EnhetsregisteretClient(http).GetFirmAsync(s_fjord);

        Assert.Equal(s_fjord, firm.OrganisationNumber);
    }

    [Fact]
    public async Task GetFirmAsync_NotFound_SaysNoFirmWithThatNumber()
    {
        using var server = new LoopbackServer(_ => new Reply(404, """{"status":404,"error":"Not Found"}"""));
        var client = new EnhetsregisteretClient(_http, server.BaseAddress);

        var e = await Assert.ThrowsAsync<HttpSourceException>(() => client.GetFirmAsync(s_fjord));

        Assert.Equal(HttpSourceError.NotFound, e.Error);
        Assert.Equal(HttpStatusCode.NotFound, e.StatusCode);
        Assert.StartsWith("no firm with organisation number 928765431", e.Message, StringComparison.Ordinal);
        Assert.Equal("/enhetsregisteret/api/enheter/928765431", e.RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task GetFirmAsync_Gone_SaysDeleted()
    {
        using var server = new LoopbackServer(_ => new Reply(410, """{"organisasjonsnummer":"928765431","slettedato":"2024-05-02"}"""));

        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new EnhetsregisteretClient(_http, server.BaseAddress).GetFirmAsync(s_fjord));

        Assert.Equal(HttpSourceError.Gone, e.Error);
        Assert.Contains("deleted", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFirmAsync_RateLimited_GivesRetryAfter()
    {
        using var server = new LoopbackServer(_ => new Reply(429, "{}", [("Retry-After", "30")]));

        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new EnhetsregisteretClient(_http, server.BaseAddress).GetFirmAsync(s_fjord));

        Assert.Equal(HttpSourceError.RateLimited, e.Error);
        Assert.Equal(TimeSpan.FromSeconds(30), e.RetryAfter);
        Assert.Contains("try again after 30 s", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    public async Task GetFirmAsync_ServerError_IsServerError(int status)
    {
        using var server = new LoopbackServer(_ => new Reply(status, "oops"));

        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new EnhetsregisteretClient(_http, server.BaseAddress).GetFirmAsync(s_fjord));

        Assert.Equal(HttpSourceError.ServerError, e.Error);
        Assert.Equal((HttpStatusCode)status, e.StatusCode);
    }

    [Fact]
    public async Task GetFirmAsync_BadRequest_IsRefused()
    {
        using var server = new LoopbackServer(_ => new Reply(400, "{}"));
        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new EnhetsregisteretClient(_http, server.BaseAddress).GetFirmAsync(s_fjord));
        Assert.Equal(HttpSourceError.Refused, e.Error);
    }

    [Fact]
    public async Task GetFirmAsync_MalformedBody_IsDataException()
    {
        using var server = new LoopbackServer(_ => new Reply(200, """{"organisasjonsnummer": "928765431", "navn": """));
        var e = await Assert.ThrowsAsync<DataException>(() => new EnhetsregisteretClient(_http, server.BaseAddress).GetFirmAsync(s_fjord));
        Assert.Contains("enheter/928765431", e.Problems[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetFirmAsync_ServerNeverAnswers_TimesOut()
    {
        var never = new TaskCompletionSource<Reply>();
        using var server = new LoopbackServer(_ => never.Task);
        var client = new EnhetsregisteretClient(_http, server.BaseAddress, TimeSpan.FromMilliseconds(200));

        var e = await Assert.ThrowsAsync<HttpSourceException>(() => client.GetFirmAsync(s_fjord));

        Assert.Equal(HttpSourceError.Timeout, e.Error);
        Assert.Null(e.StatusCode);
        never.SetResult(new Reply(200, "{}"));
    }

    [Fact]
    public async Task GetFirmAsync_CallerCancels_IsCancellationNotTimeout()
    {
        var never = new TaskCompletionSource<Reply>();
        using var server = new LoopbackServer(_ => never.Task);
        using var cancel = new CancellationTokenSource();
        var client = new EnhetsregisteretClient(_http, server.BaseAddress, Timeout.InfiniteTimeSpan);

        var pending = client.GetFirmAsync(s_fjord, cancel.Token);
        while (server.Requests.IsEmpty)
        {
            await Task.Delay(10);
        }

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => pending);
        never.SetResult(new Reply(200, "{}"));
    }

    [Fact]
    public async Task GetFirmAsync_NothingListening_IsUnreachable()
    {
        Uri address;
        using (var server = new LoopbackServer(_ => new Reply(200, "{}")))
        {
            address = server.BaseAddress;
        }

        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new EnhetsregisteretClient(_http, address).GetFirmAsync(s_fjord));
        Assert.Equal(HttpSourceError.Unreachable, e.Error);
    }

    [Fact]
    public async Task SearchAsync_SendsQueryAndReadsPage()
    {
        using var server = new LoopbackServer(_ => File(Fixture("enheter-search.json")));
        var client = new EnhetsregisteretClient(_http, server.BaseAddress);

        var page = await client.SearchAsync(name: "helse og omsorg", naceCode: "21.200", page: 0, size: 3);

        Assert.Equal(3, page.Firms.Count);
        Assert.Equal(14, page.TotalElements);
        Assert.Equal("/enhetsregisteret/api/enheter?navn=helse%20og%20omsorg&naeringskode=21.200&page=0&size=3", Assert.Single(server.Requests));
    }

    [Fact]
    public async Task SearchAsync_NoHits_IsEmptyPage()
    {
        using var server = new LoopbackServer(_ => File(Fixture("enheter-search-empty.json")));
        var page = await new EnhetsregisteretClient(_http, server.BaseAddress).SearchAsync(name: "finnesikke");
        Assert.Empty(page.Firms);
    }

    [Fact]
    public async Task OpenBulkDownloadAsync_GzipBody_IsDecompressedAndStreamed()
    {
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(System.IO.File.ReadAllBytes(Fixture("enheter-bulk.json")));
        }

        using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/enhetsregisteret/api/enheter/lastned"
            ? new Reply(200, "") { Bytes = packed.ToArray(), ContentType = "application/vnd.brreg.enhetsregisteret.enhet.v2+gzip;charset=UTF-8" }
            : new Reply(404, "{}"));
        var client = new EnhetsregisteretClient(_http, server.BaseAddress);

        await using var stream = await client.OpenBulkDownloadAsync();
        var firms = HelseIndicators.Data.Bronnoysund.EnhetsregisteretReader.Read(stream, "lastned").ToList();

        Assert.Equal(4, firms.Count);
        Assert.Equal("FJORDLEGEMIDLER AS", firms[0].Name);
    }

    [Fact]
    public async Task OpenBulkDownloadAsync_RateLimited_Throws()
    {
        using var server = new LoopbackServer(_ => new Reply(429, "", [("Retry-After", "120")]));
        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new EnhetsregisteretClient(_http, server.BaseAddress).OpenBulkDownloadAsync());
        Assert.Equal(TimeSpan.FromSeconds(120), e.RetryAfter);
    }

    [Fact]
    public async Task GetAccountsAsync_ReadsFilingsAndSendsYear()
    {
        using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/regnskapsregisteret/regnskap/928765431"
            ? File(Fixture("regnskap-928765431.json"))
            : new Reply(404, "{}"));
        var client = new RegnskapsregisteretClient(_http, server.BaseAddress);

        var filings = await client.GetAccountsAsync(s_fjord, year: 2023, accountsType: "SELSKAP");

        Assert.Equal(4, filings.Count);
        Assert.Equal(523_750_000.5m, filings[0].Revenue);
        Assert.Equal("/regnskapsregisteret/regnskap/928765431?%C3%A5r=2023&regnskapstype=SELSKAP", Assert.Single(server.Requests));
    }

    [Fact]
    public async Task GetAccountsAsync_NotFound_SaysNoAccounts()
    {
        using var server = new LoopbackServer(_ => new Reply(404, ""));
        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new RegnskapsregisteretClient(_http, server.BaseAddress).GetAccountsAsync(s_fjord));
        Assert.StartsWith("no annual accounts for organisation number 928765431", e.Message, StringComparison.Ordinal);
    }

    private const string JsonStat = """{"version":"2.0","class":"dataset","label":"Test","id":["Tid"],"size":[2],"dimension":{"Tid":{"category":{"index":["2022","2023"]}}},"value":[1.5,null]}""";

    [Fact]
    public async Task PxWeb_GetTableDataAsync_ReturnsRawJsonStat()
    {
        using var server = new LoopbackServer(request => request.Url!.AbsolutePath == "/api/pxwebapi/v2/tables/07459/data"
            ? new Reply(200, JsonStat)
            : new Reply(404, "{}"));
        using var http = new HttpClient { BaseAddress = new Uri(server.BaseAddress, "api/pxwebapi/v2/") };
        var client = new PxWebClient(http);

        var json = await client.GetTableDataAsync("07459", "en", new Dictionary<string, string> { ["Tid"] = "2022,2023", ["Alder"] = "999" });

        Assert.Equal(JsonStat, json);
        Assert.Equal("/api/pxwebapi/v2/tables/07459/data?lang=en&outputFormat=json-stat2&valueCodes%5BAlder%5D=999&valueCodes%5BTid%5D=2022%2C2023",
            Assert.Single(server.Requests));
    }

    [Fact]
    public async Task PxWeb_OpenTableDataAsync_ReturnsStream()
    {
        using var server = new LoopbackServer(_ => new Reply(200, JsonStat));
        await using var stream = await new PxWebClient(_http, server.BaseAddress).OpenTableDataAsync("07459");
        using var reader = new StreamReader(stream);

        Assert.Equal(JsonStat, await reader.ReadToEndAsync());
        Assert.Contains("lang=no", Assert.Single(server.Requests), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PxWeb_UnknownTable_IsNotFound()
    {
        using var server = new LoopbackServer(_ => new Reply(404, """{"type":"NotFound","title":"Table not found"}"""));
        var e = await Assert.ThrowsAsync<HttpSourceException>(() => new PxWebClient(_http, server.BaseAddress).GetTableDataAsync("99999"));
        Assert.Equal(HttpSourceError.NotFound, e.Error);
        Assert.Contains("no SSB table with id '99999'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructors_DefaultToPublicAddresses()
    {
        Assert.Equal(new Uri("https://data.brreg.no/"), new EnhetsregisteretClient(_http).BaseAddress);
        Assert.Equal(new Uri("https://data.brreg.no/"), new RegnskapsregisteretClient(_http).BaseAddress);
        Assert.Equal(new Uri("https://data.ssb.no/api/pxwebapi/v2/"), new PxWebClient(_http).BaseAddress);
        Assert.Equal(new Uri("https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2"),
            new PxWebClient(_http).TableDataUri("07459"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PxWebClient(_http, timeout: TimeSpan.Zero));
        Assert.Throws<ArgumentException>(() => new PxWebClient(_http, new Uri("relative", UriKind.Relative)));
    }
}
