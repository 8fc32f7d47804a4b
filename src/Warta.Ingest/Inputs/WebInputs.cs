using System.Runtime.CompilerServices;
using Warta.Core;
using Warta.Ingest.Fetching;
using Warta.Ingest.Html;
using Warta.Ingest.Warc;

namespace Warta.Ingest.Inputs;

/// <summary>Articles from web material: saved pages, URLs and WARC archives.</summary>
public static class WebInputs
{
    public const string NoArticleText = "no article text found in the page";

    /// <summary>An extracted page as an article; null when the page has no body text.</summary>
    public static Article? ToArticle(ExtractedPage page, string id, string origin) =>
        string.IsNullOrWhiteSpace(page.Text) ? null : new Article(
            Id: id,
            Text: page.Text,
            PublicationDate: page.PublicationDate,
            Url: page.CanonicalUrl ?? page.Url,
            Title: page.Title,
            Language: page.Language,
            Origin: origin,
            Outlet: page.SiteName);

    /// <summary>A saved page (.html, .htm, .html.gz).</summary>
    public static async IAsyncEnumerable<InputItem> ReadHtmlFileAsync(string path, HtmlArticleExtractor extractor,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var loaded = await PageLoader.LoadAsync(path, ct).ConfigureAwait(false);
        yield return FromLoaded(loaded, ArticleReader.Stem(path), path, extractor);
    }

    /// <summary>A page fetched from an http(s) URL.</summary>
    public static async IAsyncEnumerable<InputItem> ReadUrlAsync(string url, PageFetcher fetcher, HtmlArticleExtractor extractor,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        var result = await fetcher.FetchAsync(url, null, ct).ConfigureAwait(false);
        yield return FromLoaded(PageLoader.FromFetch(result), url, url, extractor);
    }

    /// <summary>An article from a loaded page, or the problem.</summary>
    public static InputItem FromLoaded(LoadedPage loaded, string id, string origin, HtmlArticleExtractor extractor)
    {
        if (loaded.Error is not null) return InputItem.Fail(origin, loaded.Error);
        ExtractedPage page;
        try
        {
            page = extractor.Extract(loaded.Html!, loaded.Url);
        }
        catch (Exception e) when (e is not OutOfMemoryException and not OperationCanceledException)
        {
            return InputItem.Fail(origin, "page could not be read: " + e.Message);
        }
        var article = ToArticle(page, id, origin);
        return article is null ? InputItem.Fail(origin, NoArticleText) : InputItem.Of(article);
    }

    /// <summary>
    /// The HTML responses of a WARC file (.warc, .warc.gz): one article per 200 response (or resource record) whose
    /// content type is HTML. Id = "file-stem@offset", Origin = "path@offset"; other records are passed over.
    /// </summary>
    public static async IAsyncEnumerable<InputItem> ReadWarcAsync(string path, HtmlArticleExtractor extractor,
        [EnumeratorCancellation] CancellationToken ct = default)
    {
        WarcReader? reader = null;
        string? openError = null;
        try
        {
            reader = WarcReader.Open(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            openError = e.Message;
        }
        if (reader is null)
        {
            yield return InputItem.Fail(path, InputMessages.Unreadable(openError ?? "unknown error"));
            yield break;
        }
        using (reader)
        {
            var stem = ArticleReader.Stem(path);
            int records = 0, items = 0;
            while (true)
            {
                ct.ThrowIfCancellationRequested();
                WarcRecord? record;
                string? error = null;
                try
                {
                    record = reader.Next();
                }
                catch (Exception e) when (e is FormatException or InvalidDataException or IOException)
                {
                    record = null;
                    error = e.Message;
                }
                if (error is not null)
                {
                    yield return InputItem.Fail(path, "not a readable WARC file: " + error);
                    yield break;
                }
                if (record is null) break;
                records++;
                var origin = $"{path}@{record.Offset}";
                var item = FromRecord(record, $"{stem}@{record.Offset}", origin, extractor);
                if (item is { } found)
                {
                    items++;
                    yield return found;
                }
                await Task.Yield();
            }
            // An archive that gives nothing is said so, never passed over in silence.
            if (records == 0) yield return InputItem.Fail(path, InputMessages.EmptyFile);
            else if (items == 0) yield return InputItem.Fail(path, InputMessages.NoHtmlRecords(records));
        }
    }

    private static InputItem? FromRecord(WarcRecord record, string id, string origin, HtmlArticleExtractor extractor)
    {
        if (record.SkippedLength is { } skipped)
            return InputItem.Fail(origin, $"record of {skipped} bytes is {InputMessages.TooLong(InputLimits.MaxPageBytes)}");
        byte[] body;
        string? contentType;
        switch (record.Type?.ToLowerInvariant())
        {
            case "response" when record.ContentType?.StartsWith("application/http", StringComparison.OrdinalIgnoreCase) == true:
                var http = HttpResponse.Parse(record.Block);
                if (http is null) return InputItem.Fail(origin, "response record without a readable HTTP message");
                if (http.Status != 200) return null;
                if (http.BodyOverCap) return InputItem.Fail(origin, InputMessages.DecompressedTooLong(InputLimits.MaxPageBytes));
                body = http.Body;
                contentType = http.ContentType;
                break;
            case "resource":
                body = record.Block;
                contentType = record.ContentType;
                break;
            default:
                return null;
        }
        if (contentType is null || !(contentType.Contains("html", StringComparison.OrdinalIgnoreCase))) return null;
        var loaded = PageLoader.Decode(body, Html.HtmlDecoding.CharsetOfContentType(contentType), record.TargetUri);
        return FromLoaded(loaded, id, origin, extractor);
    }
}
