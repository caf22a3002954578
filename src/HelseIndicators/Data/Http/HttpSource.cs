using System.Globalization;
using System.Net;

namespace HelseIndicators.Data.Http;

/// <summary>The request and error handling the clients share: timeout, cancellation, and clear errors by status.</summary>
internal static class HttpSource
{
    public static Uri ResolveBase(HttpClient httpClient, Uri? baseAddress, Uri fallback)
    {
        var address = baseAddress ?? httpClient.BaseAddress ?? fallback;
        if (!address.IsAbsoluteUri)
        {
            throw new ArgumentException($"The base address '{address}' must be absolute, such as {fallback}.", nameof(baseAddress));
        }

        // A base address without a trailing slash would drop its last segment when combined.
        return address.AbsoluteUri.EndsWith('/') ? address : new Uri(address.AbsoluteUri + "/");
    }

    public static TimeSpan CheckTimeout(TimeSpan value)
    {
        if (value != Timeout.InfiniteTimeSpan && value <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "A timeout must be positive (or infinite).");
        }

        return value;
    }

    /// <summary>Sends a GET, reads the response with <paramref name="read"/> within the timeout, and maps failures.</summary>
    public static async Task<T> GetAsync<T>(
        HttpClient httpClient,
        Uri uri,
        TimeSpan timeout,
        string notFound,
        string gone,
        Func<Stream, CancellationToken, Task<T>> read,
        CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd("application/json");
            using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            ThrowIfFailed(response, uri, notFound, gone);
            var stream = await response.Content.ReadAsStreamAsync(timeoutSource.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await read(stream, timeoutSource.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(uri, timeout, e);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(uri, e);
        }
    }

    /// <summary>
    /// Sends a GET and returns the response once its headers are in (the timeout covers only that); the caller owns
    /// the response and must dispose it.
    /// </summary>
    public static async Task<HttpResponseMessage> GetResponseAsync(
        HttpClient httpClient,
        Uri uri,
        string accept,
        TimeSpan timeout,
        string notFound,
        string gone,
        CancellationToken cancellationToken)
    {
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (timeout != Timeout.InfiniteTimeSpan)
        {
            timeoutSource.CancelAfter(timeout);
        }

        HttpResponseMessage? response = null;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.Accept.ParseAdd(accept);
            response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeoutSource.Token).ConfigureAwait(false);
            ThrowIfFailed(response, uri, notFound, gone);
            var result = response;
            response = null;
            return result;
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(uri, timeout, e);
        }
        catch (HttpRequestException e)
        {
            throw Unreachable(uri, e);
        }
        finally
        {
            response?.Dispose();
        }
    }

    private static HttpSourceException TimedOut(Uri uri, TimeSpan timeout, Exception e) =>
        new(HttpSourceError.Timeout,
            $"{uri.Host} did not answer within {timeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture)} s ({uri}); " +
            "try again, or give the client a longer timeout", uri, innerException: e);

    private static HttpSourceException Unreachable(Uri uri, HttpRequestException e) =>
        new(HttpSourceError.Unreachable, $"{uri.Host} could not be reached ({e.Message}); check the network and the base address", uri, innerException: e);

    private static void ThrowIfFailed(HttpResponseMessage response, Uri uri, string notFound, string gone)
    {
        if (response.IsSuccessStatusCode)
        {
            return;
        }

        var status = response.StatusCode;
        var code = ((int)status).ToString(CultureInfo.InvariantCulture);
        var retryAfter = RetryAfter(response);
        throw status switch
        {
            HttpStatusCode.NotFound => new HttpSourceException(HttpSourceError.NotFound, $"{notFound} ({code} Not Found, {uri})", uri, status),
            HttpStatusCode.Gone => new HttpSourceException(HttpSourceError.Gone, $"{gone} ({code} Gone, {uri})", uri, status),
            HttpStatusCode.TooManyRequests => new HttpSourceException(HttpSourceError.RateLimited,
                $"{uri.Host} is rate limiting this client ({code} Too Many Requests); " +
                (retryAfter is { } wait
                    ? $"try again after {wait.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)} s"
                    : "wait a while and send fewer requests"),
                uri, status, retryAfter),
            >= HttpStatusCode.InternalServerError => new HttpSourceException(HttpSourceError.ServerError,
                $"{uri.Host} failed with {code} {response.ReasonPhrase} ({uri}); the service may be down, try again later", uri, status, retryAfter),
            _ => new HttpSourceException(HttpSourceError.Refused,
                $"{uri.Host} refused the request with {code} {response.ReasonPhrase} ({uri}); check the address and the parameters", uri, status),
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }

        // An absolute Retry-After is turned into a wait against the response's own Date header (no local clock).
        if (header?.Date is { } date && response.Headers.Date is { } now)
        {
            var wait = date - now;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }

        return null;
    }

    public static string Query(IEnumerable<KeyValuePair<string, string?>> parameters)
    {
        var parts = parameters.Where(p => p.Value is not null)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value!))
            .ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }
}
