using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Actors;

/// <summary>
/// Finds actors in sentences and codes them: dictionary matches are combined with the roles next to
/// them ("Presiden" + "Rusia" → RUSGOV, "pejabat" + "Uni Eropa" → IGOEUREEC), people are coded as who
/// they were on the reference date, coordinated mentions form groups, and "kedua negara" / "negara itu"
/// refer back to the actors just mentioned. One instance per article: it remembers what was said.
/// </summary>
public sealed class ActorRecognizer(ActorLexicon lexicon, FunctionWords words, Morphology morphology, string? homeCountry, DateOnly? date,
    NameMemory? names = null)
{
    private IReadOnlyList<ActorMention>? _lastPlural;
    private int _lastPluralParagraph = -1;
    private readonly Dictionary<string, int> _stateParagraph = new(StringComparer.Ordinal);
    private ActorMention? _lastState;
    // The states and their people named so far, latest last, one per country: "keduanya" after two sentences
    // that name one leader each means those two.
    private readonly List<ActorMention> _recentStates = [];
    private string? _paragraphCountry;
    private ActorMention? _lastPerson;
    private int _lastPersonParagraph = -1;
    private readonly Dictionary<int, ActorMention> _pronounSpeakers = [];
    private int _paragraph = -1;
    private readonly Dictionary<string, int> _stateCounts = new(StringComparer.Ordinal);

    private string? MainCountry() =>
        _stateCounts.Count == 0 ? null : _stateCounts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    private sealed record Chunk(int Start, int End, List<(ActorEntry Entry, Span Span)> Parts)
    {
        /// <summary>Stands where an actor can: not as a modifier of a noun ("bantuan militer").</summary>
        public bool ArgumentPosition { get; init; } = true;

        /// <summary>A role word with the possessive ending ("warganya"): the role of the state named before it.</summary>
        public bool Owned { get; init; }
    }

    public List<ActorGroup> Recognize(string text, Sentence sentence, IReadOnlyList<Span> placeSpans, IReadOnlyList<Place>? places = null)
    {
        var tokens = sentence.Tokens;
        if (sentence.Paragraph != _paragraph) { _paragraph = sentence.Paragraph; _paragraphCountry = null; }
        var mentions = new List<(ActorMention Mention, int Start, int End)>();
        string? sentenceState = null, firstState = null;
        foreach (var chunk in Chunks(text, tokens, placeSpans))
            foreach (var m in Code(chunk, PlaceCountryAfter(tokens, chunk.End, places), sentenceState, firstState))
            {
                mentions.Add(m);
                if (ActorCodes.IsNonState(m.Item1.Code) || m.Item1.Rule == ActorRules.RoleContext) continue;
                sentenceState = m.Item1.Root;
                firstState ??= sentenceState;
            }
        if (names is not null)
        {
            // People named in earlier sentences first; then the names this sentence introduces, for the sentences after it.
            names.Recall(text, tokens, mentions, placeSpans);
            mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
            names.Introduce(text, tokens, mentions, placeSpans);
        }
        AddAnaphora(sentence.Index, tokens, mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var groups = RolesOfOrigin(Group(tokens, mentions));
        // "sebagaimana diberitakan Xinhua", "melansir AFP": who reports the story takes no part in what it reports.
        groups.RemoveAll(g => words.MatchEndingAt("report", tokens, g.StartToken) > 0);
        Remember(groups);
        return groups;
    }

    // Dictionary matches that pass the case rules, merged into chunks of adjacent matches.
    private List<Chunk> Chunks(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Span> placeSpans)
    {
        var chunks = new List<Chunk>();
        var i = 0;
        while (i < tokens.Count)
        {
            // The longest phrase whose case fits: "Pemerintah Indonesia" (a name) falls back to "pemerintah" (a role).
            PhraseMatch<ActorEntry>? found = null;
            List<ActorEntry> entries = [];
            foreach (var candidate in lexicon.Trie.AllAt(tokens, i))
            {
                var candidateSpan = candidate.SpanIn(tokens);
                entries = candidate.Values.Where(e => CaseFits(text, candidateSpan, e)).ToList();
                if (entries.Count > 0) { found = candidate; break; }
            }
            if (found is not { } m)
            {
                // "evakuasi warganya": a role word with the possessive ending belongs to the state named before it.
                if (OwnedRole(tokens[i]) is { } owned)
                    chunks.Add(new Chunk(i, i + 1, [(owned, tokens[i].Span)]) { Owned = true, ArgumentPosition = IsArgumentPosition(tokens, i) });
                i++;
                continue;
            }
            // "menteri-menteri Turki": a repeated word is one plural word; the second copy carries the phrase.
            if (m.End - m.Start == 1 && m.End + 1 < tokens.Count && tokens[m.End].Norm == "-" && tokens[m.End + 1].Norm == tokens[m.Start].Norm)
            { i = m.End + 1; continue; }
            var span = m.SpanIn(tokens);
            if (InsideLongerPlace(span, placeSpans)) { i++; continue; }
            var title = chunks.Count > 0 && chunks[^1].End == m.Start && chunks[^1].Parts[^1].Entry.Kind == ActorEntryKind.Role
                ? chunks[^1].Parts[^1].Entry.Code : null;
            var entry = Pick(entries, title);
            if (entry is null or { Kind: ActorEntryKind.NotActor }) { i = m.End; continue; }
            // "Mahkamah Agung", "Kemlu": a state's body that is also a role word is that role of the country named right
            // after it ("Kemlu China"), or of another state that both this sentence or paragraph and the article are about
            // ("pernyataan Kemlu" in a Turkish story).
            if (entry.Kind == ActorEntryKind.Organisation && entries.FirstOrDefault(e => e.Kind == ActorEntryKind.Role) is { } asRole
                && (StartsCountry(tokens, m.End) || ForeignContext(chunks, entry.Code)))
                entry = asRole;
            // "PT Toyota Astra Indonesia", "Asosiasi Pengusaha Indonesia": a country at the end of a company's name.
            if (entry.Kind is ActorEntryKind.Country && InCompanyName(text, tokens, m.Start)) { i = m.End; continue; }
            if (entry.Kind == ActorEntryKind.Person && entry.Written != entry.Name && PrecededByUnknownName(text, tokens, m.Start))
            { i = m.End; continue; } // "Jess Dutton" is not the Dutton of the dictionary
            // "Perserikatan Bangsa-Bangsa (PBB)": an acronym in brackets right after a name is the same actor.
            if (chunks.Count > 0 && m.Start == chunks[^1].End + 1 && tokens[chunks[^1].End].Norm == "("
                && m.End < tokens.Count && tokens[m.End].Norm == ")")
            {
                chunks[^1] = chunks[^1] with { End = m.End + 1 };
                i = m.End + 1;
                continue;
            }
            // "Deputi Perdana Menteri (DPM) Federasi Rusia": a bracketed short form inside a title is skipped.
            var joinsAcrossBracket = chunks.Count > 0 && m.Start == chunks[^1].End + 3 && tokens[chunks[^1].End].Norm == "("
                                     && tokens[chunks[^1].End + 2].Norm == ")";
            var end = entry.Kind == ActorEntryKind.Person ? RestOfName(tokens, m.End, entry) : m.End;
            var start = entry.Kind == ActorEntryKind.Organisation ? NameStart(text, tokens, m.Start, chunks.Count > 0 ? chunks[^1].End : 0) : m.Start;
            if (start < m.Start) span = new Span(tokens[start].Start, span.End);
            if (end > m.End) span = new Span(span.Start, tokens[end - 1].End);
            // "Kepolisian Nasional Filipina": a capitalised word between a capitalised role and its country belongs to the name.
            var joinsAcrossTitle = chunks.Count > 0 && entry.Kind == ActorEntryKind.Country && m.Start > chunks[^1].End
                                   && m.Start - chunks[^1].End == 1 && chunks[^1].Parts.All(p => p.Entry.Kind == ActorEntryKind.Role)
                                   && IsTitleWord(text, tokens[chunks[^1].Start]) && NameStart(text, tokens, m.Start, chunks[^1].End) == chunks[^1].End;
            // "Japan's foreign minister": a role after a state's possessive ending is that state's role.
            var joinsAcrossPossessive = chunks.Count > 0 && entry.Kind == ActorEntryKind.Role && m.Start > chunks[^1].End
                                        && words.MatchEndingAt("possessive", tokens, m.Start) == m.Start - chunks[^1].End
                                        && chunks[^1].Parts.All(p => p.Entry.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym);
            // "polisi pantai Singapura", "pasukan keamanan elite Israel": a word or two describing the role between it and its country.
            var joinsAcrossModifier = chunks.Count > 0 && entry.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym && m.Start > chunks[^1].End
                                      && m.Start - chunks[^1].End <= MaxRoleModifiers && chunks[^1].Parts.All(p => p.Entry.Kind == ActorEntryKind.Role)
                                      && Enumerable.Range(chunks[^1].End, m.Start - chunks[^1].End).All(k => IsModifier(text, tokens[k]));
            if (chunks.Count > 0 && (chunks[^1].End == m.Start || joinsAcrossBracket || joinsAcrossTitle || joinsAcrossPossessive || joinsAcrossModifier) && CanJoin(chunks[^1], entry))
                chunks[^1] = chunks[^1] with { End = end, Parts = [.. chunks[^1].Parts, (entry, span)] };
            else
                chunks.Add(new Chunk(start, end, [(entry, span)]) { ArgumentPosition = IsArgumentPosition(tokens, start) });
            i = end;
        }
        return chunks;
    }

    private const int MaxRoleModifiers = 2;

    // A word in lower case that is no function word and no verb by its affixes ("pantai", "elite", "federal").
    private bool IsModifier(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Norm.Length >= 3 && !char.IsUpper(text[token.Start]) && !words.IsAny(token)
        && morphology.GuessVoice(token.Norm) is not (Voice.Active or Voice.Passive);

    // "Presiden Prabowo Subianto" matched as the alias "Presiden Prabowo": the rest of the full name belongs to it.
    private static int RestOfName(IReadOnlyList<Token> tokens, int end, ActorEntry person)
    {
        var name = Tokenizer.Normalise(person.Name);
        var at = Array.IndexOf(name, tokens[end - 1].Norm);
        if (at < 0) return end;
        while (++at < name.Length && end < tokens.Count && tokens[end].Norm == name[at]) end++;
        return end;
    }

    private const int MaxCompanyName = 4;

    private bool InCompanyName(string text, IReadOnlyList<Token> tokens, int start)
    {
        for (var k = start - 1; k >= 0 && start - k <= MaxCompanyName; k--)
        {
            if (tokens[k].Kind != TokenKind.Word || !char.IsUpper(text[tokens[k].Start])) return false;
            if (words.Is("company-head", tokens[k])) return true;
        }
        return false;
    }

    private bool ForeignContext(List<Chunk> chunks, string bodyCode)
    {
        var near = chunks.SelectMany(c => c.Parts).LastOrDefault(p => p.Entry.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym).Entry?.Code
                   ?? _paragraphCountry;
        return near is not null && near == MainCountry() && !bodyCode.StartsWith(near, StringComparison.Ordinal);
    }

    private const int MinOwnedStem = 3;
    /// <summary>The role of a country's population, which a role word with the possessive ending may name after a noun.</summary>
    public const string PopulationRole = "CVL";

    private const string CompanyRole = "BUS";


    private ActorEntry? OwnedRole(Token token)
    {
        if (lexicon.PossessiveClitic is not { } clitic || token.Kind != TokenKind.Word
            || token.Norm.Length < clitic.Length + MinOwnedStem || !token.Norm.EndsWith(clitic, StringComparison.Ordinal)) return null;
        Token[] stem = [token with { Norm = token.Norm[..^clitic.Length] }];
        return lexicon.Trie.LongestAt(stem, 0)?.Values.FirstOrDefault(e => e.Kind == ActorEntryKind.Role);
    }

    private bool StartsCountry(IReadOnlyList<Token> tokens, int i) =>
        i < tokens.Count && lexicon.Trie.LongestAt(tokens, i) is { } next && next.Values.Any(e => e.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym);

    private const int MaxNamePrefix = 3;

    /// <summary>
    /// "Misi Bantuan Perserikatan Bangsa-Bangsa", "Badan Pengungsi PBB": capitalised words right before an organisation's
    /// name are part of that name (a body of it), so an act's noun among them is no act. A sentence's first word alone
    /// is capitalised anyway ("Bantuan PBB tiba …" is aid).
    /// </summary>
    private int NameStart(string text, IReadOnlyList<Token> tokens, int start, int floor)
    {
        var k = start;
        while (k > floor && start - k < MaxNamePrefix && IsTitleWord(text, tokens[k - 1]) && lexicon.Trie.LongestAt(tokens, k - 1) is null
               && !words.IsAny(tokens[k - 1]))
            k--;
        return k == 0 && start == 1 ? start : k;
    }

    private static bool IsTitleWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Span.Length > 1 && char.IsUpper(text[token.Start]) && char.IsLower(text[token.Start + 1]);

    private bool PrecededByUnknownName(string text, IReadOnlyList<Token> tokens, int start)
    {
        if (start <= 1) return false; // a sentence's first word is capitalised anyway
        var previous = tokens[start - 1];
        return previous.Kind == TokenKind.Word && char.IsUpper(text[previous.Start])
               && lexicon.Trie.LongestAt(tokens, start - 1) is null;
    }

    // A role word stands for an actor after a function word, a verb or punctuation, not after a noun it modifies.
    private bool IsArgumentPosition(IReadOnlyList<Token> tokens, int start)
    {
        if (start == 0) return true;
        var previous = tokens[start - 1];
        if (previous.Kind != TokenKind.Word) return true;
        foreach (var cls in ArgumentCues)
            if (words.Is(cls, previous)) return true;
        return morphology.GuessVoice(previous.Norm) is Voice.Active or Voice.Passive;
    }

    private static readonly string[] ArgumentCues =
        ["determiner", "oblique", "coordination", "aux", "speech", "relativizer", "passive-agent", "light-verb", "clause-boundary", "intent", "negation"];

    private static bool CanJoin(Chunk chunk, ActorEntry next)
    {
        // Two named states side by side are two actors, not one.
        var named = chunk.Parts.Count(p => p.Entry.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym or ActorEntryKind.Organisation);
        var nextNamed = next.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym or ActorEntryKind.Organisation;
        if (named > 0 && nextNamed) return false;
        if (next.Kind == ActorEntryKind.Role && chunk.Parts[^1].Entry.Kind == ActorEntryKind.Person) return false;
        return true;
    }

    private ActorEntry? Pick(List<ActorEntry> entries, string? titleRole)
    {
        var people = entries.Where(e => e.Kind == ActorEntryKind.Person).ToList();
        if (people.Count > 0)
        {
            var current = people.Where(p => p.ValidOn(date)).ToList();
            // Several terms fit (an undated article): the title names the office ("Presiden Joko Widodo"), and a person
            // named again ("Retno menyebut …" after "Menlu Retno Marsudi") holds the office of their first mention.
            if (current.Count > 1 && titleRole is not null && current.LastOrDefault(p => p.Code.Length > 3 && p.Code[3..].StartsWith(titleRole, StringComparison.Ordinal)) is { } titled)
                return Chosen(titled, replace: true);
            if (current.Count > 1 && current.LastOrDefault(p => _terms.Contains(Term(p))) is { } named)
                return named;
            // A person known only outside the date still counts as the actor of their last known role.
            return Chosen(current.Count > 0 ? current[^1] : date is null ? people[^1] : people.OrderBy(p => Distance(p, date.Value)).First());
        }
        return entries[0];
    }

    // The term of office each person of the article was first read with (a term is a person's code over dates,
    // whatever words named them); a title read later replaces it.
    private readonly HashSet<(string Name, string Code, DateOnly? Start, DateOnly? End)> _terms = [];

    private static (string, string, DateOnly?, DateOnly?) Term(ActorEntry e) => (e.Name, e.Code, e.Start, e.End);

    private ActorEntry Chosen(ActorEntry term, bool replace = false)
    {
        if (!replace && _terms.Any(t => t.Name == term.Name)) return term;
        _terms.RemoveWhere(t => t.Name == term.Name);
        _terms.Add(Term(term));
        return term;
    }

    private static int Distance(ActorEntry e, DateOnly d) =>
        e.End is { } end && d > end ? d.DayNumber - end.DayNumber
        : e.Start is { } start && d < start ? start.DayNumber - d.DayNumber : 0;

    private static bool CaseFits(string text, Span span, ActorEntry entry)
    {
        if (entry.Kind is ActorEntryKind.Role or ActorEntryKind.NotActor) return true;
        var first = text[span.Start];
        // A name written in lower case in the data ("negara Yahudi") may appear so; other names are capitalised.
        if (char.IsLetter(first) && !char.IsUpper(first) && !char.IsLower(entry.Written[0])) return false;
        if (entry.IsAcronym)
            for (var k = span.Start; k < span.End; k++)
                if (char.IsLetter(text[k]) && !char.IsUpper(text[k])) return false;
        return true;
    }

    private static bool InsideLongerPlace(Span span, IReadOnlyList<Span> places)
    {
        foreach (var p in places)
            if (p.Contains(span) && p.Length > span.Length) return true;
        return false;
    }

    // Turns a chunk into actor mentions (usually one).
    // "rumah sakit di wilayah selatan Israel": the country of a place named right after a bare role.
    private string? PlaceCountryAfter(IReadOnlyList<Token> tokens, int end, IReadOnlyList<Place>? places)
    {
        if (places is null || end >= tokens.Count) return null;
        // "warga Gaza", "polisi Jakarta": a place right after the role is whose it is.
        if (places.FirstOrDefault(p => p.Span?.Start == tokens[end].Start && p.Country is not null) is { } adjacent) return adjacent.Country;
        if (!words.Is("locative", tokens[end])) return null;
        var from = tokens[end].End;
        var limit = end + 1 + MaxPlaceGap < tokens.Count ? tokens[end + 1 + MaxPlaceGap].Start : int.MaxValue;
        return places.FirstOrDefault(p => p.Span is { } ps && ps.Start >= from && ps.Start <= limit && p.Country is not null)?.Country;
    }

    private const int MaxPlaceGap = 3;

    private IEnumerable<(ActorMention, int, int)> Code(Chunk chunk, string? placeCountry, string? sentenceState, string? firstState)
    {
        var parts = chunk.Parts;
        var span = new Span(parts[0].Span.Start, parts[^1].Span.End);
        var role = parts.LastOrDefault(p => p.Entry.Kind == ActorEntryKind.Role).Entry;
        var org = parts.FirstOrDefault(p => p.Entry.Kind == ActorEntryKind.Organisation).Entry;
        var state = parts.FirstOrDefault(p => p.Entry.Kind is ActorEntryKind.Country or ActorEntryKind.Metonym).Entry;
        var person = parts.FirstOrDefault(p => p.Entry.Kind == ActorEntryKind.Person).Entry;

        // ("Sekjen PBB Antonio Guterres", "untuk PBB Nikki Haley": a person named after a body is that person, who may act
        // for another)
        if (org is not null && person is null)
        {
            yield return (new ActorMention(org.Code, org.Name, span, ActorRules.Organisation), chunk.Start, chunk.End);
            yield break;
        }
        if (state is not null)
        {
            var code = role is not null ? state.Code + role.Code
                : person is not null && person.Code.StartsWith(state.Code, StringComparison.Ordinal) ? person.Code
                : state.Kind == ActorEntryKind.Metonym && state.Code.Length > 3 ? state.Code
                : state.Code;
            // "Presiden Prancis Emmanuel Macron" names a person, whom "ia" can refer to.
            var rule = person is not null && person.Code.StartsWith(state.Code, StringComparison.Ordinal) ? ActorRules.Person
                : role is not null ? ActorRules.RoleCountry : state.Kind == ActorEntryKind.Metonym ? "actor:metonym" : "actor:country";
            yield return (new ActorMention(code, person?.Name ?? state.Name, span, rule), chunk.Start, chunk.End);
            yield break;
        }
        if (person is not null)
        {
            yield return (new ActorMention(person.Code, person.Name, span, ActorRules.Person), chunk.Start, chunk.End);
            yield break;
        }
        // "Yordania mengatakan … petugas keamanan Israel yang menewaskan dua warganya": the owner is mostly the sentence's
        // subject, its first state. After a noun only a population is owned ("evakuasi warganya"); "opsi militernya" is
        // an adjective.
        if (chunk.Owned)
        {
            if (role is not null && (chunk.ArgumentPosition || role.Code == PopulationRole) && (firstState ?? _paragraphCountry) is { } owner)
                yield return (new ActorMention(owner + role.Code, role.Name, span, ActorRules.RoleOwner), chunk.Start, chunk.End);
            yield break;
        }
        // A role alone ("polisi", "militer"): the country of a place named right after it ("warga Gaza", "warga di Gaza"), else a state
        // named earlier in the sentence ("PKS meminta pemerintah …" in a paragraph about Israel), else the country just
        // talked about in this paragraph, else the state the article talks about most, else the home country of the
        // language (a bare "Pemerintah" opening an Indonesian story is Indonesia's, even with "Uruguay" later in the
        // sentence).
        var country = placeCountry ?? sentenceState ?? _paragraphCountry ?? MainCountry() ?? homeCountry;
        if (role is not null && country is not null && chunk.ArgumentPosition)
            yield return (new ActorMention(country + role.Code, role.Name, span, ActorRules.RoleContext), chunk.Start, chunk.End);
    }

    private const int MaxReportGap = 3;

    // The subject of the speech verb a few words before a pronoun ("X said on Tuesday that it …"): the actor ending
    // right before that verb, with at most a few words (a day, an auxiliary) between.
    private ActorMention? ReportingSubject(IReadOnlyList<Token> tokens, int pronoun, List<(ActorMention Mention, int Start, int End)> mentions)
    {
        for (var k = pronoun - 1; k >= 0 && pronoun - k <= MaxReportGap + 1; k--)
        {
            if (tokens[k].Kind != TokenKind.Word || mentions.Any(m => k >= m.Start && k < m.End)) return null;
            if (!words.Is("speech", tokens[k]) || words.Is("complementizer", tokens[k])) continue;
            var said = k;
            return mentions.Where(m => m.End <= said && said - m.End <= MaxReportGap && !Enumerable.Range(m.End, said - m.End).Any(j => tokens[j].Kind != TokenKind.Word))
                .OrderByDescending(m => m.End).Select(m => m.Mention).FirstOrDefault();
        }
        return null;
    }

    private void AddAnaphora(int sentence, IReadOnlyList<Token> tokens, List<(ActorMention Mention, int Start, int End)> mentions)
    {
        var speaker = QuotedSpeaker(tokens, mentions);
        if (speaker is { Pronoun: true } byPronoun) _pronounSpeakers[sentence] = byPronoun.Mention;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (Covers(mentions, i)) continue;
            // "'Kami akan membalas,' kata Menteri Luar Negeri Iran": the first person in a quote is its speaker.
            if (speaker is { } said && i < said.Start && words.Is("anaphor-speaker", tokens[i]))
            {
                mentions.Add((said.Mention with { Span = tokens[i].Span, Rule = "actor:anaphor-speaker" }, i, i + 1));
                continue;
            }
            var pair = words.MatchAt("anaphor-pair", tokens, i);
            // "Kedua pihak" names two: after a list of five members ("Armenia, Belarus, …, dan Rusia") it stands for
            // none of them, and reading it as all ten pairs would invent events.
            // (only a pair named in this paragraph or the one before: "Keduanya diamankan di rumahnya" after a story of two
            // suspects is not about two states named long before)
            if (pair > 0 && ((_lastPluralParagraph >= _paragraph - 1 ? _lastPlural : null) ?? RecentPair()) is { Count: 2 } plural)
            {
                var span = new Span(tokens[i].Start, tokens[i + pair - 1].End);
                foreach (var m in plural)
                    mentions.Add((m with { Span = span, Rule = "actor:anaphor-pair" }, i, i + pair));
                i += pair - 1;
                continue;
            }
            // "Switzerland said today it had expelled …": a pronoun opening a reported clause is the one who said it.
            if (words.Is("anaphor-reported", tokens[i]) && ReportingSubject(tokens, i, mentions) is { } reporter)
            {
                mentions.Add((reporter with { Span = tokens[i].Span, Rule = "actor:anaphor-reported" }, i, i + 1));
                continue;
            }
            // "Ia", "dia": the first person named earlier in the sentence, mostly its subject ("Trump bersikeras bahwa ia …"), else the person last
            // named in this paragraph or the one before (a quote's speaker goes on speaking).
            if (words.Is("anaphor-person", tokens[i])
                && (mentions.Where(m => m.End <= i && IsPerson(m.Mention)).Select(m => m.Mention).FirstOrDefault()
                    ?? (_lastPersonParagraph >= _paragraph - 1 ? _lastPerson : null)) is { } person)
            {
                mentions.Add((person with { Span = tokens[i].Span, Rule = "actor:anaphor-person" }, i, i + 1));
                continue;
            }
            var single = words.MatchAt("anaphor-single", tokens, i);
            // "Militer Israel mengatakan pihaknya …": a state named earlier in the same sentence comes first.
            if (single > 0 && (mentions.Where(m => m.End <= i && !ActorCodes.IsNonState(m.Mention.Code) && m.Mention.Rule != ActorRules.RoleContext)
                    .Select(m => m.Mention).LastOrDefault() ?? _lastState) is { } last)
            {
                var span = new Span(tokens[i].Start, tokens[i + single - 1].End);
                mentions.Add((last with { Span = span, Rule = "actor:anaphor-single" }, i, i + single));
                i += single - 1;
            }
        }
    }

    // (a loop, not a lambda: it runs for every token of every sentence)
    private static bool Covers(List<(ActorMention Mention, int Start, int End)> mentions, int i)
    {
        foreach (var m in mentions)
            if (i >= m.Start && i < m.End) return true;
        return false;
    }

    /// <summary>
    /// Adds the speaker of a quotation running over several sentences (<see cref="QuoteSpeakers"/>) for each first
    /// person of the sentence that no actor stands for yet. Returns the groups in token order.
    /// </summary>
    public List<ActorGroup> WithQuoteSpeaker(IReadOnlyList<Token> tokens, IReadOnlyList<ActorGroup> groups, ActorMention speaker)
    {
        var result = groups.ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!words.Is("anaphor-speaker", tokens[i]) || result.Any(g => g.StartToken <= i && i < g.EndToken)) continue;
            result.Add(new ActorGroup([speaker with { Span = tokens[i].Span, Rule = "actor:anaphor-quote" }], i, i + 1, MarkerBefore(tokens, i)) { IsAnaphor = true });
        }
        result.Sort((a, b) => a.StartToken.CompareTo(b.StartToken));
        return result;
    }

    /// <summary>
    /// The person a sentence read so far says is speaking by a pronoun after its speech verb ('"…," ujarnya': the person
    /// last named), or null; <see cref="QuoteSpeakers"/> gives that speaker to the whole quotation.
    /// </summary>
    public ActorMention? PronounSpeaker(int sentence) => _pronounSpeakers.GetValueOrDefault(sentence);

    // The actor named right after the sentence's last speech verb ("…," kata Menlu Iran), if any.
    private (ActorMention Mention, int Start, bool Pronoun)? QuotedSpeaker(IReadOnlyList<Token> tokens, List<(ActorMention Mention, int Start, int End)> mentions)
    {
        for (var k = tokens.Count - 1; k > 0; k--)
        {
            if (!words.Is("speech", tokens[k])) continue;
            var after = mentions.Where(m => m.Start > k && m.Start <= k + MaxSpeakerGap).OrderBy(m => m.Start).FirstOrDefault();
            if (after.Mention is not null) return (after.Mention, k, false);
            // '"…," ujarnya' or '"…," kata dia': the speaker is the person last named (in this paragraph or the one before).
            var pronoun = lexicon.PossessiveClitic is { } clitic && tokens[k].Norm.EndsWith(clitic, StringComparison.Ordinal)
                          || k + 1 < tokens.Count && words.Is("anaphor-person", tokens[k + 1]);
            return pronoun && _lastPersonParagraph >= _paragraph - 1 && _lastPerson is { } person ? (person, k, true) : null;
        }
        return null;
    }

    private const int MaxSpeakerGap = 3;

    private List<ActorMention>? RecentPair() =>
        _recentStates.Count >= 2 && _stateParagraph.GetValueOrDefault(_recentStates[^2].Root, -1) >= _paragraph - 1 ? _recentStates[^2..] : null;

    private List<ActorGroup> Group(IReadOnlyList<Token> tokens, List<(ActorMention Mention, int Start, int End)> mentions)
    {
        var groups = new List<ActorGroup>();
        var k = 0;
        while (k < mentions.Count)
        {
            var members = new List<ActorMention> { mentions[k].Mention };
            var start = mentions[k].Start;
            var end = mentions[k].End;
            var anaphor = mentions[k].Mention.Rule.StartsWith("actor:anaphor", StringComparison.Ordinal);
            var first = k;
            var conjoined = false;
            while (k + 1 < mentions.Count)
            {
                var next = mentions[k + 1];
                if (next.Start == mentions[k].Start && next.Mention.Span == mentions[k].Mention.Span) { k++; members.Add(next.Mention); continue; } // anaphor standing for several
                if (next.Start <= end) break;
                var examples = !OnlyCoordination(tokens, end, next.Start);
                if (examples && !ExamplesOfKind(tokens, end, next.Start, mentions)) break;
                // "Seperti halnya India, AS, dan Australia, Prancis telah …": a list closed by "dan" ends there.
                var commasOnly = OnlyCommas(tokens, end, next.Start);
                if (conjoined && commasOnly) break;
                // (the examples of a kind are a list of their own: "… dan sejumlah negara seperti Bahrain, Uni Emirat Arab,
                // bahkan Mesir")
                conjoined = !examples && (conjoined || !commasOnly);
                k++;
                members.Add(next.Mention);
                end = next.End;
            }
            // "Menurut Kementerian Pendidikan Palestina, Israel telah …": names joined by commas alone, with no "dan"
            // closing the list, are not one group.
            if (!conjoined && k > first && mentions[first].Start != mentions[k].Start)
            {
                for (var j = first; j <= k; j++)
                {
                    var m = mentions[j];
                    groups.Add(new ActorGroup([m.Mention], m.Start, m.End, MarkerBefore(tokens, m.Start)) { IsAnaphor = m.Mention.Rule.StartsWith("actor:anaphor", StringComparison.Ordinal) });
                }
                k++;
                continue;
            }
            // ("Clinton dan Trump": two people with one code are still two)
            var distinct = members.DistinctBy(m => (m.Code, m.Rule == ActorRules.Person ? m.Name : "")).ToList();
            // ("negara-negara Teluk seperti Bahrain dan Uni Emirat Arab memutus …": the examples stand where their kind does)
            if (KindStart(tokens, start, mentions) is >= 0 and var kindStart) start = kindStart;
            groups.Add(new ActorGroup(distinct, start, end, MarkerBefore(tokens, start)) { IsAnaphor = anaphor });
            k++;
        }
        return groups;
    }

    /// <summary>
    /// "delegasi dari negara-negara Islam seperti Mesir, …, dan Turki", "pasukan dari Rusia": a bare role right before the
    /// states it comes from is each state's role, standing where the role does.
    /// </summary>
    private List<ActorGroup> RolesOfOrigin(List<ActorGroup> groups)
    {
        for (var g = 0; g + 1 < groups.Count; g++)
        {
            var (role, origin) = (groups[g], groups[g + 1]);
            if (role.Members is not [{ Rule: ActorRules.RoleContext } bare] || bare.Code.Length <= bare.Root.Length
                || origin.Marker is not { } marker || !words.Is("source-prep", marker) || origin.StartToken != role.EndToken + 1
                || !origin.Members.All(m => m.Rule == "actor:country" && m.Code == m.Root))
                continue;
            var suffix = bare.Code[bare.Root.Length..];
            groups[g] = new ActorGroup([.. origin.Members.Select(m => m with { Code = m.Code + suffix, Rule = ActorRules.RoleCountry })],
                role.StartToken, origin.EndToken, role.Marker);
            groups.RemoveAt(g + 1);
        }
        return groups;
    }

    private bool OnlyCommas(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].Norm != "," && !words.Is("determiner", tokens[i])) return false;
        return true;
    }

    private const int MaxKindWords = 6;

    // "Arab Saudi dan sejumlah negara Teluk seperti Bahrain …": a coordinating word, then a kind of actor whose examples
    // follow (the kind's words hold no actor of their own).
    private bool ExamplesOfKind(IReadOnlyList<Token> tokens, int from, int to, List<(ActorMention Mention, int Start, int End)> mentions) =>
        from < to && words.Is("coordination", tokens[from]) && tokens[from].Norm != "," && KindStart(tokens, to, mentions) == from + 1;

    // The first token of the kind whose examples start at <paramref name="examples"/> ("sejumlah negara Islam seperti"), or -1.
    private int KindStart(IReadOnlyList<Token> tokens, int examples, List<(ActorMention Mention, int Start, int End)> mentions)
    {
        var marker = words.MatchEndingAt("example", tokens, examples);
        if (marker == 0) return -1;
        var k = examples - marker;
        if (k > 0 && tokens[k - 1].Norm == ",") k--;
        var kind = -1;
        for (var j = k - 1; j >= 0 && k - j <= MaxKindWords; j--)
        {
            if (tokens[j].Kind != TokenKind.Word && tokens[j].Norm != "-" || mentions.Any(m => j >= m.Start && j < m.End)) break;
            if (words.Is("member-kind", tokens[j])) kind = j;
        }
        if (kind < 0) return -1;
        while (kind > 0 && words.Is("determiner", tokens[kind - 1])) kind--;
        return kind;
    }

    private bool OnlyCoordination(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from is < 1 or > 3) return false;
        for (var i = from; i < to; i++)
            if (!words.Is("coordination", tokens[i]) && !words.Is("determiner", tokens[i])) return false;
        return true;
    }

    // The oblique word (preposition) before a group, skipping determiners such as "para" and quantity phrases that
    // end in a preposition ("thousands of Iraqis": the Iraqis are the subject).
    private string? MarkerBefore(IReadOnlyList<Token> tokens, int start)
    {
        var i = start;
        while (i > 0)
        {
            if (words.Is("determiner", tokens[i - 1])) { i--; continue; }
            var phrase = words.MatchEndingAt("determiner", tokens, i);
            if (phrase == 0) break;
            i -= phrase;
        }
        var length = words.MatchEndingAt("oblique", tokens, i);
        return length > 0 ? string.Join(' ', Enumerable.Range(i - length, length).Select(j => tokens[j].Norm)) : null;
    }

    private bool IsPerson(ActorMention m) => m.Rule is ActorRules.Person or ActorRules.NamedEarlier || names?.NamesPerson(m) == true;

    private void Remember(List<ActorGroup> groups)
    {
        // "Ia" mostly continues the subject: remember the first person named in the latest sentence that names one.
        if (groups.FirstOrDefault(g => g.Members is [var only] && IsPerson(only)) is { } first)
        {
            _lastPerson = first.Members[0];
            _lastPersonParagraph = _paragraph;
        }
        // "A bertemu dengan B. Kedua negara …": two states named in separate groups of one sentence are a pair too.
        var statesHere = groups.Where(g => !g.IsAnaphor).SelectMany(g => g.Members)
            .Where(m => !ActorCodes.IsNonState(m.Code) && m.Rule != ActorRules.RoleContext).DistinctBy(m => m.Root).ToList();
        if (statesHere.Count == 2) (_lastPlural, _lastPluralParagraph) = (statesHere, _paragraph);
        foreach (var state in statesHere)
        {
            _recentStates.RemoveAll(m => m.Root == state.Root);
            _recentStates.Add(state);
            _stateParagraph[state.Root] = _paragraph;
        }
        foreach (var g in groups)
        {
            if (g.IsAnaphor) continue;
            var states = g.Members.Where(m => !ActorCodes.IsNonState(m.Code)).ToList();
            if (g.Members.Count >= 2) (_lastPlural, _lastPluralParagraph) = (g.Members, _paragraph);
            if (states.Count > 0)
            {
                _lastState = states[^1];
                // (a company's country is not the country the paragraph talks about: "maskapai Emirates … delegasi")
                if (states[^1].Rule != ActorRules.RoleContext && !states[^1].Code.EndsWith(CompanyRole, StringComparison.Ordinal))
                    _paragraphCountry = states[^1].Root;
                foreach (var state in states.Where(m => m.Rule is not (ActorRules.RoleContext or "actor:anaphor-pair" or "actor:anaphor-single")))
                    _stateCounts[state.Root] = _stateCounts.GetValueOrDefault(state.Root) + 1;
            }
        }
    }

}
