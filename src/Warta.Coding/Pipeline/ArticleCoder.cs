using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Languages;
using Warta.Text.Morphology;
using Warta.Text.Segmentation;

namespace Warta.Coding.Pipeline;

/// <summary>
/// The coding pipeline, run in order over one article parsed once: clean → sentences (glued words split) → places →
/// times → actors → events → event dates and places. Language knowledge comes from the language
/// folder of the article's language; nothing here names a language.
/// </summary>
public sealed class ArticleCoder(ICleaningStage cleaner, ITimeStage times, IPlaceStage places, IEventStage? learned = null) : IArticleCoder
{
    public string Version => "warta-coder/0.1";

    private sealed record LanguageKit(ActorLexicon Actors, FunctionWords Words, EventCoder Events, Segmenter Segmenter, GlueSplitter Glue, string? HomeCountry, TopicFilter Topics,
        Morphology Morphology, IReadOnlySet<string> CalendarWords, IReadOnlyList<string> MonadicCodes, IReadOnlyList<string> MonadicVerbCodes);
    private readonly Dictionary<string, LanguageKit> _kits = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Task> _warming = new(StringComparer.Ordinal);

    private LanguageKit Kit(string language)
    {
        lock (_kits)
        {
            if (_kits.TryGetValue(language, out var kit)) return kit;
            var words = FunctionWords.For(language);
            var settings = LanguageSettings.Load(language);
            var actors = ActorLexicon.For(language);
            var events = EventLexicon.For(language);
            var morphology = Warta.Text.Morphology.Morphology.For(language);
            return _kits[language] = new LanguageKit(actors, words,
                new EventCoder(events, words, CameoCodebook.Default, morphology),
                Segmenter.For(language), GlueSplitter.Load(language, actors, words, events, morphology, places.OneWordNames(language)),
                settings.GetValueOrDefault("home_country"), TopicFilter.Load(language), Morphology.For(language), CalendarWords(language),
                MonadicCodes(settings, "monadic_codes"), MonadicCodes(settings, "monadic_verb_codes"));
        }
    }

    // settings.tsv "monadic_codes": CAMEO code prefixes (separated by '|') of acts output with their doer alone when no
    // target is found ("Thousands of Kurds demonstrated"); none when the setting is absent (only dyadic events).
    private static string[] MonadicCodes(IReadOnlyDictionary<string, string> settings, string key) =>
        settings.GetValueOrDefault(key) is { Length: > 0 } v ? v.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : [];

    // Days, months and time zones are capitalised but name nobody ("kata Menlu Retno Marsudi Senin").
    private static HashSet<string> CalendarWords(string language)
    {
        var dates = Dates.DateVocabulary.For(language);
        return dates.Days.Keys.Concat(dates.Months.Keys).Concat(dates.IslamicMonths.Keys).Concat(dates.TimeZones.Keys).ToHashSet(StringComparer.Ordinal);
    }

