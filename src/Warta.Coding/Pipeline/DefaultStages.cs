using Warta.Core;
using Warta.Text.Cleaning;

namespace Warta.Coding.Pipeline;

/// <summary>The cleaning stage of Warta.Text: boilerplate, dateline and language.</summary>
public sealed class DocumentCleaningStage : ICleaningStage
{
    public Document Clean(Article article) => DocumentCleaner.Clean(article);
}

/// <summary>The coder with Warta's own stages.</summary>
public static class WartaCoder
{
    private static readonly Lazy<ArticleCoder> Shared = new(() =>
        new ArticleCoder(new DocumentCleaningStage(), new DateStage(), new GazetteerPlaceStage()));

    /// <summary>One shared coder: data is loaded once, and coding is thread-safe.</summary>
    public static IArticleCoder Default => Shared.Value;
}
