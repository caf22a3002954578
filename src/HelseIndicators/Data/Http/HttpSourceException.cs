using System.Net;

namespace HelseIndicators.Data.Http;

/// <summary>
/// Thrown when a request to an official data source (Brønnøysund, SSB) fails: what failed, the status, the address,
/// and for rate limiting when to try again. A cancellation requested by the caller is not wrapped: it stays an
/// <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class HttpSourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="error">What failed.</param>
    /// <param name="message">What happened and what to do.</param>
    /// <param name="requestUri">The address requested, or null.</param>
    /// <param name="statusCode">The HTTP status, or null when there was no response.</param>
    /// <param name="retryAfter">When to try again (429, 503), or null.</param>
    /// <param name="innerException">The cause, or null.</param>
    public HttpSourceException(HttpSourceError error, string message, Uri? requestUri = null, HttpStatusCode? statusCode = null,
        TimeSpan? retryAfter = null, Exception? innerException = null)
        : base(message, innerException)
    {
        Error = error;
        RequestUri = requestUri;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    /// <summary>Creates the exception with a message.</summary>
    public HttpSourceException()
        : this(HttpSourceError.Refused, "The request to the data source failed.")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public HttpSourceException(string message)
        : this(HttpSourceError.Refused, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public HttpSourceException(string message, Exception innerException)
        : this(HttpSourceError.Refused, message, innerException: innerException)
    {
    }

    /// <summary>Gets what failed.</summary>
    public HttpSourceError Error { get; }

    /// <summary>Gets the address requested, or null.</summary>
    public Uri? RequestUri { get; }

    /// <summary>Gets the HTTP status, or null when there was no response (timeout, unreachable).</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>Gets how long to wait before trying again, when the source said (Retry-After), or null.</summary>
    public TimeSpan? RetryAfter { get; }
}
