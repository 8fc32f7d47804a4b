using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Coding.Actors;

/// <summary>
/// The people an article introduces with a title and names again later: "Duta Besar Iran untuk Indonesia Mohammad
/// Boroujerdi … kata Boroujerdi", "Ketua Komisi I Abdul Kharis … Kharis menilai". A capitalised name right after an
/// actor's words (or right before them, set off by a comma) is that actor's person; any word of the name, named again
/// in a later sentence, is that actor (news names people by any part of their name: "Retno", "Kharis", "Boroujerdi"). A word two people of the article share is nobody's. Only
/// the case of letters and the lexicons decide, so the memory works for every language written in a cased script.
/// </summary>
public sealed class NameMemory(ActorLexicon lexicon, FunctionWords words, IReadOnlySet<string> notNames)
{
    /// <summary>Longest name taken after or before an actor's words.</summary>
    public const int MaxNameWords = 4;
    /// <summary>Shorter name words ("Al", "bin") are not remembered: they name too many people.</summary>
    public const int MinNameWord = 3;

    private readonly Dictionary<string, ActorMention> _names = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shared = new(StringComparer.Ordinal);
    private readonly HashSet<Span> _introduced = [];

    /// <summary>Whether a mention is an actor's words with a person's name after them (a person, for "ia" and "dia").</summary>
    public bool NamesPerson(ActorMention m) => _introduced.Contains(m.Span);

    /// <summary>
    /// Extends the mentions of actors followed (or preceded, with a comma) by a capitalised name over that name and
    /// remembers the name. Mentions are (mention, first token, end token), in token order.
    /// </summary>
    public void Introduce(string text, IReadOnlyList<Token> tokens, List<(ActorMention Mention, int Start, int End)> mentions, IReadOnlyList<Span> places)
    {
        _places = places;
        for (var k = 0; k < mentions.Count; k++)
        {
            var (m, start, end) = mentions[k];
            var limit = k + 1 < mentions.Count ? mentions[k + 1].Start : tokens.Count;
            // "Presiden Korea Selatan Lee Jae-myung … Lee mengatakan": a person of the people file is named again by any
            // word of the name.
            if (m.Rule == ActorRules.Person)
                for (var w = start; w < end; w++)
                    if (IsNameWord(text, tokens[w]) && !words.IsAny(tokens[w]) && !IsOtherActorWord(tokens, w))
                        Remember(text, tokens, w, w + 1, m);
            // "Duta Besar Iran untuk Indonesia Mohammad Boroujerdi", "Duta Besar Iran untuk PBB, Ali Bahreini,": the office's
            // holder, named after where it serves (also when that is an organisation).
            if (k > 0 && mentions[k - 1].End == start - 1 && words.Is("oblique", tokens[start - 1]) && Introduces(mentions[k - 1].Mention)
                && (!Introduces(m) || mentions[k - 1].Mention.Rule == ActorRules.RoleCountry))
            {
                var (from, holder) = Holder(text, tokens, end, limit);
                if (holder > from) Remember(text, tokens, from, holder, mentions[k - 1].Mention);
                continue;
            }
            // "Sudarnoto Abdul Hakim, Ketua MUI …", "John Nicholson, komandan senior AS …": a name set off by a comma
            // before its office (a few words of the office may come before the actor's words).
            // (a bare role whose office goes on to a state, "komandan senior AS", leaves the name to that state)
            var officeGoesOn = m.Rule == ActorRules.RoleContext && k + 1 < mentions.Count && mentions[k + 1].Start - end <= MaxOfficeWords
                               && mentions[k + 1].Mention.Rule is "actor:country" or ActorRules.RoleCountry;
            var comma = officeGoesOn ? -1 : OfficeComma(text, tokens, start, m, mentions);
            var floor = mentions.Where(o => o.End <= comma).Select(o => o.End).DefaultIfEmpty(0).Max();
            if (comma > 0 && NameStart(text, tokens, comma, floor) is var before && before < comma)
            {
                Remember(text, tokens, before, comma, OfficeHolder(m, mentions, comma, start));
                continue;
            }
            if (!Introduces(m)) continue;
            var after = NameEnd(text, tokens, end, limit);
            if (after > end)
            {
                Remember(text, tokens, end, after, m);
                var named = m with { Span = new Span(m.Span.Start, tokens[after - 1].End) };
                _introduced.Add(named.Span);
                mentions[k] = (named, start, after);
                continue;
            }
            // "Presiden Korea Selatan yang baru terpilih Lee Jae-myung": the holder named after a short relative clause.
            if (m.Rule == ActorRules.RoleCountry && RelativeHolder(text, tokens, end, limit) is var (holderStart, holderEnd) && holderEnd > holderStart)
            {
                Remember(text, tokens, holderStart, holderEnd, m);
                continue;
            }
        }
    }

