using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests;

/// <summary>Codes a text written for a test as one article of the given date and language, with the shipped coder.</summary>
internal static class WrittenText
{
    public static CodedArticle Code(string id, string text, DateOnly published, string language = "id") =>
        WartaCoder.Default.Code(new Article(id, text, published, Language: language));
}