    public CodedArticle Code(Article article)
    {
        var document = cleaner.Clean(article);
        var language = document.Language;
        // The first article of a language loads the learned models on another core while its lexicons load here (the
        // models are the same whichever finishes first; the event stage waits for them where it needs them).
        if (learned is not null) _warming.GetOrAdd(language, l => Task.Run(() => learned.For(l)));
        var kit = Kit(language);
        var text = document.Text;
        var sentences = kit.Glue.Split(text, kit.Segmenter.Split(document));
        var reference = article.PublicationDate ?? UrlDates.From(article.Url) ?? IdDates.From(article.Id) ?? times.LatestFullDate(language, text, document.Body)
                        ?? times.InferredReference(language, text, document.Body);

        var actors = new ActorRecognizer(kit.Actors, kit.Words, Warta.Text.Morphology.Morphology.For(language), kit.HomeCountry, reference,
            new NameMemory(kit.Actors, kit.Words, kit.CalendarWords));
        var allActors = new List<ActorMention>();
        var allTimes = new List<TimeExpression>();
        var perSentence = new List<SentenceReading>();
        var topicHits = new List<int>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var history = new Candidates.ActorHistory();
        var recognised = new List<(IReadOnlyList<Place> Places, IReadOnlyList<TimeExpression> Times, IReadOnlyList<ActorGroup> Groups)>(sentences.Count);
        foreach (var sentence in sentences)
        {
            var sentencePlaces = places.Find(language, text, sentence.Tokens);
            var sentenceTimes = times.Find(language, text, sentence.Span, reference);
            recognised.Add((sentencePlaces, sentenceTimes, actors.Recognize(text, sentence, sentencePlaces.Where(p => p.Span is not null).Select(p => p.Span!.Value).ToList(), sentencePlaces)));
        }
        var speakers = QuoteSpeakers.Find(text, sentences, recognised.Select(r => r.Groups).ToList(), kit.Words, actors.PronounSpeaker);
        foreach (var sentence in sentences)
        {
            var (sentencePlaces, sentenceTimes, groups) = recognised[sentence.Index];
            if (speakers[sentence.Index] is { } speaker) groups = actors.WithQuoteSpeaker(sentence.Tokens, groups, speaker);
            allTimes.AddRange(sentenceTimes);
            foreach (var g in groups) allActors.AddRange(g.Members);
            var triggerSpans = new List<Span>();
            var suppressed = new List<Span>();
            var events = kit.Events.Code(sentence, groups, triggerSpans, suppressed);
            // A trigger inside a time expression is a date word, not an act ("last March").
            events.RemoveAll(e => sentenceTimes.Any(x => x.Span.Start <= e.Trigger.Start && e.Trigger.End <= x.Span.End));
            var hits = kit.Topics.Hits(sentence);
            topicHits.Add(hits);
            // A sentence the page repeats word for word (a pasted paragraph, a repeated caption, a body scraped twice)
            // reports nothing new; neither does an off-topic one. Their acts are not weighed: on a page that repeats its
            // body, weighing (and parsing) each copy was most of the article's coding time.
            var dropped = hits > 0 || !seen.Add(string.Join(' ', sentence.Tokens.Select(t => t.Norm)));
            if (learned?.For(language) is { } decider && (!dropped || decider.SeesDroppedSentences))
                events = decider.Decide(text, sentence, groups, events, suppressed, history);
            if (dropped) events = [];
            perSentence.Add(new SentenceReading(sentence, events, sentencePlaces, sentenceTimes, groups.SelectMany(g => g.Members).ToList(), triggerSpans));
            history.Add(perSentence[^1].Actors);
        }

        var context = new EventContext(text, perSentence, reference,
            document.Dateline?.PlaceText is { } dl ? places.Resolve(language, dl) : null,
            name => places.Resolve(language, name), token => kit.Words.Is("since", token), token => kit.Words.Is("range-word", token),
            token => kit.Words.Is("setting-prep", token), code => places.Country(language, code),
            (tokens, k) => kit.Words.Is("clause-boundary", tokens[k]) || StartsPredicate(kit, tokens, k),
            s => RefersToStatement(kit, s.Tokens));
        var coded = new List<CodedEvent>();
        if (kit.Topics.IsOffTopic(topicHits)) perSentence.ForEach(p => p.Events.Clear());
        foreach (var reading in perSentence)
        {
            var sentence = reading.Sentence;
            var ordinal = 0;
            var kept = new List<SentenceEvent>();
            foreach (var raw in reading.Events)
            {
                var e = raw;
                if (ImpliedAgent.IsUnresolved(e.Source))
                {
                    // Only where the sentence says where it happened ("ditangkap di Belanda"): that country's doer.
                    var place = context.PlaceRightAfter(sentence, e.Trigger)
                                ?? (e.Source.Rule == ImpliedAgent.UnnamedRule ? null : context.PlaceAfter(sentence, e.Trigger));
                    var source = ImpliedAgent.Resolve(e.Source, place?.Country);
                    if (source is null || source.Code == e.Target?.Code) continue;
                    e = e with { Source = source };
                }
                var before = sentence.Index > 0 ? perSentence[sentence.Index - 1] : null;
                if (e.Target is null && e.Rule.Contains(EventCoder.OwnedMark, StringComparison.Ordinal)
                    && CameoCodebook.QuadClassOf(e.Cameo) is QuadClass.VerbalConflict or QuadClass.VerbalCooperation)
                    e = WithOwnerTarget(e, reading, before);
                if (e.Target is null) e = WithContextTarget(e, reading, before, perSentence.Take(sentence.Index));
                if (e is { Target: null } && CameoCodebook.Default.TargetIsPlace(e.Cameo, e.Source.Code))
                    e = WithPlaceTarget(e, CameoCodebook.Default.PlaceAroundActCounts(e.Cameo)
                        ? context.PlaceAfter(sentence, e.Trigger) ?? context.PlaceBetween(sentence, e.Source.Span, e.Trigger)
                        : context.PlaceAfter(sentence, e.Trigger) is { } after && after.Rule.EndsWith(":preposition", StringComparison.Ordinal) ? after : null);
                if (e is { Target: null } && CameoCodebook.Default.ImpliedTargetRole(e.Cameo, e.Source.Code) is { } targetRole)
                    e = WithImpliedTarget(e, targetRole);
                if (e is null || e.Target is null && !kit.MonadicCodes.Any(p => e.Cameo.StartsWith(p, StringComparison.Ordinal))
                                 && !(e.Verbal && kit.MonadicVerbCodes.Any(p => e.Cameo.StartsWith(p, StringComparison.Ordinal)))) continue; // dyadic events, and the language's monadic ones
                kept.Add(e);
            }
            // "France accused Rwanda of making accusations": an untargeted act of a doer who does the same kind of act
            // to someone in the same sentence is that act told again.
            foreach (var e in kept)
            {
                if (e.Target is null && kept.Any(d => d.Target is not null && d.Source.Code == e.Source.Code && d.Cameo[..2] == e.Cameo[..2])) continue;
                var cameo = CameoCodebook.Default.Get(e.Cameo);
                coded.Add(new CodedEvent(
                    article.Id, $"{article.Id}#{sentence.Index}.{ordinal++}", e.Source, e.Target, e.Cameo,
                    cameo.Goldstein, cameo.QuadClass, cameo.Plover,
                    context.DateFor(sentence, e), context.PlaceFor(sentence, e),
                    sentence.Span, e.Trigger, e.Rule, language, e.Symmetric, e.Confidence));
            }
        }
        return new CodedArticle(document, sentences, allActors, allTimes, coded, reference,
            perSentence.SelectMany(r => r.Places).Where(p => p.Span is not null).ToList());
    }

