using Warta.Evaluation.Training;

namespace Warta.Evaluation.Tests.Training;

/// <summary>The team's annotations hold offsets only; the words come from the texts they point into.</summary>
public sealed class TrainingAnnotationTests : IDisposable
{
    // Written for this test: a gold file without spans and a corpus file without events.
    private const string GoldLine =
        """{"id": "g", "text": "Polisi menangkap dua warga di Jakarta.", "events": [{"source": "IDNCOP", "target": "IDNCVL", "codes": ["173"], "required": true, "evidence": "Polisi menangkap dua warga"}]}""";
    private const string CorpusLine = """{"id": "c", "date": "2025-06-18T10:00+07:00", "text": "Iran menyerang Israel pada Jumat."}""";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "warta-annotations-" + Guid.NewGuid().ToString("N"));

    public TrainingAnnotationTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "gold"));
        Directory.CreateDirectory(Path.Combine(_root, "corpus"));
        File.WriteAllText(Path.Combine(_root, "gold", "dev.jsonl"), GoldLine + "\n");
        File.WriteAllText(Path.Combine(_root, "corpus", "articles.jsonl"), CorpusLine + "\n");
        File.WriteAllText(Path.Combine(_root, "corpus", "broken.jsonl"), CorpusLine + "\n{not json\n");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<Warta.Evaluation.Gold.GoldArticle> Read(params string[] lines)
    {
        var path = Path.Combine(_root, "annotations.jsonl");
        File.WriteAllLines(path, lines);
        return TrainingAnnotations.Read(path, _root);
    }

    [Fact]
    public void Spans_added_to_a_gold_file_give_its_events_their_trigger_and_actor_words()
    {
        var a = Assert.Single(Read("""{"id": "g", "in": "gold/dev.jsonl", "events": [{"of": 0, "trigger": [7, 9], "source_text": [0, 6], "target_text": null}]}"""));
        var e = Assert.Single(a.Events);
        Assert.Equal(("menangkap", "Polisi", ""), (e.Trigger, e.SourceText, e.TargetText));
        Assert.Equal(["173"], e.Codes);
    }

    [Fact]
    public void A_corpus_article_gets_whole_events_and_counts_as_training()
    {
        var a = Assert.Single(Read("""{"id": "c", "in": "corpus/articles.jsonl", "events": [{"source": "IRN", "target": "ISR", "codes": ["190"], "required": true, "evidence": [0, 21], "trigger": [5, 9], "source_text": [0, 4], "target_text": [15, 6]}]}"""));
        Assert.Equal("train", a.Fold);
        Assert.Equal(new DateOnly(2025, 6, 18), a.Article.PublicationDate);
        var e = Assert.Single(a.Events);
        Assert.Equal(("IRN", "ISR", true), (e.Source, e.Target, e.Required));
        Assert.Equal(("Iran menyerang Israel", "menyerang", "Iran", "Israel"), (e.Evidence, e.Trigger, e.SourceText, e.TargetText));
    }

    [Theory]
    [InlineData("""{"id": "g", "in": "gold/dev.jsonl", "events": []}""", "have no spans")]
    [InlineData("""{"id": "g", "in": "gold/dev.jsonl", "events": [{"of": 3, "trigger": [7, 9]}]}""", "no event 3")]
    [InlineData("""{"id": "g", "in": "gold/dev.jsonl", "events": [{"of": 0, "trigger": [30, 90]}]}""", "outside the article")]
    [InlineData("""{"id": "x", "in": "gold/dev.jsonl", "events": []}""", "is not in gold/dev.jsonl")]
    [InlineData("""{"id": "c", "in": "missing.jsonl", "events": []}""", "not there")]
    [InlineData("""{"id": "c", "in": "corpus/broken.jsonl", "events": []}""", "broken.jsonl:2 is not JSON")]
    [InlineData("""{"id": "c", "in": "corpus/articles.jsonl", "events": [{"source": "IRN"}]}""", "target")]
    public void A_bad_line_is_an_error_naming_the_file_and_line(string line, string says)
    {
        var ex = Assert.Throws<InvalidDataException>(() => Read("", line));
        Assert.Contains("annotations.jsonl:2", ex.Message);
        Assert.Contains(says, ex.Message);
    }
}
