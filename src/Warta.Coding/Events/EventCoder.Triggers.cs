using Warta.Coding.Actors;
using Warta.Core;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Events;

/// <summary>Finding the acts of a sentence and whether they happened: modifiers, gerunds, negation, purpose, irrealis and condition clauses, reductions.</summary>
public sealed partial class EventCoder
{
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
}
