using Warta.Coding.Candidates;
using Warta.Coding.Events;
using Warta.Coding.Learning;
using Warta.Core;
using Warta.Evaluation.Gold;

namespace Warta.Evaluation.Training;

/// <summary>
/// Turns gold events into labels on the pipeline's tokens and actors: the annotated trigger words are found in the
/// text (inside the event's evidence where it can be found), each candidate token they cover is labelled with the
/// CAMEO root, and a candidate (act, source, target) is labelled with that root when its actors play the gold
/// roles: they overlap the annotated words or, where no actor of the sentence does, their code matches the gold one.
/// </summary>
public sealed class TrainingLabels
{
    public static readonly string[] TriggerClasses =
        [LearnedEvents.None, .. Enumerable.Range(1, 20).Select(r => r.ToString("00", System.Globalization.CultureInfo.InvariantCulture))];

    private readonly IReadOnlyList<TrainingArticle> _articles;
    private readonly CandidateReader _reader;
    // Per article: (view, token) → the gold events whose trigger covers that token.
    private readonly List<Dictionary<(int View, int Token), List<GoldEvent>>> _labels = [];

    public int Located { get; }
    public int Annotated { get; }
    public List<(string Word, string Code)> Leaves { get; } = [];

    public TrainingLabels(IReadOnlyList<TrainingArticle> articles, CandidateReader reader)
    {
        _articles = articles;
        _reader = reader;
        foreach (var article in articles)
        {
            var text = article.Gold.Article.Text;
            var labelled = new Dictionary<(int View, int Token), List<GoldEvent>>();
            _labels.Add(labelled);
            foreach (var e in article.Gold.Events)
            {
                if (string.IsNullOrWhiteSpace(e.Trigger) || e.Codes.Count == 0 || Array.IndexOf(TriggerClasses, e.Codes[0][..2]) < 0) continue;
                Annotated++;
                if (Locate(text, e.Trigger!, e.Evidence) is not { } span) continue;
                var v = FindView(article.Views, span.Start);
                if (v < 0) continue;
                var view = article.Views[v];
                var any = false;
                for (var i = 0; i < view.Tokens.Count; i++)
                {
                    if (!view.Tokens[i].Span.Overlaps(span) || !reader.IsCandidate(view, i)) continue;
                    if (!labelled.TryGetValue((v, i), out var list)) labelled[(v, i)] = list = [];
                    list.Add(e);
                    if (!any) Leaves.Add((view.Tokens[i].Norm, e.Codes[0]));
                    any = true;
                }
                if (any) Located++;
            }
        }
    }

    /// <summary>One example per candidate token: its root, or none.</summary>
    public IEnumerable<Example> Triggers()
    {
        for (var a = 0; a < _articles.Count; a++)
            for (var v = 0; v < _articles[a].Views.Count; v++)
            {
                var view = _articles[a].Views[v];
                for (var i = 0; i < view.Tokens.Count; i++)
                {
                    if (!_reader.IsCandidate(view, i)) continue;
                    _labels[a].TryGetValue((v, i), out var gold);
                    var root = gold?.OrderByDescending(g => g.Required).First().Codes[0][..2];
                    yield return new Example(_reader.TriggerFeatures(view, i), root is null ? 0 : Array.IndexOf(TriggerClasses, root));
                }
            }
    }

    /// <summary>One example per candidate (act, source, target) of a sentence with two actors: its root, or none.</summary>
    public IEnumerable<Example> Events()
    {
        for (var a = 0; a < _articles.Count; a++)
        {
            var text = _articles[a].Gold.Article.Text;
            for (var v = 0; v < _articles[a].Views.Count; v++)
            {
                var view = _articles[a].Views[v];
                if (!CandidateReader.HasDyad(view)) continue;
                for (var i = 0; i < view.Tokens.Count; i++)
                {
                    if (!_reader.IsCandidate(view, i)) continue;
                    _labels[a].TryGetValue((v, i), out var gold);
                    var trigger = _reader.TriggerFeatures(view, i);
                    foreach (var s in view.Mentions)
                        foreach (var t in view.Mentions)
                        {
                            if (!CandidateReader.IsCandidatePair(i, s, t)) continue;
                            var label = 0;
                            foreach (var g in gold?.OrderByDescending(g => g.Required) ?? Enumerable.Empty<GoldEvent>())
                                if (Plays(text, view, i, s, g.SourceText, g.Source) && Plays(text, view, i, t, g.TargetText, g.Target)
                                    || g.Symmetric && Plays(text, view, i, t, g.SourceText, g.Source) && Plays(text, view, i, s, g.TargetText, g.Target))
                                {
                                    label = Array.IndexOf(TriggerClasses, g.Codes[0][..2]);
                                    break;
                                }
                            yield return new Example(_reader.EventFeatures(view, i, s, t, trigger), label);
                        }
                }
            }
        }
    }

    // An actor plays a role when it overlaps the annotated words nearest the trigger, or, when none of the sentence's
    // actors does, when its code matches the gold code.
    private static bool Plays(string text, SentenceView view, int trigger, MentionView m, string? words, string code)
    {
        if (!string.IsNullOrWhiteSpace(words) && Nearest(text, view, trigger, words!) is { } span && view.Mentions.Any(o => o.Mention.Span.Overlaps(span)))
            return m.Mention.Span.Overlaps(span);
        return code.Length > 0 && ActorMatch.Matches(code, m.Mention.Code);
    }

    private static Span? Nearest(string text, SentenceView view, int trigger, string words)
    {
        var s = view.Sentence.Span;
        var anchor = view.Tokens[trigger].Start;
        Span? best = null;
        for (var at = text.IndexOf(words, s.Start, s.Length, StringComparison.Ordinal); at >= 0 && at + words.Length <= s.End;
             at = at + 1 < s.End ? text.IndexOf(words, at + 1, s.End - at - 1, StringComparison.Ordinal) : -1)
            if (best is null || Math.Abs(at - anchor) < Math.Abs(best.Value.Start - anchor)) best = new Span(at, at + words.Length);
        return best;
    }

    /// <summary>Where the trigger words are: inside the evidence quote when it is found in the text, else their first occurrence.</summary>
    public static Span? Locate(string text, string trigger, string evidence)
    {
        var quote = evidence.Trim().Trim('.', '…', ' ', '"');
        var at = quote.Length > 0 ? text.IndexOf(quote, StringComparison.Ordinal) : -1;
        if (at < 0 && quote.Length > 40) at = text.IndexOf(quote[..40], StringComparison.Ordinal);
        if (at >= 0)
        {
            var inside = text.IndexOf(trigger, at, Math.Min(text.Length - at, quote.Length + trigger.Length), StringComparison.OrdinalIgnoreCase);
            if (inside >= 0) return new Span(inside, inside + trigger.Length);
        }
        var anywhere = text.IndexOf(trigger, StringComparison.OrdinalIgnoreCase);
        return anywhere >= 0 ? new Span(anywhere, anywhere + trigger.Length) : null;
    }

    private static int FindView(IReadOnlyList<SentenceView> views, int offset)
    {
        for (var v = 0; v < views.Count; v++) if (views[v].Sentence.Span.Contains(offset)) return v;
        return -1;
    }
}
