using Warta.Coding.Actors;
using Warta.Coding.Candidates;
using Warta.Core;
using Warta.Text.Morphology;

namespace Warta.Coding.Events;

/// <summary>The speakers of what a sentence reports: who says, alleges, accuses, demands or refuses, and acts only announced.</summary>
public sealed partial class EventCoder
{
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
}
