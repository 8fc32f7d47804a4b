using Warta.Coding.Candidates;
using Warta.Coding.Events;
using Warta.Core;
using Warta.Evaluation.Gold;

namespace Warta.Evaluation.Training;

/// <summary>
/// Where the required gold events of held-out articles stand before any threshold: an actor not recognised in the
/// trigger's sentence, a trigger that is no candidate word, the grammar reading the root or another act, a pair that
/// cannot be a candidate, or the probability the event model gives the right root at its best candidate. Printed by
/// <c>train coder</c> for each fold; <c>--cv-misses</c> lists each event with where it stands and what the grammar read
/// at its trigger.
/// </summary>
public static class MissDiagnosis
{
    /// <summary>The columns of the rows <see cref="Run"/> adds.</summary>
    public const string Header = "article\tstands\tsource\ttarget\tcode\ttrigger\tsource_text\ttarget_text\tgrammar_at_trigger\tevidence";

    public static string Run(IReadOnlyList<TrainingArticle> held, string language, TrainedCoder trained, List<string>? rows = null)
    {
        var reader = EventModels.Reader(language);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in held)
            foreach (var g in a.Gold.Events.Where(g => g.Required && !string.IsNullOrWhiteSpace(g.Trigger) && g.Codes.Count > 0))
            {
                var at = Where(a, g);
                var kind = at is var (span, view) ? Classify(g, span, view, reader, trained) : "trigger not found";
                counts[kind] = counts.GetValueOrDefault(kind) + 1;
                rows?.Add(string.Join('\t', a.Gold.Article.Id, kind, g.Source, g.Target, g.Codes[0], Clean(g.Trigger), Clean(g.SourceText), Clean(g.TargetText),
                    at is var (s, v) ? GrammarAt(s, v) : "", Clean(g.Evidence)));
            }
        return "  required events of the held-out fold, by where they stand: " + string.Join(", ", counts.Select(kv => $"{kv.Key} {kv.Value}"));
    }

    // The gold trigger's words in the text and the sentence they stand in, when found.
    private static (Span Span, SentenceView View)? Where(TrainingArticle a, GoldEvent g) =>
        TrainingLabels.Locate(a.Gold.Article.Text, g.Trigger!, g.Evidence) is { } span
        && a.Views.FirstOrDefault(v => v.Sentence.Span.Contains(span.Start)) is { } view ? (span, view) : null;

    // The grammar's events whose trigger overlaps the gold trigger: "source>target:code:rule" (no target: nothing after '>').
    private static string GrammarAt(Span span, SentenceView view) =>
        string.Join(";", view.RuleEvents.Where(e => e.Trigger.Overlaps(span)).Select(e => $"{e.Source.Code}>{e.Target?.Code}:{e.Cameo}:{e.Rule}"));

    private static string Clean(string? s) => (s ?? "").ReplaceLineEndings(" ").Replace('\t', ' ');

    private static string Classify(GoldEvent g, Span span, SentenceView view, CandidateReader reader, TrainedCoder trained)
    {
        var sources = view.Mentions.Where(m => ActorMatch.Matches(g.Source, m.Mention.Code)).ToList();
        var targets = view.Mentions.Where(m => ActorMatch.Matches(g.Target, m.Mention.Code)).ToList();
        if (sources.Count == 0 || targets.Count == 0)
            return sources.Count > 0 ? "target not in sentence" : targets.Count > 0 ? "source not in sentence" : "neither actor in sentence";
        var root = g.Codes[0][..2];
        var words = Enumerable.Range(0, view.Tokens.Count).Where(i => view.Tokens[i].Span.Overlaps(span) && reader.IsCandidate(view, i)).ToList();
        if (words.Count == 0) return "no candidate word";
        if (view.RuleEvents.Any(e => e.Trigger.Overlaps(span) && e.Cameo[..2] == root)) return "grammar reads the root";
        if (words.Any(view.DecidedByGrammar) || words.All(i => reader.IsNegated(view, i))) return "grammar reads another";
        var pairs = (from i in words from s in sources from t in targets where CandidateReader.IsCandidatePair(i, s, t) select (i, s, t)).ToList();
        if (pairs.Count == 0) return "no candidate pair";
        var c = trained.Events.ClassIndex(root);
        var best = c < 0 ? 0 : pairs.Max(p => trained.Events.Probabilities(reader.EventFeatures(view, p.i, p.s, p.t, reader.TriggerFeatures(view, p.i)))[c]);
        return best >= 0.5 ? "model >= 0.5" : best >= 0.1 ? "model 0.1-0.5" : "model < 0.1";
    }
}
