using Warta.Core;
using Warta.Languages;
using Warta.Text.Tokens;

namespace Warta.Coding.Pipeline;

/// <summary>
/// Keeps sport, entertainment, market, travel and motoring writing out of the events: "Indonesia menyerang pertahanan Vietnam" in a
/// match report is not an attack. A sentence with a cue word (<c>non-political.tsv</c>) gives no events, and
/// neither does an article where the cues occur at least <c>off_topic_article_hits</c> times.
/// </summary>
public sealed class TopicFilter
{
    private readonly PhraseTrie<string> _cues = new();
    private readonly int _articleHits;

    private TopicFilter(int articleHits) => _articleHits = articleHits;

    public static TopicFilter Load(string language)
    {
        var settings = LanguageSettings.Load(language);
        var hits = settings.TryGetValue("off_topic_article_hits", out var h) && int.TryParse(h, out var n) ? n : int.MaxValue;
        var filter = new TopicFilter(hits);
        var file = DataFiles.LanguageFile(language, "non-political.tsv");
        if (DataFiles.Exists(file))
            foreach (var row in DataFiles.ReadTable(file).Rows)
                foreach (var word in row.List("words")) filter._cues.Add(word, row.Required("domain"));
        return filter;
    }

    /// <summary>Number of cue words in a sentence.</summary>
    public int Hits(Sentence sentence) => _cues.FindAll(sentence.Tokens).Count;

    /// <summary>True when the article as a whole reads as sport, entertainment or another off-topic domain.</summary>
    public bool IsOffTopic(IEnumerable<int> sentenceHits) => sentenceHits.Sum() >= _articleHits;
}
