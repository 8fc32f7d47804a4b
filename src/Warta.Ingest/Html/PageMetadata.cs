using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Warta.Core;
using Warta.Ingest.Inputs;

namespace Warta.Ingest.Html;

/// <summary>What a page says about itself, outside the body text.</summary>
public sealed record PageMetadata(
    string? Title, DateOnly? Date, DateSource DateSource, string? Author, string? SiteName,
    string? Language, string? CanonicalUrl)
{
    private static readonly string[] ArticleTypes =
        ["NewsArticle", "Article", "BlogPosting", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
         "BackgroundNewsArticle", "Report", "WebPage", "LiveBlogPosting", "TechArticle", "ScholarlyArticle", "SocialMediaPosting"];

    private static readonly string[] DateMetaNames =
        ["article:published_time", "og:published_time", "article:published", "datepublished", "publishdate", "publish-date",
         "publish_date", "pubdate", "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.created", "dcterms.date",
         "dcterms.issued", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
         "original-publish-date", "content_publisheddate", "cxenseparse:recs:publishtime", "publication_date", "release_date",
         "created", "date.release", "eomportal-lastupdate", "og:article:published_time", "displaydate", "dc.date.published"];

    private static readonly Regex DateClass = new(@"date|time|publish|posted|tanggal|waktu|dateline|byline|meta", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    /// <summary>Reads the metadata of a parsed page (before any cleaning).</summary>
    public static PageMetadata Read(IDocument doc, string? url)
    {
        var ld = JsonLd.Read(doc, ArticleTypes);
        string? Meta(params string[] names)
        {
            foreach (var name in names)
                foreach (var m in doc.QuerySelectorAll("meta"))
                {
                    var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
                    if (key is not null && key.Equals(name, StringComparison.OrdinalIgnoreCase))
                    {
                        var v = m.GetAttribute("content")?.Trim();
                        if (!string.IsNullOrEmpty(v)) return v;
                    }
                }
            return null;
        }

        var title = Clean(ld.Headline) ?? Clean(Meta("og:title", "twitter:title")) ?? Clean(doc.QuerySelector("h1")?.TextContent)
            ?? Clean(doc.Title);

        var (date, source) = (ld.DatePublished, DateSource.JsonLd);
        if (date is null) (date, source) = (PublicationDates.Parse(Meta(DateMetaNames)), DateSource.Meta);
        if (date is null)
        {
            foreach (var el in doc.QuerySelectorAll("[itemprop=datePublished]"))
            {
                date = PublicationDates.Parse(el.GetAttribute("datetime") ?? el.GetAttribute("content") ?? el.TextContent);
                if (date is not null) break;
            }
        }
        if (date is null)
        {
            source = DateSource.TimeElement;
            var times = doc.QuerySelectorAll("time[datetime]").ToList();
            var preferred = times.FirstOrDefault(t => t.HasAttribute("pubdate") || DateClass.IsMatch((t.ClassName ?? "") + " " + (t.ParentElement?.ClassName ?? "")));
            foreach (var t in preferred is null ? times : times.Prepend(preferred))
            {
                date = PublicationDates.Parse(t.GetAttribute("datetime"));
                if (date is not null) break;
            }
        }
        var canonical = Absolute(doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href"), url)
            ?? Absolute(Meta("og:url"), url);
        if (date is null)
        {
            source = DateSource.Url;
            date = UrlDates.From(url) ?? UrlDates.From(canonical);
        }
        if (date is null)
        {
            source = DateSource.Dateline;
            date = FromDateLines(doc);
        }
        if (date is null) source = DateSource.None;

        var author = ld.Author ?? Clean(Meta("author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"));
        if (author is not null && author.StartsWith("http", StringComparison.OrdinalIgnoreCase)) author = null;
        var site = ld.Publisher ?? Clean(Meta("og:site_name", "application-name", "twitter:site"));
        if (site is null && Uri.TryCreate(url ?? canonical, UriKind.Absolute, out var u)) site = u.Host.StartsWith("www.") ? u.Host[4..] : u.Host;
        var lang = LanguageCode(doc.DocumentElement.GetAttribute("lang")) ?? LanguageCode(ld.Language)
            ?? LanguageCode(Meta("content-language", "language", "dc.language", "og:locale"))
            ?? LanguageCode(doc.QuerySelector("meta[http-equiv='content-language' i]")?.GetAttribute("content"));
        return new PageMetadata(title, date, source, author, site, lang, canonical);
    }

    private static DateOnly? FromDateLines(IDocument doc)
    {
        // Elements whose class or id speaks of a date, short enough to be a date line.
        foreach (var el in doc.Body?.QuerySelectorAll("[class],[id]") ?? Enumerable.Empty<IElement>())
        {
            if (!DateClass.IsMatch((el.ClassName ?? "") + " " + el.Id)) continue;
            var text = el.TextContent;
            if (text.Length > 200) continue;
            if (WrittenDates.Find(text) is { } d) return d;
        }
        // The dateline: the first paragraph of the body.
        foreach (var p in doc.Body?.QuerySelectorAll("p").Take(5) ?? Enumerable.Empty<IElement>())
        {
            var text = p.TextContent;
            if (WrittenDates.Find(text.Length > 160 ? text[..160] : text) is { } d) return d;
        }
        return null;
    }

    private static string? Absolute(string? href, string? baseUrl)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && (abs.Scheme == "http" || abs.Scheme == "https")) return abs.ToString();
        if (baseUrl is not null && Uri.TryCreate(baseUrl, UriKind.Absolute, out var b) && Uri.TryCreate(b, href, out var rel)) return rel.ToString();
        return null;
    }

    private static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var v = value.Trim().Replace('_', '-');
        var code = v.Split('-', ',', ';')[0].ToLowerInvariant();
        if (code == "in") code = "id"; // the old ISO code for Indonesian
        return code.Length is 2 or 3 && code.All(char.IsAsciiLetterLower) ? code : null;
    }

    internal static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return Regex.Replace(s, @"\s+", " ").Trim();
    }
}

