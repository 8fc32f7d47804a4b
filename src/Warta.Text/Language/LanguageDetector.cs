using System.Collections.Frozen;
using Warta.Languages;

namespace Warta.Text.Language;

/// <summary>
/// Guesses the language of a text from the share of its words that are function words of each
/// language (each language folder's <c>stopwords.txt</c>). Cheap: one pass over the first
/// <see cref="MaxTokens"/> words, no allocation per word.
/// </summary>
public sealed class LanguageDetector
{
    /// <summary>Words looked at; the head of an article is enough to tell its language.</summary>
    public const int MaxTokens = 250;

    /// <summary>Below this share of function words the detector is unsure and answers the fallback.</summary>
    public const double MinShare = 0.02;

    /// <summary>The best language must have at least this many times the hits of the runner-up.</summary>
    public const double MinLead = 1.5;

    private readonly string[] _languages;
    // word → bit mask of the languages whose list holds it: one lookup per word whatever the number of languages.
    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _words;
    private readonly int _maxWord;

    /// <summary>The detector over every language folder that has a <c>stopwords.txt</c>; falls back to the first one.</summary>
    public static LanguageDetector Default { get; } = FromDataFiles();

    /// <summary>Languages in order; the first is the fallback.</summary>
    public IReadOnlyList<string> Languages => _languages;

    /// <param name="stopwords">Language code → its function words (lower case), in fallback order.</param>
    public LanguageDetector(IEnumerable<KeyValuePair<string, IEnumerable<string>>> stopwords)
    {
        var list = stopwords.ToArray();
        if (list.Length == 0) throw new ArgumentException("at least one language is needed", nameof(stopwords));
        if (list.Length > 64) throw new ArgumentException("at most 64 languages", nameof(stopwords));
        _languages = list.Select(p => p.Key).ToArray();
        var masks = new Dictionary<string, ulong>(StringComparer.Ordinal);
        for (var l = 0; l < list.Length; l++)
            foreach (var word in list[l].Value)
            {
                var w = word.ToLowerInvariant();
                masks[w] = masks.GetValueOrDefault(w) | (1UL << l);
            }
        _maxWord = masks.Keys.DefaultIfEmpty("").Max(k => k.Length);
        _words = masks.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static LanguageDetector FromDataFiles() => new(
        DataFiles.Languages
            .Where(l => DataFiles.Exists(DataFiles.LanguageFile(l, "stopwords.txt")))
            // settings.tsv "fallback_rank": the language assumed when a text gives too little to tell (lowest first).
            .OrderBy(l => int.TryParse(LanguageSettings.Load(l).GetValueOrDefault("fallback_rank"), out var rank) ? rank : int.MaxValue)
            .ThenBy(l => l, StringComparer.Ordinal)
            .Select(l => new KeyValuePair<string, IEnumerable<string>>(
                l, DataFiles.ReadList(DataFiles.LanguageFile(l, "stopwords.txt")))));

    /// <summary>ISO 639-1 code of the most likely language; the first language when unsure.</summary>
    public string Detect(string text) => Detect(text.AsSpan());

    /// <inheritdoc cref="Detect(string)"/>
    public string Detect(ReadOnlySpan<char> text)
    {
        var scores = Score(text, out var total);
        if (total == 0) return _languages[0];
        int best = 0, second = -1;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best]) { second = best; best = i; }
            else if (second < 0 || scores[i] > scores[second]) second = i;
        }
        var sure = (double)scores[best] / total >= MinShare
            && (second < 0 || scores[best] >= MinLead * scores[second]);
        if (sure) return _languages[best];
        // Too few function words to be sure: a clear lead still decides, a tie goes to the fallback.
        return second >= 0 && scores[best] > scores[second] ? _languages[best] : _languages[0];
    }

    /// <summary>Share of the words (of the first <see cref="MaxTokens"/>) found in each language's list.</summary>
    public IReadOnlyDictionary<string, double> Shares(string text)
    {
        var scores = Score(text, out var total);
        return _languages.Select((l, i) => (l, s: total == 0 ? 0 : (double)scores[i] / total))
            .ToDictionary(p => p.l, p => p.s);
    }

    private int[] Score(ReadOnlySpan<char> text, out int total)
    {
        var scores = new int[_languages.Length];
        Span<char> lower = stackalloc char[32];
        total = 0;
        var i = 0;
        while (i < text.Length && total < MaxTokens)
        {
            if (!char.IsLetter(text[i])) { i++; continue; }
            var start = i;
            while (i < text.Length && char.IsLetter(text[i])) i++;
            var word = text[start..i];
            total++;
            if (word.Length > _maxWord || word.Length > lower.Length) continue;
            var n = word.ToLowerInvariant(lower);
            if (!_words.TryGetValue(lower[..n], out var mask)) continue;
            for (var l = 0; mask != 0; l++, mask >>= 1)
                if ((mask & 1) != 0) scores[l]++;
        }
        return scores;
    }
}
