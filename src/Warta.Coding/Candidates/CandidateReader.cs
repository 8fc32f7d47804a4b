using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Morphology;
using Warta.Text.Names;
using Warta.Text.Syntax;

namespace Warta.Coding.Candidates;

/// <summary>
/// Builds the view of a sentence and the features of its candidate triggers and of (trigger, actor) pairs, from the
/// language's lexicon, function words and affix rules. The features name word classes, never words of a language
/// written in code.
/// </summary>
public sealed class CandidateReader(EventLexicon lexicon, FunctionWords words, Morphology morphology, SyntaxModel? syntax, NameModel? names = null)
{
    private const int MinTriggerLength = 3;
    private const int Window = 3;
    private const string NegationClass = "negation";
    private const string DenialClass = "denial";

    public SentenceView View(string text, Sentence sentence, IReadOnlyList<ActorGroup> groups, IReadOnlyList<SentenceEvent> ruleEvents,
        IReadOnlyList<Span>? suppressed = null, ActorHistory? earlier = null)
    {
        var tokens = sentence.Tokens;
        var hits = new EventTrigger?[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
            if (lexicon.Trie.LongestAt(tokens, i) is { } m)
                for (var k = m.Start; k < m.End; k++) hits[k] ??= m.Values[0];
        var mentions = new List<MentionView>();
        foreach (var g in groups)
            foreach (var a in g.Members)
            {
                var start = g.StartToken;
                var end = g.EndToken;
                for (var k = g.StartToken; k < g.EndToken && k < tokens.Count; k++)
                    if (tokens[k].Start <= a.Span.Start && a.Span.Start < tokens[k].End) { start = k; break; }
                for (var k = Math.Min(g.EndToken, tokens.Count) - 1; k >= start; k--)
                    if (tokens[k].Start < a.Span.End) { end = k + 1; break; }
                mentions.Add(new MentionView(a, g, start, Math.Max(end, start + 1), mentions.Count));
            }
        string[]? forms = null;
        string[] Forms() => forms ??= tokens.Select(t => t.Span.Of(text)).ToArray();
        var parse = new Lazy<ParsedSentence?>(() => syntax?.Parse(Forms()), LazyThreadSafetyMode.None);
        var found = new Lazy<IReadOnlyList<NameSpan>>(() => names?.Find(Forms()) ?? [], LazyThreadSafetyMode.None);
        var soFar = earlier is null ? ArticleSoFar.Empty : new ArticleSoFar(earlier, mentions.Select(m => m.Mention));
        return new SentenceView(text, sentence, groups, mentions, ruleEvents, hits, suppressed ?? [], parse) { Article = soFar, FoundNames = found };
    }

    /// <summary>Whether a token can name an act: a word, not inside an actor's name, not a function word alone.</summary>
    public bool IsCandidate(SentenceView view, int i)
    {
        var t = view.Tokens[i];
        if (t.Kind != TokenKind.Word || t.Norm.Length < MinTriggerLength) return false;
        // A word that negates or denies what follows is no act of its own ("membantah menyerang").
        if (words.Is(NegationClass, t) || words.Is(DenialClass, t)) return false;
        if (view.LexiconHits[i] is not null) return true;
        foreach (var m in view.Mentions) if (i >= m.Start && i < m.End) return false;
        return !words.IsAny(t);
    }

    /// <summary>A negation word right before the word, with nothing but words between ("belum menandatangani").</summary>
    public bool IsNegated(SentenceView view, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - NegationReach; k--)
        {
            if (view.Tokens[k].Kind != TokenKind.Word) return false;
            if (words.Is(NegationClass, view.Tokens[k])) return true;
        }
        return false;
    }

    private const int NegationReach = 2;

    /// <summary>Sentences where a learned event can be read: two actors that can be the two sides of one.</summary>
    public static bool HasDyad(SentenceView view) =>
        view.Mentions.Any(a => view.Mentions.Any(b => CanPair(a.Mention, b.Mention)));

