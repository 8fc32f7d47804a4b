using Warta.Coding.Actors;
using Warta.Coding.Candidates;
using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Events;

/// <summary>
/// Reads who did what to whom in one sentence. Triggers come from the event lexicon; the source is the
/// nearest subject to the left (or the "oleh" agent of a passive, or the owner of a nominalisation), the
/// target the object or prepositional complement to the right. Negated and denied acts, and acts that
/// are only the purpose of another ("untuk …"), give nothing; "akan …" turns an act into its intent code.
/// </summary>
public sealed class EventCoder(EventLexicon lexicon, FunctionWords words, CameoCodebook codebook, Morphology morphology)
{
    /// <summary>Marks the rule of an act the sentence announces rather than reports ("akan", "berencana").</summary>
    public const string IntentMark = "+intent";

    /// <summary>Marks the rule of a speaker's accusation of the doer of a reported act.</summary>
    public const string AccusationMark = "+accusation";

    /// <summary>In an event row's target column: the noun right after the act's noun is its target ("evakuasi WNI").</summary>
    public const string ObjectMarker = "(object)";

    /// <summary>In an event row's target column: an act of talking about something, whose direct object is its topic, not
    /// its partner ("membahas situasi Myanmar dengan Menlu Thailand" is a talk with Thailand about Myanmar).</summary>
    public const string TopicMarker = "(topic)";

    /// <summary>In an event row's target column: without a named target, the act concerns the one named just before.</summary>
    public const string OwnerMarker = "(owner)";

    /// <summary>In an event row's target column: an act done by saying it, so wishing to do it does it ("ingin berterima kasih").</summary>
    public const string SpokenMarker = "(spoken)";

    /// <summary>In an event row's target column: a misdeed, coded as its speaker accusing its doer ("mengatakan X berbohong").</summary>
    public const string AccusedMarker = "(accused)";

    /// <summary>
    /// In an event row's target column: the trigger is a verb only (rows derived from a verb dictionary). Right after a
    /// determiner, a possessive or a hyphen it is a noun or a modifier ("an armed group", "its campaign",
    /// "military-ruled"), not an act.
    /// </summary>
    public const string VerbMarker = "(verb)";

    private static readonly IReadOnlyList<string> VerbOnly = [VerbMarker];

    private const int MaxTargetGap = 6;
    private const int MaxDirectGap = 3;
    private const int MaxAppositive = 4;
    private const int MaxClauseBack = 10;
    private const int MaxPrepositionLead = 4;

    private sealed record Trigger(int Start, int End, EventTrigger Entry)
    {
        public bool Suppressed { get; set; }
        /// <summary>Only describes a noun ("gerilyawan yang didukung Prancis"): suppressed, but the act after it is not its complement.</summary>
        public bool Attribute { get; set; }
        public ActorGroup? Source { get; set; }
        public ActorGroup? Target { get; set; }
        /// <summary>A bare role the trigger phrase ends with ("membubarkan massa"): its object when nothing else is.</summary>
        public ActorGroup? Swallowed { get; init; }
        /// <summary>The phrase ends with a possessive ("tuntutannya"): whose it is, the pipeline reads from the sentence before.</summary>
        public bool Owned { get; init; }
        /// <summary>The act is what its doer prepared or sent others for ("sent personnel to investigate").</summary>
        public bool Prepared { get; set; }
    }

    /// <summary>Marks the rule of an act whose last noun is owned by someone not named ("menolak tuntutannya").</summary>
    public const string OwnedMark = "+possessive";

    private const int MinStem = 4;

