namespace Warta.Evaluation.Gold;

/// <summary>Root-level precision of the events whose confidence falls in [Low, High).</summary>
public sealed record CalibrationBin(double Low, double High, int Right, int Counted)
{
    public double Precision => Counted == 0 ? 0 : (double)Right / Counted;
}

/// <summary>
/// How well confidence predicts correctness: system events counted by the root-level scoring (matched required,
/// false positives, forbidden) grouped by confidence decile, and the precision above a threshold. Events matching
/// optional gold events and duplicates are left out, as the precision leaves them out.
/// </summary>
public static class Calibration
{
    public static IReadOnlyList<CalibrationBin> Deciles(EvaluationReport report)
    {
        var counted = Counted(report).ToList();
        return Enumerable.Range(0, 10).Select(d =>
        {
            var low = d / 10.0;
            var high = d == 9 ? 1.0001 : (d + 1) / 10.0;
            var inBin = counted.Where(o => o.Confidence >= low && o.Confidence < high).ToList();
            return new CalibrationBin(low, Math.Min(high, 1.0), inBin.Count(o => o.Right), inBin.Count);
        }).ToList();
    }

    /// <summary>Precision among counted events with confidence at least <paramref name="threshold"/>.</summary>
    public static CalibrationBin AtLeast(EvaluationReport report, double threshold)
    {
        var above = Counted(report).Where(o => o.Confidence >= threshold).ToList();
        return new CalibrationBin(threshold, 1.0, above.Count(o => o.Right), above.Count);
    }

    /// <summary>Counted events without a confidence (no model weighed them).</summary>
    public static int Unweighed(EvaluationReport report) =>
        report.RootScores.SelectMany(s => s.Outcomes).Count(o => IsCounted(o) && o.Event.Confidence is null);

    private static IEnumerable<(double Confidence, bool Right)> Counted(EvaluationReport report) =>
        report.RootScores.SelectMany(s => s.Outcomes)
            .Where(o => IsCounted(o) && o.Event.Confidence is not null)
            .Select(o => (o.Event.Confidence!.Value, o.Kind == OutcomeKind.MatchedRequired));

    private static bool IsCounted(EventOutcome o) => o.Kind is OutcomeKind.MatchedRequired or OutcomeKind.FalsePositive or OutcomeKind.Forbidden;
}
