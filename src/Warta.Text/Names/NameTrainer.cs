using System.Diagnostics;
using Warta.Text.Syntax;

namespace Warta.Text.Names;

/// <summary>What to train the name tagger from and how. Same options and files → the same model bytes.</summary>
/// <param name="DataDirectory">Folder the recipe's corpus files are named from.</param>
/// <param name="Recipe">Corpus files learned from, and the one kept out of training to report accuracy.</param>
public sealed record NameTrainingOptions(
    string DataDirectory,
    NameTrainingRecipe Recipe,
    int Seed = 1,
    int Epochs = 10,
    int Models = 3,
    float MinWeight = 1.75f);

/// <summary>Exact-match scores of names (same first and last token, same kind) on a held-out file.</summary>
public sealed record NameScores(int Sentences, int Tokens, double TagAccuracy, IReadOnlyList<NameKindScore> Kinds)
{
    public NameKindScore All => Kinds.Single(k => k.Kind == NameKindScore.AllKinds);
}

public sealed record NameKindScore(string Kind, int Gold, int Found, int Right)
{
    public const string AllKinds = "all";
    public double Precision => Found == 0 ? 0 : (double)Right / Found;
    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;
    public double F1 => Right == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

public sealed record NameTrainingResult(byte[] Model, NameScores HeldOut, int TrainingSentences, int TrainingTokens, TimeSpan Elapsed);

/// <summary>
/// Trains <see cref="NameModel"/> from named-entity corpora, deterministically (fixed-seed shuffles, one thread,
/// sorted serialisation), with the part-of-speech tagger's features and training.
/// </summary>
public static class NameTrainer
{
    public static NameTrainingResult Train(NameTrainingOptions options, Action<string>? log = null)
    {
        log ??= _ => { };
        var clock = Stopwatch.StartNew();
        var train = options.Recipe.Training.SelectMany(f => NameCorpusReader.ReadFile(Path.Combine(options.DataDirectory, f.Path), f.Kinds)).ToList();
        var heldOut = options.Recipe.HeldOut is { } h && File.Exists(Path.Combine(options.DataDirectory, h.Path))
            ? NameCorpusReader.ReadFile(Path.Combine(options.DataDirectory, h.Path), h.Kinds) : [];

        var tags = train.SelectMany(s => s.Tags).Append(NameModel.Outside).Distinct().Order(StringComparer.Ordinal).ToArray();
        var index = tags.Select((t, i) => (t, i)).ToDictionary(p => p.t, p => p.i, StringComparer.Ordinal);
        var data = train.Select(s => new TaggedExample(new TokenAtoms(s.Forms), s.Tags.Select(t => index[t]).ToArray())).ToArray();
        var tokens = data.Sum(d => d.Atoms.Count);
        log($"training on {options.Recipe.Training.Count} files: {data.Length} sentences, {tokens} tokens; {tags.Length} tags");

        var weights = TaggerTraining.Train(data, tags.Length, options.Epochs, options.Models, options.Seed, options.MinWeight, log);
        var bytes = new NameModel(new PosTagger(tags, weights)).ToBytes();
        // Measure the model as shipped, read back from its bytes.
        var scores = Evaluate(NameModel.Load(bytes), heldOut);
        return new NameTrainingResult(bytes, scores, data.Length, tokens, clock.Elapsed);
    }

    /// <summary>Tag accuracy and exact-match name precision, recall and F1, by kind and over all kinds.</summary>
    public static NameScores Evaluate(NameModel model, IReadOnlyList<NamedSentence> sentences)
    {
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        long tokens = 0, rightTags = 0;
        foreach (var s in sentences)
        {
            var tagged = model.Tag(s.Forms);
            for (var i = 0; i < s.Count; i++)
            {
                tokens++;
                if (tagged[i] == s.Tags[i]) rightTags++;
            }
            var gold = NameModel.Spans(s.Tags);
            var found = NameModel.Spans(tagged);
            var goldSet = gold.ToHashSet();
            foreach (var g in gold) Count(g.Kind)[0]++;
            foreach (var f in found)
            {
                Count(f.Kind)[1]++;
                if (goldSet.Contains(f)) Count(f.Kind)[2]++;
            }
        }
        var kinds = counts.Select(p => new NameKindScore(p.Key, p.Value[0], p.Value[1], p.Value[2])).ToList();
        kinds.Add(new NameKindScore(NameKindScore.AllKinds, kinds.Sum(k => k.Gold), kinds.Sum(k => k.Found), kinds.Sum(k => k.Right)));
        return new NameScores(sentences.Count, (int)tokens, tokens == 0 ? 0 : (double)rightTags / tokens, kinds);

        int[] Count(string kind) => counts.TryGetValue(kind, out var c) ? c : counts[kind] = new int[3];
    }
}
