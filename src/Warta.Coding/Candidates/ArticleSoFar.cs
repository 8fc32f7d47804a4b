using Warta.Core;

namespace Warta.Coding.Candidates;

/// <summary>
/// What the article has said up to and including a sentence, as far as the learned event models look at it: how often
/// each actor (by root) was named, and which pairs of actors were named together in an earlier sentence. Reports
/// concentrate their acts on the few actors they are about; an actor named once in passing rarely takes part in one.
/// </summary>
public sealed class ArticleSoFar
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    // Pairs in ordinal order; tuples, not joined strings: this is rebuilt for every sentence from all the ones before it.
    private readonly HashSet<(string, string)> _together = [];
    // Each named actor's rank, worked out once: the features ask for it for every candidate word and actor.
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);

    public static readonly ArticleSoFar Empty = new([], []);

    /// <param name="earlier">The actors of each earlier sentence, in order.</param>
    /// <param name="current">The actors of the sentence itself.</param>
    public ArticleSoFar(IEnumerable<IReadOnlyList<ActorMention>> earlier, IEnumerable<ActorMention> current)
    {
        var roots = new List<string>();
        foreach (var sentence in earlier)
        {
            roots.Clear();
            foreach (var m in sentence)
                if (!roots.Contains(m.Root)) roots.Add(m.Root);
            foreach (var r in roots) _counts[r] = _counts.GetValueOrDefault(r) + 1;
            foreach (var a in roots) foreach (var b in roots) if (string.CompareOrdinal(a, b) < 0) _together.Add((a, b));
        }
        foreach (var r in current.Select(m => m.Root).Distinct(StringComparer.Ordinal)) _counts[r] = _counts.GetValueOrDefault(r) + 1;
        foreach (var (root, n) in _counts) _ranks[root] = 1 + _counts.Values.Count(c => c > n);
    }

    /// <summary>The actor's rank by the number of sentences naming it so far: 1 for the most named (ties share a rank).</summary>
    public int Rank(string root) => _ranks.TryGetValue(root, out var rank) ? rank : 1 + _counts.Count;

    /// <summary>Whether an earlier sentence named both actors.</summary>
    public bool NamedTogether(string a, string b) =>
        _together.Contains(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a));
}
