namespace Warta.Text.Syntax;

/// <summary>A sentence as a sequence tagger learns it: its tokens' atoms and the gold tag id of each.</summary>
internal sealed record TaggedExample(TokenAtoms Atoms, int[] Tags);

/// <summary>
/// Trains the greedy sequence tagger of <see cref="PosTagger"/> (the part-of-speech tags of the parser, or the name
/// tags of <see cref="Names.NameModel"/>): several averaged perceptrons from different fixed-seed shuffles, their
/// averaged weights summed into one model. One thread, so the same data and seed give the same weights.
/// </summary>
internal static class TaggerTraining
{
    public static LinearModel Train(IReadOnlyList<TaggedExample> data, int tagCount, int epochs, int models, int seed, float minWeight, Action<string>? log)
    {
        var sum = new RowSum(tagCount);
        for (var e = 0; e < Math.Max(1, models); e++)
            sum.Add(TrainOne(data, tagCount, epochs, seed + 100 * e, log), 1f);
        return sum.ToModel(minWeight);
    }

    private static AveragedPerceptron TrainOne(IReadOnlyList<TaggedExample> data, int tagCount, int epochs, int seed, Action<string>? log)
    {
        var perceptron = new AveragedPerceptron(tagCount);
        var rng = new SplitMix((ulong)seed);
        var order = Enumerable.Range(0, data.Count).ToArray();
        Span<long> features = stackalloc long[PosTagger.MaxFeatures];
        Span<float> scores = stackalloc float[tagCount];
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            long right = 0, total = 0;
            foreach (var index in order)
            {
                var ex = data[index];
                var guessed = new int[ex.Atoms.Count];
                for (var i = 0; i < ex.Atoms.Count; i++)
                {
                    var n = PosTagger.Features(ex.Atoms, i, i > 0 ? guessed[i - 1] : -1, i > 1 ? guessed[i - 2] : -1, features);
                    perceptron.Score(features[..n], scores);
                    var guess = PosTagger.ArgMax(scores);
                    perceptron.Update(features[..n], ex.Tags[i], guess);
                    perceptron.Tick();
                    guessed[i] = guess;
                    total++;
                    if (guess == ex.Tags[i]) right++;
                }
            }
            log?.Invoke($"  tagger epoch {epoch + 1}: {(double)right / total:P2} right while training");
        }
        return perceptron;
    }
}
