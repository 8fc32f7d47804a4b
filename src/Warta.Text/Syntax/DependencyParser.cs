namespace Warta.Text.Syntax;

/// <summary>
/// Greedy arc-eager dependency parser: one averaged perceptron chooses the move (shift, reduce,
/// left arc, right arc) and a second one the relation of each arc made, both over the features of
/// Zhang and Nivre (2011): words and tags of the stack and buffer, heads, leftmost and rightmost
/// children, their relations, distance and valency.
/// </summary>
internal sealed class DependencyParser(string[] relations, LinearModel moves, LinearModel labels)
{
    public const int MaxFeatures = 96;
    /// <summary>The relation of a word attached to the root (always this, and only there).</summary>
    public const string RootRelation = "root";

    public string[] Relations { get; } = relations;
    public LinearModel Moves { get; } = moves;
    public LinearModel Labels { get; } = labels;
    public int RootLabel { get; } = Array.IndexOf(relations, RootRelation);

    /// <summary>Parses one sentence given its atoms and tag ids; heads are -1 for the root.</summary>
    public (int[] Head, int[] Label) Parse(TokenAtoms atoms, int[] tags, int tagCount, ArcEagerState state)
    {
        var n = atoms.Count;
        state.Reset(n);
        Span<long> features = stackalloc long[MaxFeatures];
        Span<float> moveScores = stackalloc float[ArcEagerState.Moves];
        Span<float> labelScores = stackalloc float[Labels.Classes];
        while (!state.IsTerminal)
        {
            var count = Features(atoms, tags, tagCount, state, features);
            Moves.Score(features[..count], moveScores);
            var move = BestLegal(state, moveScores);
            var label = -1;
            if (move is ArcEagerState.Left or ArcEagerState.Right)
            {
                Labels.Score(features[..count], labelScores);
                label = BestLabel(state, move, labelScores, Relations.Length, RootLabel);
            }
            state.Apply(move, label);
        }
        return Finish(state, tags);
    }

    internal static int BestLegal(ArcEagerState state, ReadOnlySpan<float> scores)
    {
        var best = -1;
        for (var m = 0; m < ArcEagerState.Moves; m++)
            if (state.IsLegal(m) && (best < 0 || scores[m] > scores[best])) best = m;
        return best;
    }

    /// <summary>The relation of an arc: "root" for the root arc, otherwise the best other relation for the direction.</summary>
    internal static int BestLabel(ArcEagerState state, int move, ReadOnlySpan<float> scores, int relationCount, int rootLabel)
    {
        if (move == ArcEagerState.Left && state.B == state.N) return rootLabel;
        var offset = move == ArcEagerState.Left ? 0 : relationCount;
        var best = -1;
        for (var l = 0; l < relationCount; l++)
            if (l != rootLabel && (best < 0 || scores[offset + l] > scores[offset + best])) best = l;
        return best;
    }

    /// <summary>
    /// Heads with -1 for the root. When several words hang from ROOT, the first keeps it and the
    /// others attach to it (as "parataxis", or "punct" when tagged as punctuation).
    /// </summary>
    private (int[] Head, int[] Label) Finish(ArcEagerState state, int[] tags)
    {
        var n = state.N;
        var head = new int[n];
        var label = new int[n];
        var root = -1;
        for (var i = 0; i < n; i++)
        {
            head[i] = state.Head[i];
            label[i] = state.Label[i];
            if (head[i] == n || head[i] == -1)
            {
                if (root < 0)
                {
                    root = i;
                    head[i] = -1;
                    label[i] = RootLabel;
                }
                else
                {
                    head[i] = root;
                    label[i] = FallbackLabel(tags[i]);
                }
            }
        }
        return (head, label);
    }

    internal int PunctTag { get; init; } = -1;

    private int FallbackLabel(int tag)
    {
        var punct = Array.IndexOf(Relations, "punct");
        var parataxis = Array.IndexOf(Relations, "parataxis");
        return tag == PunctTag && punct >= 0 ? punct : parataxis >= 0 ? parataxis : Math.Max(0, punct);
    }

    private const long None = -1, RootWord = -3;

