namespace Warta.Ingest.Fetching;

/// <summary>How politely and how far <see cref="PageFetcher"/> fetches.</summary>
public sealed record FetchOptions
{
    /// <summary>Sent with every request.</summary>
    public string UserAgent { get; init; } = "Warta/0.1 (+news event coder)";

    /// <summary>Whole-request limit (headers and body) for one attempt.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Bodies larger than this are refused (10 MB).</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    /// <summary>Redirects followed before giving up (loops stop here too).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Extra attempts after a time-out, a network error, 429 or a 5xx answer.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>First back-off; doubled for each further attempt (a Retry-After header, up to a minute, wins).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Least time between two requests to the same host (a longer robots.txt Crawl-delay, up to 30 s, wins).</summary>
    public TimeSpan PerHostInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Ask robots.txt before fetching a page.</summary>
    public bool RespectRobots { get; init; } = true;
}

/// <summary>Validators of a previous answer, for a conditional request.</summary>
public sealed record Validators(string? ETag, string? LastModified);

/// <summary>How a fetch ended.</summary>
public enum FetchStatus
{
    Ok,
    /// <summary>304: unchanged since the validators were taken.</summary>
    NotModified,
    /// <summary>A 4xx or 5xx answer (after retries for 5xx).</summary>
    HttpError,
    TooLarge,
    Timeout,
    TooManyRedirects,
    /// <summary>robots.txt forbids the path for Warta.</summary>
    Disallowed,
    NetworkError,
    /// <summary>Not an http(s) URL.</summary>
    BadUrl,
}

/// <summary>The answer to one fetch.</summary>
/// <param name="Status">How it ended.</param>
/// <param name="Url">The URL finally answered (after redirects).</param>
/// <param name="HttpStatus">The HTTP status code, when an answer came.</param>
/// <param name="Body">The body, for <see cref="FetchStatus.Ok"/>.</param>
/// <param name="ContentType">The Content-Type header.</param>
/// <param name="Validators">ETag and Last-Modified of the answer, for the next conditional request.</param>
/// <param name="Error">What went wrong, in words for a log line.</param>
/// <param name="Attempts">Attempts made.</param>
public sealed record FetchResult(FetchStatus Status, string Url, int? HttpStatus, byte[]? Body, string? ContentType,
    Validators? Validators, string? Error, int Attempts = 1)
{
    public bool IsOk => Status == FetchStatus.Ok;

    /// <summary>A server's Retry-After, capped at a minute.</summary>
    public TimeSpan? RetryAfter { get; init; }
}
