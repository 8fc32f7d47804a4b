using Warta.Core;

namespace Warta.Storage.Tests;

/// <summary>A coder that returns events written by hand for each article id (and none for others).</summary>
public sealed class FakeCoder(IReadOnlyDictionary<string, IReadOnlyList<CodedEvent>> events, string version = "fake-1") : IArticleCoder
{
    public string Version => version;

    public int Calls { get; private set; }

    public CodedArticle Code(Article article)
    {
        Calls++;
        var evs = events.TryGetValue(article.Id, out var e) ? e : [];
        var actors = evs.SelectMany(x => x.Target is null ? [x.Source] : new[] { x.Source, x.Target }).ToList();
        var doc = new Document(article, article.Language ?? "id", [new Span(0, article.Text.Length)], [], null);
        return new CodedArticle(doc, [], actors, [], evs, article.PublicationDate);
    }
}

/// <summary>Builds coded events by hand: spans are found by searching the article text.</summary>
public static class Make
{
    public static readonly Place Moscow = new("Moskow", "Moscow", "RUS", PlaceKind.City, 55.75, 37.62, null, "place:gazetteer");
    public static readonly Place Beijing = new("Beijing", "Beijing", "CHN", PlaceKind.City, 39.9, 116.4, null, "place:gazetteer");
    public static readonly Place Russia = new("Rusia", "Russia", "RUS", PlaceKind.Country, 61.5, 105.3, null, "place:gazetteer");
    public static readonly Place StPetersburg = new("St Petersburg", "Saint Petersburg", "RUS", PlaceKind.City, 59.9, 30.3, null, "place:gazetteer");

    public static EventDate Day(string iso) => new(DateOnly.Parse(iso), null, DatePrecision.Day, null, "date:test");
    public static EventDate Month(string iso) => new(DateOnly.Parse(iso), null, DatePrecision.Month, null, "date:test-month");
    public static EventDate Published(string iso) => new(DateOnly.Parse(iso), null, DatePrecision.Publication, null, "date:publication");

    private static readonly Dictionary<string, (double Goldstein, QuadClass Quad, string Plover)> Codes = new()
    {
        ["040"] = (1.0, QuadClass.VerbalCooperation, "CONSULT"),
        ["042"] = (1.9, QuadClass.VerbalCooperation, "CONSULT"),
        ["057"] = (8.0, QuadClass.VerbalCooperation, "AGREE"),
        ["061"] = (6.4, QuadClass.MaterialCooperation, "COOPERATE"),
        ["112"] = (-2.0, QuadClass.VerbalConflict, "ACCUSE"),
        ["190"] = (-10.0, QuadClass.MaterialConflict, "FIGHT"),
    };

    public static ActorMention Actor(string code, string name, string text) =>
        new(code, name, Find(text, name), "actor:test");

    /// <summary>An event of an article, its sentence the one holding <paramref name="trigger"/>.</summary>
    public static CodedEvent Event(Article a, int ordinal, string source, string sourceName, string? target, string? targetName,
        string cameo, EventDate date, Place? place, string trigger, bool symmetric = false)
    {
        var (g, q, p) = Codes[cameo];
        var t = Find(a.Text, trigger);
        var start = a.Text.LastIndexOf(". ", t.Start, StringComparison.Ordinal) is var s and >= 0 ? s + 2 : 0;
        var end = a.Text.IndexOf('.', t.End) is var e and >= 0 ? e + 1 : a.Text.Length;
        return new CodedEvent(a.Id, $"{a.Id}#{ordinal}", Actor(source, sourceName, a.Text),
            target is null ? null : Actor(target, targetName!, a.Text), cameo, g, q, p, date, place,
            new Span(start, end), t, $"rule:{cameo}", a.Language ?? "id", symmetric);
    }

    private static Span Find(string text, string part)
    {
        var i = text.IndexOf(part, StringComparison.Ordinal);
        return i < 0 ? new Span(0, 0) : new Span(i, i + part.Length);
    }
}