    /// <summary>Fills the feature keys of a configuration; returns how many.</summary>
    internal static int Features(TokenAtoms a, int[] tags, int tagCount, ArcEagerState st, Span<long> f)
    {
        var n = st.N;
        var s0 = st.S0;
        var b = st.B;
        var n1 = b + 1 <= n ? b + 1 : -1;
        var n2 = b + 2 <= n ? b + 2 : -1;
        var s1 = st.Depth > 1 ? st.Stack[st.Depth - 2] : -1;
        var s0h = s0 >= 0 ? st.Head[s0] : -1;
        var s0h2 = s0h >= 0 && s0h < n ? st.Head[s0h] : -1;
        var s0l = s0 >= 0 ? st.L1[s0] : -1;
        var s0l2 = s0 >= 0 ? st.L2[s0] : -1;
        var s0r = s0 >= 0 ? st.R1[s0] : -1;
        var s0r2 = s0 >= 0 ? st.R2[s0] : -1;
        var n0l = st.L1[b];
        var n0l2 = st.L2[b];

        long W(int x) => x < 0 ? None : x == n ? RootWord : a.Word[x];
        long P(int x) => x < 0 ? tagCount : x == n ? tagCount + 1 : tags[x];
        long L(int x) => x < 0 || x >= n ? -1 : st.Label[x];

        long s0w = W(s0), s0p = P(s0), n0w = W(b), n0p = P(b), n1w = W(n1), n1p = P(n1), n2w = W(n2), n2p = P(n2);
        long dist = 0;
        if (s0 >= 0)
        {
            var d = b - s0;
            dist = d <= 4 ? d : d <= 7 ? 5 : d <= 11 ? 6 : 7;
            if (b == n) dist = 8;
        }
        long s0vl = s0 >= 0 ? Math.Min(st.NLeft[s0], 4) : -1;
        long s0vr = s0 >= 0 ? Math.Min(st.NRight[s0], 4) : -1;
        long n0vl = Math.Min(st.NLeft[b], 4);
        long s0sl = s0 >= 0 ? (long)st.LeftLabels[s0] : -1;
        long s0sr = s0 >= 0 ? (long)st.RightLabels[s0] : -1;
        long n0sl = (long)st.LeftLabels[b];
        long s0hp = P(s0h), s0lp = P(s0l), s0rp = P(s0r), n0lp = P(n0l);

        var k = 0;
        f[k++] = FeatureHash.Key(1, s0w, s0p);
        f[k++] = FeatureHash.Key(2, s0w);
        f[k++] = FeatureHash.Key(3, s0p);
        f[k++] = FeatureHash.Key(4, n0w, n0p);
        f[k++] = FeatureHash.Key(5, n0w);
        f[k++] = FeatureHash.Key(6, n0p);
        f[k++] = FeatureHash.Key(7, n1w, n1p);
        f[k++] = FeatureHash.Key(8, n1w);
        f[k++] = FeatureHash.Key(9, n1p);
        f[k++] = FeatureHash.Key(10, n2w, n2p);
        f[k++] = FeatureHash.Key(11, n2w);
        f[k++] = FeatureHash.Key(12, n2p);
        f[k++] = FeatureHash.Key(13, s0w, s0p, n0w, n0p);
        f[k++] = FeatureHash.Key(14, s0w, s0p, n0w);
        f[k++] = FeatureHash.Key(15, s0w, n0w, n0p);
        f[k++] = FeatureHash.Key(16, s0w, s0p, n0p);
        f[k++] = FeatureHash.Key(17, s0p, n0w, n0p);
        f[k++] = FeatureHash.Key(18, s0w, n0w);
        f[k++] = FeatureHash.Key(19, s0p, n0p);
        f[k++] = FeatureHash.Key(20, n0p, n1p);
        f[k++] = FeatureHash.Key(21, n0p, n1p, n2p);
        f[k++] = FeatureHash.Key(22, s0p, n0p, n1p);
        f[k++] = FeatureHash.Key(23, s0hp, s0p, n0p);
        f[k++] = FeatureHash.Key(24, s0p, s0lp, n0p);
        f[k++] = FeatureHash.Key(25, s0p, s0rp, n0p);
        f[k++] = FeatureHash.Key(26, s0p, n0p, n0lp);
        f[k++] = FeatureHash.Key(27, s0w, dist);
        f[k++] = FeatureHash.Key(28, s0p, dist);
        f[k++] = FeatureHash.Key(29, n0w, dist);
        f[k++] = FeatureHash.Key(30, n0p, dist);
        f[k++] = FeatureHash.Key(31, s0w, n0w, dist);
        f[k++] = FeatureHash.Key(32, s0p, n0p, dist);
        f[k++] = FeatureHash.Key(33, s0w, s0vr);
        f[k++] = FeatureHash.Key(34, s0p, s0vr);
        f[k++] = FeatureHash.Key(35, s0w, s0vl);
        f[k++] = FeatureHash.Key(36, s0p, s0vl);
        f[k++] = FeatureHash.Key(37, n0w, n0vl);
        f[k++] = FeatureHash.Key(38, n0p, n0vl);
        f[k++] = FeatureHash.Key(39, W(s0h));
        f[k++] = FeatureHash.Key(40, s0hp);
        f[k++] = FeatureHash.Key(41, L(s0));
        f[k++] = FeatureHash.Key(42, W(s0l));
        f[k++] = FeatureHash.Key(43, s0lp);
        f[k++] = FeatureHash.Key(44, L(s0l));
        f[k++] = FeatureHash.Key(45, W(s0r));
        f[k++] = FeatureHash.Key(46, s0rp);
        f[k++] = FeatureHash.Key(47, L(s0r));
        f[k++] = FeatureHash.Key(48, W(n0l));
        f[k++] = FeatureHash.Key(49, n0lp);
        f[k++] = FeatureHash.Key(50, L(n0l));
        f[k++] = FeatureHash.Key(51, W(s0h2));
        f[k++] = FeatureHash.Key(52, P(s0h2));
        f[k++] = FeatureHash.Key(53, L(s0h));
        f[k++] = FeatureHash.Key(54, W(s0l2));
        f[k++] = FeatureHash.Key(55, P(s0l2));
        f[k++] = FeatureHash.Key(56, L(s0l2));
        f[k++] = FeatureHash.Key(57, W(s0r2));
        f[k++] = FeatureHash.Key(58, P(s0r2));
        f[k++] = FeatureHash.Key(59, L(s0r2));
        f[k++] = FeatureHash.Key(60, W(n0l2));
        f[k++] = FeatureHash.Key(61, P(n0l2));
        f[k++] = FeatureHash.Key(62, L(n0l2));
        f[k++] = FeatureHash.Key(63, s0p, s0lp, P(s0l2));
        f[k++] = FeatureHash.Key(64, s0p, s0rp, P(s0r2));
        f[k++] = FeatureHash.Key(65, s0p, s0hp, P(s0h2));
        f[k++] = FeatureHash.Key(66, n0p, n0lp, P(n0l2));
        f[k++] = FeatureHash.Key(67, s0w, s0sr);
        f[k++] = FeatureHash.Key(68, s0p, s0sr);
        f[k++] = FeatureHash.Key(69, s0w, s0sl);
        f[k++] = FeatureHash.Key(70, s0p, s0sl);
        f[k++] = FeatureHash.Key(71, n0w, n0sl);
        f[k++] = FeatureHash.Key(72, n0p, n0sl);
        f[k++] = FeatureHash.Key(73, P(s1));
        f[k++] = FeatureHash.Key(74, W(s1));
        f[k++] = FeatureHash.Key(75, P(s1), s0p, n0p);
        f[k++] = FeatureHash.Key(76, 0);
        f[k++] = FeatureHash.Key(77, b < n ? a.Prefix[2][b] : None, n0p);
        f[k++] = FeatureHash.Key(78, s0 >= 0 ? a.Prefix[2][s0] : None, s0p);
        f[k++] = FeatureHash.Key(79, s0p, n0p, L(s0));
        f[k++] = FeatureHash.Key(80, s0w, n0p, n1p);
        long punct = s0 >= 0 ? Math.Min(a.PunctBefore[Math.Min(b, n)] - a.PunctBefore[s0 + 1], 2) : -1;
        f[k++] = FeatureHash.Key(81, s0p, n0p, punct);
        f[k++] = FeatureHash.Key(82, dist, punct);
        f[k++] = FeatureHash.Key(83, s0w, n0p, punct);
        f[k++] = FeatureHash.Key(84, s0p, n0w, punct);
        long s0prev = s0 > 0 ? tags[s0 - 1] : tagCount, s0next = s0 >= 0 && s0 + 1 < n ? tags[s0 + 1] : tagCount;
        long n0prev = b > 0 ? tags[b - 1] : tagCount;
        f[k++] = FeatureHash.Key(85, s0p, s0prev, n0p);
        f[k++] = FeatureHash.Key(86, s0p, s0next, n0p);
        f[k++] = FeatureHash.Key(87, s0p, n0prev, n0p);
        f[k++] = FeatureHash.Key(88, n0w, n1w);
        f[k++] = FeatureHash.Key(89, n0p, n1w);
        f[k++] = FeatureHash.Key(90, b > 0 ? a.Word[b - 1] : None, n0p);
        return k;
    }
}
