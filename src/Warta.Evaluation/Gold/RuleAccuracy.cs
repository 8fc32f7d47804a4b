namespace Warta.Evaluation.Gold;

/// <summary>How often the date (or the place) of a matched event is right, for each rule that decided it.</summary>
public static class RuleAccuracy
{
    public sealed record Row(string Rule, int Right, int Scored)
    {
        public double Accuracy => Scored == 0 ? 0 : (double)Right / Scored;
    }

    /// <summary>Day-precision gold dates, by the rule of the system's date; most scored first.</summary>
    public static IReadOnlyList<Row> Dates(EvaluationReport report) => By(report, o => o.Event.Date.Rule, GoldScorer.DateCorrect);

    /// <summary>Gold places, by the rule of the system's place ("none" when it has none); most scored first.</summary>
    public static IReadOnlyList<Row> Places(EvaluationReport report) =>
        By(report, o => o.Event.Place?.Rule ?? "none", o => GoldScorer.PlaceCorrect(o, Evaluator.ResolvePlace));

    private static List<Row> By(EvaluationReport report, Func<EventOutcome, string> rule, Func<EventOutcome, bool?> correct) =>
        report.RootScores.SelectMany(s => s.Outcomes)
            .Where(o => o.Kind is OutcomeKind.MatchedRequired or OutcomeKind.MatchedOptional)
            .Select(o => (Rule: rule(o), Correct: correct(o)))
            .Where(x => x.Correct is not null)
            .GroupBy(x => x.Rule, StringComparer.Ordinal)
            .Select(g => new Row(g.Key, g.Count(x => x.Correct == true), g.Count()))
            .OrderByDescending(r => r.Scored).ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();
}
