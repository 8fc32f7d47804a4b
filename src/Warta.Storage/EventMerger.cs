using System.Globalization;
using Warta.Core;

namespace Warta.Storage;

/// <summary>
/// Merges reports (mentions) into events. Two reports are one event when they have the same actor roots
/// (in order, or in either order for symmetric events), the same CAMEO root, compatible dates and
/// compatible places.
/// <para>
/// Dates are intervals: a day is one day; a month or year precision covers the whole month or year; a date
/// taken from the publication date covers the publication day and the day before (news reports yesterday).
/// Two dates are compatible when their intervals overlap: the same day, or within the precision of the
/// less precise one. Places are compatible when either is unknown, or both are in the same country and,
/// when both name something smaller than a country, they name the same place.
/// </para>
/// <para>
/// Determinism: reports are taken in a total order (most specific first: day before month before year,
/// named place before country before none, then date, place, article id, ordinal). Each report joins the
/// first event whose anchor (its first, most specific report) it is compatible with, or starts a new event.
/// The result depends only on the set of reports, never on the order they were ingested; the event id is a
/// digest of its canonical key (actor roots, CAMEO root, anchor date interval and place).
/// </para>
/// </summary>
public static class EventMerger
{
    /// <summary>
    /// Reports that may merge share a scope: the actor roots in either order (a one-way report of a meeting and a mutual
    /// one of the same meeting may merge), CAMEO root and year of the date.
    /// </summary>
    public static string Scope(StoredMention m)
    {
        var (s, t) = Unordered(MergeActors(m));
        var interval = Interval(m);
        var when = interval is { } iv ? iv.Lo.Year.ToString(CultureInfo.InvariantCulture) : $"undated:{m.ArticleId}#{m.Ordinal}";
        return $"{s}|{t}|{m.CameoRoot}|{when}";
    }

    /// <summary>
    /// The actors reports must share to merge: the actor roots, except within one country, where the roots say
    /// nothing (IDNLEG and IDNJUD are both IDN) and the country plus first role (IDNLEG) is used instead.
    /// Ordered for symmetric events.
    /// </summary>
    public static (string Source, string Target) MergeActors(StoredMention m)
    {
        if (m.TargetCode is null || m.SourceRoot != m.TargetRoot || m.SourceRoot.Length != 3) return Dyad(m);
        string s = Prefix(m.SourceCode), t = Prefix(m.TargetCode);
        return m.Symmetric && string.CompareOrdinal(s, t) > 0 ? (t, s) : (s, t);
        static string Prefix(string code) => code.Length > 6 ? code[..6] : code;
    }

    private static (string, string) Unordered((string Source, string Target) pair) =>
        string.CompareOrdinal(pair.Source, pair.Target) > 0 ? (pair.Target, pair.Source) : pair;

    /// <summary>
    /// Whether two reports are of the same actors: in the same order, or in either order when one of them is of a mutual
    /// act ("Jepang dan Australia bertemu" and "Japan met Australia"). Two one-way reports in opposite directions are
    /// two acts (an attack and the counter-attack).
    /// </summary>
    public static bool SameActors(StoredMention anchor, StoredMention m)
    {
        var (a, b) = (MergeActors(anchor), MergeActors(m));
        return a == b || (anchor.Symmetric || m.Symmetric) && Unordered(a) == Unordered(b);
    }

    /// <summary>Reports with a month or year date merge only when published within this many days of the anchor.</summary>
    public const int ImpreciseReportWindowDays = 31;

    /// <summary>The actor roots as merged: ordered for symmetric events, as coded otherwise.</summary>
    public static (string Source, string Target) Dyad(StoredMention m) =>
        m.Symmetric && m.TargetRoot.Length > 0 && string.CompareOrdinal(m.SourceRoot, m.TargetRoot) > 0
            ? (m.TargetRoot, m.SourceRoot) : (m.SourceRoot, m.TargetRoot);

    /// <summary>The days a report's date may stand for; null when it has no date.</summary>
    public static (DateOnly Lo, DateOnly Hi)? Interval(StoredMention m)
    {
        if (m.Date is not { } d) return null;
        return m.Precision switch
        {
            DatePrecision.Day => (d, Max(d, m.DateEnd ?? d)),
            DatePrecision.Publication => (d.AddDays(-1), d),
            DatePrecision.Month => (new DateOnly(d.Year, d.Month, 1), EndOfMonth(Max(d, m.DateEnd ?? d))),
            DatePrecision.Year => (new DateOnly(d.Year, 1, 1), new DateOnly(Max(d, m.DateEnd ?? d).Year, 12, 31)),
            _ => null,
        };
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
    private static DateOnly EndOfMonth(DateOnly d) => new(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month));

