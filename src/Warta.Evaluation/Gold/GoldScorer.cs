using Warta.Coding.Events;
using Warta.Core;

namespace Warta.Evaluation.Gold;

public enum MatchLevel { Root, Leaf, QuadClass }

public enum OutcomeKind { MatchedRequired, MatchedOptional, Duplicate, FalsePositive, Forbidden }

/// <summary>What became of one system event when scored against the gold.</summary>
public sealed record EventOutcome(CodedEvent Event, OutcomeKind Kind, GoldEvent? Gold, GoldForbidden? Forbidden = null);

/// <summary>The scoring of one article at one level.</summary>
public sealed record ArticleScore(
    GoldArticle Gold, MatchLevel Level, IReadOnlyList<EventOutcome> Outcomes, IReadOnlyList<GoldEvent> MissedRequired,
    int ForbiddenHits)
{
    public int Required => Gold.Events.Count(e => e.Required);
    public int MatchedRequired => Outcomes.Count(o => o.Kind == OutcomeKind.MatchedRequired);
    /// <summary>System events counted in precision: all but optional matches and duplicates.</summary>
    public int Counted => Outcomes.Count(o => o.Kind is OutcomeKind.MatchedRequired or OutcomeKind.FalsePositive or OutcomeKind.Forbidden);
}

/// <summary>
/// Scores system events against gold events exactly as shared/data/gold/README.md defines it: actor roots
/// (either order when symmetric) and CAMEO root (or leaf, or QuadClass); each gold event matched once,
/// required before optional, then by date; repeats of a matched happening are duplicates, counted neither way;
/// an event that matches a FORBIDDEN entry is a false positive whatever else it matches.
/// </summary>
public static class GoldScorer
{
    public static ArticleScore Score(GoldArticle gold, IReadOnlyList<CodedEvent> events, MatchLevel level)
    {
        var matched = new HashSet<GoldEvent>();
        var outcomes = new List<EventOutcome>();
        var forbiddenHit = new HashSet<GoldForbidden>();
        foreach (var e in events.Where(e => e.Target is not null))
        {
            var forbidden = gold.Forbidden.FirstOrDefault(f => ActorMatch.Matches(f.Source, e.Source.Code) && ActorMatch.Matches(f.Target, e.Target!.Code));
            if (forbidden is not null)
            {
                forbiddenHit.Add(forbidden);
                outcomes.Add(new EventOutcome(e, OutcomeKind.Forbidden, null, forbidden));
                continue;
            }
            var fitting = gold.Events.Where(g => ActorsFit(g, e) && CodeFits(g, e.Cameo, level)).ToList();
            var free = fitting.Where(g => !matched.Contains(g)).ToList();
            var taken = fitting.Where(matched.Contains).ToList();
            GoldEvent? choice = null;
            var freeDated = free.Where(g => DateFits(g, e.Date)).ToList();
            if (freeDated.Count > 0) choice = freeDated.OrderByDescending(g => g.Required).First();
            else if (taken.Any(g => DateFits(g, e.Date))) choice = null;
            else if (free.Count > 0) choice = free.OrderByDescending(g => g.Required).First();

            if (choice is not null)
            {
                matched.Add(choice);
                outcomes.Add(new EventOutcome(e, choice.Required ? OutcomeKind.MatchedRequired : OutcomeKind.MatchedOptional, choice));
            }
            else if (taken.Count > 0) outcomes.Add(new EventOutcome(e, OutcomeKind.Duplicate, taken[0]));
            else outcomes.Add(new EventOutcome(e, OutcomeKind.FalsePositive, null));
        }
        var missed = gold.Events.Where(g => g.Required && !matched.Contains(g)).ToList();
        return new ArticleScore(gold, level, outcomes, missed, forbiddenHit.Count);
    }

    public static bool ActorsFit(GoldEvent g, CodedEvent e)
    {
        var s = e.Source.Code;
        var t = e.Target!.Code;
        if (ActorMatch.Matches(g.Source, s) && ActorMatch.Matches(g.Target, t)) return true;
        return g.Symmetric && ActorMatch.Matches(g.Source, t) && ActorMatch.Matches(g.Target, s);
    }

    public static bool CodeFits(GoldEvent g, string cameo, MatchLevel level) => level switch
    {
        MatchLevel.Root => g.Codes.Any(c => c.Length >= 2 && c[..2] == cameo[..2]),
        MatchLevel.Leaf => g.Codes.Contains(cameo),
        _ => g.Codes.Any(c => c.Length >= 2 && CameoCodebook.QuadClassOf(c) == CameoCodebook.QuadClassOf(cameo)),
    };

    /// <summary>The system date equals the gold date, or lies in its span (or in its month / year for coarser gold).</summary>
    public static bool DateFits(GoldEvent g, EventDate d)
    {
        if (g.Date is not { } start || d.Date is not { } date) return false;
        var end = g.DateEnd ?? g.DatePrecision switch
        {
            "month" => new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month)),
            "year" => new DateOnly(start.Year, 12, 31),
            _ => start,
        };
        return date >= start && date <= end;
    }

    /// <summary>Date accuracy item: gold precision is day; true when the system date is the gold date or inside its span.</summary>
    public static bool? DateCorrect(EventOutcome o)
    {
        if (o.Gold is not { DatePrecision: "day", Date: { } start } g) return null;
        return o.Event.Date.Date is { } d && d >= start && d <= (g.DateEnd ?? start);
    }

    /// <summary>Place accuracy item: the gold has a place; true when the country (or, for international waters, the name) agrees.</summary>
    /// <param name="resolve">Looks a gold place name up in the gazetteer, so that "LCS" and "Laut China Selatan" are one sea.</param>
    public static bool? PlaceCorrect(EventOutcome o, Func<string, string, Place?>? resolve = null)
    {
        if (o.Gold?.Place is not { } gp) return null;
        if (o.Event.Place is not { } sp) return false;
        if (gp.Country is not null) return sp.Country == gp.Country;
        if (Same(gp.Name, sp.Name) || Same(gp.Name, sp.Canonical)) return true;
        return gp.Name is not null && resolve?.Invoke(o.Event.Language, gp.Name) is { } known && Same(known.Canonical, sp.Canonical);
    }

    private static bool Same(string? a, string? b) =>
        a is not null && b is not null && string.Equals(Norm(a), Norm(b), StringComparison.Ordinal);

    private static string Norm(string s) => new(s.ToLowerInvariant().Where(char.IsLetter).ToArray());
}
