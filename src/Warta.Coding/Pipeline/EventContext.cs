using Warta.Coding.Events;
using Warta.Core;

namespace Warta.Coding.Pipeline;

/// <summary>
/// Dates and places events from their context. A sentence's own time expression dates its events
/// (report dates such as "dilansir AFP, Kamis (21/10/2021)" excepted); a sentence without one takes the
/// nearest dated sentence of its paragraph, then of its section (before it first, then just after it);
/// failing that, the article's reference date with precision "publication". Places follow the same
/// order, with the dateline's place last, and only for acts with a side of the dateline's country (an act between
/// other states is placed at the doer's home).
/// </summary>
public sealed class EventContext(
    string text,
    IReadOnlyList<SentenceReading> sentences,
    DateOnly? reference,
    Place? datelinePlace,
    Func<string, Place?>? resolve = null,
    Func<Token, bool>? since = null,
    Func<Token, bool>? range = null,
    Func<Token, bool>? locative = null,
    Func<string, Place?>? countryPlace = null,
    Func<IReadOnlyList<Token>, int, bool>? endsClause = null,
    Func<Sentence, bool>? statementReference = null)
{
    private readonly Func<Sentence, bool> refersToStatement = statementReference ?? (_ => false);
    private readonly Func<IReadOnlyList<Token>, int, bool> endsClause = endsClause ?? ((_, _) => false);
    private readonly Func<Token, bool> isSince = since ?? (_ => false);
    private readonly Func<Token, bool> isRange = range ?? (_ => false);
    private readonly Func<Token, bool> isLocative = locative ?? (_ => false);

    private const int FollowingWindow = 3;
    private const int PlaceAfterWindow = 8;
    private readonly IReadOnlyList<Sentence> all = sentences.Select(s => s.Sentence).ToList();

    /// <summary>
    /// The event's date. An announced act ("akan berkunjung pada 10 Oktober") is coded as the announcement, so it
    /// takes the day it was said: the sentence's report date, else the article's date. So does any act dated
    /// after the article.
    /// </summary>
    public EventDate DateFor(Sentence sentence, SentenceEvent e)
    {
        var announced = e.Rule.Contains(EventCoder.IntentMark, StringComparison.Ordinal);
        // "… berjanji akan mendorong perdamaian. … Pernyataan ini disampaikan Trump pada Rabu (3/5).": a sentence that
        // says when the statement before it was made dates what was said, unless the act's own sentence is dated.
        if ((announced || CameoCodebook.QuadClassOf(e.Cameo) is QuadClass.VerbalCooperation or QuadClass.VerbalConflict)
            && EventTimes(sentence.Index).Count == 0 && StatedLater(sentence) is { } stated)
            return stated;
        var date = ActDate(sentence, e);
        announced |= reference is { } r && date.Date > r;
        return announced ? StatementDate(sentence) ?? date : date;
    }

    private const int StatementReach = 2;

    // The day given by one of the next sentences of the section that refers back to a statement ("Hal itu disampaikan …").
    private EventDate? StatedLater(Sentence sentence)
    {
        for (var i = sentence.Index + 1; i < all.Count && i <= sentence.Index + StatementReach && all[i].Section == sentence.Section; i++)
        {
            if (!refersToStatement(all[i])) continue;
            var index = i;
            var said = sentences[i].Times.FirstOrDefault(t => t.Value is { Date: not null, Precision: DatePrecision.Day }
                                                              && !AfterSince(index, t) && !IsBareClock(t));
            return said is null ? null : said.Value with { Span = said.Span, Rule = said.Value.Rule + "+stated" };
        }
        return null;
    }

    private EventDate? StatementDate(Sentence sentence)
    {
        if (sentences[sentence.Index].Times.FirstOrDefault(t => t.IsReportDate && t.Value.Date is not null) is { } said)
            return said.Value with { Span = said.Span, Rule = said.Value.Rule + "+statement" };
        return reference is { } r ? new EventDate(r, null, DatePrecision.Publication, null, "date:publication+statement") : null;
    }

    private EventDate ActDate(Sentence sentence, SentenceEvent e)
    {
        var own = EventTimes(sentence.Index);
        if (own.Count > 0) return Closest(own, e.Trigger);
        foreach (var candidate in Neighbours(sentence))
        {
            // A bare year elsewhere in the section ("Didirikan tahun 1987") is background, not this act's time.
            var times = EventTimes(candidate.Index)
                .Where(t => candidate.Paragraph == sentence.Paragraph || t.Precision is DatePrecision.Day or DatePrecision.Month).ToList();
            if (times.Count > 0)
            {
                var value = times[0];
                return value with { Rule = value.Rule + "+context" };
            }
        }
        // "… telah mengevakuasi ratusan warganya. … kata juru bicara, Rabu (18/6/2025).": with no time of the act
        // around it, the day its source reported it (in its sentence, else its paragraph, else its section) dates it
        // better than the day the article came out.
        if ((ReportDate(sentence.Index) ?? Neighbours(sentence).Select(n => ReportDate(n.Index)).FirstOrDefault(d => d is not null)) is { } reported)
            return reported with { Rule = reported.Rule + "+reported" };
        return reference is { } r
            ? new EventDate(r, null, DatePrecision.Publication, null, "date:publication")
            : EventDate.Unknown;
    }

    private EventDate? ReportDate(int index) =>
        sentences[index].Times.FirstOrDefault(t => t.IsReportDate && t.Value is { Date: not null, Precision: DatePrecision.Day }
                                                   && !(reference is { } r && t.Value.Date > r)) is { } said
            ? said.Value with { Span = said.Span }
            : null;

    public Place? PlaceFor(Sentence sentence, SentenceEvent e)
    {
        var own = EventPlaces(sentence.Index, e, cuedOnly: true);
        if (own is not null) return own;
        if (resolve is not null && e.Target is { } target && CameoCodebook.Default.IsKind(CameoCodebook.AtTarget, e.Cameo)
            && !ActorCodes.IsNonState(target.Code)
            && (countryPlace?.Invoke(target.Root) ?? resolve(target.Name) ?? resolve(target.Span.Of(text))) is { Kind: PlaceKind.Country } country)
            return country with { Span = target.Span, Rule = "place:target-country" };
        // A city or region named without a preposition ("kediamannya, Hambalang, Jawa Barat") may belong to anything
        // in the sentence: it comes after what the act itself says.
        if (EventPlaces(sentence.Index, e, cuedOnly: false) is { } named) return named;
        if (SamePairPlace(sentence, e) is { } met) return met;
        // The setting of the sentences around, when it lies in the country of a side of the act or a side was there
        // ("Sugiono tiba di Moskow. Ia juga mengecam …" was said in Moscow); an act of others happened elsewhere.
        foreach (var candidate in Neighbours(sentence))
            if (Setting(candidate.Index) is { } p)
            {
                if (p.Country is null || p.Country == e.Source.Root || p.Country == e.Target?.Root || ActorCodes.IsNonState(e.Source.Code)
                    || sentences[candidate.Index].Actors.Any(a => a.Root == e.Source.Root || a.Root == e.Target?.Root))
                    return p with { Rule = p.Rule + "+context" };
                break;
            }
        // Both sides of one foreign country ("warga Afghanistan turun ke jalan" against their government): that
        // country, not the city the outlet writes from.
        if (countryPlace is not null && e.Target is { } t && !ActorCodes.IsNonState(e.Source.Code) && !ActorCodes.IsNonState(t.Code)
            && e.Source.Root == t.Root && datelinePlace?.Country != e.Source.Root && countryPlace(e.Source.Root) is { } home)
            return home with { Rule = "place:actors-country" };
        // A state's statement with no place named is made at home ("Gedung Putih mengatakan …"), not in the city the
        // outlet writes from.
        if (countryPlace is not null && !ActorCodes.IsNonState(e.Source.Code) && datelinePlace?.Country != e.Source.Root
            && CameoCodebook.QuadClassOf(e.Cameo) is QuadClass.VerbalCooperation or QuadClass.VerbalConflict
            && countryPlace(e.Source.Root) is { } speakerHome)
            return speakerHome with { Rule = "place:speaker-country" };
        // The dateline says where the report was filed: an act between states of other countries ("Jakarta, CNN
        // Indonesia -- Arab Saudi memutus hubungan …" rewritten from the wires) happened at the doer's home, when the
        // doer is a state, and nowhere known otherwise.
        if (datelinePlace?.Country is { } desk && e.Source.Root != desk && e.Target?.Root != desk)
            return countryPlace is not null && !ActorCodes.IsNonState(e.Source.Code) && countryPlace(e.Source.Root) is { } doerHome
                ? doerHome with { Rule = "place:doer-country" }
                : null;
        return datelinePlace is null ? null : datelinePlace with { Rule = "place:dateline" };
    }

    private List<EventDate> EventTimes(int index) =>
        sentences[index].Times.Where(t => !t.IsReportDate && t.Value.Date is not null && !AfterSince(index, t) && !IsBareClock(t)
                                          && t.Value.Precision is DatePrecision.Day or DatePrecision.Month or DatePrecision.Year)
            .Select(t => t.Value with { Span = t.Span }).ToList();

    // "pukul 17.50 waktu setempat": a clock time read against the article's date says nothing about which day.
    private static bool IsBareClock(TimeExpression time) => time.Value.Rule.StartsWith("date:clock-reference", StringComparison.Ordinal);

    // "gencatan senjata yang berlaku sejak 10 Oktober": the start of a state of affairs, not the day of an act.
    // "sejak Minggu (17/10) sampai Sabtu (23/10)" is a range, not a start.
    private bool AfterSince(int index, TimeExpression time)
    {
        if (time.Value.End is not null && time.Value.Precision == DatePrecision.Day) return false;
        var tokens = sentences[index].Sentence.Tokens;
        var before = -1;
        for (var k = 0; k < tokens.Count && tokens[k].End <= time.Span.Start; k++) before = k;
        var after = tokens.FirstOrDefault(tk => tk.Start >= time.Span.End);
        return before >= 0 && isSince(tokens[before]) && !(after.Norm is not null && isRange(after));
    }

    private static EventDate Closest(List<EventDate> times, Span trigger)
    {
        // Two day dates joined in one sentence ("mulai … hingga …") form a range.
        var days = times.Where(t => t.Precision == DatePrecision.Day && t.End is null).ToList();
        if (days.Count == 2 && days[0].Date < days[1].Date && days[1].Date!.Value.DayNumber - days[0].Date!.Value.DayNumber <= 31)
            return days[0] with { End = days[1].Date, Span = new Span(days[0].Span!.Value.Start, days[1].Span!.Value.End), Rule = days[0].Rule + "+range" };
        return times.OrderBy(t => t.Precision).ThenBy(t => Distance(t.Span, trigger)).First();
    }

    private static int Distance(Span? span, Span trigger) =>
        span is not { } s ? int.MaxValue : s.End <= trigger.Start ? trigger.Start - s.End : Math.Max(0, s.Start - trigger.End);

    // A place named with a preposition ("di Laut Jepang", "ke Turki") locates the event; a destination that is
    // also the target ("perjalanan ke Turki") comes first. A bare name that is one of the actors does not.
    private Place? EventPlaces(int index, SentenceEvent? e, bool cuedOnly)
    {
        var entry = sentences[index];
        // (a region of several states, "di Timur Tengah", "di Semenanjung Korea", says where a state of affairs is, not
        // where one act happened: the act's other clues place it)
        var places = entry.Places.Where(p => p.Span is not null && !InReportedClause(p, e) && !(p.Kind == PlaceKind.Region && p.Country is null)).ToList();
        if (places.Count == 0) return null;
        var cued = places.Where(p => p.Rule.EndsWith(":preposition", StringComparison.Ordinal)).ToList();
        // (not the country in a title: "kepada Presiden RI Prabowo" names a person, not a destination)
        if (e?.Target is { } target && target.Rule is "actor:country" or "actor:metonym"
            && cued.FirstOrDefault(p => Overlaps(p, target.Span)) is { } destination) return destination;
        // (nor a country inside an actor's words: "warga negara Indonesia yang berada di Iran" are in Iran; a seat that is
        // the actor itself, "di Gedung Putih", is a place)
        var free = cued.Where(p => (e is null || !Overlaps(p, e.Source.Span))
                                   && !entry.Actors.Any(a => a.Rule is not ("actor:country" or "actor:metonym") && a.Span.Contains(p.Span!.Value)
                                                             && a.Span.Length > p.Span!.Value.Length)).ToList();
        if (free.Count > 0)
            return e is null ? free[0] : free.OrderBy(p => Distance(p.Span, e.Trigger)).First();
        if (cuedOnly) return null;
        return places.FirstOrDefault(p => p.Kind is PlaceKind.Sea or PlaceKind.City or PlaceKind.Region
                                          && !entry.Actors.Any(a => Overlaps(p, a.Span)));
    }

    // "Pejabat itu mengatakan China bersikap agresif di Laut China Selatan": an accusation is made where the speaker speaks,
    // not where the reported act happens (the clause from the accused on, or up to a speaker named after it).
    private static bool InReportedClause(Place p, SentenceEvent? e)
    {
        if (e?.Target is not { } accused || !e.Rule.Contains(EventCoder.AccusationMark, StringComparison.Ordinal)) return false;
        var start = p.Span!.Value.Start;
        return e.Source.Span.Start < accused.Span.Start ? start >= accused.Span.Start : start < e.Source.Span.Start;
    }

    /// <summary>A place named with a preposition right after the trigger ("ditangkap di Belanda"), if any.</summary>
    public Place? PlaceRightAfter(Sentence sentence, Span trigger) => PlaceRightAfter(sentences[sentence.Index], trigger);

    private static Place? PlaceRightAfter(SentenceReading entry, Span trigger) =>
        entry.Places.FirstOrDefault(p => p.Span is { } ps && ps.Start >= trigger.End
            && p.Rule.EndsWith(":preposition", StringComparison.Ordinal)
            && entry.Sentence.Tokens.Count(tk => tk.Start >= trigger.End && tk.End <= ps.Start) <= 1);

    /// <summary>
    /// The first place named after the trigger in the same clause ("tiba di Bandara Pulkovo, St. Petersburg"):
    /// commas that list an address do not end the search, other clause ends do.
    /// </summary>
    public Place? PlaceAfter(Sentence sentence, Span trigger) => PlaceAfter(sentences[sentence.Index], trigger);

    private Place? PlaceAfter(SentenceReading entry, Span trigger)
    {
        var first = entry.Places.Where(p => p.Span is { } ps && ps.Start >= trigger.End).OrderBy(p => p.Span!.Value.Start).FirstOrDefault();
        if (first?.Span is not { } span) return null;
        var tokens = entry.Sentence.Tokens;
        var between = Enumerable.Range(0, tokens.Count).Where(k => tokens[k].Start >= trigger.End && tokens[k].End <= span.Start).ToList();
        return between.Count <= PlaceAfterWindow && !between.Any(k => tokens[k].Norm is "." or ";" or ":" || endsClause(tokens, k)) ? first : null;
    }

    /// <summary>A place named with a preposition between the doer and the act ("Kampanye Israel di Gaza telah menewaskan …").</summary>
    public Place? PlaceBetween(Sentence sentence, Span doer, Span trigger) =>
        sentences[sentence.Index].Places.FirstOrDefault(p => p.Span is { } ps && ps.Start >= doer.End && ps.End <= trigger.Start
                                                             && p.Rule.EndsWith(":preposition", StringComparison.Ordinal));

    /// <summary>
    /// "Menlu Jepang bertemu Menlu Australia di Tokyo. Keduanya membahas …": an act of the same two actors told earlier in
    /// the paragraph, at a place named there, sets this one (nearest first).
    /// </summary>
    private Place? SamePairPlace(Sentence sentence, SentenceEvent e)
    {
        if (e.Target is not { } target) return null;
        for (var i = sentence.Index - 1; i >= 0 && all[i].Paragraph == sentence.Paragraph; i--)
            foreach (var other in sentences[i].Events)
                if (other.Target is { } t && (other.Source.Root == e.Source.Root && t.Root == target.Root || other.Source.Root == target.Root && t.Root == e.Source.Root)
                    && EventPlaces(i, other, cuedOnly: true) is { } p)
                    return p with { Rule = p.Rule + "+same-pair" };
        return null;
    }

    // The place where a neighbouring sentence sets an act ("pembicaraan di Moskow"): a place named with a
    // preposition right after a trigger. Other places of the neighbour may belong to anything.
    private Place? Setting(int index)
    {
        var entry = sentences[index];
        var text = entry.Sentence.Tokens;
        foreach (var trigger in entry.Triggers)
            if (PlaceRightAfter(entry, trigger) is { } p) return p;
        // "pertemuan bilateral di Istana Konstantinovsky, St. Petersburg": an address whose first part is not in the gazetteer.
        foreach (var trigger in entry.Triggers)
            if (text.FirstOrDefault(tk => tk.Start >= trigger.End) is { Norm: not null } next && isLocative(next) && PlaceAfter(entry, trigger) is { } p)
                return p;
        return null;
    }


    private static bool Overlaps(Place p, Span s) => p.Span is { } ps && ps.Overlaps(s);

    // Sentences whose date or place an undated sentence may take, nearest first.
    private IEnumerable<Sentence> Neighbours(Sentence sentence)
    {
        for (var i = sentence.Index - 1; i >= 0 && all[i].Paragraph == sentence.Paragraph; i--) yield return all[i];
        for (var i = sentence.Index + 1; i < all.Count && all[i].Paragraph == sentence.Paragraph; i++) yield return all[i];
        for (var i = sentence.Index - 1; i >= 0 && all[i].Section == sentence.Section; i--)
            if (all[i].Paragraph != sentence.Paragraph) yield return all[i];
        for (var i = sentence.Index + 1; i < all.Count && i <= sentence.Index + FollowingWindow && all[i].Section == sentence.Section; i++)
            if (all[i].Paragraph != sentence.Paragraph) yield return all[i];
    }
}