    // The tokens with the possessive ending taken off ("tuntutannya" → "tuntutan"), or null when none has it.
    private IReadOnlyList<Token>? PossessiveView(IReadOnlyList<Token> tokens)
    {
        if (lexicon.PossessiveClitic is not { } clitic) return null;
        Token[]? view = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            var norm = tokens[k].Norm;
            if (tokens[k].Kind != TokenKind.Word || norm.Length < clitic.Length + MinStem || !norm.EndsWith(clitic, StringComparison.Ordinal)) continue;
            // On a verb the ending is its object ("membunuhnya" = kill him), not an owner.
            if (morphology.GuessVoice(norm[..^clitic.Length]) is Voice.Active or Voice.Passive) continue;
            view ??= tokens.ToArray();
            view[k] = tokens[k] with { Norm = norm[..^clitic.Length] };
        }
        return view;
    }

    public List<SentenceEvent> Code(Sentence sentence, IReadOnlyList<ActorGroup> groups) => Code(sentence, groups, null);

    /// <summary>
    /// Codes the sentence; <paramref name="triggerSpans"/>, when given, receives the span of every trigger found, and
    /// <paramref name="suppressedSpans"/> those of triggers that are negated, denied, only a purpose or a wish.
    /// </summary>
    public List<SentenceEvent> Code(Sentence sentence, IReadOnlyList<ActorGroup> groups, List<Span>? triggerSpans, List<Span>? suppressedSpans = null)
    {
        var tokens = sentence.Tokens;
        var triggers = FindTriggers(tokens, groups);
        triggerSpans?.AddRange(triggers.Select(t => new Span(tokens[t.Start].Start, tokens[t.End - 1].End)));
        var consumed = new HashSet<ActorGroup>();
        var events = new List<SentenceEvent>();
        Trigger? previous = null;
        var (reduced, cutters, reducedFrom) = Reductions(tokens, triggers);
        foreach (var t in triggers)
        {
            // "suspended military aid": the verb of cutting back gives no event of its own; the act cut back is coded as its reduction.
            if (cutters.Contains(t)) { t.Suppressed = true; continue; }
            // "threatened to invade", "agreed to lift": the verb announcing an act right after it says nothing of its
            // own; the act it announces is coded (with its intent).
            if (AnnouncesNext(tokens, t, triggers)) { t.Suppressed = true; continue; }
            // Negation and intent attach to the predicate: the light verb of "berencana memperkuat kerja sama".
            var lightVerb = t.Entry.Voice == Voice.Nominal ? LightVerbBefore(tokens, t.Start) : -1;
            // (and to the verb of cutting back of a reduced act: "may halt mediation efforts", "did not suspend aid")
            var predicate = lightVerb >= 0 ? t with { Start = lightVerb } : reducedFrom.TryGetValue(t, out var cut) ? t with { Start = cut }
                // (and to the verb whose object the act's noun heads: "would tighten the naval blockade", "will extend the curfew")
                : VerbOfObject(tokens, t, groups, triggers) is >= 0 and var verb ? t with { Start = verb } : t;
            // "menyiapkan pesawat untuk membantu evakuasi WNI": what a preparation is for is announced, not only a purpose.
            var preparation = PreparedPurpose(tokens, predicate.Start);
            // "gerilyawan yang didukung Prancis": a passive relative clause of support describes the rebels, it reports no act.
            t.Attribute = t.Entry.Voice == Voice.Passive && SkipAuxLeft(tokens, t.Start - 1) is >= 0 and var r && words.Is("relativizer", tokens[r])
                          && codebook.IsAttribute(t.Entry.Cameo);
            t.Suppressed = t.Attribute || (preparation < 0 ? IsSuppressed(tokens, predicate, previous, groups) : InIrrealisClause(tokens, predicate.Start));
            var code = reduced.GetValueOrDefault(t) ?? t.Entry.Cameo;
            var intended = preparation >= 0 || HasIntent(tokens, predicate.Start) || InConsequence(tokens, predicate.Start);
            // "Saya ingin berterima kasih kepada …": a wish to thank is the thanks.
            if (intended && t.Entry.TargetPrepositions.Contains(SpokenMarker) && HasMarker(tokens, predicate.Start, "wish")) intended = false;
            if (intended && codebook.IntentFor(code) is { } intent) code = intent;
            // "berjanji akan mendorong perdamaian": what is promised is cooperation, whatever the act's own code.
            else if (intended && HasMarker(tokens, predicate.Start, "pledge") && codebook.PledgeFor(code) is { } pledge) code = pledge;
            Attach(tokens, t, groups, consumed, previous);
            // "pemerintah Myanmar mengerahkan pasukannya": the doer's own forces or officials are its means, not its target
            // (its own population is: "Israel melarang warganya terbang").
            if (t.Target is { Members: [{ Rule: ActorRules.RoleOwner } own] } && t.Source is { } doer
                && doer.Members.Any(d => d.Root == own.Root) && !own.Code.EndsWith(ActorRecognizer.PopulationRole, StringComparison.Ordinal))
                t.Target = null;
            // (whoever prepares is the one who means to do it)
            if (preparation >= 0 && t.Entry.Voice != Voice.Nominal && Subject(tokens, preparation, groups, consumed, previous) is { } preparer
                && preparer != t.Target) { t.Source = preparer; t.Prepared = true; }
            if (t.Target is null && t.Swallowed is { } swallowed && t.Source != swallowed) t.Target = swallowed;
            previous = t;
            // "X ditangkap di Belanda": an agentless passive of an act with a usual doer (the police) keeps that doer,
            // whose country the pipeline reads from the place or the target.
            // So does a crowd's act named as a noun ("Demonstrasi ratusan ribu orang di berbagai kota Venezuela").
            var crowd = t.Entry.Voice == Voice.Nominal && t.End < tokens.Count && words.Is("determiner", tokens[t.End]);
            if (!t.Suppressed && t.Source is null && (t.Target is not null && IsPassive(tokens, t) || crowd) && codebook.ImpliedAgentRole(code) is { } role)
                t.Source = new ActorGroup([new ActorMention(ImpliedAgent.Prefix + role, role, new Span(tokens[t.Start].Start, tokens[t.End - 1].End), "actor:implied-agent")],
                    t.Start, t.End, null);
            if (t.Suppressed) suppressedSpans?.Add(new Span(tokens[t.Start].Start, tokens[t.End - 1].End));
            // "Obama said he would not provide support to Israel": a cooperative act refused is a rejection.
            if (t.Suppressed && t.Source is not null && Refused(tokens, predicate) && codebook.RefusalFor(t.Entry.Cameo) is { } refusal)
            {
                if (t.Target is not null) consumed.Add(t.Target);
                Emit(t, refusal, RefusalMark, tokens, groups, events);
                continue;
            }
            // "Britain said Libya must hand over the suspects": what a speaker says another must do is a demand of them.
            if (t.Suppressed && t.Source is { IsAnaphor: false } obliged && Obliging(tokens, predicate)
                && codebook.DemandFor(t.Entry.Cameo) is { } demand
                && (Speaker(tokens, t, obliged, groups) ?? ReportedBy(tokens, obliged, groups) ?? TrailingSpeaker(tokens, t, obliged, groups)) is { } demander)
                Accuse(demander, t, demand, tokens, events, DemandMark);
            if (t.Suppressed || t.Source is null) continue;
            if (t.Entry.TargetPrepositions.Contains(AccusedMarker))
            {
                if (!t.Source.IsAnaphor && Speaker(tokens, t, t.Source, groups) is { } accuser) Accuse(accuser, t, code, tokens, events);
                continue;
            }
            // "belum memutuskan apakah akan bergabung dengan serangan Israel terhadap Iran": weighing an act concerns whom
            // that act is aimed at.
            if (t.Target is null && code.StartsWith(ConsiderPrefix, StringComparison.Ordinal)
                && triggers.FirstOrDefault(n => n.Start >= t.End && n.Start - t.End <= MaxTargetGap && n.Entry.Voice == Voice.Nominal) is { } weighed
                && !HasSentenceEnd(tokens, t.End, weighed.Start)
                && Object(tokens, weighed, groups, allowDirect: false, exclude: t.Source) is { } concerned)
                t.Target = concerned;
            // "melakukan operasi patroli laut di LCS untuk meredam China": a show of force is aimed at whom its purpose names.
            if (t.Target is null && codebook.TakesContextTarget(code) && PurposeObject(tokens, t, groups) is { } aimed && aimed != t.Source)
                t.Target = aimed;
            // "memperingatkan Amerika Serikat tentang kerusakan …": a warning to someone about what is to come threatens; so
            // does a warning addressed to an actor (its object, or after a target preposition), as CAMEO codes WARN (130)
            // unless it is about a state of affairs.
            if (t.Target is { } warned && codebook.ThreatFor(code) is { } threat
                && (warned.EndToken < tokens.Count && words.Is("threat-follow", tokens[warned.EndToken])
                    || warned.Marker is null || words.Is("target-prep", warned.Marker)))
                code = threat;
            // "Saakashvili menuturkan bahwa Kremlin telah melakukan serangan siber": the speaker accuses the doer
            // (not when the doer is the speaker's own side again: "Militer Israel mengatakan pihaknya menyerang …").
            if (!t.Source.IsAnaphor && codebook.AccusationFor(code) is { } accusation && Speaker(tokens, t, t.Source, groups) is { } speaker)
                Accuse(speaker, t, accusation, tokens, events);
            // "The US claimed that ISIL had attacked Iraq": an act only alleged is the speaker's accusation, not an act done.
            if (Alleged(tokens, t.Source) && codebook.AccusationFor(code) is not null)
            {
                if (t.Target is not null) consumed.Add(t.Target);
                continue;
            }
            if (t.Target is not null) consumed.Add(t.Target);
            var owner = t.Target is null && (t.Owned || t.Entry.TargetPrepositions.Contains(OwnerMarker)) ? OwnedMark : "";
            Emit(t, code, (intended ? IntentMark : "") + owner, tokens, groups, events);
        }
        ObligedOthers(tokens, groups, triggers, events);
        return Deduplicate(events);
    }

    /// <summary>The rule id of a speaker's demand that another must do an act the lexicon names no code for.</summary>
    public const string ObligationRule = "obligation";

    // "Russia said on Tuesday that Sudan must return the helicopter": what a speaker says another must do is a demand of
    // them even when the lexicon has no code for the act (acts it codes are handled with their own demand codes above).
    private void ObligedOthers(IReadOnlyList<Token> tokens, IReadOnlyList<ActorGroup> groups, List<Trigger> triggers, List<SentenceEvent> events)
    {
        if (codebook.DemandForUnknownAct is not { } demand) return;
        foreach (var g in groups)
        {
            if (g.IsOblique || g.IsAnaphor) continue;
            var k = g.EndToken;
            while (k < tokens.Count && words.Is("aux", tokens[k])) k++;
            if (k >= tokens.Count || !words.Is("obliging", tokens[k])) continue;
            // (the act right after, past auxiliaries and words announcing it: "must be ready to mediate")
            var next = k + 1;
            while (next < tokens.Count)
            {
                var skip = Math.Max(words.MatchAt("intent-complement", tokens, next), words.MatchAt("intent", tokens, next));
                if (skip == 0 && (words.Is("aux", tokens[next]) || words.Is("passive-aux", tokens[next]))) skip = 1;
                if (skip == 0) break;
                next += skip;
            }
            if (triggers.Any(t => t.Start == next)) continue;
            var obliged = new Trigger(k, k + 1, new EventTrigger(ObligationRule, demand, Voice.Active, [])) { Source = g };
            if (ReportedBy(tokens, g, groups) is { } speaker) Accuse(speaker, obliged, demand, tokens, events, DemandMark);
        }
    }

    // The subject of the verb whose clause the actor opens ("The Red Cross operating in Iraq said US forces must …").
    private ActorGroup? ReportedBy(IReadOnlyList<Token> tokens, ActorGroup opener, IReadOnlyList<ActorGroup> groups) =>
        ReportingVerb(tokens, opener, groups) is >= 0 and var verb && Subject(tokens, verb, groups, [], null) is { IsOblique: false } speaker
        && speaker != opener ? speaker : null;

    private const int MaxReportLead = 3;

    // The verb whose clause the actor opens: a verb of saying right before it ("said Libya must"), or the word before
    // "that" with a few words of its own between ("declared Tuesday that China must", "said on Friday that …"); else -1.
    private int ReportingVerb(IReadOnlyList<Token> tokens, ActorGroup g, IReadOnlyList<ActorGroup> groups)
    {
        var k = g.StartToken - 1;
        while (k >= 0 && words.Is("determiner", tokens[k])) k--;
        if (k < 0) return -1;
        if (!words.Is("complementizer", tokens[k])) return words.Is("speech", tokens[k]) ? k : -1;
        var addressed = false;
        for (var j = k - 1; j >= 0 && k - j <= MaxReportLead + 1; j--)
        {
            // (past the one addressed: "told Libya that …", "reminded Iraq on Saturday that …")
            if (!addressed && groups.LastOrDefault(a => a.EndToken == j + 1) is { } addressee && addressee != g)
            {
                addressed = true;
                j = addressee.StartToken;
                k = j;
                continue;
            }
            if (tokens[j].Kind != TokenKind.Word || groups.Any(a => a.StartToken <= j && j < a.EndToken)) return -1;
            if (words.Is("speech", tokens[j]) || j == 0 || !IsDayWord(tokens, j)) return j;
        }
        return -1;
    }

    // '"Hamas harus menyerahkan senjata," tulis Abbas': the speaker named after the words said, behind a comma or a
    // closing quote, says them.
    private ActorGroup? TrailingSpeaker(IReadOnlyList<Token> tokens, Trigger t, ActorGroup said, IReadOnlyList<ActorGroup> groups)
    {
        for (var k = tokens.Count - 1; k > t.End; k--)
        {
            if (!words.Is("speech", tokens[k]) || words.Is("complementizer", tokens[k])) continue;
            if (tokens[k - 1].Kind == TokenKind.Word) return null;
            var speaker = groups.FirstOrDefault(g => g.StartToken > k && g.StartToken <= k + MaxTrailingSpeakerGap && !g.IsOblique);
            return speaker != said ? speaker : null;
        }
        return null;
    }

    private const int MaxTrailingSpeakerGap = 3;

    // A word that times or places a reporting verb rather than being it ("on", "Tuesday", "here").
    private bool IsDayWord(IReadOnlyList<Token> tokens, int j) => words.Is("aux", tokens[j]) || words.Is("time-word", tokens[j]);

    private List<Trigger> FindTriggers(IReadOnlyList<Token> tokens, IReadOnlyList<ActorGroup> groups)
    {
        var found = new List<Trigger>();
        var view = PossessiveView(tokens);
        var i = 0;
        while (i < tokens.Count)
        {
            var m = lexicon.Trie.LongestAt(tokens, i);
            var lexical = m;
            // "lifted the ban": a verb + object pattern gives the verb its code (a phrase of the lexicon that starts
            // here and is longer than one word stays). The trigger runs to the end of the object, so that the object's
            // noun is no act of its own, unless an actor stands in the object ("withdrew its troops"): that stays free
            // to be the act's target.
            // ("wants to help Vietnam": an object right after a purpose word that follows the verb is the verb's own infinitive,
            // not a noun object; "wants China to release the prisoners" keeps its pattern)
            if (lexicon.VerbObjects.Match(tokens, i, k => words.MatchAt("possessive", tokens, k)) is { } pattern && (m is null || m.Value.Length == 1)
                && !(words.MatchEndingAt("purpose", tokens, pattern.ObjectStart) is > 0 and var purpose && pattern.ObjectStart - purpose == i + 1))
            {
                var end = groups.Any(g => g.StartToken < pattern.ObjectEnd && g.EndToken > i) ? i + 1 : pattern.ObjectEnd;
                m = new PhraseMatch<EventTrigger>(i, end - i, [new EventTrigger(pattern.Pattern.Rule, pattern.Pattern.Cameo, pattern.Voice, VerbOnly)]);
            }
            // "menolak tuntutannya": the phrase with its last noun owned by someone ("his demand").
            if (view is not null && lexicon.Trie.LongestAt(view, i) is { } c && (m is not { } plain || c.End > plain.End)) m = c;
            // (a verb phrase only: "penolakannya" alone is the doer's own rejection)
            var owned = m is { } o && view is not null && view[o.End - 1].Norm != tokens[o.End - 1].Norm && o.End - o.Start > 1
                        && o.Values[0].Voice != Voice.Nominal;
            // "menggelar patroli" vs "patroli bersama": a phrase that starts with a light verb gives way
            // to a more specific phrase starting right after it.
            if (m is { } lv && words.Is("light-verb", tokens[i]) && lexicon.Trie.LongestAt(tokens, i + 1) is { } inner && inner.End > lv.End)
                m = inner;
            // "menghadapi kritik dari Israel": a verb of receiving is not the act; the noun after it is.
            else if (m is { } rv && words.Is("receive-verb", tokens[i]) && lexicon.Trie.LongestAt(tokens, i + 1) is { } received && received.End >= rv.End)
                m = received;
            // "membubarkan massa", "menembakkan rudal": a phrase that ends with a bare role word keeps it as its object
            // (the crowd dispersed; the missiles are the doer's own forces); a phrase overlapping any other actor
            // gives way to the part before the actor.
            ActorGroup? swallowed = null;
            if (m is { } overlapping && groups.FirstOrDefault(g => g.StartToken > i && g.StartToken < overlapping.End) is { } inside)
            {
                // ("memanggil duta besar China": a phrase ending with the head of an actor named on keeps the whole actor)
                if (overlapping.Values[0].Voice == Voice.Active && (inside.EndToken == overlapping.End && inside.Members.All(a => a.Rule == ActorRules.RoleContext)
                                                                    || inside.EndToken > overlapping.End && inside.Members.All(a => a.Rule is ActorRules.RoleCountry or ActorRules.Person)))
                    swallowed = inside;
                else m = lexicon.Trie.LongestAt(tokens, i, inside.StartToken);
            }
            if (m is { } verbOnly && verbOnly.Values[0].TargetPrepositions.Contains(VerbMarker)
                && (NotVerbPosition(tokens, verbOnly.Start) || ModifiedNoun(tokens, verbOnly.Start, groups) || verbOnly.Length == 1 && Gerund(tokens, verbOnly.Start, groups)
                    || verbOnly.Length == 1 && ModifierPosition(tokens, verbOnly.Start, found)
                    || words.MatchAt("speech", tokens, verbOnly.Start) > 1))
                // ("according to a report" attributes, it is no act; "the ban" keeps the lexicon's noun if it has one)
                m = lexical is { } noun && noun.Start == verbOnly.Start && !noun.Values[0].TargetPrepositions.Contains(VerbMarker) ? noun : null;
            if (m is { } match && !groups.Any(g => g != swallowed && match.Start < g.EndToken && g.StartToken < match.End))
            {
                var entry = match.Values[0];
                // "after the museum shooting": the verb form of a lexicon phrase read as a noun names an act, done by no subject.
                if (entry.Voice == Voice.Active && match.End - match.Start == 1 && !entry.TargetPrepositions.Contains(VerbMarker)
                    && (Gerund(tokens, match.Start, groups) || GerundAfterDeterminer(tokens, match.Start)))
                    entry = entry with { Voice = Voice.Nominal };
                found.Add(new Trigger(match.Start, match.End, entry) { Swallowed = swallowed, Owned = owned });
                i = match.End;
            }
            else i = m is { } skipped && skipped.Start > i ? skipped.Start : i + 1;
        }
        return found;
    }

    // The announcing phrase starts inside the trigger and ends with it ("agreed to") or one word after it
    // ("threatened" + "to"); the announced act is the next trigger.
    private bool AnnouncesNext(IReadOnlyList<Token> tokens, Trigger t, List<Trigger> triggers)
    {
        foreach (var end in (int[])[t.End, t.End + 1])
            if (end <= tokens.Count && words.MatchEndingAt("intent-complement", tokens, end) is > 0 and var length
                && end - length >= t.Start && end - length < t.End && triggers.Any(n => n.Start == end))
                return true;
        return false;
    }

    // After a determiner ("an armed group"), a possessive ending ("Iraq's campaign") or inside a hyphenated word
    // ("Al-Qaeda-linked") a verb form is a noun or a modifier.
    private bool NotVerbPosition(IReadOnlyList<Token> tokens, int start) =>
        start > 0 && (words.Is("determiner", tokens[start - 1]) || words.MatchEndingAt("possessive", tokens, start) > 0
                      || tokens[start - 1].Norm == "-" && tokens[start - 1].End == tokens[start].Start);

    // "meet with exiled dissidents", "the two exiled dissidents", "pledged to expel exiled leaders": a verb form (not the
    // gerund) after a preposition other than a purpose word, after a number, or right after another verb modifies the noun
    // that follows; it is no act.
    private bool ModifierPosition(IReadOnlyList<Token> tokens, int start, List<Trigger> found)
    {
        if (start == 0 || start + 1 >= tokens.Count || tokens[start + 1].Kind != TokenKind.Word || words.IsAny(tokens[start + 1])) return false;
        if (lexicon.GerundSuffix is { } suffix && tokens[start].Norm.EndsWith(suffix, StringComparison.Ordinal)) return false;
        var before = tokens[start - 1];
        return before.Kind == TokenKind.Number
               || words.Is("oblique", before) && words.MatchEndingAt("purpose", tokens, start) == 0
               || found.Count > 0 && found[^1].End == start && found[^1].Entry.Voice == Voice.Active;
    }

    // "its six-year campaign", "the newly elected president": after a determiner or a possessive and a word or two that
    // name no actor, a verb form heads or modifies a noun phrase.
    private bool ModifiedNoun(IReadOnlyList<Token> tokens, int start, IReadOnlyList<ActorGroup> groups)
    {
        var k = start - 1;
        for (var words_ = 0; k >= 0 && words_ < MaxGerundModifiers; words_++, k--)
        {
            while (k >= 2 && tokens[k - 1].Norm == "-" && tokens[k - 1].Start == tokens[k - 2].End && tokens[k - 1].End == tokens[k].Start) k -= 2;
            if (tokens[k].Kind is not (TokenKind.Word or TokenKind.Number) || words.IsAny(tokens[k]) || groups.Any(g => g.StartToken <= k && k < g.EndToken))
                return false;
            if (k > 0 && (words.Is("determiner", tokens[k - 1]) || words.MatchEndingAt("possessive", tokens, k) > 0)) return true;
        }
        return false;
    }

    private const int MaxGerundModifiers = 2;

    // "the brutal slaying of", "after the museum shooting": a gerund form (settings.tsv gerund_suffix) a determiner opens,
    // past a word or two that name no actor, and followed by a preposition or nothing, is a noun, not the verb of a clause.
    private bool Gerund(IReadOnlyList<Token> tokens, int start, IReadOnlyList<ActorGroup> groups)
    {
        if (lexicon.GerundSuffix is not { } suffix || !tokens[start].Norm.EndsWith(suffix, StringComparison.Ordinal)) return false;
        // (a participle after a noun takes its object or clause: "a declaration demanding that …" is a verb)
        // (nor is a word of time its object: "after the museum shooting last week")
        if (start + 1 < tokens.Count && tokens[start + 1].Kind == TokenKind.Word && !words.Is("oblique", tokens[start + 1])
            && words.MatchAt("time-word", tokens, start + 1) == 0) return false;
        for (var k = start - 1; k >= 0 && start - k <= MaxGerundModifiers + 1; k--)
        {
            if (words.Is("determiner", tokens[k]) || words.MatchEndingAt("possessive", tokens, k + 1) > 0) return k < start - 1;
            if (tokens[k].Kind != TokenKind.Word || words.IsAny(tokens[k]) || groups.Any(g => g.StartToken <= k && k < g.EndToken)) return false;
        }
        return false;
    }

    private bool GerundAfterDeterminer(IReadOnlyList<Token> tokens, int start) =>
        lexicon.GerundSuffix is { } suffix && tokens[start].Norm.EndsWith(suffix, StringComparison.Ordinal) && start > 0
        && (words.Is("determiner", tokens[start - 1]) || words.MatchEndingAt("possessive", tokens, start) > 0);

    // A word of one of the classes among the auxiliaries right before an act or just before them (up to three words
    // back at least): "tidak akan menyerang", "harus segera membebaskan" ("harus" is itself an auxiliary).
    private bool CueBeforeAct(IReadOnlyList<Token> tokens, int start, params string[] classes)
    {
        var first = Math.Max(0, Math.Min(SkipAuxLeft(tokens, start - 1), start - 3));
        for (var k = start - 1; k >= first; k--)
            if (classes.Any(c => words.Is(c, tokens[k]))) return true;
        return false;
    }

    // Skips auxiliaries ("telah", "juga") leftwards from an index; returns the index of the first other token.
    private int SkipAuxLeft(IReadOnlyList<Token> tokens, int i)
    {
        while (i >= 0 && words.Is("aux", tokens[i])) i--;
        return i;
    }

    private bool IsSuppressed(IReadOnlyList<Token> tokens, Trigger t, Trigger? previous, IReadOnlyList<ActorGroup> groups)
    {
        var i = SkipAuxLeft(tokens, t.Start - 1);
        // "Iran denied attacking the tanker": a word of denial right before another act only denies that act.
        // ("membantah tuduhan Polandia" denies an accusation, which was made: a noun of an act keeps the denial.)
        if (t.End - t.Start == 1 && words.Is("denial", tokens[t.Start])
            && lexicon.Trie.LongestAt(tokens, t.End) is { Values: [{ Voice: not Voice.Nominal }, ..] }) return true;
        // negation right before the act (optionally with "akan": "tidak akan menyerang"), or an obligation ("harus segera
        // membebaskan")
        if (CueBeforeAct(tokens, t.Start, "negation", "obligation")) return true;
        // ... or before the words that announce it ("must be ready to mediate", "would not be willing to send")
        if (AnnouncedFrom(tokens, t.Start) is var announced && announced < t.Start)
            for (var k = SkipAuxLeft(tokens, announced - 1); k >= Math.Max(0, announced - 3); k--)
                if (words.Is("negation", tokens[k]) || words.Is("obligation", tokens[k])) return true;
        // denial anywhere before in the clause: "Taliban membantah terlibat dalam serangan"
        for (var k = t.Start - 1; k >= Math.Max(0, t.Start - 10); k--)
        {
            if (tokens[k].Norm is "." or ";") break;
            // "Iran membantah tuduhan Israel": what is denied is the accusation, which was made.
            if (words.Is("denial", tokens[k]))
                return !(k == t.Start - 1 && t.Entry.Voice == Voice.Nominal && codebook.IsKind(CameoCodebook.DeniedAsMade, t.Entry.Cameo));
        }
        if (InIrrealisClause(tokens, t.Start)) return true;
        // "untuk menyerang" is a purpose, not an act — unless it was decided or done ("memutuskan untuk menjatuhkan sanksi"),
        // or announced by a verb whose complement it is ("threatened to invade": the intent codes it).
        var purpose = i >= 0 && words.MatchEndingAt("intent-complement", tokens, i + 1) == 0 ? words.MatchEndingAt("purpose", tokens, i + 1) : 0;
        if (purpose > 0 && !(i - purpose >= 0 && words.Is("realis", tokens[i - purpose]))) return true;
        // the complement of a suppressed act ("untuk bekerjasama menumpas …")
        if (previous is { Suppressed: true, Attribute: false } && i == previous.End - 1) return true;
        // "AS ingin Dewan Keamanan PBB menerapkan embargo": what one wants another to do is not done.
        if (i >= 0 && groups.LastOrDefault(g => g.EndToken == i + 1) is { } wanted && wanted.StartToken > 0
            && words.Is("intent", tokens[wanted.StartToken - 1])) return true;
        // "Jepang mendesak China membebaskan warganya": what is asked of the one asked is not done.
        if (previous is { Suppressed: false, Target: { } asked } && codebook.IsRequest(previous.Entry.Cameo)
            && asked.StartToken >= previous.End && asked.EndToken <= t.Start && i < asked.EndToken) return true;
        return false;
    }

    private bool HasIntent(IReadOnlyList<Token> tokens, int start) => HasMarker(tokens, start, "intent");

    private const int MaxIrrealisReach = 15;

    // An act in a clause opened by a word of what is asked for or asked about ("agar Qatar memutuskan hubungan … dan
    // mengusir …", "apakah AS akan ikut menyerang") or by a condition ("jika mengerahkan militernya") has not happened.
    // A conditional word after a speech verb of its clause introduces what was said ("mengatakan kepada jurnalis jika …"),
    // unless a complementizer did that already ("mengatakan bahwa jika …").
    private bool InIrrealisClause(IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= Math.Max(0, start - MaxIrrealisReach); k--)
        {
            if (words.Is("irrealis", tokens[k])) return true;
            if (words.Is("conditional", tokens[k])) return !SpeechBefore(tokens, k);
            if (IsClauseEdge(tokens[k])) return false;
        }
        return false;
    }

    // "Kalau mereka melanjutkan serangannya, kami juga membalas …": the act of the clause after a sentence's opening
    // condition is what would follow, announced, not done (a threat when hostile, an offer when cooperative).
    private bool InConsequence(IReadOnlyList<Token> tokens, int start)
    {
        var first = 0;
        while (first < start && tokens[first].Kind != TokenKind.Word) first++;
        if (first >= start || !words.Is("conditional", tokens[first])) return false;
        for (var k = first + 1; k < start; k++)
            if (IsClauseEdge(tokens[k])) return true;
        return false;
    }

    private bool SpeechBefore(IReadOnlyList<Token> tokens, int k)
    {
        for (var j = k - 1; j >= 0 && !IsClauseEdge(tokens[j]); j--)
        {
            if (words.Is("complementizer", tokens[j])) return false; // "said that if …": a condition inside what was said
            if (words.Is("speech", tokens[j])) return true;
        }
        return false;
    }

    private bool IsClauseEdge(Token token) =>
        token.Kind is TokenKind.Punct && token.Norm is not "-" || words.Is("clause-boundary", token);

    private const int MaxPreparationReach = 8;
    private const int MaxPurposeReach = 10;

    // CAMEO 014 "consider policy option": the act weighed is named after it.
    private const string ConsiderPrefix = "014";

    private static bool HasSentenceEnd(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++) if (tokens[k].Norm is "." or ";" or "\"") return true;
        return false;
    }

    // The actor right after the verb of the first purpose clause after the act ("untuk meredam [China]"), if any.
    private ActorGroup? PurposeObject(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups)
    {
        for (var k = t.End; k < tokens.Count && k - t.End <= MaxPurposeReach; k++)
        {
            if (tokens[k].Norm is "." or ";" || words.Is("clause-boundary", tokens[k]) || words.Is("speech", tokens[k])) return null;
            var purpose = words.MatchAt("purpose", tokens, k);
            if (purpose == 0) continue;
            var from = k + purpose;
            // (not a cooperative purpose: "mengerahkan personel untuk mengevakuasi WNI" helps them)
            if (lexicon.Trie.LongestAt(tokens, from) is { } act && CameoCodebook.QuadClassOf(act.Values[0].Cameo) is QuadClass.VerbalCooperation or QuadClass.MaterialCooperation)
                return null;
            return groups.FirstOrDefault(g => g.StartToken > from && g.StartToken <= from + 2 && g.Marker is null);
        }
        return null;
    }

    // A purpose word right before the act and a verb of preparing earlier in the same clause: the verb's index, else -1.
    private int PreparedPurpose(IReadOnlyList<Token> tokens, int start)
    {
        var i = SkipAuxLeft(tokens, start - 1);
        var purpose = i >= 0 ? words.MatchEndingAt("purpose", tokens, i + 1) : 0;
        if (purpose == 0) return -1;
        for (var k = i - purpose; k >= 0 && i - k <= MaxPreparationReach; k--)
        {
            // (not a preparation that is itself only a purpose: "dimaksudkan untuk mempersiapkan …")
            if (words.Is("prepare-verb", tokens[k])) return k > 0 && words.MatchEndingAt("purpose", tokens, k) > 0 ? -1 : k;
            if (tokens[k].Kind is TokenKind.Punct or TokenKind.Symbol && tokens[k].Norm != "(" && tokens[k].Norm != ")" || words.Is("clause-boundary", tokens[k])) return -1;
        }
        return -1;
    }

    // A word of the class right before the act, auxiliaries between ("berjanji akan segera …").
    private bool HasMarker(IReadOnlyList<Token> tokens, int start, string cls)
    {
        for (var k = start - 1; k >= Math.Max(0, start - 3); k--)
        {
            if (words.MatchEndingAt(cls, tokens, k + 1) > 0) return true;
            if (!words.Is("aux", tokens[k]) && !words.Is("intent", tokens[k])) break;
        }
        return false;
    }

    private void Attach(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups, HashSet<ActorGroup> consumed, Trigger? previous)
    {
        var voice = t.Entry.Voice;
        if (voice == Voice.Active && PassiveAuxBefore(tokens, t)) voice = Voice.Passive;
        // "Israel dan Iran terlibat aksi saling serang": those who do it to each other are the subject.
        if (voice == Voice.Nominal && IsReciprocal(tokens, t)) voice = Voice.Active;
        switch (voice)
        {
            case Voice.Passive:
                t.Source = Agent(tokens, t, groups);
                t.Target = Subject(tokens, t.Start, groups, consumed, previous);
                break;
            case Voice.Nominal when t.Entry.TargetPrepositions.Contains(ObjectMarker):
                // "evakuasi WNI": the noun after the act is who it is done to; the doer is the subject of its verb.
                t.Target = Genitive(t, groups) ?? Object(tokens, t, groups, allowDirect: false, exclude: null);
                var carrier = LightVerbBefore(tokens, t.Start);
                if (carrier >= 0) t.Source = Subject(tokens, carrier, groups, consumed, previous);
                // "penangkapan jurnalis AS oleh Rusia": the agent after "oleh".
                else if (Agent(tokens, t, groups) is { Marker: not null } agent && agent != t.Target) t.Source = agent;
                if (t.Source == t.Target) t.Source = null;
                break;
            case Voice.Nominal:
                // "serangan Israel terhadap Lebanon": the owner right after the noun acts; else the subject of its verb.
                t.Source = Genitive(t, groups);
                // "Pertemuan antara Presiden Rusia dan Presiden AS": the parties of a mutual act named "between" them.
                if (t.Source is null && codebook.IsMutual(t.Entry.Cameo) && Between(tokens, t, groups) is { } parties)
                {
                    t.Source = parties;
                    break;
                }
                // "Iran membantah tuduhan Israel", "Israel menghadapi kritik Turki": the owner's act is aimed at the
                // subject of the verb that denies or receives it.
                if (t.Source is not null && t.Start > 0 && (words.Is("denial", tokens[t.Start - 1]) || words.Is("receive-verb", tokens[t.Start - 1]))
                    && Subject(tokens, t.Start - 1, groups, consumed, previous) is { } receiver && receiver != t.Source)
                {
                    t.Target = receiver;
                    break;
                }
                var lightVerb = t.Source is null ? LightVerbBefore(tokens, t.Start) : -1;
                // "menghadapi kritik keras dari Israel", "menerima bantuan dari Jepang": the act comes from the
                // "dari" group and is aimed at the subject of the verb.
                if (t.Source is null && lightVerb >= 0 && words.Is("receive-verb", tokens[lightVerb]) && FromGroup(tokens, t, groups) is { } giver)
                {
                    t.Source = giver;
                    t.Target = Subject(tokens, lightVerb, groups, consumed, previous);
                    if (t.Target == giver) t.Target = null;
                    break;
                }
                if (lightVerb >= 0) t.Source = Subject(tokens, lightVerb, groups, consumed, previous);
                // "keduanya bertukar cendera mata usai pertemuan bilateral": a meeting that times the main clause is its subject's.
                else if (t.Source is null && codebook.IsMutual(t.Entry.Cameo) && t.Start > 0 && words.Is("clause-boundary", tokens[t.Start - 1]))
                    t.Source = Subject(tokens, t.Start - 1, groups, consumed, previous);
                // "menjadi target serangan siber dari Moskow": an act named with its origin and no verb of its own.
                else if (t.Source is null && FromGroup(tokens, t, groups) is { } origin)
                    t.Source = origin;
                t.Target = Object(tokens, t, groups, allowDirect: false, exclude: t.Source) ?? DoerOfCommentedAct(tokens, t, groups, t.Source);
                break;
            default:
                // "Georgian demonstrators received assurances from the government": what one receives from another is that
                // other's act on the receiver (the verb of receiving opens the trigger or stands right before it).
                if (ReceiverVerb(tokens, t) is var receiving and >= 0 && FromGroup(tokens, t, groups) is { } sender)
                {
                    t.Source = sender;
                    t.Target = Subject(tokens, receiving, groups, consumed, previous);
                    if (t.Target == sender) t.Target = null;
                    break;
                }
                t.Source = Subject(tokens, t.Start, groups, consumed, previous);
                t.Target = Object(tokens, t, groups, allowDirect: !t.Entry.TargetPrepositions.Contains(TopicMarker), exclude: t.Source)
                           ?? DoerOfCommentedAct(tokens, t, groups, t.Source);
                break;
        }
    }

    private const int MaxCommentedActWords = 3;

    /// <summary>
    /// "mengecam serangan yang dilancarkan Israel", "memuji langkah yang diambil oleh Jepang": approval, demand,
    /// disapproval, rejection or threat whose object is an act done by an actor, named after a relative passive verb, is
    /// aimed at that doer.
    /// </summary>
    private ActorGroup? DoerOfCommentedAct(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups, ActorGroup? source)
    {
        if (!codebook.IsKind(CameoCodebook.CommentedAct, t.Entry.Cameo)) return null;
        for (var r = t.End; r < tokens.Count && r - t.End <= MaxCommentedActWords; r++)
        {
            if (words.Is("relativizer", tokens[r]))
            {
                var verb = r + 1;
                if (r == t.End || verb >= tokens.Count || morphology.GuessVoice(tokens[verb].Norm) != Voice.Passive) return null;
                var doer = verb + 1 < tokens.Count && words.Is("passive-agent", tokens[verb + 1]) ? verb + 2 : verb + 1;
                return groups.FirstOrDefault(g => g.StartToken == doer && g != source && !g.IsAnaphor);
            }
            if (tokens[r].Kind != TokenKind.Word || groups.Any(g => g.StartToken <= r && r < g.EndToken)) return null;
        }
        return null;
    }

    // The index of a verb of receiving that opens a trigger phrase ("received weapons") or stands before it, past
    // determiners ("received the assurances"), else -1.
    private int ReceiverVerb(IReadOnlyList<Token> tokens, Trigger t)
    {
        if (t.End - t.Start > 1 && words.Is("receive-verb", tokens[t.Start])) return t.Start;
        var i = t.Start;
        while (i > 0 && words.Is("determiner", tokens[i - 1])) i--;
        return i > 0 && words.Is("receive-verb", tokens[i - 1]) ? i - 1 : -1;
    }

    private const int MaxObjectModifiers = 2;

    // The act's word heads an object noun phrase (a determiner, a word or two between): the index of the verb right before
    // it, a word that is neither an actor, nor a function word, nor an act of its own; else -1.
    private int VerbOfObject(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups, List<Trigger> triggers)
    {
        if (t.Entry.Voice == Voice.Nominal || t.End - t.Start > 1) return -1;
        var k = t.Start - 1;
        for (var modifiers = 0; k >= 0 && modifiers < MaxObjectModifiers && !words.Is("determiner", tokens[k]); modifiers++, k--)
        {
            // (a hyphenated modifier is one: "night-time")
            while (k >= 2 && tokens[k - 1].Norm == "-" && tokens[k - 1].Start == tokens[k - 2].End && tokens[k - 1].End == tokens[k].Start) k -= 2;
            // (a bare role word is a modifier too: "the naval blockade")
            if (tokens[k].Kind != TokenKind.Word || words.IsAny(tokens[k])
                || groups.Any(g => g.StartToken <= k && k < g.EndToken && !g.Members.All(m => m.Rule == ActorRules.RoleContext))) return -1;
        }
        if (k < 0 || !words.Is("determiner", tokens[k])) return -1;
        while (k >= 0 && words.Is("determiner", tokens[k])) k--;
        if (k < 0 || tokens[k].Kind != TokenKind.Word || words.IsAny(tokens[k]) || InGroup(k) || triggers.Any(o => o.Start <= k && k < o.End)) return -1;
        return k;

        bool InGroup(int i) => groups.Any(g => g.StartToken <= i && i < g.EndToken);
    }

    // The verb that carries a nominalised act: a listed light verb ("menggelar latihan"), or any word whose
    // affixes make it an active verb ("menjalankan patroli gabungan").
    private int LightVerbBefore(IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        while (i > 0 && words.Is("determiner", tokens[i - 1])) i--;
        var length = words.MatchEndingAt("light-verb", tokens, i);
        if (length > 0) return i - length;
        // A speech verb reports the act ("menyebut serangan terhadap Iran"); it does not carry it.
        if (i > 0 && words.Is("receive-verb", tokens[i - 1])) return i - 1;
        return i > 0 && tokens[i - 1].Kind == TokenKind.Word && morphology.GuessVoice(tokens[i - 1].Norm) == Voice.Active
               && !words.Is("speech", tokens[i - 1]) && lexicon.Trie.LongestAt(tokens, i - 1) is null ? i - 1 : -1;
    }

    // The subject: nearest non-oblique group to the left that is not already someone's object,
    // within the clause (a speech verb or a reporting phrase ends the search).
    private ActorGroup? Subject(IReadOnlyList<Token> tokens, int start, IReadOnlyList<ActorGroup> groups, HashSet<ActorGroup> consumed, Trigger? previous)
    {
        var i = SkipAuxLeft(tokens, start - 1);
        while (i >= 0 && words.Is("intent", tokens[i])) i = SkipAuxLeft(tokens, i - 1);
        // "X, yang …" ("Presiden Prabowo yang hendak mengirim …"): a relative clause right before the verb has the head noun as subject
        if (i >= 0 && words.Is("relativizer", tokens[i]))
        {
            var head = groups.LastOrDefault(g => g.EndToken == i || (g.EndToken == i - 1 && tokens[i - 1].Norm == ","));
            // "Parlemen Eropa mengesahkan resolusi yang mengecam Rusia": a document says what its issuer says.
            if (head is null && i >= 2 && words.Is("issued-document", tokens[i - 1]) && morphology.GuessVoice(tokens[i - 2].Norm) == Voice.Active)
                return Subject(tokens, i - 2, groups, consumed, null);
            return head is { IsOblique: false } ? head : null;
        }
        // "Presiden Turki Recep Tayyip Erdogan, yang berupaya mengumpulkan suara warga Turki …, menuduh …": the head of a
        // relative clause set off by commas, not an actor inside the clause.
        if (i > 0 && tokens[i].Norm == "," && RelativeClauseHead(tokens, i, groups) is { } relativeHead) return relativeHead;
        // predicate coordination "X bertemu Y dan melakukan …": the subject of the previous act
        if (i >= 0 && words.Is("coordination", tokens[i]) && previous?.Source is { } shared && previous.End <= i
            && (previous.Target is null || consumed.Contains(previous.Target)))
            return shared;
        // "Presiden Prancis mengatakan akan mengunjungi Jepang": a verb of saying right before the act (with only auxiliaries and
        // intent between) shares its subject with the act.
        if (i >= 0 && i < start - 1 && words.Is("speech", tokens[i]) && morphology.GuessVoice(tokens[i].Norm) == Voice.Active)
            return Subject(tokens, i, groups, consumed, null);
        for (var k = start - 1; k >= 0; k--)
        {
            var group = groups.LastOrDefault(g => g.EndToken == k + 1);
            if (group is null && (words.Is("speech", tokens[k]) || words.Is("pronoun", tokens[k]) || tokens[k].Norm is ";" or ":")) return null;
            if (group is null) continue;
            if (group.IsOblique || consumed.Contains(group)) { k = group.StartToken; continue; }
            // "Bantuan Jepang untuk Turki tiba di Ankara": the owner of an act named before the verb is not its subject.
            // ("Misi Bantuan PBB mengungkapkan …" is different: there the act's noun only modifies the name before it.)
            if (previous is { Entry.Voice: Voice.Nominal } owned && owned.Source == group && group.StartToken == owned.End
                && (owned.Start == 0 || tokens[owned.Start - 1].Kind != TokenKind.Word || words.Is("clause-boundary", tokens[owned.Start - 1])))
                return null;
            return group;
        }
        return null;
    }

    private const int MaxRelativeClause = 30;

    private ActorGroup? RelativeClauseHead(IReadOnlyList<Token> tokens, int comma, IReadOnlyList<ActorGroup> groups)
    {
        for (var r = comma - 1; r >= 2 && comma - r <= MaxRelativeClause; r--)
        {
            if (tokens[r].Norm is "." or ";" or ":" or "\"") return null;
            if (!words.Is("relativizer", tokens[r])) continue;
            // ", yang …," or, closed by its comma only, "Serdadu Suriah yang didukung tentara Rusia, melancarkan …"
            var end = tokens[r - 1].Norm == "," ? r - 1 : r;
            return groups.LastOrDefault(g => g.EndToken == end) is { IsOblique: false } head ? head : null;
        }
        return null;
    }

    // "Saakashvili menuturkan bahwa Kremlin …", "Menurut jaksa Belanda, para tersangka …": who says the doer did it.
    private ActorGroup? Speaker(IReadOnlyList<Token> tokens, Trigger t, ActorGroup doer, IReadOnlyList<ActorGroup> groups)
    {
        var k = doer.StartToken - 1;
        if (doer.StartToken >= t.End)
        {
            if (doer.Marker is not { } from || !words.Is("source-prep", from)) return null;
            // "menuturkan bahwa instansi pemerintahnya menjadi target serangan siber dari Moskow": the doer comes after
            // the act; the reported clause runs back to "bahwa" when it names no other actor.
            k = -1;
            for (var back = t.Start - 1; back >= 0 && t.Start - back <= MaxClauseBack; back--)
            {
                if (words.Is("complementizer", tokens[back])) { k = back; break; }
                if (groups.Any(g => g.EndToken == back + 1) || words.Is("pronoun", tokens[back]) || tokens[back].Norm is "." or ";" or "\"") break;
            }
            if (k < 0) return null;
        }
        while (k >= 0 && words.Is("determiner", tokens[k])) k--;
        if (k >= 0 && words.Is("complementizer", tokens[k])) k--;
        if (k >= 0 && tokens[k].Norm == ",")
        {
            var said = groups.LastOrDefault(g => g.EndToken == k);
            if (said is not null && said.StartToken > 0 && words.Is("speech", tokens[said.StartToken - 1])) return said;
            return null;
        }
        if (k <= 0 || !words.Is("speech", tokens[k]) || words.Is("complementizer", tokens[k])) return null;
        // The speaker stands right before the verb, or before an appositive name ("presiden Georgia, Mikheil Saakashvili, menuturkan").
        var j = SkipAuxLeft(tokens, k - 1);
        if (j >= 0 && tokens[j].Norm == ",")
        {
            var name = j - 1;
            while (name >= 0 && j - name <= MaxAppositive && tokens[name].Kind == TokenKind.Word && !words.Is("speech", tokens[name])
                   && !words.Is("clause-boundary", tokens[name]) && !words.Is("coordination", tokens[name])) name--;
            if (name >= 0 && name < j - 1 && tokens[name].Norm == ",") j = name - 1;
        }
        // ... or before the rest of its name ("Pejabat Kementerian Koordinator bidang Kemaritiman mengatakan").
        var end = j;
        while (end >= 0 && j - end < MaxNameTail && tokens[end].Kind == TokenKind.Word && !words.IsAny(tokens[end])
               && !groups.Any(g => g.EndToken == end + 1)) end--;
        var speaker = groups.LastOrDefault(g => g.EndToken == j + 1) ?? groups.LastOrDefault(g => g.EndToken == end + 1);
        // ... or before where it speaks ("Menteri Luar Negeri Filipina di Manila mengatakan").
        if (speaker is { IsOblique: true } place) speaker = groups.LastOrDefault(g => g.EndToken == place.StartToken - 1);
        return speaker is { IsOblique: false } && speaker != doer ? speaker : null;
    }

    private const int MaxNameTail = 3;

    private const int MaxReductionGap = 5;

    // "suspended part of a military aid program", "broke off the talks": a cooperative act right after a verb of cutting
    // back (a few words between, no clause boundary) is its reduction; the triggers inside that verb say nothing more.
    private (Dictionary<Trigger, string> Reduced, HashSet<Trigger> Cutters, Dictionary<Trigger, int> From) Reductions(IReadOnlyList<Token> tokens, List<Trigger> triggers)
    {
        var reduced = new Dictionary<Trigger, string>();
        var from = new Dictionary<Trigger, int>();
        var cutters = new HashSet<Trigger>();
        foreach (var t in triggers)
        {
            if (codebook.ReductionFor(t.Entry.Cameo) is not { } reduction) continue;
            for (var k = t.Start - 1; k >= 0 && t.Start - k <= MaxReductionGap; k--)
            {
                var length = words.MatchEndingAt("reduction", tokens, k + 1);
                if (length > 0)
                {
                    reduced[t] = reduction;
                    from[t] = k + 1 - length;
                    foreach (var c in triggers)
                        if (c != t && c.Start < k + 1 && c.End > k + 1 - length) cutters.Add(c);
                    break;
                }
                if (tokens[k].Kind != TokenKind.Word || words.Is("speech", tokens[k]) || words.Is("complementizer", tokens[k])
                    || words.Is("clause-boundary", tokens[k]) || words.Is("coordination", tokens[k]) || words.Is("relativizer", tokens[k])) break;
            }
        }
        return (reduced, cutters, from);
    }

    // The doer opens a clause of an allegation verb ("claimed that ISIL …", "alleged France …").
    private bool Alleged(IReadOnlyList<Token> tokens, ActorGroup doer)
    {
        var k = doer.StartToken - 1;
        while (k >= 0 && words.Is("determiner", tokens[k])) k--;
        if (k >= 0 && words.Is("complementizer", tokens[k])) k--;
        return k >= 0 && words.Is("allegation", tokens[k]);
    }

    private static void Accuse(ActorGroup speaker, Trigger t, string accusation, IReadOnlyList<Token> tokens, List<SentenceEvent> events,
        string mark = AccusationMark)
    {
        var span = new Span(tokens[t.Start].Start, tokens[t.End - 1].End);
        // (a state's report of what its own forces did accuses no one; a demand on another part of one's own state is
        // still a demand: "Hamas harus menyerahkan senjata," tulis Abbas)
        foreach (var s in speaker.Members)
            foreach (var d in t.Source!.Members)
                if (s.Root != d.Root || mark == DemandMark && CandidateReader.CanPair(s, d))
                    events.Add(new SentenceEvent(s, d, accusation, span, t.Entry.Rule + mark, false));
    }

    /// <summary>Marks the rule of an act refused ("would not provide support"): coded as its rejection.</summary>
    public const string RefusalMark = "+refusal";

    // A refusal right before the act: "would not", "refused to" (with auxiliaries between).
    private bool Refused(IReadOnlyList<Token> tokens, Trigger t) =>
        words.MatchEndingAt("refusal", tokens, t.Start) > 0 || words.MatchEndingAt("refusal", tokens, SkipAuxLeft(tokens, t.Start - 1) + 1) > 0;

    /// <summary>Marks the rule of a speaker's demand that another do the act ("said Libya must hand over …").</summary>
    public const string DemandMark = "+demand";

    // A word of obligation that makes a demand when said of another ("must", not every "harus"), right before the act.
    private bool Obliging(IReadOnlyList<Token> tokens, Trigger t)
    {
        if (CueBeforeAct(tokens, t.Start, "obliging")) return true;
        var announced = AnnouncedFrom(tokens, t.Start);
        for (var k = SkipAuxLeft(tokens, announced - 1); announced < t.Start && k >= Math.Max(0, announced - 3); k--)
            if (words.Is("obliging", tokens[k])) return true;
        return false;
    }

    // The start of the auxiliaries and announcing words right before an act ("be ready to" in "must be ready to mediate"),
    // or the act's own start when no announcing word stands there.
    private int AnnouncedFrom(IReadOnlyList<Token> tokens, int start)
    {
        var k = start;
        while (k > 0)
        {
            var length = words.MatchEndingAt("intent-complement", tokens, k);
            if (length == 0) break;
            k -= length;
            while (k > 0 && (words.Is("aux", tokens[k - 1]) || words.Is("passive-aux", tokens[k - 1]))) k--;
        }
        return k;
    }

    // Passive agent: "diserang oleh Israel", or a group right after the verb ("diserang Israel").
    private ActorGroup? Agent(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups)
    {
        // "diundang oleh Foreign Policy Community of Indonesia": after "oleh", the first actor within the name that follows.
        var byAgent = t.End < tokens.Count && words.Is("passive-agent", tokens[t.End]);
        foreach (var g in groups.Where(g => g.StartToken >= t.End && g.StartToken - t.End <= MaxTargetGap))
        {
            if (g.Marker is { } marker && words.Is("passive-agent", marker)) return g;
            // (also after a determiner: "diculik kelompok Abu Sayyaf")
            if (g.Marker is null && (g.StartToken == t.End || Enumerable.Range(t.End, g.StartToken - t.End).All(k => words.Is("determiner", tokens[k])))) return g;
            if (HasBoundary(tokens, t.End, g.StartToken)) break;
            if (byAgent && !HasBoundary(tokens, t.End + 1, g.StartToken)) return g;
        }
        return null;
    }

    // Two parties, at least one named ("antara pemerintah Filipina dan pemberontak komunis"); "sinergi antara kepolisian,
    // mahasiswa, dan masyarakat" is a slogan, not an act.
    private ActorGroup? Between(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups) =>
        groups.FirstOrDefault(g => g.StartToken == t.End + 1 && g.Members.Count == 2 && g.Marker is { } m && words.Is("between", m)
                                   && g.Members.Any(a => a.Rule != ActorRules.RoleContext));

    private static ActorGroup? Genitive(Trigger t, IReadOnlyList<ActorGroup> groups) =>
        groups.FirstOrDefault(g => g.StartToken == t.End && !g.IsOblique);

    private ActorGroup? Object(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups, bool allowDirect, ActorGroup? exclude)
    {
        // "mengancam bahwa Iran akan …": a threat, accusation or warning is aimed at the subject of what it says
        // (not at "ia" in "bersikeras bahwa ia …", which is mostly the speaker again).
        if (t.End < tokens.Count && words.Is("complementizer", tokens[t.End]) && codebook.IsKind(CameoCodebook.SaidSubject, t.Entry.Cameo)
            && groups.FirstOrDefault(g => g.StartToken == FirstAfterDeterminers(tokens, t.End + 1)) is { IsOblique: false, IsAnaphor: false } said && said != exclude)
            return said;
        foreach (var g in groups.Where(g => g.StartToken >= t.End && g != exclude))
        {
            // A bare role ("Angkatan Laut") after the act names the source's own forces, not a target.
            if (exclude is not null && g.Members.All(m => m.Rule == ActorRules.RoleContext && exclude.Members.Any(s => OwnForces(s, m))))
                continue;
            if (g.StartToken - t.End > MaxTargetGap || HasBoundary(tokens, t.End, g.StartToken)) return null;
            // "bergabung dengan serangan Israel terhadap Iran": the owner of an act named further on belongs to that act
            // ("mengecam serangan Israel", where the act is the object itself, keeps it).
            if (g.StartToken > t.End + 1 && g.Marker is null
                && lexicon.Trie.LongestAt(tokens, g.StartToken - 1) is { Values: [{ Voice: Voice.Nominal }, ..] } owned && owned.Start > t.End)
                continue;
            if (g.Marker is null)
            {
                // A direct object stands close to its verb: "mengkritik ketidakhadiran para pejabat AS", not five nouns on.
                if (allowDirect && g.StartToken - t.End - QuotedExtra(tokens, t.End, g.StartToken) <= MaxDirectGap || PrepositionBefore(tokens, t, g.StartToken)) return g;
                continue;
            }
            if (t.Entry.TargetPrepositions.Contains(g.Marker) || words.Is("target-prep", g.Marker))
                return g;
            // "rejected the proposal of Russia", "expelled inspectors of the IAEA": the owner of a verb's object is
            // whom the act concerns (a passive's "by" names its doer instead).
            if (allowDirect && t.Entry.Voice == Voice.Active && !IsPassive(tokens, t) && words.Is("owner-prep", g.Marker)
                && g.StartToken - t.End <= MaxDirectGap + 2 && !HasBoundary(tokens, t.End, g.StartToken)
                && (Enumerable.Range(t.End, g.StartToken - t.End).Count(k => tokens[k].Kind == TokenKind.Word && !words.Is("determiner", tokens[k])) >= 2
                    || t.End - t.Start > 1 && t.Entry.TargetPrepositions.Contains(VerbMarker))) // (a verb + object trigger holds its object)
                return g;
        }
        return null;
    }

    // "demanded that the Sudanese government …": the clause's subject may open with determiners.
    private int FirstAfterDeterminers(IReadOnlyList<Token> tokens, int k)
    {
        while (k < tokens.Count && words.Is("determiner", tokens[k])) k++;
        return k;
    }

    private ActorGroup? FromGroup(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups) =>
        groups.FirstOrDefault(g => g.StartToken >= t.End && g.StartToken - t.End <= MaxDirectGap + 1 && g.Marker is { } m
                                   && words.Is("source-prep", m)
                                   && !HasBoundary(tokens, t.End, g.StartToken));

    // "serangan ke posisi Hizbullah": the target preposition stands before the head noun, not right before the actor.
    private bool PrepositionBefore(IReadOnlyList<Token> tokens, Trigger t, int groupStart)
    {
        for (var k = groupStart - 1; k >= t.End && k >= groupStart - MaxPrepositionLead; k--)
        {
            var marker = tokens[k];
            if (t.Entry.TargetPrepositions.Contains(marker.Norm) || words.Is("target-prep", marker)) return true;
            if (marker.Kind != TokenKind.Word) return false;
        }
        return false;
    }

    // A quoted phrase between two tokens counts as one word: the tokens it spans beyond one.
    private static int QuotedExtra(IReadOnlyList<Token> tokens, int from, int to)
    {
        int first = -1, last = -1, count = 0;
        for (var k = from; k < to; k++)
            if (tokens[k].Norm == "\"") { if (first < 0) first = k; last = k; count++; }
        return count >= 2 && count % 2 == 0 ? last - first : 0;
    }

    private bool HasBoundary(IReadOnlyList<Token> tokens, int from, int to)
    {
        // A quoted phrase inside the clause ("menuntut "penyerahan tanpa syarat" Iran") opens and closes in between.
        var quotes = 0;
        for (var k = from; k < to; k++) if (tokens[k].Norm == "\"") quotes++;
        for (var k = from; k < to; k++)
        {
            var n = tokens[k].Norm;
            if (n == "\"" && quotes % 2 == 0) continue;
            if (n is "," or "." or ";" or ":" or "(" or ")" or "\"" || words.Is("relativizer", tokens[k]) || words.Is("speech", tokens[k])
                || words.Is("clause-boundary", tokens[k]))
                return true;
            // another act ("menyangkal telah mengirim senjata ke Rusia": Rusia belongs to "mengirim")
            if (k > from && lexicon.Trie.LongestAt(tokens, k) is { } other && other.Values[0].Voice != Voice.Nominal) return true;
        }
        return false;
    }

    private void Emit(Trigger t, string code, string mark, IReadOnlyList<Token> tokens, IReadOnlyList<ActorGroup> groups, List<SentenceEvent> events)
    {
        var rule = t.Entry.Rule + mark;
        var span = new Span(tokens[t.Start].Start, tokens[t.End - 1].End);
        var sources = t.Source!.Members;
        // A target that is only a state organ's own bare country ("Trump … apakah AS akan …") is no target: the act is
        // coded as untargeted, and the pipeline may still find whom it concerns. Rebels and civilians may act on it.
        if (t.Target is { } target && !target.Members.All(o => sources.All(s => OwnCountry(s, o))))
        {
            foreach (var s in sources)
                foreach (var o in target.Members)
                    if (s.Code != o.Code && !(o.Rule == ActorRules.RoleContext && OwnForces(s, o)) && !OwnCountry(s, o))
                        events.Add(new SentenceEvent(s, o, code, span, rule, false));
            return;
        }
        // "Israel dan Iran saling menyerang": each does it to the other ("Clinton dan Trump saling serang" too). Otherwise
        // two people of one side act as that side ("Raja Charles dan Ratu Camilla berkunjung ke Italia").
        if (sources.Count >= 2 && IsReciprocal(tokens, t))
        {
            foreach (var a in sources)
                foreach (var b in sources)
                    if (a.Code != b.Code || a.Name != b.Name) events.Add(new SentenceEvent(a, b, code, span, rule + "+reciprocal", false));
            return;
        }
        sources = sources.DistinctBy(m => m.Code).ToList();
        // (a meeting of eleven delegations is no set of fifty-five bilateral meetings)
        if (sources.Count is >= 2 and <= ActorGroup.MaxMutualMembers && codebook.IsMutual(code)
            // (what two talk about is no object of its own: "Keduanya membahas kerja sama maritim")
            && (t.Entry.Voice == Voice.Nominal || t.End - t.Start > 1 || t.Entry.TargetPrepositions.Contains(TopicMarker) || EndsWithoutObject(tokens, t, groups)))
        {
            for (var a = 0; a < sources.Count; a++)
                for (var b = a + 1; b < sources.Count; b++)
                    events.Add(new SentenceEvent(sources[a], sources[b], code, span, rule + "+mutual", true));
            return;
        }
        var verbal = OwnSubject(tokens, t, groups);
        foreach (var s in sources) events.Add(new SentenceEvent(s, null, code, span, rule, false) { Verbal = verbal });
    }

    private const int MaxSubjectGap = 4;

    // The act is a verb whose doer is its own subject, standing right before it (a few words between, no boundary:
    // "Egyptian police on Monday opened fire"), or its passive agent ("was attacked by Burundian militiamen").
    // A determiner that belongs to an actor named after it ("Rebels in the Ivory Coast on Tuesday blocked …").
    private bool OpensGroup(IReadOnlyList<Token> tokens, int k, IReadOnlyList<ActorGroup> groups)
    {
        while (k < tokens.Count && words.Is("determiner", tokens[k])) k++;
        return groups.Any(g => g.StartToken == k);
    }

    private bool OwnSubject(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups)
    {
        if (t.Entry.Voice == Voice.Nominal || t.Source is not { } doer) return false;
        if (t.Prepared) return true;
        // ("Egyptian police opened fire, killing one person and arresting 12": a participle clause after a comma or
        // "and" is done by the subject of the clause it hangs on)
        if (lexicon.GerundSuffix is { } suffix && tokens[t.Start].Norm.EndsWith(suffix, StringComparison.Ordinal) && t.Start > 0
            && (tokens[t.Start - 1].Norm == "," || words.Is("coordination", tokens[t.Start - 1])) && doer.EndToken < t.Start
            // (not a gerund that names an act: "the withdrawal, collection and monitoring of heavy weapons")
            && !(t.End < tokens.Count && words.Is("owner-prep", tokens[t.End])))
            return true;
        if (doer.StartToken >= t.End) return IsPassive(tokens, t);
        // (the words announcing the act are no gap: "Akayev has agreed to resign", "Norway is willing to send")
        var start = AnnouncedFrom(tokens, t.Start);
        // (a determiner between opens a noun phrase the act's word stands in: "Russia was behind the chemical attacks")
        return doer.EndToken <= start && start - doer.EndToken <= MaxSubjectGap && !HasBoundary(tokens, doer.EndToken, start)
               && !Enumerable.Range(doer.EndToken, start - doer.EndToken).Any(k => words.Is("determiner", tokens[k]) && !OpensGroup(tokens, k, groups));
    }

    // "AS mengerahkan pasukan": a bare role of the acting state is its own forces, not a target. Police arresting
    // "terduga teroris" of the same country are two different actors.
    private static bool OwnForces(ActorMention source, ActorMention bareRole) =>
        source.Root == bareRole.Root && (source.Code.Length == 3 || source.Code == bareRole.Code);

    // A state organ acting on its own bare country, or a bare country on one of its own organs ("Israel … pemerintahan
    // Israel"): one side, not two.
    private static bool OwnCountry(ActorMention source, ActorMention target) =>
        target.Root == source.Root && !ActorCodes.IsNonState(source.Code)
        && (target.Code.Length == 3 && ActorCodes.IsStateOrgan(source.Code) || source.Code.Length == 3 && ActorCodes.IsStateOrgan(target.Code));

    private bool IsPassive(IReadOnlyList<Token> tokens, Trigger t) => t.Entry.Voice == Voice.Passive || PassiveAuxBefore(tokens, t);

    // An auxiliary of the passive right before the verb, unless the verb is the gerund form ("Congress is asking Obama",
    // "Russia is conducting exercises": a progressive, active).
    private bool PassiveAuxBefore(IReadOnlyList<Token> tokens, Trigger t) =>
        t.Start > 0 && words.Is("passive-aux", tokens[t.Start - 1])
        && !(lexicon.GerundSuffix is { } suffix && tokens[t.Start].Norm.EndsWith(suffix, StringComparison.Ordinal));

    private bool IsReciprocal(IReadOnlyList<Token> tokens, Trigger t)
    {
        for (var k = t.Start; k < t.End; k++)
            if (words.Is("reciprocal", tokens[k])) return true; // "aksi saling serang" as one phrase
        for (var k = t.Start - 1; k >= Math.Max(0, t.Start - 4); k--)
        {
            if (words.Is("reciprocal", tokens[k])) return true;
            if (!words.Is("aux", tokens[k]) && LightVerbBefore(tokens, t.Start) != k) return false;
        }
        return false;
    }

    // "A dan B bertemu di …" is mutual; "A dan B menghadiri pemakaman" is not: the act has an object of its own.
    private bool EndsWithoutObject(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups)
    {
        if (t.End >= tokens.Count) return true;
        var next = tokens[t.End];
        return next.Kind is TokenKind.Punct or TokenKind.Symbol || words.Is("mutual-object", next) || words.Is("aux", next)
               || groups.Any(g => g.StartToken == t.End);
    }

    private static List<SentenceEvent> Deduplicate(List<SentenceEvent> events)
    {
        var seen = new HashSet<(string, string?, string)>();
        var kept = new List<SentenceEvent>();
        foreach (var e in events)
        {
            var a = e.Source.Code;
            var b = e.Target?.Code;
            var key = e.Symmetric && b is not null && string.CompareOrdinal(a, b) > 0 ? (b, a, e.Cameo[..2]) : (a, b, e.Cameo[..2]);
            if (seen.Add(key)) kept.Add(e);
        }
        return kept;
    }
}