    /// <summary>
    /// Whether two actors can be the two sides of an event: different states or bodies, or two different parts of one
    /// state ("polisi" arresting "terduga teroris", the opposition against the government); a state is not one side
    /// against its own organ, nor an organ against itself.
    /// </summary>
    public static bool CanPair(ActorMention a, ActorMention b) =>
        a.Root != b.Root || a.Code != b.Code && a.Code.Length > RootLength && b.Code.Length > RootLength;

    private const int RootLength = 3;

    public List<string> TriggerFeatures(SentenceView view, int i)
    {
        var tokens = view.Tokens;
        var t = tokens[i];
        var f = new List<string>(32) { "bias", "w=" + t.Norm };
        foreach (var r in morphology.Roots(t.Norm))
        {
            if (r.Affix != "base") f.Add("r=" + r.Form);
            f.Add("a=" + r.Affix);
        }
        f.Add("v=" + (morphology.GuessVoice(t.Norm)?.ToString() ?? "none"));
        if (char.IsUpper(view.Text[t.Start])) f.Add("cap");
        f.Add("p1=" + (i > 0 ? tokens[i - 1].Norm : "<s>"));
        f.Add("n1=" + (i + 1 < tokens.Count ? tokens[i + 1].Norm : "</s>"));
        f.Add("p1w=" + (i > 0 ? tokens[i - 1].Norm : "<s>") + "_" + t.Norm);
        f.Add("wn1=" + t.Norm + "_" + (i + 1 < tokens.Count ? tokens[i + 1].Norm : "</s>"));
        if (view.LexiconHits[i] is { } hit)
        {
            f.Add("lex=" + hit.Cameo[..2]);
            f.Add("lexv=" + hit.Voice);
            f.Add("lexrule=" + hit.Rule);
        }
        else f.Add("nolex");
        if (view.Suppressed.Any(s => s.Overlaps(t.Span))) f.Add("suppressed");
        foreach (var e in view.RuleEvents)
            if (e.Trigger.Overlaps(t.Span)) { f.Add("rule=" + e.Cameo[..2]); f.Add("rulecode=" + e.Cameo); }
        // Cue words shortly before: negation, intent, purpose, obligation … by their class in the function words.
        for (var k = Math.Max(0, i - Window); k < i; k++)
            foreach (var cls in ClassesOf(tokens[k])) f.Add("cue=" + cls);
        for (var k = i + 1; k < Math.Min(tokens.Count, i + 1 + Window); k++)
            foreach (var cls in ClassesOf(tokens[k])) f.Add("after=" + cls);
        var before = view.Mentions.Count(m => m.End <= i);
        var after = view.Mentions.Count(m => m.Start > i);
        f.Add("actors=" + Math.Min(before, 2) + "-" + Math.Min(after, 2));
        f.Add("pos=" + Bucket(i) + (i + 1 == tokens.Count ? "-last" : ""));
        if (InQuote(view, i)) f.Add("quote");
        f.AddRange(NameFeatures(view, i));
        if (view.Parse is { } parse && parse.Count == tokens.Count)
        {
            f.Add("upos=" + parse.Upos[i]);
            f.Add("rel=" + parse.Relation[i]);
            f.Add("hupos=" + (parse.Head[i] >= 0 ? parse.Upos[parse.Head[i]] : "ROOT"));
            for (var k = 0; k < parse.Count; k++)
                if (parse.Head[k] == i) f.Add("child=" + parse.Relation[k]);
        }
        return f;
    }

