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
public sealed partial class EventCoder(EventLexicon lexicon, FunctionWords words, CameoCodebook codebook, Morphology morphology)
{
    // Fields, not captured parameters: the other parts of the class (EventCoder.*.cs) read them too.
    private readonly EventLexicon lexicon = lexicon;
    private readonly FunctionWords words = words;
    private readonly CameoCodebook codebook = codebook;
    private readonly Morphology morphology = morphology;

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
            // whose country the pipeline reads from the place the sentence names.
            // So may a crowd's act named as a noun ("Demonstrasi ratusan ribu orang di berbagai kota Venezuela"), and an
            // act no actor is named before ("Unjuk rasa di Los Angeles …"), as implied-agents.tsv says.
            if (!t.Suppressed && t.Source is null && WhyDoerImplied(tokens, t, groups) is { } implied && codebook.ImpliedAgentRole(code, implied) is { } role)
                t.Source = new ActorGroup([new ActorMention(ImpliedAgent.Prefix + role, role, new Span(tokens[t.Start].Start, tokens[t.End - 1].End),
                        implied == CameoCodebook.ImpliedUnnamed ? ImpliedAgent.UnnamedRule : ImpliedAgent.Rule)],
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

    // Where an act with no doer named may have one implied (implied-agents.tsv, column "when"), or null.
    private string? WhyDoerImplied(IReadOnlyList<Token> tokens, Trigger t, IReadOnlyList<ActorGroup> groups)
    {
        var passive = IsPassive(tokens, t);
        if (passive && t.Target is not null) return CameoCodebook.ImpliedInPassive;
        if (t.Entry.Voice == Voice.Nominal && t.End < tokens.Count && words.Is("determiner", tokens[t.End])) return CameoCodebook.ImpliedInCrowd;
        return passive || groups.Any(g => g.StartToken < t.Start) ? null : CameoCodebook.ImpliedUnnamed;
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
