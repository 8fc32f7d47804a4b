using System.Text.Json;
using Warta.Core;
using Warta.Ingest.Fetching;
using Warta.Ingest.Html;
using Warta.Ingest.Inputs;

namespace Warta.Ingest.Feeds;

/// <summary>What one poll did.</summary>
public sealed record PollSummary(int Feeds, int FeedsUnchanged, int FeedErrors, int NewArticles, int Skipped, int PageErrors);

/// <summary>An item of a feed: the link to its page and what the feed says about it.</summary>
public sealed record FeedEntry(string Link, string? Title, DateOnly? Published);

/// <summary>
/// Polls RSS, Atom and JSON feeds: fetches each feed conditionally, fetches the pages of items not seen before,
/// extracts their articles and hands them to a sink; remembers seen URLs and feed validators in an
/// <see cref="IFetchStateStore"/>. Every failure is a log line; nothing stops the poll.
/// </summary>
public sealed class FeedWatcher
{
    private readonly PageFetcher _fetcher;
    private readonly IFetchStateStore _state;
    private readonly HtmlArticleExtractor _extractor;
    private readonly Action<string> _log;

    public FeedWatcher(PageFetcher fetcher, IFetchStateStore state, HtmlArticleExtractor? extractor = null, Action<string>? log = null)
    {
        _fetcher = fetcher;
        _state = state;
        _extractor = extractor ?? new HtmlArticleExtractor();
        _log = log ?? (_ => { });
    }

    /// <summary>Reads a feeds file: one URL a line; blank lines and lines starting with # are skipped.</summary>
    public static IReadOnlyList<string> ReadFeedList(string text) =>
        text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

    /// <summary>Polls every feed once.</summary>
    public async Task<PollSummary> PollOnceAsync(IReadOnlyList<string> feeds, Func<Article, CancellationToken, Task> sink, CancellationToken ct = default)
    {
        int unchanged = 0, feedErrors = 0, added = 0, skipped = 0, pageErrors = 0;
        foreach (var feed in feeds)
        {
            ct.ThrowIfCancellationRequested();
            var validators = await _state.GetValidatorsAsync(feed, ct).ConfigureAwait(false);
            var result = await _fetcher.FetchAsync(feed, validators, ct).ConfigureAwait(false);
            if (result.Status == FetchStatus.NotModified)
            {
                unchanged++;
                _log($"feed {feed}: not modified");
                continue;
            }
            if (!result.IsOk)
            {
                feedErrors++;
                _log($"feed {feed}: {Describe(result)}");
                continue;
            }
            IReadOnlyList<FeedEntry> entries;
            try
            {
                entries = ParseFeed(result.Body!, result.Url);
            }
            catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
            {
                feedErrors++;
                _log($"feed {feed}: not a readable RSS, Atom or JSON feed: {e.Message}");
                continue;
            }
            if (result.Validators is { } v && (v.ETag is not null || v.LastModified is not null))
                await _state.SetValidatorsAsync(feed, v, ct).ConfigureAwait(false);
            _log($"feed {feed}: {entries.Count} items");
            foreach (var entry in entries)
            {
                ct.ThrowIfCancellationRequested();
                if (await _state.IsSeenAsync(entry.Link, ct).ConfigureAwait(false))
                {
                    skipped++;
                    continue;
                }
                var page = await _fetcher.FetchAsync(entry.Link, null, ct).ConfigureAwait(false);
                if (!page.IsOk)
                {
                    pageErrors++;
                    _log($"page {entry.Link}: {Describe(page)}");
                    // Permanent failures are not retried on the next poll; passing ones (time-out, 5xx) are.
                    if (page.Status is FetchStatus.HttpError && page.HttpStatus is >= 400 and < 500 || page.Status is FetchStatus.TooLarge or FetchStatus.Disallowed or FetchStatus.TooManyRedirects or FetchStatus.BadUrl)
                        await _state.MarkSeenAsync(entry.Link, ct).ConfigureAwait(false);
                    continue;
                }
                var item = WebInputs.FromLoaded(PageLoader.FromFetch(page), entry.Link, entry.Link, _extractor);
                if (item.Article is not { } article)
                {
                    pageErrors++;
                    _log($"page {entry.Link}: {item.Problem!.Message}");
                    await _state.MarkSeenAsync(entry.Link, ct).ConfigureAwait(false);
                    continue;
                }
                article = article with
                {
                    Url = entry.Link,
                    Title = article.Title ?? entry.Title,
                    PublicationDate = article.PublicationDate ?? entry.Published,
                };
                await sink(article, ct).ConfigureAwait(false);
                await _state.MarkSeenAsync(entry.Link, ct).ConfigureAwait(false);
                added++;
            }
            await _state.FlushAsync(ct).ConfigureAwait(false);
        }
        await _state.FlushAsync(ct).ConfigureAwait(false);
        return new PollSummary(feeds.Count, unchanged, feedErrors, added, skipped, pageErrors);
    }