    public List<string> RoleFeatures(SentenceView view, int i, MentionView m, string triggerClass)
    {
        var tokens = view.Tokens;
        var t = tokens[i];
        var dir = m.End <= i ? "L" : m.Start > i ? "R" : "I";
        var distance = dir == "L" ? i - m.End + 1 : dir == "R" ? m.Start - i : 0;
        var voice = view.LexiconHits[i]?.Voice.ToString() ?? morphology.GuessVoice(t.Norm)?.ToString() ?? "none";
        var f = new List<string>(40)
        {
            "bias", "d=" + dir, "dist=" + dir + Bucket(distance), "voice=" + dir + voice, "cls=" + dir + triggerClass,
            "clsv=" + dir + voice + triggerClass, "tw=" + dir + t.Norm, "marker=" + dir + (m.Group.Marker ?? "-"),
            "rule=" + m.Mention.Rule, "kind=" + Kind(m.Mention.Code), "kindd=" + dir + Kind(m.Mention.Code),
        };
        // The actor's role (police, military, government, civilians, rebels …; the body's type for non-state actors) and
        // that role with the kind of act: police arrest, civilians are attacked, governments speak.
        var role = ActorCodes.Role(m.Mention.Code) is { Length: 3 } r ? r : "-";
        f.Add("role=" + dir + role);
        f.Add("rolecls=" + dir + role + triggerClass);
        var prev = m.Start > 0 ? tokens[m.Start - 1].Norm : "<s>";
        f.Add("wb=" + dir + prev);
        f.Add("wa=" + dir + (m.End < tokens.Count ? tokens[m.End].Norm : "</s>"));
        if (m.Group.IsAnaphor) f.Add("anaphor");
        f.Add("rank=" + Math.Min(view.Article.Rank(m.Mention.Root), 3));
        if (m.Group.Members.Count > 1) f.Add("coordinated");
        var lo = dir == "L" ? m.End : i + 1;
        var hi = dir == "L" ? i : m.Start;
        var verbs = 0;
        for (var k = lo; k < hi; k++)
        {
            foreach (var cls in ClassesOf(tokens[k])) f.Add("btw=" + dir + cls);
            if (tokens[k].Kind == TokenKind.Punct) f.Add("btwp=" + dir + tokens[k].Norm);
            if (view.LexiconHits[k] is not null) f.Add("btwlex=" + dir);
            if (morphology.GuessVoice(tokens[k].Norm) is Voice.Active or Voice.Passive && tokens[k].Norm.Length >= 6) verbs++;
        }
        f.Add("btwverbs=" + dir + Math.Min(verbs, 2));
        // What the name tagger makes of the actor's words: a country's name inside an organisation's or a place's is not
        // that country acting.
        f.Add("mname=" + (view.Names.FirstOrDefault(n => n.Start < m.End && m.Start < n.End)?.Kind ?? "-"));
        var between = view.Mentions.Count(o => o != m && (dir == "L" ? o.Start >= m.End && o.End <= i : o.Start > i && o.End <= m.Start));
        f.Add("btwact=" + dir + Math.Min(between, 2));
        var side = view.Mentions.Where(o => dir == "L" ? o.End <= i : o.Start > i).ToList();
        if (side.Count > 0 && (dir == "L" ? side.Max(o => o.End) == m.End : side.Min(o => o.Start) == m.Start)) f.Add("nearest=" + dir);
        if (view.Mentions.Count > 0 && view.Mentions.Min(o => o.Start) == m.Start) f.Add("first");
        if (view.Parse is { } parse && parse.Count == tokens.Count) f.AddRange(SyntaxFeatures(view, parse, i, m, dir));
        foreach (var e in view.RuleEvents)
        {
            if (!e.Trigger.Overlaps(t.Span)) continue;
            if (e.Source.Span.Overlaps(m.Mention.Span) || e.Source.Root == m.Mention.Root && e.Source.Rule == m.Mention.Rule) f.Add("rulesrc");
            if (e.Target is { } target && (target.Span.Overlaps(m.Mention.Span) || target.Root == m.Mention.Root)) f.Add("ruletgt");
        }
        return f;
    }

    /// <summary>An act's word inside a name the name tagger found ("Operasi …", a named event or body) is seldom an act.</summary>
    private static IEnumerable<string> NameFeatures(SentenceView view, int i)
    {
        var inside = view.Names.FirstOrDefault(n => n.Start <= i && i < n.End);
        if (inside is not null) yield return "tname=" + inside.Kind;
    }

    /// <summary>Most tokens between an act and an actor for the pair to be read as one event.</summary>
    public const int MaxReach = 12;

