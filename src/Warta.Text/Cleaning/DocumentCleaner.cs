using Warta.Core;
using Warta.Text.Language;

namespace Warta.Text.Cleaning;

/// <summary>The cleaning stage: Article → Document, detecting the language when the input does not state it.</summary>
public static class DocumentCleaner
{
    /// <summary>
    /// Cleans an article with the cleaner of its language: <see cref="Article.Language"/> when set,
    /// else the one <see cref="LanguageDetector.Default"/> finds.
    /// </summary>
    public static Document Clean(Article article)
    {
        var language = string.IsNullOrWhiteSpace(article.Language)
            ? LanguageDetector.Default.Detect(article.Text)
            : article.Language.Trim().ToLowerInvariant();
        return TextCleaner.For(language).Clean(article, language);
    }
}
