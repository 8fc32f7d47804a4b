using Warta.Languages;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Events;

/// <summary>A trigger form from the event lexicon: which rule, which code, its voice and the prepositions that introduce its target.</summary>
public sealed record EventTrigger(string Rule, string Cameo, Voice Voice, IReadOnlyList<string> TargetPrepositions);

/// <summary>
/// A language's event lexicon (<c>events.tsv</c>: id, cameo, trigger, target) compiled into a token trie.
/// A trigger token "~root" is expanded by the language's morphology into every affixed form, each with its voice.
/// </summary>
public sealed class EventLexicon
{
    private static readonly Dictionary<string, EventLexicon> Cache = new();

    public PhraseTrie<EventTrigger> Trie { get; } = new();

    /// <summary>The language's verb + object patterns (verb-objects.tsv); empty when it has none.</summary>
    public VerbObjects VerbObjects { get; private set; } = VerbObjects.Empty;
    public int Rules { get; private set; }

    /// <summary>The possessive ending of the language ("tuntutannya" = his demand), or null when it has none.</summary>
    public string? PossessiveClitic { get; init; }

    /// <summary>The ending of a verb form that a determiner makes a noun ("the brutal slaying"), or null when none (settings.tsv gerund_suffix).</summary>
    public string? GerundSuffix { get; private set; }

    public static EventLexicon For(string language)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(language, out var cached)) return cached;
            // events.tsv of the language folder first, then tables derived by tools (e.g. derived/events.tsv).
            var files = DataFiles.AllNamed(DataFiles.LanguageFile(language, ""), "events.tsv");
            var clitic = LanguageSettings.Load(language).GetValueOrDefault("possessive_clitic");
            var lexicon = files.Count > 0
                ? Build(files.SelectMany(f => DataFiles.ReadTable(f).Rows).Select(r => (r.Required("id"), r.Required("cameo"), r.Required("trigger"), r["target"])), Morphology.For(language),
                    LanguageSettings.Load(language).GetValueOrDefault("bare_word_voice") == "nominal" ? Voice.Nominal : Voice.Active,
                    FunctionWordsOf(language), word => Grammar.FunctionWords.For(language).Is("bare-verb", word), clitic,
                    word => !(Grammar.FunctionWords.For(language).Is("intent", word) && Morphology.For(language).GuessVoice(word) == Voice.Passive))
                : new EventLexicon();
            lexicon.VerbObjects = VerbObjects.Load(language, Morphology.For(language));
            lexicon.GerundSuffix = LanguageSettings.Load(language).GetValueOrDefault("gerund_suffix");
            return Cache[language] = lexicon;
        }
    }

    /// <summary>Builds a lexicon from (id, cameo, trigger, target) rows.</summary>
    /// <param name="bareWordVoice">The voice of a literal word without affixes (a noun in Indonesian news, a verb in English).</param>
    /// <param name="isModifier">Words that may lead a phrase without deciding its voice ("siap membantu" reads as "membantu").</param>
    public static EventLexicon Build(IEnumerable<(string Id, string Cameo, string Trigger, string Target)> rows, Morphology morphology,
        Voice bareWordVoice = Voice.Active, Func<string, bool>? isModifier = null, Func<string, bool>? isBareVerb = null,
        string? possessiveClitic = null, Func<string, bool>? mayHead = null)
    {
        var lexicon = new EventLexicon { PossessiveClitic = possessiveClitic };
        var list = rows.ToList();
        // Large derived tables repeat the same roots and words: expand and normalise each once.
        var expanded = new Dictionary<string, List<WordForm>>(StringComparer.Ordinal);
        var normalised = new Dictionary<string, string[]>(StringComparer.Ordinal);
        List<WordForm> Forms(string root) => expanded.TryGetValue(root, out var f) ? f : expanded[root] = morphology.Expand(root).ToList();
        string[] Norms(string token) => normalised.TryGetValue(token, out var n) ? n : normalised[token] = Tokenizer.Normalise(token);
        // Voice of literal words: a literal that is also a generated form of some root takes that form's voice.
        var formVoice = new Dictionary<string, Voice>(StringComparer.Ordinal);
        foreach (var row in list)
            foreach (var alt in Alternatives(row.Trigger))
                foreach (var token in alt.Where(t => t.StartsWith('~')))
                    foreach (var form in Forms(token[1..]))
                        formVoice.TryAdd(form.Form, form.Voice);

        foreach (var (id, cameo, trigger, target) in list)
        {
            var preps = target.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var alt in Alternatives(trigger))
                foreach (var (tokens, voice) in Expand(alt, Forms, Norms, morphology, formVoice, bareWordVoice, isModifier ?? (_ => false), isBareVerb ?? (_ => false), mayHead ?? (_ => true)))
                    lexicon.Trie.Add(tokens, new EventTrigger(id, cameo, voice, preps));
            lexicon.Rules++;
        }
        return lexicon;
    }

    private static Func<string, bool> FunctionWordsOf(string language)
    {
        var words = Grammar.FunctionWords.For(language);
        string[] classes = ["aux", "intent", "negation", "determiner", "reciprocal"];
        return w => classes.Any(c => words.Is(c, w));
    }

    private static IEnumerable<string[]> Alternatives(string trigger) =>
        trigger.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(a => a.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static IEnumerable<(string[] Tokens, Voice Voice)> Expand(string[] alt, Func<string, List<WordForm>> forms, Func<string, string[]> normalise, Morphology morphology, Dictionary<string, Voice> formVoice, Voice bareWordVoice, Func<string, bool> isModifier, Func<string, bool> isBareVerb, Func<string, bool> mayHead)
    {
        IEnumerable<(List<string> Tokens, Voice? Voice)> acc = [([], null)];
        foreach (var token in alt)
        {
            if (token.StartsWith('~'))
            {
                var rootForms = forms(token[1..].ToLowerInvariant());
                acc = acc.SelectMany(a => rootForms.Select(f => (new List<string>(a.Tokens) { f.Form }, a.Voice ?? (Voice?)f.Voice))).ToList();
            }
            else
            {
                var norms = normalise(token);
                acc = acc.Select(a =>
                {
                    var leading = a.Tokens.All(isModifier);
                    // A leading modifier that is itself a verb ("menolak tawaran") heads the phrase; others ("siap membantu") do not,
                    // nor does a word of intent in the passive ("dijadwalkan bertemu" is an active meeting).
                    var voice = a.Voice ?? (leading && norms.Length > 0 && !isModifier(norms[0])
                        ? formVoice.TryGetValue(norms[0], out var v) ? v : isBareVerb(norms[0]) ? Voice.Active : morphology.GuessVoice(norms[0])
                        : leading && norms.Length > 0 && mayHead(norms[0]) && morphology.GuessVoice(norms[0]) is Voice.Active or Voice.Passive ? morphology.GuessVoice(norms[0])
                        : null);
                    return (new List<string>(a.Tokens.Concat(norms)), voice);
                }).ToList();
            }
        }
        return acc.Select(a => (a.Tokens.ToArray(), a.Voice ?? bareWordVoice));
    }
}
