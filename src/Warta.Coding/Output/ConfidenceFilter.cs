using Warta.Core;

namespace Warta.Coding.Output;

/// <summary>Keeps the events whose confidence reaches a minimum; events without a confidence (no models) are kept.</summary>
public static class ConfidenceFilter
{
    public static bool Keeps(CodedEvent e, double? minimum) => minimum is not { } m || e.Confidence is not { } c || c >= m;

    public static CodedArticle Apply(CodedArticle article, double? minimum) =>
        minimum is null ? article : article with { Events = article.Events.Where(e => Keeps(e, minimum)).ToList() };
}
