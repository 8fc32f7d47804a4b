using System.Text.Json;
using Warta.Core;

namespace Warta.Coding.Output;

/// <summary>Writes coded events as JSON objects, one per line (the `jsonl` output format).</summary>
public static class EventJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string ToJson(CodedEvent e, string articleText)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, Options)) Write(w, e, articleText);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(Utf8JsonWriter w, CodedEvent e, string articleText)
    {
        w.WriteStartObject();
        w.WriteString("article_id", e.ArticleId);
        w.WriteString("event_id", e.EventId);
        WriteActor(w, "source", e.Source, articleText);
        if (e.Target is null) w.WriteNull("target"); else WriteActor(w, "target", e.Target, articleText);
        w.WriteString("cameo", e.Cameo);
        w.WriteString("root", e.Root);
        w.WriteNumber("goldstein", e.Goldstein);
        w.WriteNumber("quad_class", (int)e.QuadClass);
        w.WriteString("plover", e.Plover);
        w.WriteBoolean("symmetric", e.Symmetric);
        WriteDate(w, "date", e.Date.Date);
        WriteDate(w, "date_end", e.Date.End);
        w.WriteString("date_precision", e.Date.Precision.ToString().ToLowerInvariant());
        w.WriteString("date_rule", e.Date.Rule);
        if (e.Date.Span is { } ds) WriteSpan(w, "date_span", ds); else w.WriteNull("date_span");
        if (e.Place is { } p)
        {
            w.WriteStartObject("place");
            w.WriteString("name", p.Name);
            w.WriteString("canonical", p.Canonical);
            if (p.Country is null) w.WriteNull("country"); else w.WriteString("country", p.Country);
            w.WriteString("kind", p.Kind.ToString().ToLowerInvariant());
            if (p.Lat is { } lat) w.WriteNumber("lat", Math.Round(lat, 4)); else w.WriteNull("lat");
            if (p.Lon is { } lon) w.WriteNumber("lon", Math.Round(lon, 4)); else w.WriteNull("lon");
            if (p.Span is { } ps) WriteSpan(w, "span", ps); else w.WriteNull("span");
            w.WriteString("rule", p.Rule);
            w.WriteEndObject();
        }
        else w.WriteNull("place");
        w.WriteString("sentence", e.Sentence.Of(articleText));
        WriteSpan(w, "sentence_span", e.Sentence);
        WriteSpan(w, "span", e.Trigger);
        w.WriteString("trigger", e.Trigger.Of(articleText));
        w.WriteString("rule", e.Rule);
        if (e.Confidence is { } c) w.WriteNumber("confidence", c); else w.WriteNull("confidence");
        w.WriteString("language", e.Language);
        w.WriteEndObject();
    }

    private static void WriteActor(Utf8JsonWriter w, string name, ActorMention a, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("code", a.Code);
        w.WriteString("name", a.Name);
        w.WriteString("text", a.Span.Of(text));
        WriteSpan(w, "span", a.Span);
        w.WriteString("rule", a.Rule);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, Span s)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(s.Start);
        w.WriteNumberValue(s.End);
        w.WriteEndArray();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? d)
    {
        if (d is { } v) w.WriteString(name, v.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }
}
