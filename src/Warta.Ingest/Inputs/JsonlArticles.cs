using System.Text.Json;
using Warta.Core;

namespace Warta.Ingest.Inputs;

/// <summary>
/// JSON Lines: one article per line. <c>text</c> is required; <c>id</c>, <c>date</c>, <c>url</c>, <c>title</c>,
/// <c>lang</c> (or <c>language</c>) and <c>outlet</c> are optional. Blank lines are skipped.
/// </summary>
public static class JsonlArticles
{
    /// <summary>Streams a JSONL file; a bad line yields a problem naming "file:line" and reading goes on.</summary>
    public static async IAsyncEnumerable<InputItem> ReadAsync(Stream stream, string origin, string stem,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var any = false;
        await foreach (var line in ByteLines.ReadAsync(stream, ct).ConfigureAwait(false))
        {
            var lineOrigin = $"{origin}:{line.Number}";
            if (line.TooLong)
            {
                any = true;
                yield return InputItem.Fail(lineOrigin, InputMessages.TooLong(InputLimits.MaxArticleBytes));
                continue;
            }
            if (!StrictUtf8.TryDecode(line.Bytes.Span, line.Offset, out var text, out var error))
            {
                any = true;
                yield return InputItem.Fail(lineOrigin, error!);
                continue;
            }
            if (string.IsNullOrWhiteSpace(text)) continue;
            any = true;
            foreach (var item in FromLine(text, lineOrigin, $"{stem}:{line.Number}"))
                yield return item;
        }
        if (!any) yield return InputItem.Fail(origin, InputMessages.EmptyFile);
    }

    /// <summary>Reads already decoded lines (standard input).</summary>
    public static async IAsyncEnumerable<InputItem> ReadAsync(TextReader reader, string origin,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var number = 0;
        var any = false;
        while (await reader.ReadLineAsync(ct).ConfigureAwait(false) is { } text)
        {
            number++;
            if (string.IsNullOrWhiteSpace(text)) continue;
            any = true;
            foreach (var item in FromLine(text, $"{origin}:{number}", $"{origin}:{number}"))
                yield return item;
        }
        if (!any) yield return InputItem.Fail(origin, InputMessages.EmptyInput);
    }

    /// <summary>One JSONL line to an article, or to the problem that replaces it.</summary>
    public static IReadOnlyList<InputItem> FromLine(string line, string origin, string defaultId)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            return [InputItem.Fail(origin, InputMessages.NotJson(e.Message))];
        }
        using (doc) return FromElement(doc.RootElement, origin, defaultId);
    }

    /// <summary>One JSON object to an article, or to the problem that replaces it.</summary>
    public static IReadOnlyList<InputItem> FromElement(JsonElement root, string origin, string defaultId)
    {
        // A string holding a lone surrogate escape ("\ud800") is valid JSON but no text: reading it throws.
        try { return Read(root, origin, defaultId); }
        catch (InvalidOperationException e) { return [InputItem.Fail(origin, InputMessages.NotText(e.Message))]; }
    }

    private static IReadOnlyList<InputItem> Read(JsonElement root, string origin, string defaultId)
    {
        if (root.ValueKind != JsonValueKind.Object) return [InputItem.Fail(origin, InputMessages.NotAnObject)];
        if (!root.TryGetProperty("text", out var textEl) || textEl.ValueKind == JsonValueKind.Null)
            return [InputItem.Fail(origin, InputMessages.NoText)];
        if (textEl.ValueKind != JsonValueKind.String) return [InputItem.Fail(origin, InputMessages.TextNotString)];
        var text = textEl.GetString()!;
        if (string.IsNullOrWhiteSpace(text)) return [InputItem.Fail(origin, InputMessages.EmptyText)];

        var id = Scalar(root, "id");
        var dateText = Scalar(root, "date");
        var date = PublicationDates.Parse(dateText);
        var article = new Article(
            Id: string.IsNullOrWhiteSpace(id) ? defaultId : id,
            Text: text,
            PublicationDate: date,
            Url: Scalar(root, "url"),
            Title: Scalar(root, "title"),
            Language: LanguageCode(Scalar(root, "lang") ?? Scalar(root, "language")),
            Origin: origin,
            Outlet: Scalar(root, "outlet"));
        var lang = Scalar(root, "lang") ?? Scalar(root, "language");
        if (!string.IsNullOrWhiteSpace(lang) && article.Language is null)
            return [InputItem.Note(origin, InputMessages.UnknownLanguage(lang, Warta.Languages.DataFiles.Languages)), InputItem.Of(article)];
        if (date is null && !string.IsNullOrWhiteSpace(dateText))
            return [InputItem.Note(origin, InputMessages.BadDate(dateText)), InputItem.Of(article)];
        return [InputItem.Of(article)];
    }

    /// <summary>A language folder's code from a "lang" value ("EN", "id-ID", " en "), or null when Warta has no such folder.</summary>
    public static string? LanguageCode(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var code = value.Trim().Split('-', '_')[0].ToLowerInvariant();
        return Warta.Languages.DataFiles.Languages.Contains(code) ? code : null;
    }

    private static string? Scalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var el)
            ? el.ValueKind switch
            {
                JsonValueKind.String => el.GetString(),
                JsonValueKind.Number => el.GetRawText(),
                _ => null,
            }
            : null;
}
