using Warta.Core;

namespace Warta.Coding.Candidates;

/// <summary>
/// The actors of an article's sentences as its coding goes, one sentence appended at a time: which sentences named each
/// actor (by root) and the first sentence naming each pair together. A view of the article up to a sentence
/// (<see cref="ArticleSoFar"/>) reads only the sentences before it, so one history serves every sentence of the article
/// without copying what came before (rebuilding it for each sentence made long articles quadratic).
/// </summary>
public sealed class ActorHistory
{
    // Root → the indices of the sentences naming it, ascending (sentences are appended in order).
    private readonly Dictionary<string, List<int>> _naming = new(StringComparer.Ordinal);
    // Pair of roots in ordinal order → the first sentence naming both.
    private readonly Dictionary<(string, string), int> _firstTogether = [];
    private readonly List<string> _roots = [];

    /// <summary>How many sentences have been appended.</summary>
    public int Count { get; private set; }

    /// <summary>Appends the actors of the next sentence.</summary>
    public void Add(IEnumerable<ActorMention> sentence)
    {
        _roots.Clear();
        foreach (var m in sentence)
            if (!_roots.Contains(m.Root)) _roots.Add(m.Root);
        foreach (var r in _roots)
        {
            if (!_naming.TryGetValue(r, out var list)) _naming[r] = list = [];
            list.Add(Count);
        }
        foreach (var a in _roots)
            foreach (var b in _roots)
                if (string.CompareOrdinal(a, b) < 0) _firstTogether.TryAdd((a, b), Count);
        Count++;
    }

    /// <summary>A history of the given sentences, in order.</summary>
    public static ActorHistory Of(IEnumerable<IEnumerable<ActorMention>> sentences)
    {
        var history = new ActorHistory();
        foreach (var s in sentences) history.Add(s);
        return history;
    }

    /// <summary>How many of the first <paramref name="upTo"/> sentences named each actor that any of them named.</summary>
    public IEnumerable<(string Root, int Sentences)> NamingCounts(int upTo)
    {
        foreach (var (root, list) in _naming)
        {
            var n = list.BinarySearch(upTo);
            n = n < 0 ? ~n : n;
            if (n > 0) yield return (root, n);
        }
    }

    /// <summary>Whether one of the first <paramref name="upTo"/> sentences named both actors.</summary>
    public bool NamedTogether(string a, string b, int upTo) =>
        _firstTogether.TryGetValue(string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a), out var first) && first < upTo;
}
