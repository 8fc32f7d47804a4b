using Warta.Ingest.Evaluation;
using Warta.Ingest.Html;
using Warta.TestSupport;

namespace Warta.Ingest.Tests;

/// <summary>The extraction targets of issue 5, over ../shared (skipped when it is absent).</summary>
public class ExtractionBenchTests
{
    [Fact]
    public void ScrapingHubF1AtLeast095()
    {
        var dir = SharedData.PathOrSkip("data/extraction-bench/scrapinghub");
        var r = ExtractionBench.RunScrapingHub(dir, new HtmlArticleExtractor().Extract);
        Assert.Equal(181, r.Pages);
        Assert.True(r.Score.F1 >= 0.95, $"F1 {r.Score.F1:0.000} (P {r.Score.Precision:0.000}, R {r.Score.Recall:0.000})");
        Assert.True(r.DatesFound >= 160, $"dates found on {r.DatesFound} pages");
    }

    [Fact]
    public void TrafilaturaSetF1AtLeast090()
    {
        var dir = SharedData.PathOrSkip("data/extraction-bench/trafilatura");
        var r = ExtractionBench.RunTrafilatura(dir, new HtmlArticleExtractor().Extract);
        Assert.True(r.Score.F1 >= 0.90, $"F1 {r.Score.F1:0.000} (P {r.Score.Precision:0.000}, R {r.Score.Recall:0.000})");
    }
}

public class ScoringTests
{
    [Fact]
    public void ShingleScoringFollowsTheDescription()
    {
        Assert.Equal((1.0, 1.0), Pr("a b c d e", "a b c d e"));
        // Truth 5 tokens → 2 shingles; prediction adds a token → 3 shingles, 2 shared.
        var (tp, fp, fn) = ShingleScoring.Document("a b c d e", "a b c d e f");
        Assert.Equal((2 / 3.0, 1 / 3.0, 0.0), (tp, fp, fn));
        // Short texts give one shorter shingle.
        Assert.Equal((1.0, 1.0), Pr("kata dua", "kata dua"));
        Assert.Equal((null, 0.0), ShingleScoring.PrecisionRecall(0, 0, 1));
        var score = ShingleScoring.Score([("a b c d e", "a b c d e"), ("a b c d e", "")]);
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.5, score.Recall);
    }

    private static (double?, double?) Pr(string t, string p)
    {
        var (tp, fp, fn) = ShingleScoring.Document(t, p);
        return ShingleScoring.PrecisionRecall(tp, fp, fn);
    }

    [Fact]
    public void SnippetScoringNormalisesSpace()
    {
        Assert.Equal((1, 0, 1, 0), SnippetScoring.Document("Satu  dua\ntiga. Iklan", ["satu dua tiga".Replace("satu", "Satu")], ["Iklan"]));
        Assert.Equal((0, 2, 0, 1), SnippetScoring.Document(null, ["a", "b"], ["c"]));
        var s = SnippetScoring.Score(tp: 9, fn: 1, fp: 1, documents: 3);
        Assert.Equal(0.9, s.Precision, 6);
        Assert.Equal(0.9, s.F1, 6);
    }
}
