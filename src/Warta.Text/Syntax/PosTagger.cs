namespace Warta.Text.Syntax;

/// <summary>
/// Greedy left-to-right part-of-speech tagger: an averaged perceptron over the word, its affixes
/// and shape, the neighbouring words and the two previous tags.
/// </summary>
internal sealed class PosTagger(string[] tags, LinearModel model)
{
    public const int MaxFeatures = 32;
    private const long Before = -1, After = -2;

    public string[] Tags { get; } = tags;

    public LinearModel Model { get; } = model;

    /// <summary>Tag ids for every token.</summary>
    public int[] Tag(TokenAtoms atoms)
    {
        var result = new int[atoms.Count];
        Span<long> features = stackalloc long[MaxFeatures];
        Span<float> scores = stackalloc float[Tags.Length];
        for (var i = 0; i < atoms.Count; i++)
        {
            var n = Features(atoms, i, i > 0 ? result[i - 1] : -1, i > 1 ? result[i - 2] : -1, features);
            Model.Score(features[..n], scores);
            result[i] = ArgMax(scores);
        }
        return result;
    }

    /// <summary>The tag names of a sentence's tokens, given as written.</summary>
    public string[] TagForms(IReadOnlyList<string> forms)
    {
        var ids = Tag(new TokenAtoms(forms));
        var tags = new string[ids.Length];
        for (var i = 0; i < ids.Length; i++) tags[i] = Tags[ids[i]];
        return tags;
    }

    internal static int ArgMax(ReadOnlySpan<float> scores)
    {
        var best = 0;
        for (var k = 1; k < scores.Length; k++)
            if (scores[k] > scores[best]) best = k;
        return best;
    }

    /// <summary>Fills the feature keys of token <paramref name="i"/>; returns how many.</summary>
    internal static int Features(TokenAtoms a, int i, int prev1, int prev2, Span<long> f)
    {
        var n = a.Count;
        var w = a.Word[i];
        var wm1 = i > 0 ? a.Word[i - 1] : Before;
        var wm2 = i > 1 ? a.Word[i - 2] : Before;
        var wp1 = i + 1 < n ? a.Word[i + 1] : After;
        var wp2 = i + 2 < n ? a.Word[i + 2] : After;
        var s = a.Shape[i];
        var sm1 = i > 0 ? a.Shape[i - 1] : -1;
        var sp1 = i + 1 < n ? a.Shape[i + 1] : -2;
        var suf3 = a.Suffix[2][i];
        var k = 0;
        f[k++] = FeatureHash.Key(0, 0);
        f[k++] = FeatureHash.Key(1, w);
        for (var j = 0; j < TokenAtoms.Affixes; j++)
        {
            f[k++] = FeatureHash.Key(2 + j, a.Suffix[j][i]);
            f[k++] = FeatureHash.Key(6 + j, a.Prefix[j][i]);
        }
        f[k++] = FeatureHash.Key(10, s);
        f[k++] = FeatureHash.Key(11, s, i == 0 ? 1 : 0);
        f[k++] = FeatureHash.Key(12, prev1);
        f[k++] = FeatureHash.Key(13, prev2);
        f[k++] = FeatureHash.Key(14, prev1, prev2);
        f[k++] = FeatureHash.Key(15, prev1, w);
        f[k++] = FeatureHash.Key(16, wm1);
        f[k++] = FeatureHash.Key(17, i > 0 ? a.Suffix[2][i - 1] : Before);
        f[k++] = FeatureHash.Key(18, wm2);
        f[k++] = FeatureHash.Key(19, wp1);
        f[k++] = FeatureHash.Key(20, i + 1 < n ? a.Suffix[2][i + 1] : After);
        f[k++] = FeatureHash.Key(21, wp2);
        f[k++] = FeatureHash.Key(22, sm1, s);
        f[k++] = FeatureHash.Key(23, s, sp1);
        f[k++] = FeatureHash.Key(24, wm1, w);
        f[k++] = FeatureHash.Key(25, w, wp1);
        f[k++] = FeatureHash.Key(26, prev1, s);
        f[k++] = FeatureHash.Key(27, prev1, suf3);
        f[k++] = FeatureHash.Key(28, s, wp1);
        f[k++] = FeatureHash.Key(29, wm1, s);
        return k;
    }
}