    private static int DateRank(StoredMention m) => m.Precision switch
    {
        DatePrecision.Day => 0, DatePrecision.Publication => 1, DatePrecision.Month => 2, DatePrecision.Year => 3, _ => 4,
    };

    /// <summary>0: a place below country level; 1: a country; 2: no place.</summary>
    private static int PlaceRank(StoredMention m) =>
        m.PlaceCanonical is null && m.Country is null ? 2 : m.PlaceKind == Core.PlaceKind.Country || m.PlaceCanonical is null ? 1 : 0;

    private static string PlaceKey(StoredMention m) => PlaceRank(m) switch
    {
        0 => $"{m.PlaceCanonical}/{m.Country}",
        1 => m.Country ?? m.PlaceCanonical ?? "",
        _ => "",
    };

    /// <summary>The total order reports are merged in: most specific first.</summary>
    public static int CompareSpecificity(StoredMention a, StoredMention b)
    {
        int c;
        if ((c = DateRank(a).CompareTo(DateRank(b))) != 0) return c;
        var ia = Interval(a); var ib = Interval(b);
        var la = ia is { } x ? x.Hi.DayNumber - x.Lo.DayNumber : int.MaxValue;
        var lb = ib is { } y ? y.Hi.DayNumber - y.Lo.DayNumber : int.MaxValue;
        if ((c = la.CompareTo(lb)) != 0) return c;
        if ((c = PlaceRank(a).CompareTo(PlaceRank(b))) != 0) return c;
        if ((c = Nullable.Compare(ia?.Lo, ib?.Lo)) != 0) return c;
        if ((c = string.CompareOrdinal(PlaceKey(a), PlaceKey(b))) != 0) return c;
        if ((c = string.CompareOrdinal(a.ArticleId, b.ArticleId)) != 0) return c;
        return a.Ordinal.CompareTo(b.Ordinal);
    }

    /// <summary>Why two places are compatible, or null when they are not.</summary>
    public static string? PlaceCompatibility(StoredMention anchor, StoredMention m)
    {
        var ra = PlaceRank(anchor); var rm = PlaceRank(m);
        if (ra == 2 || rm == 2) return ra == 2 && rm == 2 ? "no place given" : "place unknown in one report";
        if (anchor.Country is not null && m.Country is not null && anchor.Country != m.Country) return null;
        if (ra == 0 && rm == 0)
            return string.Equals(anchor.PlaceCanonical, m.PlaceCanonical, StringComparison.OrdinalIgnoreCase)
                ? $"same place {anchor.PlaceCanonical}" : null;
        return $"same country {anchor.Country ?? m.Country}";
    }

    /// <summary>Why two dates are compatible, or null when they are not.</summary>
    public static string? DateCompatibility(StoredMention anchor, StoredMention m)
    {
        if (Interval(anchor) is not { } a || Interval(m) is not { } b) return null;
        if (a.Lo > b.Hi || b.Lo > a.Hi) return null;
        // "In 2014" in two reports published years apart is rarely the same happening.
        var imprecise = m.Precision is DatePrecision.Month or DatePrecision.Year || anchor.Precision is DatePrecision.Month or DatePrecision.Year;
        if (imprecise && anchor.PublicationDate is { } pa && m.PublicationDate is { } pm
            && Math.Abs(pa.DayNumber - pm.DayNumber) > ImpreciseReportWindowDays) return null;
        if (a == b && anchor.Precision == DatePrecision.Day && m.Precision == DatePrecision.Day) return $"same day {Iso(a.Lo)}";
        return $"date {Describe(m)} within {Describe(anchor)}";
    }

    private static string Describe(StoredMention m) => Interval(m) is { } iv
        ? m.Precision switch
        {
            DatePrecision.Month => $"{iv.Lo:yyyy-MM} (month)",
            DatePrecision.Year => $"{iv.Lo:yyyy} (year)",
            DatePrecision.Publication => $"{Iso(iv.Lo)}..{Iso(iv.Hi)} (from publication date)",
            _ => iv.Lo == iv.Hi ? Iso(iv.Lo) : $"{Iso(iv.Lo)}..{Iso(iv.Hi)}",
        }
        : "unknown";

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The canonical key of an event anchored by a report.</summary>
    public static string MergeKey(StoredMention anchor)
    {
        var (s, t) = MergeActors(anchor);
        var when = Interval(anchor) is { } iv ? $"{Iso(iv.Lo)}..{Iso(iv.Hi)}" : $"undated:{anchor.ArticleId}#{anchor.Ordinal}";
        return $"{s}|{t}|{anchor.CameoRoot}|{when}|{PlaceKey(anchor)}";
    }

