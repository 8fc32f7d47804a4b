namespace Warta.Core;

/// <summary>Why a stretch of text was left out of the body.</summary>
public sealed record RemovedSpan(Span Span, string Reason);

/// <summary>The dateline at the head of an article ("Jakarta, CNN Indonesia --").</summary>
/// <param name="Span">The whole dateline, excluded from the body.</param>
/// <param name="Place">The place named by the dateline, when there is one.</param>
/// <param name="Outlet">The outlet named by the dateline, when there is one.</param>
public sealed record Dateline(Span Span, Span? Place, string? PlaceText, string? Outlet);

/// <summary>A cleaned article: the original text with the spans that form its body.</summary>
public sealed record Document(
    Article Article,
    string Language,
    IReadOnlyList<Span> Body,
    IReadOnlyList<RemovedSpan> Removed,
    Dateline? Dateline)
{
    public string Text => Article.Text;
}
