namespace Warta.Coding.Learning;

/// <summary>One training example: its features and the index of its class.</summary>
public sealed record Example(IReadOnlyList<string> Features, int Label);

/// <summary>
/// Trains a <see cref="LogisticModel"/> by stochastic gradient descent on the log loss with AdaGrad steps and L2
/// decay. Deterministic: examples are visited in an order shuffled by a seeded generator, on one thread, so the
/// same examples and seed give the same weights. With <paramref name="Runs"/> above 1 the model is trained that many
/// times, each run visiting the examples in its own order (seeds <c>Seed</c>, <c>Seed + 1</c> …), and the weights are
/// averaged: one linear model as cheap to apply as each, which depends less on the order a single run happened to take.
/// </summary>
public sealed record LogisticModelTrainer(int Epochs = 12, double LearningRate = 0.2, double L2 = 1e-5, int MinCount = 2, int Seed = 17, int Runs = 1)
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
        var sumWeights = new double[index.Count * n];
        var sumBias = new double[n];
        for (var run = 0; run < Runs; run++)
        {
            var (w, b) = Fit(rows, labels, index.Count, n, Seed + run);
            for (var k = 0; k < w.Length; k++) sumWeights[k] += w[k];
            for (var c = 0; c < n; c++) sumBias[c] += b[c];
        }
        return new LogisticModel(classes.ToArray(), index, sumWeights.Select(w => (float)(w / Runs)).ToArray(), sumBias.Select(b => (float)(b / Runs)).ToArray());
    }

    // One run of AdaGrad SGD over the rows (feature indexes) in an order shuffled by the seed.
    private (double[] Weights, double[] Bias) Fit(int[][] rows, List<int> labels, int featureCount, int n, int seed)
    {
        var weights = new double[featureCount * n];
        var squares = new double[featureCount * n];
        var bias = new double[n];
        var biasSquares = new double[n];
        var order = Enumerable.Range(0, rows.Length).ToArray();
        var random = new Random(seed);
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
        return (weights, bias);
    }
}
