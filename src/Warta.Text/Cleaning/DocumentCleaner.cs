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
        // A stated language is trusted in any case ("EN", "id-ID"); one without a language folder is detected instead.
        var stated = article.Language?.Trim().Split('-', '_')[0].ToLowerInvariant();
        var language = stated is not null && Warta.Languages.DataFiles.Languages.Contains(stated)
            ? stated
            : LanguageDetector.Default.Detect(article.Text);
        return TextCleaner.For(language).Clean(article, language);
    }
}
