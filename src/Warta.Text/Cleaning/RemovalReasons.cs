namespace Warta.Text.Cleaning;

/// <summary>
/// Reasons the cleaning engine itself records on <see cref="Warta.Core.RemovedSpan"/>. Every other
/// reason ("related-link", "advertisement", "editor-initials"...) is the <c>reason</c> column of a
/// language's <c>boilerplate.tsv</c>.
/// </summary>
public static class RemovalReasons
{
    /// <summary>A dateline naming a place ("Jakarta, CNN Indonesia --").</summary>
    public const string Dateline = "dateline";

    /// <summary>An outlet name without a place at the head ("KOMPAS.com -", "WahanaNews.co |").</summary>
    public const string SitePrefix = "site-prefix";

    /// <summary>Topic tag lines after the editor initials at the end.</summary>
    public const string Tags = "tags";

    /// <summary>The title of an embedded video, repeated just before the editor initials.</summary>
    public const string VideoTeaser = "video-teaser";
}
