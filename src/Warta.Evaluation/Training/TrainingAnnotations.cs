using System.Text.Json;
using Warta.Evaluation.Gold;

namespace Warta.Evaluation.Training;

/// <summary>
/// Training annotations written by the Warta team over texts that live outside the repository
/// (<c>data/training/&lt;language&gt;/annotations.jsonl</c>; format in that folder's README). They hold no text:
/// every piece of an article is an offset and a length (UTF-16 code units) into the article's <c>text</c> in the
/// shared data folder, so the file can ship while the texts stay where their licences keep them.
/// A line either adds trigger and actor spans to the events of a gold file (<c>"of"</c>: the event's index) or gives a
/// whole article's events (read from a corpus file).
/// </summary>
public static class TrainingAnnotations
{
    public static List<GoldArticle> Read(string path, string dataRoot)
    {
        var sources = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        var result = new List<GoldArticle>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { result.Add(Parse(line, file => Lines(sources, Path.Combine(dataRoot, file)))); }
            catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException
                                           or ArgumentOutOfRangeException or FormatException or InvalidDataException)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: {ex.Message}", ex);
            }
        }
        return result;
    }

    /// <summary>One annotation line; <paramref name="source"/> maps a data file to its lines by article id.</summary>
    public static GoldArticle Parse(string json, Func<string, IReadOnlyDictionary<string, string>> source)
    {
        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        var id = root.GetProperty("id").GetString()!;
        var file = root.GetProperty("in").GetString()!;
        if (!source(file).TryGetValue(id, out var articleLine))
            throw new InvalidDataException($"article '{id}' is not in {file}");
        var article = GoldFile.Parse(articleLine);
        var text = article.Article.Text;
        var events = root.GetProperty("events");
        if (article.Events.Count > 0 || events.EnumerateArray().Any(e => e.TryGetProperty("of", out _)))
            return article with { Events = AddSpans(article.Events, events, text, id) };
        return article with { Events = events.EnumerateArray().Select(e => WholeEvent(e, text)).ToList(), Fold = "train" };
    }

    private static List<GoldEvent> AddSpans(IReadOnlyList<GoldEvent> gold, JsonElement spans, string text, string id)
    {
        var events = gold.ToList();
        var seen = new HashSet<int>();
        foreach (var s in spans.EnumerateArray())
        {
            var i = s.GetProperty("of").GetInt32();
            if (i < 0 || i >= events.Count || !seen.Add(i)) throw new InvalidDataException($"{id}: no event {i} to annotate, or annotated twice");
            var trigger = Piece(s, "trigger", text) ?? throw new InvalidDataException($"{id} event {i}: no trigger");
            events[i] = events[i] with { Trigger = trigger, SourceText = Piece(s, "source_text", text) ?? "", TargetText = Piece(s, "target_text", text) ?? "" };
        }
        // An event left without its trigger would teach its own words as a non-event.
        if (seen.Count != events.Count) throw new InvalidDataException($"{id}: {events.Count - seen.Count} of its {events.Count} gold events have no spans");
        return events;
    }

    private static GoldEvent WholeEvent(JsonElement e, string text) => new(
        Field(e, "source").GetString()!, Field(e, "target").GetString()!,
        e.TryGetProperty("symmetric", out var s) && s.ValueKind == JsonValueKind.True,
        Field(e, "codes").EnumerateArray().Select(c => c.GetString()!).ToArray(),
        e.TryGetProperty("required", out var r) && r.ValueKind == JsonValueKind.True,
        null, null, "unknown", null,
        Piece(e, "evidence", text) ?? throw new InvalidDataException("an event without evidence"),
        Piece(e, "trigger", text) ?? throw new InvalidDataException("an event without a trigger"),
        Piece(e, "source_text", text) ?? "", Piece(e, "target_text", text) ?? "");

    private static JsonElement Field(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v : throw new InvalidDataException($"an event without '{name}'");

    /// <summary>The text of an [offset, length] pair, or null when the field is null or missing.</summary>
    private static string? Piece(JsonElement e, string name, string text)
    {
        if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
        var start = v[0].GetInt32();
        var length = v[1].GetInt32();
        if (start < 0 || length <= 0 || start + length > text.Length)
            throw new InvalidDataException($"{name} [{start}, {length}] lies outside the article's {text.Length} characters");
        return text.Substring(start, length);
    }

    private static Dictionary<string, string> Lines(Dictionary<string, Dictionary<string, string>> cache, string path)
    {
        if (cache.TryGetValue(path, out var lines)) return lines;
        if (!File.Exists(path)) throw new InvalidDataException($"the annotated texts are not there: {path}");
        lines = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var doc = JsonDocument.Parse(line);
                if (doc.RootElement.TryGetProperty("id", out var id) && id.GetString() is { } key) lines.TryAdd(key, line);
            }
            catch (JsonException ex) { throw new InvalidDataException($"the annotated texts' file {path}:{number} is not JSON: {ex.Message}", ex); }
        }
        return cache[path] = lines;
    }
}
