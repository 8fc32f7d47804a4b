using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;

namespace Warta.Ingest.Fetching;

/// <summary>
/// Fetches pages politely: a User-Agent naming Warta, robots.txt, a per-host interval, a time-out per attempt,
/// a size cap, a bounded number of redirects, retries with back-off, and conditional requests.
/// Never throws for a network or HTTP failure: the <see cref="FetchResult"/> says what happened.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient _http;
    private readonly ConcurrentDictionary<string, HostGate> _hosts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Task<RobotsRules>> _robots = new(StringComparer.OrdinalIgnoreCase);
    private readonly TimeProvider _time;

    public FetchOptions Options { get; }

    /// <param name="options">Politeness and limits (defaults: 20 s, 10 MB, 5 redirects, 2 retries, 1 s per host).</param>
    /// <param name="handler">A handler of one's own; it must not follow redirects itself. Disposed with the fetcher.</param>
    /// <param name="time">Clock for back-off and per-host spacing.</param>
    public PageFetcher(FetchOptions? options = null, HttpMessageHandler? handler = null, TimeProvider? time = null)
    {
        Options = options ?? new FetchOptions();
        _time = time ?? TimeProvider.System;
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = Options.Timeout,
        };
        // Time-outs are ours (per attempt, body included); redirects are followed by hand (robots.txt, loops).
        _http = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Fetches <paramref name="url"/>, sending <paramref name="validators"/> as If-None-Match / If-Modified-Since.</summary>
    public async Task<FetchResult> FetchAsync(string url, Validators? validators = null, CancellationToken ct = default)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return new FetchResult(FetchStatus.BadUrl, url, null, null, null, null, "not an http(s) URL", 0);
        if (Options.RespectRobots)
        {
            var rules = await RobotsFor(uri, ct).ConfigureAwait(false);
            if (!rules.Allows(uri.PathAndQuery))
                return rules.Failure is { } failure
                    ? Unreachable(url, failure) with { Attempts = 0 }
                    : new FetchResult(FetchStatus.Disallowed, url, null, null, null, null, "robots.txt disallows this path for Warta", 0);
        }

        FetchResult last = new(FetchStatus.NetworkError, url, null, null, null, null, "not fetched", 0);
        for (var attempt = 1; attempt <= Options.Retries + 1; attempt++)
        {
            last = await AttemptAsync(uri, validators, ct).ConfigureAwait(false) with { Attempts = attempt };
            var retry = last.Status is FetchStatus.Timeout or FetchStatus.NetworkError
                || last.Status == FetchStatus.HttpError && last.HttpStatus is 429 or >= 500;
            if (!retry || attempt > Options.Retries) break;
            var delay = last.RetryAfter ?? Options.RetryDelay * Math.Pow(2, attempt - 1);
            await Task.Delay(delay, _time, ct).ConfigureAwait(false);
        }
        return last;
    }

    /// <summary>One attempt: the request and its redirects (each redirect target asked of robots.txt).</summary>
    private async Task<FetchResult> AttemptAsync(Uri uri, Validators? validators, CancellationToken ct)
    {
        var current = uri;
        for (var hop = 0; hop <= Options.MaxRedirects; hop++)
        {
            if (hop > 0 && Options.RespectRobots)
            {
                var rules = await RobotsFor(current, ct).ConfigureAwait(false);
                if (!rules.Allows(current.PathAndQuery))
                    return rules.Failure is { } failure
                        ? Unreachable(current.ToString(), failure)
                        : new FetchResult(FetchStatus.Disallowed, current.ToString(), null, null, null, null, "robots.txt disallows the redirect target for Warta");
            }
            var result = await OneRequestAsync(current, hop == 0 ? validators : null, ct).ConfigureAwait(false);
            if (result.Redirect is null) return result.Result;
            current = result.Redirect;
        }
        return new FetchResult(FetchStatus.TooManyRedirects, uri.ToString(), null, null, null, null,
            $"more than {Options.MaxRedirects} redirects (a loop?)");
    }

    private async Task<(FetchResult Result, Uri? Redirect)> OneRequestAsync(Uri uri, Validators? validators, CancellationToken ct)
    {
        await WaitForHostAsync(uri, ct).ConfigureAwait(false);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(Options.Timeout);
        var url = uri.ToString();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.UserAgent.ParseAdd(Options.UserAgent);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,application/atom+xml,application/feed+json,*/*;q=0.5");
            if (validators?.ETag is { } etag && EntityTagHeaderValue.TryParse(etag, out var tag)) request.Headers.IfNoneMatch.Add(tag);
            if (validators?.LastModified is { } lm && DateTimeOffset.TryParse(lm, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                request.Headers.IfModifiedSince = since;
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            var found = new Validators(response.Headers.ETag?.ToString(), response.Content.Headers.LastModified?.ToString("R"));
            if (status is >= 300 and < 400 && status != 304)
            {
                var location = response.Headers.Location;
                if (location is null)
                    return (new FetchResult(FetchStatus.HttpError, url, status, null, null, null, $"HTTP {status} without Location"), null);
                return (default!, location.IsAbsoluteUri ? location : new Uri(uri, location));
            }
            if (status == 304)
                return (new FetchResult(FetchStatus.NotModified, url, status, null, null, validators ?? found, null), null);
            if (status >= 400)
                return (new FetchResult(FetchStatus.HttpError, url, status, null, null, null, $"HTTP {status} {response.ReasonPhrase}")
                    { RetryAfter = RetryAfter(response) }, null);
            var contentType = response.Content.Headers.ContentType?.ToString();
            if (response.Content.Headers.ContentLength is { } length && length > Options.MaxBytes)
                return (new FetchResult(FetchStatus.TooLarge, url, status, null, contentType, null, $"body of {length} bytes is over the {Options.MaxBytes}-byte cap"), null);
            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int n;
            while ((n = await stream.ReadAsync(chunk, timeout.Token).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + n > Options.MaxBytes)
                    return (new FetchResult(FetchStatus.TooLarge, url, status, null, contentType, null, $"body is over the {Options.MaxBytes}-byte cap"), null);
                buffer.Write(chunk, 0, n);
            }
            return (new FetchResult(FetchStatus.Ok, url, status, buffer.ToArray(), contentType, found, null), null);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return (new FetchResult(FetchStatus.Timeout, url, null, null, null, null, $"no complete answer within {Options.Timeout.TotalSeconds:0.###} s"), null);
        }
        catch (HttpRequestException e)
        {
            return (new FetchResult(FetchStatus.NetworkError, url, null, null, null, null, e.Message), null);
        }
        catch (IOException e)
        {
            return (new FetchResult(FetchStatus.NetworkError, url, null, null, null, null, e.Message), null);
        }
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var ra = response.Headers.RetryAfter;
        var delta = ra?.Delta ?? (ra?.Date is { } d ? d - DateTimeOffset.UtcNow : null);
        if (delta is null) return null;
        return delta < TimeSpan.Zero ? TimeSpan.Zero : delta > TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : delta;
    }

    /// <summary>
    /// A site whose robots.txt got no usable answer is not fetched (RFC 9309), and the result says that the site did not
    /// answer, with the reason: an unreachable host is not reported as a robots.txt refusal.
    /// </summary>
    private static FetchResult Unreachable(string url, FetchResult robots) =>
        new(robots.Status == FetchStatus.Ok ? FetchStatus.NetworkError : robots.Status, url, robots.HttpStatus, null, null, null,
            $"not fetched: the site did not answer for its robots.txt ({robots.Error ?? robots.Status.ToString()})");

    private async Task<RobotsRules> RobotsFor(Uri uri, CancellationToken ct)
    {
        // Loaded once per site, bounded by the fetch time-out rather than by one caller's token, so that a
        // cancelled caller does not leave a cancelled task in the cache for the others.
        var authority = uri.GetLeftPart(UriPartial.Authority);
        var task = _robots.GetOrAdd(authority, a => LoadRobotsAsync(new Uri(a + "/robots.txt"), CancellationToken.None));
        var rules = await task.WaitAsync(ct).ConfigureAwait(false);
        // A site that did not answer is asked again next time (a watch loop must not give it up for good).
        if (rules.Failure is not null) _robots.TryRemove(new KeyValuePair<string, Task<RobotsRules>>(authority, task));
        return rules;
    }

    private async Task<RobotsRules> LoadRobotsAsync(Uri robotsUrl, CancellationToken ct)
    {
        // robots.txt: one attempt, redirects followed; 4xx means no rules, 5xx or no answer means stay away (RFC 9309).
        var current = robotsUrl;
        for (var hop = 0; hop <= Options.MaxRedirects; hop++)
        {
            var (result, redirect) = await OneRequestAsync(current, null, ct).ConfigureAwait(false);
            if (redirect is not null) { current = redirect; continue; }
            if (result.IsOk) return RobotsRules.Parse(System.Text.Encoding.UTF8.GetString(result.Body!), Options.UserAgent);
            if (result.Status == FetchStatus.HttpError && result.HttpStatus is >= 400 and < 500) return RobotsRules.AllowAll;
            if (result.Status == FetchStatus.TooLarge) return RobotsRules.AllowAll;
            return RobotsRules.Unavailable(result);
        }
        return RobotsRules.AllowAll;
    }

    private async Task WaitForHostAsync(Uri uri, CancellationToken ct)
    {
        var gate = _hosts.GetOrAdd(uri.Authority, _ => new HostGate());
        TimeSpan wait;
        lock (gate)
        {
            var now = _time.GetUtcNow();
            var interval = Options.PerHostInterval;
            if (_robots.TryGetValue(uri.GetLeftPart(UriPartial.Authority), out var robots) && robots.IsCompletedSuccessfully
                && robots.Result.CrawlDelay is { } cd && cd > interval)
                interval = cd > TimeSpan.FromSeconds(30) ? TimeSpan.FromSeconds(30) : cd;
            var slot = gate.Next > now ? gate.Next : now;
            gate.Next = slot + interval;
            wait = slot - now;
        }
        if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, ct).ConfigureAwait(false);
    }

    private sealed class HostGate
    {
        public DateTimeOffset Next;
    }

    public void Dispose() => _http.Dispose();
}
