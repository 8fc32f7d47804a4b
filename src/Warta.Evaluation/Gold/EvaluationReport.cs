using Warta.Core;

namespace Warta.Evaluation.Gold;

/// <summary>Precision, recall and F1 of one level, summed over articles.</summary>
public sealed record LevelFigures(MatchLevel Level, int MatchedRequired, int Required, int Counted)
{
    public double Precision => Counted == 0 ? 0 : (double)MatchedRequired / Counted;
    public double Recall => Required == 0 ? 0 : (double)MatchedRequired / Required;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>The whole evaluation of a gold file.</summary>
public sealed record EvaluationReport(
    int Articles, IReadOnlyList<LevelFigures> Levels, int DatesRight, int DatesScored, int PlacesRight, int PlacesScored,
    int ForbiddenHits, IReadOnlyList<ArticleScore> RootScores, IReadOnlyList<string> Problems)
{
    public double DateAccuracy => DatesScored == 0 ? 0 : (double)DatesRight / DatesScored;
    public double PlaceAccuracy => PlacesScored == 0 ? 0 : (double)PlacesRight / PlacesScored;
    public LevelFigures Level(MatchLevel level) => Levels.First(l => l.Level == level);
}

public static class Evaluator
{
    /// <summary>Looks a gold place name up in the gazetteer of the language.</summary>
    public static Place? ResolvePlace(string language, string name) => Warta.Coding.Places.PlaceRecognizer.For(language).Resolve(name);

    /// <summary>Codes every gold article and scores it at root, leaf and QuadClass level.</summary>
    public static EvaluationReport Run(IEnumerable<GoldArticle> gold, IArticleCoder coder)
    {
        var levels = new[] { MatchLevel.Root, MatchLevel.Leaf, MatchLevel.QuadClass };
        var scores = levels.ToDictionary(l => l, _ => new List<ArticleScore>());
        var problems = new List<string>();
        var articles = 0;
        foreach (var g in gold)
        {
            articles++;
            IReadOnlyList<CodedEvent> events;
            try { events = coder.Code(g.Article).Events; }
            catch (Exception ex)
            {
                problems.Add($"{g.Article.Id}: coder failed: {ex.GetType().Name}: {ex.Message}");
                events = [];
            }
            foreach (var level in levels) scores[level].Add(GoldScorer.Score(g, events, level));
        }
        var figures = levels.Select(l => new LevelFigures(l,
            scores[l].Sum(s => s.MatchedRequired), scores[l].Sum(s => s.Required), scores[l].Sum(s => s.Counted))).ToList();
        var root = scores[MatchLevel.Root];
        var matchedOutcomes = root.SelectMany(s => s.Outcomes).Where(o => o.Kind is OutcomeKind.MatchedRequired or OutcomeKind.MatchedOptional).ToList();
        var dates = matchedOutcomes.Select(GoldScorer.DateCorrect).Where(x => x is not null).ToList();
        var places = matchedOutcomes.Select(o => GoldScorer.PlaceCorrect(o, ResolvePlace)).Where(x => x is not null).ToList();
        return new EvaluationReport(articles, figures,
            dates.Count(x => x == true), dates.Count, places.Count(x => x == true), places.Count,
            root.Sum(s => s.ForbiddenHits), root, problems);
    }
}
