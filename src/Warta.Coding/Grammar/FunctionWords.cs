using Warta.Core;
using Warta.Languages;
using Warta.Text.Tokens;

namespace Warta.Coding.Grammar;

/// <summary>
/// Closed-class words the coder reasons with (negation, intent, prepositions, speech verbs…),
/// loaded from a language's <c>function-words.tsv</c> (columns: class, words). Phrases are
/// matched on tokens, so "kedua negara" and "mengancam akan" work as classes too.
/// </summary>
public sealed class FunctionWords
{
    /// <summary>The classes the engine knows. A data file may not invent others (a typo would silently do nothing).</summary>
    public static readonly string[] Classes =
    [
        "coordination", "negation", "denial", "intent", "purpose", "speech", "passive-agent",
        "passive-aux", "oblique", "target-prep", "aux", "determiner", "relativizer", "light-verb",
        "anaphor-pair", "anaphor-single", "report", "locative", "clause-boundary", "pronoun", "mutual-object", "reciprocal", "anaphor-person", "complementizer", "realis", "since", "source-prep", "receive-verb", "range-word", "bare-verb", "setting-prep", "company-head", "anaphor-speaker", "pledge", "prepare-verb", "statement-reference", "threat-follow", "wish", "between", "issued-document", "obligation", "possessive", "owner-prep", "anaphor-reported", "intent-complement", "obliging", "refusal", "allegation", "reduction", "time-word", "irrealis", "conditional", "copula", "example", "member-kind", "fronted-clause",
    ];

    private readonly PhraseTrie<string> _trie = new();
    private readonly Dictionary<string, HashSet<string>> _single = new(StringComparer.Ordinal);
    private readonly HashSet<string> _any = new(StringComparer.Ordinal);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<FunctionWords>> Cache = new(StringComparer.Ordinal);

    /// <summary>The function words of a language, loaded once (a Lazy: the factory of GetOrAdd may run on several threads).</summary>
    public static FunctionWords For(string language) => Cache.GetOrAdd(language, l => new Lazy<FunctionWords>(() => Load(l))).Value;

    public static FunctionWords Load(string language)
    {
        var fw = new FunctionWords();
        var file = DataFiles.LanguageFile(language, "function-words.tsv");
        if (!DataFiles.Exists(file)) return fw;
        foreach (var row in DataFiles.ReadTable(file).Rows)
        {
            var cls = row.Required("class");
            if (!Classes.Contains(cls))
                throw new DataFileException(row.File, row.Line, $"unknown class '{cls}' (known: {string.Join(", ", Classes)})");
            foreach (var phrase in row.List("words")) fw.Add(cls, phrase);
        }
        return fw;
    }

    public void Add(string cls, string phrase)
    {
        var tokens = Tokenizer.Normalise(phrase);
        if (tokens.Length == 0) return;
        _trie.Add(tokens, cls);
        if (tokens.Length == 1)
        {
            if (!_single.TryGetValue(cls, out var set)) _single[cls] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(tokens[0]);
            _any.Add(tokens[0]);
        }
    }

    /// <summary>True when the single token belongs to the class.</summary>
    public bool Is(string cls, Token token) => Is(cls, token.Norm);

    /// <summary>True when the normalised word belongs to the class.</summary>
    public bool Is(string cls, string norm) => _single.TryGetValue(cls, out var set) && set.Contains(norm);

    /// <summary>True when the single token belongs to any class (a function word of some kind).</summary>
    public bool IsAny(Token token) => _any.Contains(token.Norm);

    /// <summary>Every one-word function word of the language.</summary>
    public IReadOnlyCollection<string> AllWords => _any;

    /// <summary>The one-word members of a class (empty for an unknown or empty class).</summary>
    public IReadOnlyCollection<string> Words(string cls) => _single.TryGetValue(cls, out var set) ? set : [];

    /// <summary>Length in tokens of a phrase of the class starting at <paramref name="start"/>, or 0.</summary>
    public int MatchAt(string cls, IReadOnlyList<Token> tokens, int start)
    {
        var node = _trie.LongestAt(tokens, start);
        return node is { } m && m.Values.Contains(cls) ? m.Length : 0;
    }

    /// <summary>Length of a phrase of the class ending just before <paramref name="end"/> (exclusive), or 0.</summary>
    public int MatchEndingAt(string cls, IReadOnlyList<Token> tokens, int end)
    {
        for (var length = Math.Min(4, end); length >= 1; length--)
        {
            var m = _trie.LongestAt(tokens, end - length, end);
            if (m is { } hit && hit.Length == length && hit.Values.Contains(cls)) return length;
        }
        return 0;
    }
}
