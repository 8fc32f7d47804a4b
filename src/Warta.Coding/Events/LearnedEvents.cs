using Warta.Coding.Candidates;
using Warta.Coding.Learning;

namespace Warta.Coding.Events;

/// <summary>How sure the learned models must be before they add or keep an event.</summary>
/// <param name="Event">Least probability of a CAMEO root for a candidate (act, source, target) to be an event.</param>
/// <param name="KeepRule">Least probability the models give a grammar event's root for that event to be kept.</param>
/// <param name="OpenTarget">Least probability of the grammar's act and doer with an actor of the sentence as target, for
/// an act the grammar found no target for to take that actor (above 1: never).</param>
public sealed record DecisionThresholds(double Event = 0.5, double KeepRule = 0.0, double OpenTarget = 1.01);

/// <summary>
/// Learned event reading. Every candidate word of a sentence (lexicon entries and the grammar's events are among its
/// features, not the gate) with every pair of actors of different roots near it is a candidate event; the event model
/// gives it the probability of each CAMEO root or of none, from the word, each actor's place relative to it
/// (side, distance, the preposition before it, clause words and verbs between) and their order. The most probable root
/// above the threshold makes an event whose confidence is that probability. Words the grammar read as an act, or found
/// negated, denied or only intended, are left to it, and a word right after a negation is no act; the grammar's events
/// are kept with the probability the models give them. The confidence reported is that probability calibrated on held-out
/// articles (<see cref="ConfidenceCalibration"/>); the thresholds apply to the raw probability.
/// </summary>
public sealed class LearnedEvents(CandidateReader reader, LogisticModel triggers, LogisticModel events, TriggerCodes codes, CameoCodebook codebook,
    DecisionThresholds thresholds, ConfidenceCalibration? calibration = null)
{
    public const string None = "none";
    private const string SourcePrefix = "S:";
    private const string TargetPrefix = "O:";
    public const string RulePrefix = "learned:";

    /// <summary>A word whose probability of naming no act is above this is not weighed as an event (it saves time, not events).</summary>
    private const double MaxNoTrigger = 0.995;

    public CandidateReader Reader => reader;
    public DecisionThresholds Thresholds => thresholds;

    public ConfidenceCalibration Calibration { get; } = calibration ?? ConfidenceCalibration.Identity;

    public List<SentenceEvent> Decide(SentenceView view)
    {
        var result = Weigh(view);
        for (var k = 0; k < result.Count; k++)
            if (result[k].Confidence is { } raw)
                result[k] = result[k] with { Confidence = Calibration.Calibrate(ConfidenceCalibration.KindOf(result[k].Rule, RulePrefix, OpenTargetMark), raw) };
        return result;
    }

    private List<SentenceEvent> Weigh(SentenceView view)
    {
        var result = new List<SentenceEvent>();
        var features = new List<string>?[view.Tokens.Count];
        List<string> FeaturesAt(int i) => features[i] ??= reader.TriggerFeatures(view, i);

        foreach (var e in view.RuleEvents)
        {
            // A grammar event between two actors of this sentence is weighed as the candidate event it is; one whose
            // actors the sentence does not name (implied, from context) by its act word alone.
            var source = view.Mentions.FirstOrDefault(m => m.Mention.Span.Overlaps(e.Source.Span) && m.Mention.Root == e.Source.Root);
            var target = e.Target is { } et ? view.Mentions.FirstOrDefault(m => m.Mention.Span.Overlaps(et.Span) && m.Mention.Root == et.Root) : null;
            var best = 0.0;
            for (var i = 0; i < view.Tokens.Count; i++)
            {
                if (!view.Tokens[i].Span.Overlaps(e.Trigger) || !reader.IsCandidate(view, i)) continue;
                var p = source is not null && target is not null && CandidateReader.CanPair(source.Mention, target.Mention)
                    ? ClassProbability(events, events.Probabilities(reader.EventFeatures(view, i, source, target, FeaturesAt(i))), e.Cameo[..2])
                    : ClassProbability(triggers, triggers.Probabilities(FeaturesAt(i)), e.Cameo[..2]);
                best = Math.Max(best, p);
            }
            if (best >= thresholds.KeepRule) result.Add(e with { Confidence = Math.Round(best, 3) });
        }
        if (!CandidateReader.HasDyad(view)) return result;
        CompleteOpenEvents(view, result, FeaturesAt);

        var none = events.ClassIndex(None);
        var noTrigger = triggers.ClassIndex(None);
        // The pairs that can be an act's two sides, in source-then-target order; each word keeps those in its reach.
        var sides = (from s in view.Mentions from t in view.Mentions where CandidateReader.CanBePair(s, t) select (s, t)).ToList();
        var inReach = new bool[view.Mentions.Count];
        for (var i = 0; i < view.Tokens.Count; i++)
        {
            // Where the grammar read an event or found the act negated, denied or only intended, it has decided.
            if (!reader.IsCandidate(view, i) || view.DecidedByGrammar(i) || reader.IsNegated(view, i)) continue;
            // A word with no pair of actors in reach reads no event: its features (and the sentence's parse) are not needed.
            var reached = 0;
            foreach (var m in view.Mentions) if (inReach[m.Ordinal] = CandidateReader.InReach(i, m)) reached++;
            if (reached < 2) continue;
            var pairs = sides.Where(p => inReach[p.s.Ordinal] && inReach[p.t.Ordinal]).ToList();
            if (pairs.Count == 0) continue;
            // Words the trigger model finds hopeless are not weighed pair by pair.
            if (triggers.Probabilities(FeaturesAt(i))[noTrigger] > MaxNoTrigger) continue;
            // The model is linear: the act's part, each actor's part as source and as target are weighed once.
            var act = events.PartialScores(CandidateReader.EventTriggerPart(FeaturesAt(i)));
            var asSource = new double[view.Mentions.Count][];
            var asTarget = new double[view.Mentions.Count][];
            var asPair = new Dictionary<string, double[]>(StringComparer.Ordinal);
            // An actor's features are read once for both roles.
            void Weigh(MentionView m)
            {
                if (asSource[m.Ordinal] is not null) return;
                var features = reader.ActorFeatures(view, i, m).ToList();
                asSource[m.Ordinal] = events.PartialScores(SourcePrefix, features);
                asTarget[m.Ordinal] = events.PartialScores(TargetPrefix, features);
            }
            foreach (var (source, target) in pairs)
            {
                Weigh(source);
                Weigh(target);
                var key = CandidateReader.PairKey(view, i, source, target);
                if (!asPair.TryGetValue(key, out var pair)) asPair[key] = pair = events.PartialScores(reader.PairPart(view, i, source, target));
                // Softmax only where the best root can reach the threshold: its probability is at most its share
                // against "none" alone.
                var p = events.Scores(act, asSource[source.Ordinal]!, asTarget[target.Ordinal]!, pair);
                if (!LogisticModel.CanReach(p, none, thresholds.Event)) continue;
                LogisticModel.Softmax(p);
                var c = ArgMax(p, none);
                if (c < 0 || p[c] < thresholds.Event) continue;
                var root = events.Classes[c];
                var confidence = Math.Round(p[c], 3);
                // The grammar's reading of the same act between the same two actors (in either order) stands.
                if (view.RuleEvents.Any(r => r.Cameo[..2] == root && r.Target is { } rt
                        && (r.Source.Root == source.Mention.Root && rt.Root == target.Mention.Root || r.Source.Root == target.Mention.Root && rt.Root == source.Mention.Root)))
                    continue;
                var code = codes.Leaf(view.Tokens[i].Norm, root, view.LexiconHits[i]?.Cameo);
                // A mutual act already read in the other direction ("Keduanya membahas …" with a target chosen) is that act.
                if (codebook.IsMutual(code)
                    && result.Any(r => r.Cameo[..2] == root && r.Source.Root == target.Mention.Root && r.Target?.Root == source.Mention.Root))
                    continue;
                var duplicate = result.FindIndex(r => r.Cameo[..2] == root && r.Source.Root == source.Mention.Root && r.Target?.Root == target.Mention.Root);
                if (duplicate >= 0)
                {
                    if (result[duplicate].Confidence < confidence) result[duplicate] = result[duplicate] with { Confidence = confidence };
                    continue;
                }
                // The grammar's own code where it read this act with no target (its intent and pledge readings included).
                if (view.RuleEvents.FirstOrDefault(r => r.Target is null && r.Trigger.Overlaps(view.Tokens[i].Span) && r.Cameo.StartsWith(root, StringComparison.Ordinal)) is { } open)
                    code = open.Cameo;
                result.Add(new SentenceEvent(source.Mention, target.Mention, code, view.Tokens[i].Span, RulePrefix + root, codebook.IsMutual(code), confidence));
            }
        }
        // The grammar's reading of an act with no target gives way to a learned one of the same act and doer.
        result.RemoveAll(r => r.Target is null && result.Any(l => l.Rule.StartsWith(RulePrefix, StringComparison.Ordinal)
            && l.Trigger.Overlaps(r.Trigger) && l.Source.Root == r.Source.Root));
        return result;
    }

    /// <summary>
    /// An act the grammar read with its doer but no target ("pasukan Irak mulai menyerang kota tua Mosul, … ISIS"): the
    /// actor of the sentence the event model finds most probable as its target, when probable enough.
    /// </summary>
    private void CompleteOpenEvents(SentenceView view, List<SentenceEvent> result, Func<int, List<string>> featuresAt)
    {
        for (var k = 0; k < result.Count; k++)
        {
            var e = result[k];
            if (e.Target is not null || thresholds.OpenTarget > 1) continue;
            var source = view.Mentions.FirstOrDefault(m => m.Mention.Span.Overlaps(e.Source.Span) && m.Mention.Root == e.Source.Root);
            if (source is null) continue;
            MentionView? best = null;
            var bestP = 0.0;
            for (var i = 0; i < view.Tokens.Count; i++)
            {
                if (!view.Tokens[i].Span.Overlaps(e.Trigger) || !reader.IsCandidate(view, i)) continue;
                foreach (var target in view.Mentions)
                {
                    // (not a part of the doer's own state: "Pemerintah Myanmar mengerahkan pasukannya" moves its own forces)
                    if (target.Mention.Root == source.Mention.Root || !CandidateReader.IsCandidatePair(i, source, target)) continue;
                    var p = ClassProbability(events, events.Probabilities(reader.EventFeatures(view, i, source, target, featuresAt(i))), e.Cameo[..2]);
                    if (p > bestP) { bestP = p; best = target; }
                }
            }
            if (best is null || bestP < thresholds.OpenTarget) continue;
            // "Keduanya membahas kerja sama": a mutual act between the members of one pair is one act between them.
            var mutual = best.Group == source.Group && codebook.IsMutual(e.Cameo);
            if (mutual && result.Any(o => o.Symmetric && o.Trigger == e.Trigger && o.Cameo == e.Cameo
                                          && o.Source.Root == best.Mention.Root && o.Target?.Root == source.Mention.Root))
            {
                result.RemoveAt(k--);
                continue;
            }
            result[k] = e with { Target = best.Mention, Rule = e.Rule + OpenTargetMark, Confidence = Math.Round(bestP, 3), Symmetric = e.Symmetric || mutual };
        }
    }

    /// <summary>Marks the rule of a grammar event whose target the event model chose.</summary>
    public const string OpenTargetMark = "+learned-target";

    private static double ClassProbability(LogisticModel model, double[] p, string root)
    {
        var c = model.ClassIndex(root);
        return c < 0 ? 0 : p[c];
    }

    private static int ArgMax(double[] p, int skip)
    {
        var best = -1;
        for (var c = 0; c < p.Length; c++)
            if (c != skip && (best < 0 || p[c] > p[best])) best = c;
        return best;
    }
}
