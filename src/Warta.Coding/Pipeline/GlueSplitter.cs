using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Languages;
using Warta.Text.Morphology;

namespace Warta.Coding.Pipeline;

/// <summary>
/// Splits words that scraped text glued together without a space: "Putindi" → "Putin" "di", "Iranmengecam" →
/// "Iran" "mengecam", "jikamelakukan" → "jika" "melakukan". A word token is split only when it is not a known word
/// and it is a known name followed by a known word (a glueable short word, a word of an event trigger, or a verb by
/// its affixes), or a leading function word followed by a verb. The longest name wins; both parts keep exact spans
/// into the original text. The language's words come from its <c>glue.tsv</c>; without that file nothing is split.
/// </summary>
public sealed class GlueSplitter
{
    /// <summary>Shorter words are left alone.</summary>
    public const int MinWordLength = 6;
    /// <summary>A glued word may start with a function word or an acronym of three letters, a name of four.</summary>
    public const int MinHeadLength = 3;
    public const int MinNameLength = 4;
    /// <summary>A word counts as a verb by its affixes, or as a trigger word, only from this length ("menolak", "diserang").</summary>
    public const int MinVerbLength = 6;

    /// <summary>The roles a row of glue.tsv may have (a typo would silently do nothing).</summary>
    public static readonly string[] Roles = ["suffix", "head-class", "keep"];

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _known, _names, _givenNames, _acronyms, _heads, _tails, _nameEnds;
    private readonly Morphology _morphology;

