namespace Warta.Ingest.Html;

/// <summary>Where a publication date was read, in falling order of trust.</summary>
public enum DateSource
{
    None,
    /// <summary>schema.org datePublished in a JSON-LD block.</summary>
    JsonLd,
    /// <summary>article:published_time, itemprop=datePublished, Dublin Core and similar meta tags.</summary>
    Meta,
    /// <summary>A &lt;time datetime&gt; element.</summary>
    TimeElement,
    /// <summary>A date in the URL path ("/2021/10/23/").</summary>
    Url,
    /// <summary>A written date in the dateline or a date line near the headline ("Sabtu, 23 Oktober 2021").</summary>
    Dateline,
}

/// <summary>An article read from a web page.</summary>
/// <param name="Title">Headline.</param>
/// <param name="Text">Body text, paragraphs separated by a blank line.</param>
/// <param name="Paragraphs">The body's paragraphs.</param>
/// <param name="PublicationDate">Publication date (the calendar date the page states, not shifted to UTC).</param>
/// <param name="DateSource">Which part of the page gave the date.</param>
/// <param name="Author">Author or authors, comma-separated.</param>
/// <param name="SiteName">Outlet.</param>
/// <param name="Language">ISO 639-1 code the page declares.</param>
/// <param name="CanonicalUrl">The page's canonical URL.</param>
/// <param name="Url">The URL it was read from, when known.</param>
public sealed record ExtractedPage(
    string? Title,
    string Text,
    IReadOnlyList<string> Paragraphs,
    DateOnly? PublicationDate,
    DateSource DateSource,
    string? Author,
    string? SiteName,
    string? Language,
    string? CanonicalUrl,
    string? Url);
