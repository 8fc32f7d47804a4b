using Warta.Evaluation.Gold;
using Warta.Evaluation.Training;

namespace Warta.Evaluation.Tests.Training;

public sealed class FoldAndLabelTests
{
    // Written for this test: one article of each fold, with the training fields.
    private const string TrainLine =
        """{"id": "a", "fold": "train", "lang": "id", "date": "2022-02-25", "text": "Rusia menyerang Ukraina. Rusia menyerang lagi.", "events": [{"source": "RUS", "target": "UKR", "codes": ["190"], "required": true, "date_precision": "publication", "evidence": "Rusia menyerang lagi", "trigger": "menyerang", "source_text": "Rusia", "target_text": ""}]}""";
    private const string TestLine = """{"id": "b", "fold": "test", "lang": "id", "text": "Teks.", "events": []}""";

    private static List<GoldArticle> Both() => [GoldFile.Parse(TrainLine), GoldFile.Parse(TestLine)];

    [Fact]
    public void Gold_events_keep_their_trigger_and_actor_words_and_articles_their_fold()
    {
        var a = GoldFile.Parse(TrainLine);
        Assert.Equal("train", a.Fold);
        var e = Assert.Single(a.Events);
        Assert.Equal("menyerang", e.Trigger);
        Assert.Equal("Rusia", e.SourceText);
        Assert.Equal("", e.TargetText);
    }

    [Fact]
    public void A_fold_selects_its_articles_and_an_unknown_fold_is_an_error()
    {
        Assert.Equal(["a"], FoldSelection.Select(Both(), "train").Select(g => g.Article.Id));
        Assert.Equal(["b"], FoldSelection.Select(Both(), "test").Select(g => g.Article.Id));
        Assert.Equal(2, FoldSelection.Select(Both(), null).Count());
        Assert.Throws<ArgumentException>(() => FoldSelection.Select(Both(), "dev").ToList());
    }

    [Fact]
    public void Trigger_words_are_found_inside_the_evidence_quote()
    {
        var text = GoldFile.Parse(TrainLine).Article.Text;
        var span = TrainingLabels.Locate(text, "menyerang", "Rusia menyerang lagi");
        Assert.NotNull(span);
        Assert.Equal(text.LastIndexOf("menyerang", StringComparison.Ordinal), span!.Value.Start);
    }

    [Fact]
    public void Without_the_quote_in_the_text_the_first_occurrence_is_taken_and_absent_words_give_nothing()
    {
        const string text = "Rusia menyerang Ukraina. Rusia menyerang lagi.";
        Assert.Equal(6, TrainingLabels.Locate(text, "menyerang", "not in the text")!.Value.Start);
        Assert.Null(TrainingLabels.Locate(text, "mengecam", "Rusia menyerang lagi"));
    }
}