    /// <summary>The event id derived from a merge key.</summary>
    public static string EventId(string mergeKey) => "ev" + TextNormaliser.ShortHash(mergeKey);

    /// <summary>Merges the reports of one scope. Returns each event with its reports (EventId and MergeReason set).</summary>
    public static IReadOnlyList<(StoredEvent Event, IReadOnlyList<StoredMention> Mentions)> Merge(IEnumerable<StoredMention> mentions)
    {
        var ordered = mentions.ToList();
        ordered.Sort(CompareSpecificity);
        var clusters = new List<(StoredMention Anchor, List<StoredMention> Members)>();
        foreach (var m in ordered)
        {
            var joined = false;
            foreach (var (anchor, members) in clusters)
            {
                if (!SameActors(anchor, m) || anchor.CameoRoot != m.CameoRoot) continue;
                var date = DateCompatibility(anchor, m);
                var place = date is null ? null : PlaceCompatibility(anchor, m);
                if (place is null) continue;
                var id = members[0].EventId;
                var (s, t) = MergeActors(anchor);
                var actors = $"same actors {s}-{t}" + (MergeActors(m) == (s, t) ? "" : " (a mutual act)");
                members.Add(m with { EventId = id, MergeReason = $"merged with {anchor.ArticleId}#{anchor.Ordinal}: {actors}, CAMEO root {m.CameoRoot}, {date}, {place}" });
                joined = true;
                break;
            }
            if (joined) continue;
            var key = MergeKey(m);
            var anchored = m with { EventId = EventId(key), MergeReason = $"anchor: most specific report ({Describe(m)}, {(PlaceKey(m) is { Length: > 0 } p ? p : "no place")})" };
            clusters.Add((anchored, [anchored]));
        }
        return clusters.Select(c => (Summarise(c.Anchor, c.Members), (IReadOnlyList<StoredMention>)c.Members)).ToList();
    }

    private static T Mode<T>(IEnumerable<StoredMention> ms, Func<StoredMention, T> key, Comparison<T> tie) where T : notnull =>
        ms.GroupBy(key).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, Comparer<T>.Create(tie)).First().Key;

    private static StoredEvent Summarise(StoredMention anchor, List<StoredMention> members)
    {
        var cameo = Mode(members, m => m.Cameo, string.CompareOrdinal);
        var withCameo = members.First(m => m.Cameo == cameo);
        var (sRoot, tRoot) = Dyad(anchor);
        // Actor codes are taken from reports oriented like the merged dyad.
        var oriented = members.Select(m => (m.SourceRoot, m.TargetRoot) == (sRoot, tRoot) || m.SourceRoot == m.TargetRoot ? m : m with
        {
            SourceCode = m.TargetCode!, SourceName = m.TargetName!, TargetCode = m.SourceCode, TargetName = m.SourceName,
        }).ToList();
        var sourceCode = Mode(oriented, m => m.SourceCode, string.CompareOrdinal);
        var targetCode = Mode(oriented, m => m.TargetCode ?? "", string.CompareOrdinal);
        var place = PlaceRank(anchor) < 2 ? anchor : members.OrderBy(m => m, Comparer<StoredMention>.Create(CompareSpecificity)).FirstOrDefault(m => PlaceRank(m) < 2);
        var interval = Interval(anchor);
        var key = MergeKey(anchor);
        return new StoredEvent(
            EventId(key), key,
            sourceCode, oriented.First(m => m.SourceCode == sourceCode).SourceName, sRoot,
            targetCode.Length == 0 ? null : targetCode, targetCode.Length == 0 ? null : oriented.First(m => m.TargetCode == targetCode).TargetName, tRoot,
            cameo, anchor.CameoRoot, withCameo.QuadClass, withCameo.Goldstein, withCameo.Plover, anchor.Symmetric,
            anchor.Precision is DatePrecision.Month or DatePrecision.Year ? interval?.Lo : anchor.Date,
            anchor.Precision switch
            {
                DatePrecision.Month or DatePrecision.Year => interval?.Hi,
                DatePrecision.Day when anchor.DateEnd is { } end && end != anchor.Date => end,
                _ => null,
            },
            anchor.Precision,
            place?.PlaceName, place?.PlaceCanonical, place?.Country, place?.PlaceKind, place?.Lat, place?.Lon,
            members.Count, members.Select(m => m.Outlet).Distinct().Count(), members.Select(m => m.ArticleId).Distinct().Count(),
            members.Min(m => m.PublicationDate), anchor.Url);
    }
}
