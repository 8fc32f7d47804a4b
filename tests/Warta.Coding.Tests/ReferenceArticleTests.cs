using Warta.Coding.Pipeline;
using Warta.Coding.Tests.Specs;
using Warta.Core;
using Warta.Evaluation.Gold;
using Warta.TestSupport;

namespace Warta.Coding.Tests;

/// <summary>
/// The "done when" of the walking skeleton (issue 2), measured on the project's reference article and the development
/// gold set in ../shared. Skipped when ../shared is absent: that material is never part of the repository.
/// </summary>
public sealed class ReferenceArticleTests
{
    private const string ArticleFile = "examples/wahananews-2021-10-23-china-rusia-patroli.txt";
    private const string SeedGold = "data/gold/seed-id.jsonl";
    private const string DevGold = "data/gold/dev-id.jsonl";

    /// <summary>The reference article read from its plain-text file, as `warta code FILE` reads it, scored with its gold events.</summary>
    private static EvaluationReport ScoreReferenceArticle()
    {
        var path = SharedData.PathOrSkip(ArticleFile);
        var goldPath = SharedData.PathOrSkip(SeedGold);
        var id = Path.GetFileNameWithoutExtension(path);
        var gold = Assert.Single(GoldFile.Read(goldPath), g => g.Article.Id == id);
        var article = new Article(id, File.ReadAllText(path), gold.Article.PublicationDate);
        return Evaluator.Run([gold with { Article = article }], WartaCoder.Default);
    }

    private static IEnumerable<EventOutcome> MatchedRequired(EvaluationReport report) =>
        report.RootScores.SelectMany(s => s.Outcomes).Where(o => o.Kind == OutcomeKind.MatchedRequired);

    [Fact]
    public void Reference_article_text_is_the_gold_text()
    {
        var path = SharedData.PathOrSkip(ArticleFile);
        var gold = GoldFile.Read(SharedData.PathOrSkip(SeedGold)).Single(g => g.Article.Id == Path.GetFileNameWithoutExtension(path));
        Assert.Equal(gold.Article.Text.Trim(), File.ReadAllText(path).Trim());
    }

    [Fact]
    public void Reference_article_all_nine_required_events_are_found_at_root_level()
    {
        var report = ScoreReferenceArticle();
        var root = report.Level(MatchLevel.Root);
        var missed = report.RootScores.SelectMany(s => s.MissedRequired).Select(m => $"{m.Source}>{m.Target} [{string.Join(",", m.Codes)}] \"{m.Evidence}\"");
        Assert.Equal(9, root.Required);
        Assert.True(root.MatchedRequired == 9, $"missed: {string.Join("; ", missed)}");
        Assert.Equal(1.0, root.Recall);
    }

    [Fact]
    public void Reference_article_gives_no_forbidden_event()
    {
        var report = ScoreReferenceArticle();
        var forbidden = report.RootScores.SelectMany(s => s.Outcomes).Where(o => o.Kind == OutcomeKind.Forbidden)
            .Select(o => $"{o.Event.Source.Code}>{o.Event.Target?.Code} {o.Event.Cameo} ({o.Forbidden?.Why})");
        Assert.True(report.ForbiddenHits == 0, string.Join("; ", forbidden));
    }

    [Fact]
    public void Reference_article_root_precision_is_at_least_0_8()
    {
        var report = ScoreReferenceArticle();
        var falsePositives = report.RootScores.SelectMany(s => s.Outcomes).Where(o => o.Kind is OutcomeKind.FalsePositive or OutcomeKind.Forbidden)
            .Select(o => $"{o.Event.Source.Code}>{o.Event.Target?.Code} {o.Event.Cameo} ({o.Event.Rule})");
        var precision = report.Level(MatchLevel.Root).Precision;
        Assert.True(precision >= 0.8, $"root precision {precision:0.000}; false positives: {string.Join("; ", falsePositives)}");
    }

    [Fact]
    public void Reference_article_every_required_day_precision_date_is_right()
    {
        var report = ScoreReferenceArticle();
        var dayEvents = MatchedRequired(report).Where(o => o.Gold!.DatePrecision == "day").ToList();
        Assert.NotEmpty(dayEvents);
        var wrong = dayEvents.Where(o => GoldScorer.DateCorrect(o) != true)
            .Select(o => $"{o.Event.Source.Code}>{o.Event.Target?.Code} {o.Event.Cameo}: got {o.Event.Date.Date} ({o.Event.Date.Rule}), gold {o.Gold!.Date}..{o.Gold.DateEnd}").ToList();
        Assert.True(wrong.Count == 0, string.Join("; ", wrong));
        var required = report.RootScores.Sum(s => s.Gold.Events.Count(e => e.Required && e.DatePrecision == "day"));
        Assert.Equal(required, dayEvents.Count);
    }

    /// <summary>
    /// Issue 2 also asks for the places of the patrol and the naval exercise (seas) and of the Moscow talks.
    /// Listed in Specs/known-gaps.txt as <c>reference-article-places</c> while the engine gets them wrong.
    /// </summary>
    [Fact]
    public void Reference_article_places_of_patrol_exercise_and_moscow_talks_are_right()
    {
        var report = ScoreReferenceArticle();
        var scored = MatchedRequired(report).Where(o => o.Gold!.Place is { } p && (p.Kind == "sea" || p.Name == "Moskow")).ToList();
        Assert.True(scored.Count >= 3, $"only {scored.Count} matched events with a sea or Moscow place");
        var wrong = scored.Where(o => GoldScorer.PlaceCorrect(o) != true)
            .Select(o => $"{o.Event.Source.Code}>{o.Event.Target?.Code} {o.Event.Cameo}: got {o.Event.Place?.Name ?? "none"}, gold {o.Gold!.Place!.Name}").ToList();
        EventSpec.PassOrKnownGap("reference-article-places", wrong);
    }

    [Fact]
    public void Dev_gold_set_is_coded_without_a_coder_failure()
    {
        var path = SharedData.PathOrSkip(DevGold);
        var gold = GoldFile.Read(path).ToList();
        var report = Evaluator.Run(gold, WartaCoder.Default);
        Assert.Equal(gold.Count, report.Articles);
        Assert.True(report.Problems.Count == 0, string.Join("\n", report.Problems));
    }
}