    /// <summary>
    /// Whether (act at token i, source, target) is a candidate event: two actors that can pair, near the act, neither of
    /// them named by the act's own word ("diajukan ke pengadilan": the court is where the act leads, not a side), and
    /// not a doer with its own forces ("Pemerintah Myanmar mengerahkan pasukannya").
    /// </summary>
    public static bool IsCandidatePair(int i, MentionView source, MentionView target) =>
        CanBePair(source, target) && InReach(i, source) && InReach(i, target);

    /// <summary>The part of <see cref="IsCandidatePair"/> that does not depend on the act: whether the two can be its sides.</summary>
    public static bool CanBePair(MentionView source, MentionView target) =>
        CanPair(source.Mention, target.Mention)
        && !(target.Mention.Rule == ActorRules.RoleOwner && target.Mention.Root == source.Mention.Root)
        && !(source.Group == target.Group && source.Group.Members.Count > ActorGroup.MaxMutualMembers);

    /// <summary>Whether an actor is near enough the act at token i, and not named by its word, to be one of its sides.</summary>
    public static bool InReach(int i, MentionView m) => Reach(i, m) <= MaxReach && !Covers(m, i);

    private static bool Covers(MentionView m, int i) => i >= m.Start && i < m.End;

    private static int Reach(int i, MentionView m) => m.End <= i ? i - m.End + 1 : m.Start > i ? m.Start - i : 0;

    /// <summary>
    /// Features of a whole candidate event: the act's word features, each actor's features as source ("S:") and as
    /// target ("O:") of that act, and how the three are ordered. The parts are separate so that a decoder can weigh
    /// each once and combine them for every pair.
    /// </summary>
    public List<string> EventFeatures(SentenceView view, int i, MentionView source, MentionView target, List<string> triggerFeatures) =>
        [.. EventTriggerPart(triggerFeatures), .. ActorPart(view, i, source, "S:"), .. ActorPart(view, i, target, "O:"), .. PairPart(view, i, source, target)];

    /// <summary>
    /// The act's part of an event's features: the trigger features without the word forms themselves (the word, its
    /// neighbours and their pairs). With a few hundred training events the event model memorised forms; its roots,
    /// affixes, lexicon entry, tags and cues carry what generalises.
    /// </summary>
    public static IEnumerable<string> EventTriggerPart(List<string> triggerFeatures) =>
        triggerFeatures.Where(t => !WordFormPrefixes.Any(p => t.StartsWith(p, StringComparison.Ordinal)));

    private static readonly string[] WordFormPrefixes = ["w=", "p1=", "n1=", "p1w=", "wn1="];

    public IEnumerable<string> ActorPart(SentenceView view, int i, MentionView m, string prefix) =>
        ActorFeatures(view, i, m).Select(r => prefix + r);

    /// <summary>An actor's features for an act without their role prefix: a decoder prefixes them once per role.</summary>
    public IEnumerable<string> ActorFeatures(SentenceView view, int i, MentionView m) =>
        RoleFeatures(view, i, m, view.LexiconHits[i]?.Cameo[..2] ?? "x")
            .Where(r => r != "bias" && !r.StartsWith(TriggerWordPrefix, StringComparison.Ordinal));

    private const string TriggerWordPrefix = "tw=";

    public List<string> PairPart(SentenceView view, int i, MentionView source, MentionView target)
    {
        var order = Order(i, source.Start, target.Start);
        var voice = view.LexiconHits[i]?.Voice.ToString() ?? morphology.GuessVoice(view.Tokens[i].Norm)?.ToString() ?? "none";
        var f = new List<string>(6) { "order=" + order, "orderv=" + order + voice };
        if (source.Group == target.Group) f.Add("samegroup");
        if (view.Article.NamedTogether(source.Mention.Root, target.Mention.Root)) f.Add("together");
        f.Add("ranks=" + Ranks(view, source, target));
        if (view.LexiconHits[i] is { } hit) f.Add("orderlex=" + order + hit.Cameo[..2]);
        return f;
    }

