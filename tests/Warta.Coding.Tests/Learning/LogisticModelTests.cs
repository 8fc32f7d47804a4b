using Warta.Coding.Learning;

namespace Warta.Coding.Tests.Learning;

public sealed class LogisticModelTests
{
    private static readonly string[] Classes = ["none", "a", "b"];

    // A toy problem: feature "x" means class a, "y" class b, anything else none; "noise" carries nothing.
    private static List<Example> Toy() =>
    [
        .. Enumerable.Range(0, 20).Select(i => new Example(["x", i % 2 == 0 ? "noise" : "other"], 1)),
        .. Enumerable.Range(0, 20).Select(i => new Example(["y", i % 2 == 0 ? "noise" : "other"], 2)),
        .. Enumerable.Range(0, 40).Select(i => new Example(["z", i % 2 == 0 ? "noise" : "other"], 0)),
    ];

    private static string Saved(LogisticModel model)
    {
        using var writer = new StringWriter();
        model.Save(writer, "test model");
        return writer.ToString();
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.7)]
    [InlineData(0.95)]
    public void The_cheap_reach_test_never_drops_a_class_that_reaches_the_threshold(double threshold)
    {
        var model = new LogisticModelTrainer().Train(Classes, Toy());
        string[] words = ["x", "y", "z", "noise", "other", "unknown"];
        var reached = 0;
        var skipped = 0;
        // Every split of every pair of feature sets into parts, as the decoder sums them.
        foreach (var a in words)
            foreach (var b in words)
                foreach (var c in words)
                {
                    var parts = new[] { model.PartialScores([a]), model.PartialScores([b, c]) };
                    var p = model.Probabilities(parts);
                    var reaches = p[1] >= threshold || p[2] >= threshold;
                    var canReach = model.CanReach(threshold, 0, parts);
                    Assert.True(canReach || !reaches, $"{a} {b} {c}: P = {string.Join(", ", p)}");
                    if (reaches) reached++;
                    if (!canReach) skipped++;
                }
        Assert.True(reached > 0 && skipped > 0, $"reached {reached}, skipped {skipped}: the test must see both");
    }

    [Fact]
    public void Prefixed_scores_equal_the_scores_of_the_prefixed_names()
    {
        List<Example> data =
        [
            .. Enumerable.Range(0, 10).Select(_ => new Example(["S:x", "O:y"], 1)),
            .. Enumerable.Range(0, 10).Select(_ => new Example(["S:y", "O:x", "S:" + new string('w', 300)], 2)),
            .. Enumerable.Range(0, 10).Select(_ => new Example(["S:z"], 0)),
        ];
        var model = new LogisticModelTrainer().Train(Classes, data);
        string[] features = ["x", "y", "z", "unknown", new string('w', 300)];
        foreach (var prefix in new[] { "S:", "O:" })
        {
            var expected = model.PartialScores(features.Select(f => prefix + f));
            Assert.Contains(expected, w => w != 0);
            Assert.Equal(expected, model.PartialScores(prefix, features));
        }
    }

    [Fact]
    public void Training_learns_a_separable_problem_and_probabilities_sum_to_one()
    {
        var model = new LogisticModelTrainer().Train(Classes, Toy());
        var pa = model.Probabilities(["x", "noise"]);
        var pb = model.Probabilities(["y", "other"]);
        Assert.Equal(1.0, pa.Sum(), 6);
        Assert.True(pa[1] > 0.8, $"P(a | x) = {pa[1]}");
        Assert.True(pb[2] > 0.8, $"P(b | y) = {pb[2]}");
        Assert.True(model.Probabilities(["z"])[0] > 0.8);
    }

    [Fact]
    public void Training_twice_on_the_same_examples_gives_the_same_bytes()
    {
        var first = Saved(new LogisticModelTrainer().Train(Classes, Toy()));
        var second = Saved(new LogisticModelTrainer().Train(Classes, Toy()));
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_probabilities()
    {
        var model = new LogisticModelTrainer().Train(Classes, Toy());
        var loaded = LogisticModel.Load("toy.tsv", Saved(model));
        Assert.Equal(Classes, loaded.Classes);
        var before = model.Probabilities(["x", "noise"]);
        var after = loaded.Probabilities(["x", "noise"]);
        for (var c = 0; c < Classes.Length; c++) Assert.Equal(before[c], after[c], 3);
        Assert.Equal(Saved(model), Saved(loaded));
    }

    [Fact]
    public void Features_seen_once_are_left_out()
    {
        var examples = Toy();
        examples.Add(new Example(["rare"], 1));
        var text = Saved(new LogisticModelTrainer(MinCount: 2).Train(Classes, examples));
        Assert.DoesNotContain("\nrare\t", text, StringComparison.Ordinal);
        Assert.Contains("\nx\t", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_runs_average_the_weights_of_runs_in_their_own_orders()
    {
        // Few epochs, so that each order leaves its own weights.
        var averaged = new LogisticModelTrainer(Epochs: 1, Seed: 17, Runs: 2).Train(Classes, Toy());
        var first = new LogisticModelTrainer(Epochs: 1, Seed: 17).Train(Classes, Toy());
        var second = new LogisticModelTrainer(Epochs: 1, Seed: 18).Train(Classes, Toy());
        foreach (var feature in new[] { "x", "noise", "other" })
        {
            var (a, f, s) = (averaged.PartialScores([feature]), first.PartialScores([feature]), second.PartialScores([feature]));
            Assert.NotEqual(f, s);
            for (var c = 0; c < Classes.Length; c++) Assert.Equal((f[c] + s[c]) / 2, a[c], 5);
        }
    }

    [Fact]
    public void Partial_scores_combine_to_the_probabilities_of_all_features()
    {
        var model = new LogisticModelTrainer().Train(Classes, Toy());
        var whole = model.Probabilities(["x", "noise"]);
        var parts = model.Probabilities(model.PartialScores(["x"]), model.PartialScores(["noise"]));
        for (var c = 0; c < Classes.Length; c++) Assert.Equal(whole[c], parts[c], 9);
    }

    [Theory]
    [InlineData("bias\t0\t0\t0\n", "expected the classes line")]
    [InlineData("classes\tnone\ta\nbias\t0\n", "one bias per class")]
    [InlineData("classes\tnone\ta\nbias\t0\t0\nx\t5:1\n", "expected class:weight")]
    [InlineData("classes\tnone\ta\nbias\t0\t0\nx\t1:abc\n", "is not a number")]
    public void A_malformed_model_file_names_the_line(string text, string message)
    {
        var ex = Assert.Throws<InvalidDataException>(() => LogisticModel.Load("bad.tsv", text));
        Assert.Contains("bad.tsv", ex.Message, StringComparison.Ordinal);
        Assert.Contains(message, ex.Message, StringComparison.Ordinal);
    }
}
