using System.Globalization;
using Warta.Languages;

namespace Warta.Coding.Learning;

/// <summary>
/// Turns the models' raw probability of an event into the share of such events that were right on articles the models
/// had not learned from (the held-out folds of <c>warta train coder</c>): a monotone step function per kind of event,
/// fitted by pooling adjacent violators (isotonic regression) with add-one smoothing. The raw probability of a grammar
/// event is the event model's agreement with the grammar's reading, not the chance that it is right (half of the
/// grammar's events the model gave under 0.1 were right), so each kind gets its own steps.
/// </summary>
public sealed class ConfidenceCalibration
{
    /// <summary>No calibration: the raw probability is reported.</summary>
    public static readonly ConfidenceCalibration Identity = new(new Dictionary<string, (double UpTo, double Value)[]>());

    public const string LearnedKind = "learned";
    public const string OpenTargetKind = "open-target";
    public const string GrammarKind = "grammar";

    private readonly Dictionary<string, (double UpTo, double Value)[]> _steps;

    private ConfidenceCalibration(Dictionary<string, (double UpTo, double Value)[]> steps) => _steps = steps;

    /// <summary>The kind of an event by its rule: read by the event model alone, a grammar act whose target the model chose, or a grammar act.</summary>
    public static string KindOf(string rule, string learnedPrefix, string openTargetMark) =>
        rule.StartsWith(learnedPrefix, StringComparison.Ordinal) ? LearnedKind
        : rule.Contains(openTargetMark, StringComparison.Ordinal) ? OpenTargetKind : GrammarKind;

    public double Calibrate(string kind, double raw)
    {
        if (!_steps.TryGetValue(kind, out var steps) || steps.Length == 0) return raw;
        foreach (var (upTo, value) in steps)
            if (raw <= upTo) return value;
        return steps[^1].Value;
    }

    /// <summary>Fits the steps of each kind from held-out events: (kind, raw probability, whether it was right).</summary>
    public static ConfidenceCalibration Fit(IEnumerable<(string Kind, double Raw, bool Right)> outcomes)
    {
        var steps = new Dictionary<string, (double UpTo, double Value)[]>(StringComparer.Ordinal);
        foreach (var kind in outcomes.GroupBy(o => o.Kind).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            // Pool adjacent violators over the events sorted by raw probability (ties in input order: deterministic).
            var blocks = new List<(double UpTo, int Right, int Count)>();
            foreach (var o in kind.OrderBy(o => o.Raw))
            {
                blocks.Add((o.Raw, o.Right ? 1 : 0, 1));
                while (blocks.Count > 1 && Rate(blocks[^2]) >= Rate(blocks[^1]))
                {
                    var (last, before) = (blocks[^1], blocks[^2]);
                    blocks.RemoveRange(blocks.Count - 2, 2);
                    blocks.Add((last.UpTo, before.Right + last.Right, before.Count + last.Count));
                }
            }
            steps[kind.Key] = blocks.Select(b => (Math.Round(b.UpTo, 3), Math.Round(Rate(b), 3))).ToArray();
        }
        return new ConfidenceCalibration(steps);
    }

    // Add-one smoothing: a block of two right events says 0.75, not certainty.
    private static double Rate((double UpTo, int Right, int Count) b) => (b.Right + 1.0) / (b.Count + 2.0);

    public void Save(TextWriter writer, string note)
    {
        static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        writer.Write("# Confidence calibration: the share of held-out events that were right, by kind of event and raw model probability\n");
        writer.Write($"# (up to that probability; isotonic, add-one smoothed). {note.ReplaceLineEndings(" ")}\n");
        writer.Write("kind\tup_to\tconfidence\n");
        foreach (var (kind, steps) in _steps.OrderBy(kv => kv.Key, StringComparer.Ordinal))
            foreach (var (upTo, value) in steps)
                writer.Write($"{kind}\t{F(upTo)}\t{F(value)}\n");
    }

    public static ConfidenceCalibration Load(string name, string text)
    {
        var steps = new Dictionary<string, List<(double, double)>>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Parse(name, text).Rows)
        {
            var upTo = row.Double("up_to") ?? throw new InvalidDataException($"{name}:{row.Line}: up_to must be a number");
            var value = row.Double("confidence") ?? throw new InvalidDataException($"{name}:{row.Line}: confidence must be a number");
            if (value is < 0 or > 1) throw new InvalidDataException($"{name}:{row.Line}: confidence must lie in 0-1");
            var kind = row.Required("kind");
            if (!steps.TryGetValue(kind, out var list)) steps[kind] = list = [];
            if (list.Count > 0 && (upTo < list[^1].Item1 || value < list[^1].Item2))
                throw new InvalidDataException($"{name}:{row.Line}: the steps of '{kind}' must rise");
            list.Add((upTo, value));
        }
        return new ConfidenceCalibration(steps.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal));
    }
}