    // "serangan Taliban, Malala melanjutkan sekolahnya di Inggris": a new verb starts another clause; a verb after
    // "yang" ("pemboman mobil yang menewaskan 18 orang di …") still belongs to the act's noun phrase.
    private static bool StartsPredicate(LanguageKit kit, IReadOnlyList<Token> tokens, int k) =>
        kit.Morphology.GuessVoice(tokens[k].Norm) is Voice.Active or Voice.Passive && tokens[k].Norm.Length >= MinVerbLength
        && !kit.Words.Is("determiner", tokens[k])
        && !(k > 0 && kit.Words.Is("relativizer", tokens[k - 1]));

    private const int MinVerbLength = 6;

    // "Hal itu disampaikan …", "Pernyataan ini diungkapkan …": a phrase pointing back at a statement, then a passive verb.
    private static bool RefersToStatement(LanguageKit kit, IReadOnlyList<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var length = kit.Words.MatchAt("statement-reference", tokens, i);
            if (length == 0) continue;
            for (var k = i + length; k < tokens.Count && k <= i + length + 1; k++)
                if (kit.Morphology.GuessVoice(tokens[k].Norm) == Voice.Passive) return true;
        }
        return false;
    }

    /// <summary>
    /// "tiba di Bandara Pulkovo, St. Petersburg": a visit to the country of the place. A state's own country is not
    /// its target; rebels bombing their own country ("Taliban … pemboman mobil … di Afghanistan timur") target it; an
    /// act with a target implied at home (a protest: the government) keeps that one there.
    /// </summary>
    private static SentenceEvent WithPlaceTarget(SentenceEvent e, Place? place) =>
        place is { Country: { } country, Span: { } span }
        && !(country == e.Source.Root && (ActorCodes.IsStateOrgan(e.Source.Code) || CameoCodebook.Default.ImpliedTargetRole(e.Cameo, e.Source.Code) is not null))
            ? e with { Target = new ActorMention(country, place.Name, span, "actor:place-country"), Rule = e.Rule + "+place-target" }
            : e;

    /// <summary>"Ribuan warga Peru turun ke jalan": a protest naming no target is aimed at the doers' own government.</summary>
    private static SentenceEvent WithImpliedTarget(SentenceEvent e, string role) =>
        e.Source.Code.Length > 3
            ? e with { Target = new ActorMention(e.Source.Root + role, role, e.Trigger, "actor:implied-target"), Rule = e.Rule + "+implied-target" }
            : e;


    /// <summary>
    /// "Trump menuntut penyerahan Iran. Khamenei menolak tuntutannya.": the owner of what the act is about is an
    /// actor named earlier in the sentence, else the one last named in the sentence before (a person first),
    /// other than the doer.
    /// </summary>
    private static SentenceEvent WithOwnerTarget(SentenceEvent e, SentenceReading reading, SentenceReading? before)
    {
        // One named earlier in the same sentence comes first ("China membangun pulau … meski PCA mementahkan klaimnya").
        var here = reading.Actors.Where(a => a.Span.End <= e.Trigger.Start && a.Root != e.Source.Root && a.Rule != ActorRules.RoleContext).ToList();
        var others = here.Count > 0 ? here
            : before?.Actors.Where(a => a.Root != e.Source.Root && a.Rule != ActorRules.RoleContext).ToList() ?? [];
        var owner = others.LastOrDefault(a => a.Rule == ActorRules.Person) ?? others.LastOrDefault();
        return owner is null ? e : e with { Target = owner with { Span = e.Trigger }, Rule = e.Rule + "-target" };
    }

    /// <summary>
    /// "Iran telah menembakkan 400 rudal balistik": an act that is always aimed at someone (data/cameo/context-targets.tsv)
    /// whose target the sentence leaves out is aimed at the one other state of the sentence, else of the previous
    /// sentence in the same paragraph.
    /// </summary>
    private static SentenceEvent? WithContextTarget(SentenceEvent e, SentenceReading reading, SentenceReading? previous, IEnumerable<SentenceReading> earlier)
    {
        if (!CameoCodebook.Default.TakesContextTarget(e.Cameo)) return e;
        // "Ankara menunda hubungan diplomatik setelah otoritas Belanda …": the one other state of the same sentence.
        if (CameoCodebook.Default.TakesSentenceTarget(e.Cameo) && OtherStates(reading, e) is [var here]) return e with { Target = here, Rule = e.Rule + "+sentence-target" };
        if (previous is not null && previous.Sentence.Paragraph == reading.Sentence.Paragraph && OtherStates(previous, e) is [var before])
            return e with { Target = before, Rule = e.Rule + "+context-target" };
        if (CameoCodebook.Default.TakesSentenceTarget(e.Cameo)) return e;
        // The state the article has named most so far, other than the doer's, when it leads clearly.
        var counts = earlier.SelectMany(r => OtherStates(r, e)).GroupBy(a => a.Root).Select(g => (State: g.First(), Count: g.Count()))
            .OrderByDescending(c => c.Count).ThenBy(c => c.State.Root, StringComparer.Ordinal).ToList();
        return counts is [var top, ..] && top.Count >= MinArticleMentions && (counts.Count == 1 || counts[1].Count * 2 <= top.Count)
            ? e with { Target = top.State with { Span = e.Trigger }, Rule = e.Rule + "+article-target" } : e;
    }

    private const int MinArticleMentions = 3;

    private static List<ActorMention> OtherStates(SentenceReading reading, SentenceEvent e) =>
        reading.Actors.Where(a => a.Rule is "actor:country" or "actor:metonym" or ActorRules.RoleCountry && a.Root != e.Source.Root
                                  && !ActorCodes.IsNonState(a.Code))
            .DistinctBy(a => a.Root).ToList();
}
