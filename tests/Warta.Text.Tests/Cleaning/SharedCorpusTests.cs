using System.Text.Json;
using Warta.Core;
using Warta.TestSupport;
using Warta.Text.Cleaning;

namespace Warta.Text.Tests.Cleaning;

/// <summary>The cleaning stage over the shared Indonesian news corpus (skipped when it is absent).</summary>
public class SharedCorpusTests
{
    private static readonly string[] MarkerStarts =
        ["Baca juga", "Baca_Juga", "Lihat juga:", "Simak juga video", "Tonton juga", "ADVERTISEMENT", "SCROLL TO CONTINUE", "Artikel ini telah tayang"];

    private static List<Article> Load(string relative) =>
        File.ReadLines(SharedData.PathOrSkip(relative))
            .Select((line, i) =>
            {
                using var json = JsonDocument.Parse(line);
                return new Article($"{i}", json.RootElement.GetProperty("text").GetString() ?? "");
            })
            .ToList();

    [Fact]
    public void Corpus_is_detected_as_indonesian_and_cleaned_of_markers()
    {
        var articles = Load("data/corpus-id/articles.jsonl");
        var docs = articles.Select(DocumentCleaner.Clean).ToList();

        var indonesian = docs.Count(d => d.Language == "id");
        Assert.True(indonesian >= 0.98 * docs.Count, $"{indonesian} of {docs.Count} detected as 'id'");

        var leftovers = docs
            .SelectMany(d => d.Body.Select(b => b.Of(d.Text)))
            .Where(line => MarkerStarts.Any(m => line.StartsWith(m, StringComparison.OrdinalIgnoreCase)))
            .Take(5)
            .ToList();
        Assert.True(leftovers.Count == 0, "body lines starting with a marker:\n" + string.Join("\n", leftovers));

        // Most articles of these outlets open with a dateline or site prefix.
        var withDateline = docs.Count(d => d.Dateline is not null);
        Assert.True(withDateline >= 0.5 * docs.Count, $"{withDateline} of {docs.Count} with a dateline");
    }

    [Fact]
    public void Every_span_lies_inside_the_text_and_body_and_removed_do_not_overlap()
    {
        var docs = Load("data/corpus-id/articles.jsonl").Select(DocumentCleaner.Clean);
        foreach (var doc in docs)
        {
            var all = new Span(0, doc.Text.Length);
            Assert.All(doc.Body, b => Assert.True(all.Contains(b) && b.Length > 0));
            for (var i = 1; i < doc.Body.Count; i++) Assert.True(doc.Body[i - 1].End <= doc.Body[i].Start);
            foreach (var r in doc.Removed)
                Assert.DoesNotContain(doc.Body, b => b.Overlaps(r.Span));
        }
    }

    [Fact]
    public void English_validation_sentences_are_detected_as_english()
    {
        var articles = Load("data/petrarch-validation/records.jsonl");
        var english = articles.Count(a => DocumentCleaner.Clean(a).Language == "en");
        Assert.True(english >= 0.95 * articles.Count, $"{english} of {articles.Count} detected as 'en'");
    }
}
