using System.Globalization;
using Warta.Core;

namespace Warta.Storage;

/// <summary>Filters for events. Every filter is optional; all given filters must hold.</summary>
/// <param name="Actor">An actor root (RUS, IGOUNO) or full code (RUSGOV), in any role.</param>
/// <param name="Dyad">Two actors; either direction unless <paramref name="Directed"/>.</param>
/// <param name="Cameo">A CAMEO code prefix: a root ("04") or a longer code ("042").</param>
/// <param name="From">First event date (inclusive); the event date, not the publication date.</param>
/// <param name="To">Last event date (inclusive).</param>
/// <param name="Place">A country code (IDN) or a place name (Jakarta).</param>
/// <param name="Outlet">Only events reported by this outlet.</param>
/// <param name="Cursor">Opaque cursor from a previous page.</param>
/// <param name="Located">Only events whose place has coordinates (what a map can draw).</param>
public sealed record EventQuery(
    string? Actor = null,
    (string A, string B)? Dyad = null,
    bool Directed = false,
    string? Cameo = null,
    QuadClass? QuadClass = null,
    DateOnly? From = null,
    DateOnly? To = null,
    string? Place = null,
    string? Outlet = null,
    int MinMentions = 1,
    int Limit = 100,
    string? Cursor = null,
    double? MinConfidence = null,
    bool Located = false);

/// <summary>A relations query: two actors over time.</summary>
public sealed record RelationsQuery(string A, string B, Period By = Period.Month, DateOnly? From = null, DateOnly? To = null, bool Directed = false);

public enum Period { Day, Week, Month }

/// <summary>One period of the relations between two actors.</summary>
/// <param name="Period">"2021-10-21", "2021-W42" or "2021-10".</param>
/// <param name="ByQuadClass">Events per QuadClass, index 0 = verbal cooperation … 3 = material conflict.</param>
/// <param name="CooperationConflictIndex">(cooperation − conflict) / events, from −1 (all conflict) to 1 (all cooperation).</param>
/// <param name="ArticlesMentioningBoth">Articles published in the period that mention both actors (coverage).</param>
public sealed record RelationsPeriod(
    string Period, int Events, int[] ByQuadClass, double MeanGoldstein, double SumGoldstein,
    double CooperationConflictIndex, int ArticlesMentioningBoth);

/// <summary>Parses query parameters given as text (CLI options, URL query) into queries, with messages a user can act on.</summary>
public static class QueryParser
{
    public const int MaxLimit = 10_000;

