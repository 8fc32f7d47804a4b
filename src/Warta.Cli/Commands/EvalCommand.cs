using System.CommandLine;
using System.Globalization;
using Warta.Coding.Pipeline;
using Warta.Evaluation.Gold;

namespace Warta.Cli.Commands;

/// <summary>`warta eval GOLD.jsonl [--errors]`: codes the gold articles and scores them (shared/data/gold/README.md).</summary>
public static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Argument<string>("gold") { Description = "Gold JSONL file" };
        var errors = new Option<bool>("--errors") { Description = "List every miss and false positive with its sentence" };
        var fold = new Option<string?>("--fold") { Description = "Score only the articles of this fold of a training file (train or test)" };
        var calibration = new Option<bool>("--calibration") { Description = "Precision of the events by confidence decile" };
        var byRule = new Option<bool>("--by-rule") { Description = "Date and place accuracy for each rule that decided the date or the place" };
        var command = new Command("eval", "Score Warta's events against a gold file") { gold, errors, fold, calibration, byRule };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"warta: gold file not found: {path}"); return 2; }
            var foldName = parse.GetValue(fold);
            List<GoldArticle> selected;
            try
            {
                var all = GoldFile.Read(path).ToList();
                // The test fold is scored, never read: its errors are not listed (shared/data/gold/README.md).
                if (parse.GetValue(errors) && foldName != FoldSelection.Train && FoldSelection.HasTestFold(all))
                {
                    Console.Error.WriteLine("warta: --errors lists the errors of the train fold only: add --fold train (the test fold is scored, never read)");
                    return 2;
                }
                selected = FoldSelection.Select(all, foldName).ToList();
            }
            catch (InvalidDataException ex) { Console.Error.WriteLine($"warta: {ex.Message}"); return 2; }
            catch (ArgumentException ex) { Console.Error.WriteLine($"warta: {ex.Message}"); return 2; }
            var report = Evaluator.Run(selected, WartaCoder.Default);
            if (parse.GetValue(errors)) PrintErrors(report);
            Print(report);
            if (parse.GetValue(calibration)) PrintCalibration(report);
            if (parse.GetValue(byRule)) PrintByRule(report);
            foreach (var p in report.Problems) Console.Error.WriteLine($"warta: {p}");
            return report.Problems.Count > 0 ? 1 : 0;
        });
        return command;
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    public static void Print(EvaluationReport r)
    {
        Console.WriteLine($"articles: {r.Articles}");
        Console.WriteLine("level      precision  recall  f1     matched/required  counted");
        foreach (var l in r.Levels)
            Console.WriteLine($"{l.Level,-10} {F(l.Precision),-10} {F(l.Recall),-7} {F(l.F1),-6} {l.MatchedRequired,4}/{l.Required,-12} {l.Counted}");
        Console.WriteLine($"date accuracy:  {F(r.DateAccuracy)} ({r.DatesRight}/{r.DatesScored} day-precision gold dates)");
        Console.WriteLine($"place accuracy: {F(r.PlaceAccuracy)} ({r.PlacesRight}/{r.PlacesScored} gold places)");
        Console.WriteLine($"forbidden hits: {r.ForbiddenHits}");
    }

    private static void PrintCalibration(EvaluationReport r)
    {
        Console.WriteLine("confidence  right/counted  precision (root level)");
        foreach (var b in Calibration.Deciles(r))
            Console.WriteLine($"{F(b.Low)}-{F(b.High)}  {b.Right,5}/{b.Counted,-7} {(b.Counted == 0 ? "-" : F(b.Precision))}");
        var high = Calibration.AtLeast(r, HighConfidence);
        Console.WriteLine($"confidence >= {HighConfidence}: {high.Right}/{high.Counted} right, precision {(high.Counted == 0 ? "-" : F(high.Precision))}");
        if (Calibration.Unweighed(r) is > 0 and var n) Console.WriteLine($"events without confidence: {n}");
    }

    private const double HighConfidence = 0.8;

    private static void PrintByRule(EvaluationReport r)
    {
        Console.WriteLine("date rule                                      right/scored  accuracy");
        foreach (var row in RuleAccuracy.Dates(r))
            Console.WriteLine($"{row.Rule,-46} {row.Right,5}/{row.Scored,-7} {F(row.Accuracy)}");
        Console.WriteLine("place rule                                     right/scored  accuracy");
        foreach (var row in RuleAccuracy.Places(r))
            Console.WriteLine($"{row.Rule,-46} {row.Right,5}/{row.Scored,-7} {F(row.Accuracy)}");
    }

    public static void PrintErrors(EvaluationReport r)
    {
        foreach (var score in r.RootScores)
        {
            var text = score.Gold.Article.Text;
            var bad = score.Outcomes.Where(o => o.Kind is OutcomeKind.FalsePositive or OutcomeKind.Forbidden).ToList();
            var wrongDates = score.Outcomes.Where(o => GoldScorer.DateCorrect(o) == false).ToList();
            var wrongPlaces = score.Outcomes.Where(o => GoldScorer.PlaceCorrect(o, Evaluator.ResolvePlace) == false).ToList();
            if (bad.Count == 0 && score.MissedRequired.Count == 0 && wrongDates.Count == 0 && wrongPlaces.Count == 0) continue;
            Console.WriteLine($"== {score.Gold.Article.Id}");
            foreach (var m in score.MissedRequired)
                Console.WriteLine($"  MISS {m.Source}->{m.Target} [{string.Join(",", m.Codes)}] \"{m.Evidence}\"");
            foreach (var o in bad)
            {
                var e = o.Event;
                Console.WriteLine($"  {(o.Kind == OutcomeKind.Forbidden ? "FORBIDDEN" : "FP")} {e.Source.Code}->{e.Target?.Code} {e.Cameo} ({e.Rule}) \"{e.Trigger.Of(text)}\" in: {e.Sentence.Of(text)}");
            }
            foreach (var o in wrongDates)
                Console.WriteLine($"  DATE {o.Event.Source.Code}->{o.Event.Target?.Code} {o.Event.Cameo}: got {o.Event.Date.Date} ({o.Event.Date.Rule}), gold {o.Gold!.Date}..{o.Gold.DateEnd} in: {o.Event.Sentence.Of(text)}");
            foreach (var o in wrongPlaces)
                Console.WriteLine($"  PLACE {o.Event.Source.Code}->{o.Event.Target?.Code} {o.Event.Cameo}: got {o.Event.Place?.Name ?? "none"} ({o.Event.Place?.Country}; {o.Event.Place?.Rule ?? "no rule"}), gold {o.Gold!.Place!.Name} ({o.Gold.Place.Country}) in: {o.Event.Sentence.Of(text)}");
        }
    }
}
