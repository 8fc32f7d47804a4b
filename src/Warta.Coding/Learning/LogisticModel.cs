using System.Globalization;
using System.Text;

namespace Warta.Coding.Learning;

/// <summary>
/// A multinomial logistic-regression classifier over named binary features: P(class | features) is the softmax
/// of the summed weights of the features present. Read-only after it is built, so one model serves every thread.
/// Saved as a text table (one feature a line, its non-zero weights by class) so that a model is data beside the
/// language files and its bytes are a pure function of the training data.
/// </summary>
public sealed class LogisticModel
{
    private readonly Dictionary<string, int> _features;
    private readonly float[] _weights; // feature-major: row f holds one weight per class
    private readonly float[] _bias;

    /// <summary>The class names, in the model's order.</summary>
    public IReadOnlyList<string> Classes { get; }

    internal LogisticModel(IReadOnlyList<string> classes, Dictionary<string, int> features, float[] weights, float[] bias)
    {
        Classes = classes; _features = features; _weights = weights; _bias = bias;
    }

    public int ClassIndex(string name)
    {
        for (var c = 0; c < Classes.Count; c++) if (Classes[c] == name) return c;
        return -1;
    }

    /// <summary>The probability of each class (same order as <see cref="Classes"/>).</summary>
    public double[] Probabilities(IEnumerable<string> features)
    {
        var n = Classes.Count;
        var scores = new double[n];
        for (var c = 0; c < n; c++) scores[c] = _bias[c];
        foreach (var f in features)
            if (_features.TryGetValue(f, out var row)) AddRow(scores, row);
        Softmax(scores);
        return scores;
    }

    /// <summary>Summed weights of some features, for models whose features come in parts shared by many candidates.</summary>
    public double[] PartialScores(IEnumerable<string> features)
    {
        var n = Classes.Count;
        var scores = new double[n];
        foreach (var f in features)
            if (_features.TryGetValue(f, out var row)) AddRow(scores, row);
        return scores;
    }

    /// <summary>
    /// <see cref="PartialScores(IEnumerable{string})"/> of the features each preceded by <paramref name="prefix"/>
    /// (an actor's features as source and as target), without building the prefixed names.
    /// </summary>
    public double[] PartialScores(string prefix, IEnumerable<string> features)
    {
        var n = Classes.Count;
        var scores = new double[n];
        var lookup = _features.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> buffer = stackalloc char[MaxStackName];
        foreach (var f in features)
        {
            var length = prefix.Length + f.Length;
            var name = length <= MaxStackName ? buffer[..length] : new char[length];
            prefix.CopyTo(name);
            f.CopyTo(name[prefix.Length..]);
            if (lookup.TryGetValue(name, out var row)) AddRow(scores, row);
        }
        return scores;
    }

    private const int MaxStackName = 256;

    private void AddRow(double[] scores, int row)
    {
        var offset = row * scores.Length;
        for (var c = 0; c < scores.Length; c++) scores[c] += _weights[offset + c];
    }

    /// <summary>The class probabilities of a candidate whose features are the union of the given parts.</summary>
    public double[] Probabilities(params double[][] parts)
    {
        var scores = Scores(parts);
        Softmax(scores);
        return scores;
    }

    /// <summary>The summed scores (before the softmax) of a candidate whose features are the union of the given parts.</summary>
    public double[] Scores(params double[][] parts)
    {
        var n = Classes.Count;
        var scores = new double[n];
        for (var c = 0; c < n; c++)
        {
            var s = (double)_bias[c];
            foreach (var part in parts) s += part[c];
            scores[c] = s;
        }
        return scores;
    }

    /// <summary>
    /// Whether some class other than <paramref name="skip"/> may reach probability <paramref name="threshold"/> for a
    /// candidate whose features are the union of the parts. Exact and cheap: a class's probability is at most its
    /// share against the skipped class alone, so no exponent is taken when even that share falls short.
    /// </summary>
    public bool CanReach(double threshold, int skip, params double[][] parts) => CanReach(Scores(parts), skip, threshold);

    /// <summary>The same test on summed scores (see <see cref="Scores"/>).</summary>
    public static bool CanReach(double[] scores, int skip, double threshold)
    {
        if (threshold <= 0 || skip < 0) return true;
        if (threshold >= 1) return false;
        var best = double.NegativeInfinity;
        for (var c = 0; c < scores.Length; c++) if (c != skip) best = Math.Max(best, scores[c]);
        // p(best) <= 1 / (1 + exp(s_skip - s_best)) < threshold  <=>  s_best - s_skip < logit(threshold)
        return best - scores[skip] >= Math.Log(threshold / (1 - threshold)) - 1e-9;
    }