    /// <param name="known">Words never split (lexicon words, place names, function words, the language's keep list).</param>
    /// <param name="names">Names a glued word may start with; <paramref name="acronyms"/> among them must be written in capitals.</param>
    /// <param name="givenNames">Given names, which only a glued verb may follow: many personal names are a given name plus a
    /// short word ("Setyadi" is not "Setya di").</param>
    /// <param name="heads">Function words a glued verb may follow.</param>
    /// <param name="tails">Words that may be glued after a name (short function words, event trigger words).</param>
    /// <param name="nameEnds">Last words of names of several words ("Utara" of "Korea Utara"), which a glued word may start
    /// with when it is written with a capital ("Korea Utaramelalui").</param>
    public GlueSplitter(IEnumerable<string> known, IEnumerable<string> names, IEnumerable<string> givenNames, IEnumerable<string> acronyms,
        IEnumerable<string> heads, IEnumerable<string> tails, Morphology morphology, IEnumerable<string>? nameEnds = null)
    {
        static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words) =>
            words.ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _known = Set(known); _names = Set(names); _givenNames = Set(givenNames); _acronyms = Set(acronyms);
        _heads = Set(heads); _tails = Set(tails); _nameEnds = Set(nameEnds ?? []);
        _morphology = morphology;
    }

    /// <summary>
    /// The splitter of a language: names are the one-word actor names and aliases, people's surnames and the one-word
    /// place names, given names the other words of people's names; glued tails are the <c>suffix</c> words of glue.tsv
    /// and the longer words of event triggers.
    /// </summary>
    public static GlueSplitter Load(string language, ActorLexicon actors, FunctionWords words, EventLexicon events,
        Morphology morphology, IEnumerable<string> placeNames)
    {
        var file = DataFiles.LanguageFile(language, "glue.tsv");
        var rows = DataFiles.Exists(file) ? DataFiles.ReadTable(file).Rows : [];
        List<string> Role(string role) => rows.Where(r => r.Required("role") == role).SelectMany(r => r.List("words")).Select(w => w.ToLowerInvariant()).ToList();
        if (rows.Count == 0) return new GlueSplitter([], [], [], [], [], [], morphology);
        foreach (var row in rows)
        {
            var role = row.Required("role");
            if (!Roles.Contains(role))
                throw new DataFileException(row.File, row.Line, $"unknown role '{role}' (known: {string.Join(", ", Roles)})");
            if (role == "head-class" && row.List("words").FirstOrDefault(c => !FunctionWords.Classes.Contains(c)) is { } cls)
                throw new DataFileException(row.File, row.Line, $"unknown function-word class '{cls}'");
        }

        var known = new HashSet<string>(StringComparer.Ordinal);
        var names = new HashSet<string>(StringComparer.Ordinal);
        var givenNames = new HashSet<string>(StringComparer.Ordinal);
        var nameEnds = new HashSet<string>(StringComparer.Ordinal);
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var roleWords = new HashSet<string>(StringComparer.Ordinal);
        var functionWords = words.AllWords.ToHashSet(StringComparer.Ordinal);
        var entries = actors.Trie.Entries().ToList();
        foreach (var (tokens, values) in entries)
        {
            known.UnionWith(tokens);
            if (values.Any(v => v.Kind == ActorEntryKind.Role)) roleWords.UnionWith(tokens);
        }
        foreach (var (tokens, values) in entries)
        {
            if (tokens.Count == 1 && values.Any(v => v.Kind is not (ActorEntryKind.Role or ActorEntryKind.NotActor)))
            {
                names.Add(tokens[0]);
                if (values.All(v => IsCapitals(v.Written))) acronyms.Add(tokens[0]);
            }
            else if (tokens.Count > 1 && values.Any(v => v.Kind is ActorEntryKind.Country or ActorEntryKind.Organisation)
                     && tokens[^1].All(char.IsLetter) && !roleWords.Contains(tokens[^1]) && !functionWords.Contains(tokens[^1]))
                nameEnds.Add(tokens[^1]);
            else if (values.Any(v => v.Kind == ActorEntryKind.Person))
            {
                var parts = tokens.Where(t => t.All(char.IsLetter) && !roleWords.Contains(t) && !functionWords.Contains(t)).ToList();
                if (parts.Count == 0) continue;
                names.Add(parts[^1]);
                givenNames.UnionWith(parts.SkipLast(1));
            }
        }
        names.UnionWith(placeNames);
        names.RemoveWhere(n => n.Length < (acronyms.Contains(n) ? MinHeadLength : MinNameLength));
        givenNames.ExceptWith(names);
        givenNames.RemoveWhere(n => n.Length < MinNameLength);
        nameEnds.RemoveWhere(n => n.Length < MinNameLength);

        var triggerWords = events.Trie.Entries().SelectMany(e => e.Tokens).ToHashSet(StringComparer.Ordinal);
        known.UnionWith(names);
        known.UnionWith(givenNames);
        known.UnionWith(functionWords);
        known.UnionWith(triggerWords);
        known.UnionWith(Role("keep"));
        var heads = Role("head-class").SelectMany(words.Words).Where(w => w.Length >= MinHeadLength);
        return new GlueSplitter(known, names, givenNames, acronyms, heads, Role("suffix").Concat(triggerWords.Where(w => w.Length >= MinVerbLength)), morphology, nameEnds);
    }

    /// <summary>The sentences with their glued words split; a sentence without one is returned as it was.</summary>
    public IReadOnlyList<Sentence> Split(string text, IReadOnlyList<Sentence> sentences)
    {
        List<Sentence>? result = null;
        for (var s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            List<Token>? tokens = null;
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                var token = sentence.Tokens[i];
                if (Split(text, token) is { } parts)
                {
                    tokens ??= sentence.Tokens.Take(i).ToList();
                    tokens.Add(parts.Head);
                    tokens.Add(parts.Tail);
                }
                else tokens?.Add(token);
            }
            if (tokens is null) { result?.Add(sentence); continue; }
            result ??= sentences.Take(s).ToList();
            result.Add(sentence with { Tokens = tokens });
        }
        return result ?? sentences;
    }

    /// <summary>The two words a glued word token is made of, or null when it is not one.</summary>
    public (Token Head, Token Tail)? Split(string text, Token token)
    {
        var word = token.Norm.AsSpan();
        if (token.Kind != TokenKind.Word || word.Length < MinWordLength || word.Length != token.Span.Length || _known.Contains(word)) return null;
        for (var cut = word.Length - 2; cut >= MinHeadLength; cut--)
        {
            var head = word[..cut];
            var tail = word[cut..];
            var isName = _names.Contains(head) || _nameEnds.Contains(head) && char.IsUpper(text[token.Start]);
            if (!isName && !_givenNames.Contains(head) && !_heads.Contains(head)) continue;
            if (!IsLower(text.AsSpan(token.Start + cut, tail.Length))) continue;
            if (isName && _acronyms.Contains(head) && !IsUpper(text.AsSpan(token.Start, cut))) continue;
            if ((isName && _tails.Contains(tail)) || IsVerb(tail))
                return (new Token(new Span(token.Start, token.Start + cut), head.ToString(), TokenKind.Word),
                        new Token(new Span(token.Start + cut, token.End), tail.ToString(), TokenKind.Word));
        }
        return null;
    }

    private bool IsVerb(ReadOnlySpan<char> word) =>
        word.Length >= MinVerbLength && _morphology.GuessVoice(word.ToString()) is Voice.Active or Voice.Passive;

    private static bool IsCapitals(string written) => written.Any(char.IsLetter) && !written.Any(char.IsLower);

    private static bool IsLower(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsLower(c)) return false;
        return true;
    }

    private static bool IsUpper(ReadOnlySpan<char> s)
    {
        foreach (var c in s) if (!char.IsUpper(c)) return false;
        return true;
    }
}
