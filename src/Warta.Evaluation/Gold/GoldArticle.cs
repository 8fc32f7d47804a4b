using System.Text.Json;
using Warta.Core;

namespace Warta.Evaluation.Gold;

public sealed record GoldPlace(string? Name, string? Country, string? Kind);

/// <summary>A gold event; <c>Trigger</c>, <c>SourceText</c> and <c>TargetText</c> are exact words of the text (training files only).</summary>
public sealed record GoldEvent(
    string Source, string Target, bool Symmetric, IReadOnlyList<string> Codes, bool Required,
    DateOnly? Date, DateOnly? DateEnd, string DatePrecision, GoldPlace? Place, string Evidence,
    string? Trigger = null, string? SourceText = null, string? TargetText = null);

public sealed record GoldForbidden(string Source, string Target, string Why);

/// <summary>One line of a gold file: the article and its reference events (format: shared/data/gold/README.md).</summary>
/// <param name="Fold">"train" or "test" in a training file (the test fold is scored, never read); null elsewhere.</param>
public sealed record GoldArticle(Article Article, IReadOnlyList<GoldEvent> Events, IReadOnlyList<GoldForbidden> Forbidden, string? Fold = null);

public static class GoldFile
{
    /// <summary>Reads a gold JSONL file; a malformed line is an error naming file and line.</summary>
    public static IEnumerable<GoldArticle> Read(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            GoldArticle article;
            try { article = Parse(line); }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or FormatException or InvalidOperationException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
            yield return article;
        }
    }

    public static GoldArticle Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString()!;
        var text = root.GetProperty("text").GetString()!;
        var date = Date(root, "date") ?? Date(root, "pub_date");
        var article = new Article(id, text, date, Str(root, "url"), Str(root, "title"), Str(root, "lang"), id);
        var events = new List<GoldEvent>();
        if (root.TryGetProperty("events", out var evs))
            foreach (var e in evs.EnumerateArray())
                events.Add(new GoldEvent(
                    e.GetProperty("source").GetString()!, e.GetProperty("target").GetString()!,
                    e.TryGetProperty("symmetric", out var s) && s.ValueKind == JsonValueKind.True,
                    e.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToArray(),
                    !e.TryGetProperty("required", out var r) || r.ValueKind != JsonValueKind.False,
                    Date(e, "date"), Date(e, "date_end"), Str(e, "date_precision") ?? "unknown",
                    e.TryGetProperty("place", out var p) && p.ValueKind == JsonValueKind.Object
                        ? new GoldPlace(Str(p, "name"), Str(p, "country"), Str(p, "kind")) : null,
                    Str(e, "evidence") ?? "", Str(e, "trigger"), Str(e, "source_text"), Str(e, "target_text")));
        var forbidden = new List<GoldForbidden>();
        if (root.TryGetProperty("forbidden", out var fs))
            foreach (var f in fs.EnumerateArray())
                forbidden.Add(new GoldForbidden(f.GetProperty("source").GetString()!, f.GetProperty("target").GetString()!, Str(f, "why") ?? ""));
        return new GoldArticle(article, events, forbidden, Str(root, "fold"));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static DateOnly? Date(JsonElement e, string name) =>
        Str(e, name) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;
}
