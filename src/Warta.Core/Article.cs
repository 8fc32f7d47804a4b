namespace Warta.Core;

/// <summary>One news article as read from an input, before any processing.</summary>
/// <param name="Id">Stable identifier (file name, JSONL id, or a hash of the text).</param>
/// <param name="Text">The original text; every span in Warta points into it.</param>
/// <param name="PublicationDate">Publication date when the input states it.</param>
/// <param name="Url">Where the article came from, when known.</param>
/// <param name="Title">Headline, when known (kept apart from <see cref="Text"/>).</param>
/// <param name="Language">ISO 639-1 code when the input declares it, else null (detected later).</param>
/// <param name="Origin">Where it was read: "file.jsonl:12", "stdin", a path or URL.</param>
public sealed record Article(
    string Id,
    string Text,
    DateOnly? PublicationDate = null,
    string? Url = null,
    string? Title = null,
    string? Language = null,
    string? Origin = null,
    string? Outlet = null);
