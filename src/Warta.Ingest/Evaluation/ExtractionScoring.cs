using System.Text.RegularExpressions;

namespace Warta.Ingest.Evaluation;

/// <summary>Precision, recall and F1 of one extraction run.</summary>
public sealed record ExtractionScore(double Precision, double Recall, int Documents)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>
/// The ScrapingHub benchmark's scoring, re-implemented from its description: <c>\w+</c> tokens, multisets of
/// 4-token shingles, per-document tp/fp/fn normalised to sum 1, precision and recall averaged over documents.
/// </summary>
public static partial class ShingleScoring
{
    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    /// <summary>Counts of 4-token shingles; a text of 1–3 tokens gives one shorter shingle.</summary>
    public static Dictionary<string, int> Shingles(string text, int n = 4)
    {
        var tokens = Word().Matches(text).Select(m => m.Value).ToArray();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (tokens.Length == 0) return counts;
        if (tokens.Length < n)
        {
            counts[string.Join('\u0001', tokens)] = 1;
            return counts;
        }
        for (var i = 0; i + n <= tokens.Length; i++)
        {
            var key = string.Join('\u0001', tokens, i, n);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    /// <summary>Normalised (tp, fp, fn) of one document.</summary>
    public static (double Tp, double Fp, double Fn) Document(string truth, string predicted)
    {
        var t = Shingles(truth);
        var p = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var (k, pc) in p)
        {
            var tc = t.GetValueOrDefault(k);
            tp += Math.Min(tc, pc);
            fp += Math.Max(0, pc - tc);
        }
        foreach (var (k, tc) in t) fn += Math.Max(0, tc - p.GetValueOrDefault(k));
        var sum = tp + fp + fn;
        return sum == 0 ? (0, 0, 0) : (tp / sum, fp / sum, fn / sum);
    }

    /// <summary>Per-document precision (null when undefined) and recall (null when undefined).</summary>
    public static (double? Precision, double? Recall) PrecisionRecall(double tp, double fp, double fn)
    {
        if (fp == 0 && fn == 0) return (1, 1);
        double? p = tp + fp == 0 ? null : tp / (tp + fp);
        double? r = tp + fn == 0 ? null : tp / (tp + fn);
        return (p, r);
    }

    /// <summary>Macro precision and recall over (truth, predicted) pairs.</summary>
    public static ExtractionScore Score(IEnumerable<(string Truth, string Predicted)> docs)
    {
        var ps = new List<double>();
        var rs = new List<double>();
        var n = 0;
        foreach (var (truth, predicted) in docs)
        {
            n++;
            var (tp, fp, fn) = Document(truth, predicted);
            var (p, r) = PrecisionRecall(tp, fp, fn);
            if (p is { } pv) ps.Add(pv);
            if (r is { } rv) rs.Add(rv);
        }
        return new ExtractionScore(ps.Count == 0 ? 0 : ps.Average(), rs.Count == 0 ? 0 : rs.Average(), n);
    }
}

/// <summary>
/// The trafilatura evaluation's scoring, re-implemented from its description: whitespace-normalised substring
/// checks of "with" (must be present) and "without" (must be absent) segments, counts summed over the corpus.
/// </summary>
public static partial class SnippetScoring
{
    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Space();

    public static string Normalise(string s) => Space().Replace(s, " ").Trim();

    /// <summary>(tp, fn, fp, tn) of one document; a null output misses every "with" and holds no "without".</summary>
    public static (int Tp, int Fn, int Fp, int Tn) Document(string? output, IReadOnlyList<string> with, IReadOnlyList<string> without)
    {
        if (output is null) return (0, with.Count, 0, without.Count);
        var text = Normalise(output);
        var tp = with.Count(s => text.Contains(Normalise(s), StringComparison.Ordinal));
        var fp = without.Count(s => text.Contains(Normalise(s), StringComparison.Ordinal));
        return (tp, with.Count - tp, fp, without.Count - fp);
    }

    public static ExtractionScore Score(int tp, int fn, int fp, int documents) =>
        new(tp + fp == 0 ? 0 : (double)tp / (tp + fp), tp + fn == 0 ? 0 : (double)tp / (tp + fn), documents);
}