    /// <summary>Parses filters; unknown names are ignored by the caller's binding, bad values are errors.</summary>
    public static (EventQuery? Query, string? Error) ParseEvents(Func<string, string?> get)
    {
        var q = new EventQuery();
        if (get("actor") is { Length: > 0 } actor)
        {
            if (!IsCode(actor)) return (null, Errors.BadActor(actor));
            q = q with { Actor = actor.ToUpperInvariant() };
        }
        if (get("dyad") is { Length: > 0 } dyad)
        {
            var parts = dyad.Split('-', ',');
            if (parts.Length != 2 || !IsCode(parts[0]) || !IsCode(parts[1])) return (null, Errors.BadDyad(dyad));
            q = q with { Dyad = (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant()) };
        }
        if (get("directed") is { Length: > 0 } directed)
        {
            if (!bool.TryParse(directed, out var d)) return (null, Errors.BadBool("directed", directed));
            q = q with { Directed = d };
        }
        if (get("located") is { Length: > 0 } located)
        {
            if (!bool.TryParse(located, out var l)) return (null, Errors.BadBool("located", located));
            q = q with { Located = l };
        }
        if (get("cameo") is { Length: > 0 } cameo)
        {
            if (cameo.Length is < 2 or > 4 || !cameo.All(char.IsAsciiDigit)) return (null, Errors.BadCameo(cameo));
            q = q with { Cameo = cameo };
        }
        if (get("quadclass") is { Length: > 0 } quad)
        {
            var parsed = ParseQuad(quad);
            if (parsed is null) return (null, Errors.BadQuad(quad));
            q = q with { QuadClass = parsed };
        }
        foreach (var (name, setter) in new (string, Func<EventQuery, DateOnly, EventQuery>)[]
                 { ("from", (e, d) => e with { From = d }), ("to", (e, d) => e with { To = d }) })
        {
            if (get(name) is not { Length: > 0 } text) continue;
            if (!TryDate(text, out var d)) return (null, Errors.BadDate(name, text));
            q = setter(q, d);
        }
        if (q.From > q.To) return (null, Errors.FromAfterTo);
        if (get("place") is { Length: > 0 } place) q = q with { Place = place };
        if (get("outlet") is { Length: > 0 } outlet) q = q with { Outlet = outlet };
        if ((get("min-mentions") ?? get("minMentions")) is { Length: > 0 } mm)
        {
            if (!int.TryParse(mm, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1) return (null, Errors.BadPositive("min-mentions", mm));
            q = q with { MinMentions = n };
        }
        if ((get("min-confidence") ?? get("minConfidence")) is { Length: > 0 } mc)
        {
            if (!double.TryParse(mc, NumberStyles.Float, CultureInfo.InvariantCulture, out var c) || !(c >= 0 && c <= 1)) return (null, Errors.BadConfidence(mc));
            q = q with { MinConfidence = c };
        }
        if (get("limit") is { Length: > 0 } lim)
        {
            if (!int.TryParse(lim, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1 || n > MaxLimit) return (null, Errors.BadLimit(lim));
            q = q with { Limit = n };
        }
        if (get("cursor") is { Length: > 0 } cursor)
        {
            if (Cursor.Decode(cursor) is null) return (null, Errors.BadCursor);
            q = q with { Cursor = cursor };
        }
        return (q, null);
    }

    /// <summary>Parses a relations query between two actors.</summary>
    public static (RelationsQuery? Query, string? Error) ParseRelations(string? a, string? b, Func<string, string?> get)
    {
        if (a is not { Length: > 0 } || !IsCode(a)) return (null, Errors.BadActor(a ?? ""));
        if (b is not { Length: > 0 } || !IsCode(b)) return (null, Errors.BadActor(b ?? ""));
        var q = new RelationsQuery(a.ToUpperInvariant(), b.ToUpperInvariant());
        if (get("by") is { Length: > 0 } by)
        {
            if (!Enum.TryParse<Period>(by, ignoreCase: true, out var p) || !Enum.IsDefined(p) || by.Any(char.IsDigit)) return (null, Errors.BadPeriod(by));
            q = q with { By = p };
        }
        foreach (var name in new[] { "from", "to" })
        {
            if (get(name) is not { Length: > 0 } text) continue;
            if (!TryDate(text, out var d)) return (null, Errors.BadDate(name, text));
            q = name == "from" ? q with { From = d } : q with { To = d };
        }
        if (q.From > q.To) return (null, Errors.FromAfterTo);
        if (get("directed") is { Length: > 0 } directed)
        {
            if (!bool.TryParse(directed, out var d)) return (null, Errors.BadBool("directed", directed));
            q = q with { Directed = d };
        }
        return (q, null);
    }

    public static QuadClass? ParseQuad(string text) => text.ToLowerInvariant() switch
    {
        "1" or "verbalcooperation" or "verbal-cooperation" => QuadClass.VerbalCooperation,
        "2" or "materialcooperation" or "material-cooperation" => QuadClass.MaterialCooperation,
        "3" or "verbalconflict" or "verbal-conflict" => QuadClass.VerbalConflict,
        "4" or "materialconflict" or "material-conflict" => QuadClass.MaterialConflict,
        _ => null,
    };

    public static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Actor codes are 3 to 15 ASCII letters or digits.</summary>
    public static bool IsCode(string text) => text.Length is >= 3 and <= 15 && text.All(char.IsAsciiLetterOrDigit);
}

/// <summary>Every message a bad query parameter gives; the CLI and the HTTP API show them as they are.</summary>
public static class Errors
{
    public static string BadActor(string v) => $"actor '{v}' is not an actor code: give 3 to 15 letters, a root such as RUS or a code such as RUSGOV";
    public static string BadDyad(string v) => $"dyad '{v}' must be two actor codes joined by '-', such as CHN-RUS";
    public static string BadCameo(string v) => $"cameo '{v}' must be a CAMEO code of 2 to 4 digits, such as 04 or 042";
    public static string BadQuad(string v) => $"quadclass '{v}' must be 1, 2, 3 or 4 (verbal cooperation, material cooperation, verbal conflict, material conflict)";
    public static string BadDate(string name, string v) => $"{name} '{v}' must be a date written yyyy-MM-dd";
    public const string FromAfterTo = "from must not be after to";
    public static string BadPositive(string name, string v) => $"{name} '{v}' must be a whole number of at least 1";
    public static string BadConfidence(string v) => $"min-confidence '{v}' must be a number from 0 to 1";
    public static string BadLimit(string v) => $"limit '{v}' must be a whole number from 1 to {QueryParser.MaxLimit}";
    public const string BadCursor = "cursor is not one this server gave; start again without it";
    public static string BadBool(string name, string v) => $"{name} '{v}' must be true or false";
    public static string BadPeriod(string v) => $"by '{v}' must be day, week or month";
    public static string BadFormat(string v) => $"format '{v}' must be gdelt, plover, csv, parquet or jsonl";
}

/// <summary>Opaque keyset cursors: the sort key of the last item of a page.</summary>
public static class Cursor
{
    public static string Encode(string sortKey, string id) =>
        Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{sortKey}\n{id}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static (string SortKey, string Id)? Decode(string cursor)
    {
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 += new string('=', (4 - b64.Length % 4) % 4);
            var text = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(b64));
            var nl = text.IndexOf('\n');
            return nl < 0 ? null : (text[..nl], text[(nl + 1)..]);
        }
        catch (FormatException) { return null; }
    }
}
