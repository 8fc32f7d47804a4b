namespace Warta.Coding.Learning;

/// <summary>One training example: its features and the index of its class.</summary>
public sealed record Example(IReadOnlyList<string> Features, int Label);

/// <summary>
/// Trains a <see cref="LogisticModel"/> by stochastic gradient descent on the log loss with AdaGrad steps and L2
/// decay. Deterministic: examples are visited in an order shuffled by a seeded generator, on one thread, so the
/// same examples and seed give the same weights.
/// </summary>
public sealed record LogisticModelTrainer(int Epochs = 12, double LearningRate = 0.2, double L2 = 1e-5, int MinCount = 2, int Seed = 17)
{
    public LogisticModel Train(IReadOnlyList<string> classes, IReadOnlyList<Example> examples) => Train(classes, () => examples);

    /// <summary>Trains from examples produced twice (once to count features, once to index them), so that their strings need not all be held.</summary>
    public LogisticModel Train(IReadOnlyList<string> classes, Func<IEnumerable<Example>> produce)
    {
        var n = classes.Count;
        // Features seen fewer than MinCount times carry no evidence that generalises: they are left out.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in produce()) foreach (var f in e.Features.Distinct()) counts[f] = counts.GetValueOrDefault(f) + 1;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var f in counts.Where(kv => kv.Value >= MinCount).Select(kv => kv.Key).Order(StringComparer.Ordinal)) index[f] = index.Count;
        counts.Clear();
        var rowList = new List<int[]>();
        var labels = new List<int>();
        foreach (var e in produce())
        {
            rowList.Add(e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().ToArray());
            labels.Add(e.Label);
        }
        var rows = rowList.ToArray();

        var weights = new double[index.Count * n];
        var squares = new double[index.Count * n];
        var bias = new double[n];
        var biasSquares = new double[n];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(Seed);
        var scores = new double[n];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var i in order)
            {
                var features = rows[i];
                for (var c = 0; c < n; c++)
                {
                    var s = bias[c];
                    foreach (var f in features) s += weights[f * n + c];
                    scores[c] = s;
                }
                LogisticModel.Softmax(scores);
                for (var c = 0; c < n; c++)
                {
                    var g = scores[c] - (c == labels[i] ? 1 : 0);
                    biasSquares[c] += g * g;
                    bias[c] -= LearningRate * g / Math.Sqrt(biasSquares[c] + 1e-8);
                    foreach (var f in features)
                    {
                        var k = f * n + c;
                        var gk = g + L2 * weights[k];
                        squares[k] += gk * gk;
                        weights[k] -= LearningRate * gk / Math.Sqrt(squares[k] + 1e-8);
                    }
                }
            }
        }
        return new LogisticModel(classes.ToArray(), index, weights.Select(w => (float)w).ToArray(), bias.Select(b => (float)b).ToArray());
    }
}