    /// <summary>Adds a mention for each name of a person remembered from earlier sentences, where no other actor stands.</summary>
    public void Recall(string text, IReadOnlyList<Token> tokens, List<(ActorMention Mention, int Start, int End)> mentions, IReadOnlyList<Span> places)
    {
        _places = places;
        if (_names.Count == 0) return;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(text, tokens[i]) || !_names.TryGetValue(tokens[i].Norm, out var person) || _shared.Contains(tokens[i].Norm)) continue;
            if (mentions.Any(m => i >= m.Start && i < m.End)) continue;
            // A place of this sentence is that place, though it was a word of an office's name ("Polres Toba", "Kapolda Papua").
            if (_places.Any(p => p.Overlaps(tokens[i].Span))) continue;
            var end = i + 1;
            while (end < tokens.Count && IsNameWord(text, tokens[end]) && _names.TryGetValue(tokens[end].Norm, out var same) && same == person) end++;
            // Another name around it is another person ("Lee Hsien Loong" when "Lee" was South Korea's president).
            if (end < tokens.Count && IsUnknownName(text, tokens, end) || i > 1 && IsUnknownName(text, tokens, i - 1)) { i = end - 1; continue; }
            // A bare title before the name is the person's ("Dubes Boroujerdi"): the person's actor replaces the title's guess.
            var start = i;
            var title = mentions.FindIndex(m => m.End == i && m.Mention.Rule == ActorRules.RoleContext);
            if (title >= 0) { start = mentions[title].Start; mentions.RemoveAt(title); }
            mentions.Add((person with { Span = new Span(tokens[start].Start, tokens[end - 1].End), Rule = ActorRules.NamedEarlier }, start, end));
            i = end - 1;
        }
    }

    // Actors a person may be introduced as: a state's office or body, an organisation, a person of the people file.
    // (Not a bare role: "Media The Wall Street Journal" names a newspaper, whose country the context only guesses.)
    private static bool Introduces(ActorMention m) =>
        m.Rule is ActorRules.RoleCountry or ActorRules.Person or ActorRules.Organisation;

    // The name right after an office, or set off by commas after it: its first token and end.
    private (int From, int End) Holder(string text, IReadOnlyList<Token> tokens, int end, int limit)
    {
        var direct = NameEnd(text, tokens, end, limit);
        return direct > end ? (end, direct) : (end + 1, Appositive(text, tokens, end, limit));
    }

    // The end of a name between a comma at <paramref name="comma"/> and a comma or the sentence's end ("…, Ali Bahreini,"),
    // else the comma's own position (no name).
    private int Appositive(string text, IReadOnlyList<Token> tokens, int comma, int limit)
    {
        if (comma >= limit || tokens[comma].Norm != ",") return comma;
        var end = NameEnd(text, tokens, comma + 1, limit);
        return end > comma + 1 && (end == tokens.Count || tokens[end].Norm is "," or "." or "(") ? end : comma;
    }

    private int NameEnd(string text, IReadOnlyList<Token> tokens, int from, int limit)
    {
        var end = from;
        while (end < limit && end - from < MaxNameWords && IsUnknownName(text, tokens, end)) end++;
        return end;
    }

    private int NameStart(string text, IReadOnlyList<Token> tokens, int end, int floor)
    {
        var start = end;
        while (start > floor && end - start < MaxNameWords && IsUnknownName(text, tokens, start - 1)) start--;
        // A name that goes on to the left, or starts a sentence only by its capital, is not surely a name; a title
        // before it ("Jenderal John Nicholson") is.
        return start > floor && IsNameWord(text, tokens[start - 1]) && !IsTitle(tokens, start - 1) ? end : start;
    }

    // "John Nicholson, komandan senior AS": the bare role among the office's words is the state's ("USA" + "MIL").
    private static ActorMention OfficeHolder(ActorMention state, List<(ActorMention Mention, int Start, int End)> mentions, int comma, int start) =>
        state.Code.Length == 3 && mentions.FirstOrDefault(o => o.Start > comma && o.End <= start && o.Mention.Rule == ActorRules.RoleContext).Mention is { } role
            && role.Code.Length > role.Root.Length
            ? state with { Code = state.Code + role.Code[role.Root.Length..] }
            : state;

    // A word that alone names a role, a state or a body ("Presiden", "Cina" of "Presiden Cina Xi Jinping").
    private bool IsOtherActorWord(IReadOnlyList<Token> tokens, int i) =>
        lexicon.Trie.LongestAt(tokens, i, i + 1) is { } match && match.Values.Any(e => e.Kind != ActorEntryKind.Person);

    // A capitalised role word of one token ("Jenderal", "Presiden").
    private bool IsTitle(IReadOnlyList<Token> tokens, int i) =>
        lexicon.Trie.LongestAt(tokens, i) is { Length: 1 } match && match.Values.Any(e => e.Kind == ActorEntryKind.Role);

    private IReadOnlyList<Span> _places = [];

    // A capitalised word that is no function word, no actor's word, no place and no day or month.
    private bool IsUnknownName(string text, IReadOnlyList<Token> tokens, int i) =>
        IsNameWord(text, tokens[i]) && !words.IsAny(tokens[i]) && !notNames.Contains(tokens[i].Norm)
        && lexicon.Trie.LongestAt(tokens, i) is null && !_places.Any(p => p.Overlaps(tokens[i].Span));

    private void Remember(string text, IReadOnlyList<Token> tokens, int start, int end, ActorMention actor)
    {
        var person = actor with { Rule = ActorRules.NamedEarlier };
        for (var k = start; k < end; k++)
        {
            var word = tokens[k].Norm;
            if (word.Length < MinNameWord || !IsNameWord(text, tokens[k])) continue;
            if (_names.TryGetValue(word, out var known) && known.Code != person.Code) _shared.Add(word);
            else _names[word] = person;
        }
    }

    private const int MaxOfficeWords = 3;

    // The comma before an office's words: right before a role's words, or (for a state's office or the state named in
    // it) a few lower-case words before them; else -1.
    private int OfficeComma(string text, IReadOnlyList<Token> tokens, int start, ActorMention m, List<(ActorMention Mention, int Start, int End)> mentions)
    {
        if (m.Rule is not (ActorRules.RoleCountry or ActorRules.RoleContext or "actor:country")) return -1;
        for (var k = start - 1; k > 0 && start - k <= MaxOfficeWords + 1; k--)
        {
            if (tokens[k].Norm == ",") return m.Rule == "actor:country" && k == start - 1 ? -1 : k;
            // (the office's words may hold a bare role of their own: "komandan senior AS")
            var bareRole = mentions.Any(o => o.Start <= k && k < o.End && o.Mention.Rule == ActorRules.RoleContext);
            if (m.Rule == ActorRules.RoleContext || tokens[k].Kind != TokenKind.Word || IsNameWord(text, tokens[k]) || words.IsAny(tokens[k]) && !bareRole)
                return -1;
        }
        return -1;
    }

    private const int MaxRelativeWords = 4;

    // The name after a relative clause of a few lower-case words right after an office ("yang baru terpilih Lee Jae-myung").
    private (int Start, int End) RelativeHolder(string text, IReadOnlyList<Token> tokens, int end, int limit)
    {
        if (end >= limit || !words.Is("relativizer", tokens[end])) return (0, 0);
        for (var k = end + 1; k < limit && k - end <= MaxRelativeWords + 1; k++)
        {
            if (IsUnknownName(text, tokens, k)) return k - end > 1 ? (k, NameEnd(text, tokens, k, limit)) : (0, 0);
            if (tokens[k].Kind != TokenKind.Word || IsNameWord(text, tokens[k])) return (0, 0);
        }
        return (0, 0);
    }

    private static bool IsNameWord(string text, Token token) =>
        token.Kind == TokenKind.Word && token.Span.Length > 1 && char.IsUpper(text[token.Start]) && char.IsLetter(text[token.Start + 1]);
}