    internal static void Softmax(double[] scores)
    {
        var max = scores.Max();
        var sum = 0.0;
        for (var c = 0; c < scores.Length; c++) { scores[c] = Math.Exp(scores[c] - max); sum += scores[c]; }
        for (var c = 0; c < scores.Length; c++) scores[c] /= sum;
    }

    private const string Header = "# Warta linear model (multinomial logistic regression). Line 2: classes; line 3: biases; then feature<TAB>class:weight ...";

    /// <summary>Writes the model as text: features in ordinal order, weights rounded to four decimals, zeros left out.</summary>
    public void Save(TextWriter writer, string note)
    {
        var n = Classes.Count;
        writer.Write(Header + "\n");
        writer.Write("# " + note.ReplaceLineEndings(" ") + "\n");
        writer.Write("classes\t" + string.Join('\t', Classes) + "\n");
        writer.Write("bias\t" + string.Join('\t', _bias.Select(Format)) + "\n");
        foreach (var (name, row) in _features.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            var line = new StringBuilder(name);
            var any = false;
            for (var c = 0; c < n; c++)
            {
                var w = _weights[row * n + c];
                if (Math.Abs(w) < MinWeight) continue;
                line.Append('\t').Append(c.ToString(CultureInfo.InvariantCulture)).Append(':').Append(Format(w));
                any = true;
            }
            if (any) writer.Write(line.Append('\n').ToString());
        }
    }

    private const float MinWeight = 0.01f;

    private static string Format(float w) => Math.Round(w, 4).ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>Reads a model written by <see cref="Save"/>; a malformed line is an error naming the line.</summary>
    public static LogisticModel Load(string name, string text)
    {
        string[]? classes = null;
        float[]? bias = null;
        var features = new Dictionary<string, int>(StringComparer.Ordinal);
        var weights = new List<float>();
        var lineNumber = 0;
        // Read over spans of the text: only each feature's name becomes a string (the models are megabytes of cells).
        foreach (var raw in text.AsSpan().EnumerateLines())
        {
            lineNumber++;
            var line = raw;
            if (line.Length == 0 || line[0] == '#') continue;
            if (classes is null)
            {
                var cells = line.ToString().Split('\t');
                if (cells[0] != "classes" || cells.Length < 3) throw new InvalidDataException($"{name}:{lineNumber}: expected the classes line");
                classes = cells[1..];
                continue;
            }
            if (bias is null)
            {
                var cells = line.ToString().Split('\t');
                if (cells[0] != "bias" || cells.Length != classes.Length + 1) throw new InvalidDataException($"{name}:{lineNumber}: expected one bias per class");
                bias = cells[1..].Select(c => Parse(name, lineNumber, c)).ToArray();
                continue;
            }
            var tab = line.IndexOf('\t');
            var feature = (tab < 0 ? line : line[..tab]).ToString();
            var row = features.Count;
            if (!features.TryAdd(feature, row)) throw new InvalidDataException($"{name}:{lineNumber}: feature '{feature}' repeated");
            weights.AddRange(new float[classes.Length]);
            var rest = tab < 0 ? ReadOnlySpan<char>.Empty : line[(tab + 1)..];
            while (!rest.IsEmpty)
            {
                var next = rest.IndexOf('\t');
                var cell = next < 0 ? rest : rest[..next];
                rest = next < 0 ? ReadOnlySpan<char>.Empty : rest[(next + 1)..];
                var colon = cell.IndexOf(':');
                if (colon <= 0 || !int.TryParse(cell[..colon], NumberStyles.None, CultureInfo.InvariantCulture, out var c) || c >= classes.Length)
                    throw new InvalidDataException($"{name}:{lineNumber}: expected class:weight, not '{cell}'");
                weights[row * classes.Length + c] = float.TryParse(cell[(colon + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w
                    : throw new InvalidDataException($"{name}:{lineNumber}: '{cell[(colon + 1)..]}' is not a number");
            }
        }
        if (classes is null || bias is null) throw new InvalidDataException($"{name}: no classes or biases");
        return new LogisticModel(classes, features, weights.ToArray(), bias);
    }

    private static float Parse(string name, int line, string s) =>
        float.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var w) ? w
            : throw new InvalidDataException($"{name}:{line}: '{s}' is not a number");
}