    /// <summary>
    /// How the actor hangs on the act in the dependency tree: the relation of the actor's head word when it depends on
    /// the act (or the act's when it depends on the actor), the case word (preposition) on the actor, and the length
    /// of the path between them up and down the tree.
    /// </summary>
    private static IEnumerable<string> SyntaxFeatures(SentenceView view, ParsedSentence parse, int i, MentionView m, string dir)
    {
        var head = m.Start;
        for (var k = m.Start; k < m.End && k < parse.Count; k++)
            if (parse.Head[k] < m.Start || parse.Head[k] >= m.End) { head = k; break; }
        yield return "mrel=" + parse.Relation[head];
        yield return "mupos=" + parse.Upos[head];
        if (parse.Head[head] == i) { yield return "dep=" + parse.Relation[head]; yield return "depd=" + dir + parse.Relation[head]; }
        else if (parse.Head[i] == head) yield return "gov=" + parse.Relation[i];
        for (var k = 0; k < parse.Count; k++)
            if (parse.Head[k] == head && parse.Relation[k] == CaseRelation) yield return "case=" + view.Tokens[k].Norm;
        var (u, d) = PathLengths(parse, i, head);
        if (u < 0) { yield return "path=none"; yield break; }
        yield return "path=" + Math.Min(u, 3) + "-" + Math.Min(d, 3);
        if (u + d <= 3) yield return "pathrel=" + parse.Relation[head] + "^" + (u > 0 ? parse.Relation[i] : "-");
    }

    private const string CaseRelation = "case";

    /// <summary>
    /// Steps up the tree from <paramref name="from"/> and from <paramref name="to"/> to their nearest common head, or
    /// (-1, -1) when they have none. At most the sentence length of steps each way, so a malformed tree cannot loop; no
    /// lists are made, as this runs for every pair of act and actor.
    /// </summary>
    private static (int Up, int Down) PathLengths(ParsedSentence parse, int from, int to)
    {
        var u = 0;
        for (var a = from; a >= 0 && u <= parse.Count; a = parse.Head[a], u++)
        {
            var d = 0;
            for (var b = to; b >= 0 && d <= parse.Count; b = parse.Head[b], d++)
                if (a == b) return (u, d);
        }
        return (-1, -1);
    }

    // The order of act (A), source (S) and target (O) in the sentence: "SAO" for "Iran menyerang Israel".
    private static string Order(int act, int source, int target) =>
        act < source
            ? (source < target ? "ASO" : act < target ? "AOS" : "OAS")
            : act < target ? "SAO" : source < target ? "SOA" : "OSA";

    // The function-word classes of a word, worked out once per word (a pure function of the language's data).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> _classes = new(StringComparer.Ordinal);

    private string[] ClassesOf(Token token) =>
        !words.IsAny(token) ? [] : _classes.GetOrAdd(token.Norm, w => FunctionWords.Classes.Where(c => words.Is(c, w)).ToArray());

    /// <summary>What the pair features of (act i, source, target) depend on besides the act: their order and grouping.</summary>
    public static string PairKey(SentenceView view, int i, MentionView source, MentionView target) =>
        Order(i, source.Start, target.Start) + (source.Group == target.Group ? "+" : "-")
        + (view.Article.NamedTogether(source.Mention.Root, target.Mention.Root) ? "t" : "") + Ranks(view, source, target);

    private static string Ranks(SentenceView view, MentionView source, MentionView target) =>
        Math.Min(view.Article.Rank(source.Mention.Root), 3) + "-" + Math.Min(view.Article.Rank(target.Mention.Root), 3);

    private static string Kind(string code) =>
        ActorCodes.IsNonState(code) ? "nonstate" : code.Length == 3 ? "state" : ActorCodes.IsStateOrgan(code) ? "organ" : "group";

    private static string Bucket(int d) => d switch { <= 0 => "0", 1 => "1", 2 => "2", 3 => "3", <= 6 => "4-6", <= 10 => "7-10", _ => "11+" };

    private static bool InQuote(SentenceView view, int i)
    {
        var quotes = 0;
        for (var k = view.Sentence.Span.Start; k < view.Tokens[i].Start; k++)
            if (view.Text[k] is '"' or '“' or '”') quotes++;
        return quotes % 2 == 1;
    }
}