/// <summary>The schema.org article fields of a page's JSON-LD blocks.</summary>
internal sealed record JsonLd(string? Headline, DateOnly? DatePublished, string? Author, string? Publisher, string? Language)
{
    public static JsonLd Read(IDocument doc, string[] articleTypes)
    {
        string? headline = null, author = null, publisher = null, lang = null;
        DateOnly? date = null, pageDate = null;
        foreach (var script in doc.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            JsonDocument json;
            try { json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip }); }
            catch (Exception e) when (e is JsonException or ArgumentException) { continue; } // not JSON, or no text (a lone surrogate)
            using (json)
            {
                try
                {
                    foreach (var obj in Objects(json.RootElement))
                    {
                        if (!IsType(obj, articleTypes)) continue;
                        var isWebPage = IsType(obj, ["WebPage"]) && !IsType(obj, articleTypes.Where(t => t != "WebPage").ToArray());
                        var d = PublicationDates.Parse(Str(obj, "datePublished")) ?? PublicationDates.Parse(Str(obj, "dateCreated"));
                        if (isWebPage)
                        {
                            pageDate ??= d;
                            continue;
                        }
                        date ??= d;
                        headline ??= PageMetadata.Clean(Str(obj, "headline") ?? Str(obj, "name"));
                        author ??= Names(obj, "author");
                        publisher ??= Names(obj, "publisher");
                        lang ??= Str(obj, "inLanguage");
                    }
                }
                catch (InvalidOperationException)
                {
                    // A string that is no text (an escaped lone surrogate "\ud800"): the rest of this block is passed over.
                }
            }
        }
        return new JsonLd(headline, date ?? pageDate, author, publisher, lang);
    }

    private static IEnumerable<JsonElement> Objects(JsonElement el)
    {
        if (el.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in el.EnumerateArray())
                foreach (var o in Objects(x)) yield return o;
        }
        else if (el.ValueKind == JsonValueKind.Object)
        {
            yield return el;
            if (el.TryGetProperty("@graph", out var g))
                foreach (var o in Objects(g)) yield return o;
            if (el.TryGetProperty("mainEntity", out var me))
                foreach (var o in Objects(me)) yield return o;
        }
    }

    private static bool IsType(JsonElement obj, string[] types)
    {
        if (!obj.TryGetProperty("@type", out var t)) return false;
        if (t.ValueKind == JsonValueKind.String) return types.Contains(t.GetString(), StringComparer.OrdinalIgnoreCase);
        if (t.ValueKind == JsonValueKind.Array)
            return t.EnumerateArray().Any(x => x.ValueKind == JsonValueKind.String && types.Contains(x.GetString(), StringComparer.OrdinalIgnoreCase));
        return false;
    }

    private static string? Str(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Array => v.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()).FirstOrDefault(),
            JsonValueKind.Object => v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null,
            _ => null,
        } : null;

    private static string? Names(JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v)) return null;
        var names = new List<string>();
        void Add(JsonElement x)
        {
            if (x.ValueKind == JsonValueKind.String) names.Add(x.GetString()!);
            else if (x.ValueKind == JsonValueKind.Object && x.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String) names.Add(n.GetString()!);
        }
        if (v.ValueKind == JsonValueKind.Array) foreach (var x in v.EnumerateArray()) Add(x);
        else Add(v);
        var cleaned = names.Select(PageMetadata.Clean).OfType<string>().Where(n => !n.StartsWith("http", StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        return cleaned.Count == 0 ? null : string.Join(", ", cleaned);
    }
}
