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
    private readonly ActorHistory _history;
    private readonly int _upTo;
    // Each named actor's rank, worked out once: the features ask for it for every candidate word and actor.
    private readonly Dictionary<string, int> _ranks = new(StringComparer.Ordinal);

    public static readonly ArticleSoFar Empty = new(new ActorHistory(), []);

    /// <param name="earlier">The article's sentences so far: all of them come before this one.</param>
    /// <param name="current">The actors of the sentence itself.</param>
    public ArticleSoFar(ActorHistory earlier, IEnumerable<ActorMention> current)
    {
        _history = earlier;
        _upTo = earlier.Count;
        foreach (var (root, n) in earlier.NamingCounts(_upTo)) _counts[root] = n;
        foreach (var r in current.Select(m => m.Root).Distinct(StringComparer.Ordinal)) _counts[r] = _counts.GetValueOrDefault(r) + 1;
        foreach (var (root, n) in _counts) _ranks[root] = 1 + _counts.Values.Count(c => c > n);
    }

    /// <param name="earlier">The actors of each earlier sentence, in order.</param>
    /// <param name="current">The actors of the sentence itself.</param>
    public ArticleSoFar(IEnumerable<IReadOnlyList<ActorMention>> earlier, IEnumerable<ActorMention> current) : this(ActorHistory.Of(earlier), current) { }

    /// <summary>The actor's rank by the number of sentences naming it so far: 1 for the most named (ties share a rank).</summary>
    public int Rank(string root) => _ranks.TryGetValue(root, out var rank) ? rank : 1 + _counts.Count;

    /// <summary>Whether an earlier sentence named both actors.</summary>
    public bool NamedTogether(string a, string b) => _history.NamedTogether(a, b, _upTo);
}