    /// <summary>Polls until cancelled, waiting <paramref name="interval"/> between polls.</summary>
    public async Task RunAsync(IReadOnlyList<string> feeds, Func<Article, CancellationToken, Task> sink, TimeSpan interval, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var s = await PollOnceAsync(feeds, sink, ct).ConfigureAwait(false);
            _log($"poll done: {s.NewArticles} new, {s.Skipped} seen, {s.FeedsUnchanged} feeds unchanged, {s.FeedErrors} feed errors, {s.PageErrors} page errors");
            try { await Task.Delay(interval, ct).ConfigureAwait(false); }
            catch (OperationCanceledException) { break; }
        }
    }

    private static string Describe(FetchResult r) =>
        r.Status switch
        {
            FetchStatus.HttpError => $"HTTP {r.HttpStatus}" + (r.Attempts > 1 ? $" after {r.Attempts} attempts" : ""),
            _ => $"{r.Status}: {r.Error}" + (r.Attempts > 1 ? $" (after {r.Attempts} attempts)" : ""),
        };

    /// <summary>Parses an RSS, Atom or JSON feed into its items' links (resolved against the feed URL).</summary>
    public static IReadOnlyList<FeedEntry> ParseFeed(byte[] body, string feedUrl)
    {
        var start = 0;
        while (start < body.Length && (char.IsWhiteSpace((char)body[start]) || body[start] is 0xEF or 0xBB or 0xBF)) start++;
        if (start < body.Length && body[start] == '{') return ParseJsonFeed(body, feedUrl);
        RefuseDeepNesting(body);
        var feed = CodeHollow.FeedReader.FeedReader.ReadFromByteArray(body);
        var list = new List<FeedEntry>();
        foreach (var item in feed.Items)
        {
            var link = Resolve(item.Link, feedUrl);
            if (link is null) continue;
            list.Add(new FeedEntry(link, item.Title, item.PublishingDate is { } d ? DateOnly.FromDateTime(d) : PublicationDates.Parse(item.PublishingDateString)));
        }
        return list;
    }

    /// <summary>Elements nested deeper than this make a feed unreadable (real feeds nest a handful of levels).</summary>
    public const int MaxFeedDepth = 64;

    /// <summary>
    /// The feed parser's time grows with the square of the nesting (100,000 nested items: 13 s): a feed nested deeper than
    /// <see cref="MaxFeedDepth"/> is refused after one linear pass. Malformed XML is left to the parser's own message.
    /// </summary>
    private static void RefuseDeepNesting(byte[] body)
    {
        var settings = new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Ignore, XmlResolver = null };
        try
        {
            using var reader = System.Xml.XmlReader.Create(new MemoryStream(body), settings);
            while (reader.Read())
                if (reader.Depth > MaxFeedDepth)
                    throw new FormatException($"elements nested more than {MaxFeedDepth} levels deep");
        }
        catch (System.Xml.XmlException)
        {
            // Not well-formed: the feed parser says why.
        }
    }

    private static IReadOnlyList<FeedEntry> ParseJsonFeed(byte[] body, string feedUrl)
    {
        using var doc = JsonDocument.Parse(body);
        var list = new List<FeedEntry>();
        if (!doc.RootElement.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            throw new FormatException("JSON feed without an \"items\" array");
        foreach (var item in items.EnumerateArray())
        {
            var url = item.TryGetProperty("url", out var u) && u.ValueKind == JsonValueKind.String ? u.GetString()
                : item.TryGetProperty("external_url", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
            var link = Resolve(url, feedUrl);
            if (link is null) continue;
            var title = item.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            var date = item.TryGetProperty("date_published", out var dp) && dp.ValueKind == JsonValueKind.String ? PublicationDates.Parse(dp.GetString()) : null;
            list.Add(new FeedEntry(link, title, date));
        }
        return list;
    }

    private static string? Resolve(string? link, string baseUrl)
    {
        if (string.IsNullOrWhiteSpace(link)) return null;
        if (Uri.TryCreate(link.Trim(), UriKind.Absolute, out var abs) && abs.Scheme is "http" or "https") return abs.ToString();
        // Only web links are followed: "javascript:", "mailto:", "ftp://" or "file:" items are passed over.
        return Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, link.Trim(), out var rel) && rel.Scheme is "http" or "https"
            ? rel.ToString() : null;
    }
}
