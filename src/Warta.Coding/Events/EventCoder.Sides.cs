using Warta.Coding.Actors;
using Warta.Core;
using Warta.Text.Morphology;

namespace Warta.Coding.Events;

/// <summary>Who did the act to whom: subjects, objects, passive agents, prepositional complements, relative clauses.</summary>
public sealed partial class EventCoder
{
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
        return FrontedClauseSubject(tokens, start, groups, consumed);
    }

    /// <summary>
    /// "Usai mengunjungi Rusia, Presiden Prabowo terbang ke Prancis": an act in a clause that opens the sentence with a
    /// subordinating word and names no subject of its own is done by the subject of the main clause after the comma.
    /// </summary>
    private ActorGroup? FrontedClauseSubject(IReadOnlyList<Token> tokens, int start, IReadOnlyList<ActorGroup> groups, HashSet<ActorGroup> consumed)
    {
        var first = 0;
        while (first < start && tokens[first].Kind != TokenKind.Word) first++;
        if (first >= start || !words.Is("fronted-clause", tokens[first])) return null;
        // (the act must stand in that clause, before its comma)
        for (var k = first + 1; k < start; k++)
            if (tokens[k].Norm is "," or "." or ";" or ":" or "\"") return null;
        for (var k = start; k < tokens.Count && k - first <= MaxFrontedClause; k++)
        {
            if (tokens[k].Norm is "." or ";" or ":" or "\"") return null;
            if (tokens[k].Norm != ",") continue;
            var subject = groups.FirstOrDefault(g => g.StartToken == k + 1);
            return subject is { IsOblique: false } && !consumed.Contains(subject) ? subject : null;
        }
        return null;
    }

    private const int MaxFrontedClause = 25;

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
}
