namespace HelseIndicators.Data.Http;

/// <summary>Why a request to an official data source failed.</summary>
/// <remarks>Values are explicit and never renumbered.</remarks>
public enum HttpSourceError
{
    /// <summary>404: the source has no such resource (no firm with that organisation number, no such table).</summary>
    NotFound = 1,

    /// <summary>410: the resource existed and was removed (a firm deleted from the register).</summary>
    Gone = 2,

    /// <summary>429: too many requests; <see cref="HttpSourceException.RetryAfter"/> says when to try again, when the source says.</summary>
    RateLimited = 3,

    /// <summary>5xx: the source failed; try again later.</summary>
    ServerError = 4,

    /// <summary>The request took longer than the client's timeout.</summary>
    Timeout = 5,

    /// <summary>Another unsuccessful status (400, 401, 403…): the request was refused.</summary>
    Refused = 6,

    /// <summary>The source could not be reached (DNS, connection refused, TLS).</summary>
    Unreachable = 7,
}
