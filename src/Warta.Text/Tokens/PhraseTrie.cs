using Warta.Core;

namespace Warta.Text.Tokens;

/// <summary>A match of a lexicon phrase over tokens [Start, Start+Length).</summary>
public readonly record struct PhraseMatch<T>(int Start, int Length, IReadOnlyList<T> Values)
{
    public int End => Start + Length;
    public Span SpanIn(IReadOnlyList<Token> tokens) => new(tokens[Start].Start, tokens[End - 1].End);
}

/// <summary>
/// A trie over normalised token sequences: one walk per position finds the longest lexicon
/// phrase starting there, so matching a whole lexicon costs about one pass over the tokens.
/// </summary>
public sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase given as normalised tokens.</summary>
    public void Add(IReadOnlyList<string> tokens, T value)
    {
        if (tokens.Count == 0) return;
        var node = _root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token, out var next))
                node.Children[token] = next = new Node();
            node = next;
        }
        node.Values ??= [];
        if (!node.Values.Contains(value)) { node.Values.Add(value); Count++; }
    }

    /// <summary>Every phrase of the trie with its values, in no particular order (for building word lists from a lexicon).</summary>
    public IEnumerable<(IReadOnlyList<string> Tokens, IReadOnlyList<T> Values)> Entries()
    {
        var path = new List<string>();
        var found = new List<(IReadOnlyList<string>, IReadOnlyList<T>)>();
        Collect(_root, path, found);
        return found;
    }

    private static void Collect(Node node, List<string> path, List<(IReadOnlyList<string>, IReadOnlyList<T>)> into)
    {
        if (node.Values is not null) into.Add((path.ToArray(), node.Values));
        if (node.Children is null) return;
        foreach (var (token, child) in node.Children)
        {
            path.Add(token);
            Collect(child, path, into);
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>Adds a phrase written as text (tokenised with <see cref="Tokenizer"/>).</summary>
    public void Add(string phrase, T value) => Add(Tokenizer.Normalise(phrase), value);

    /// <summary>The longest phrase starting at <paramref name="start"/>, if any.</summary>
    public PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int start, int end = -1)
    {
        if (end < 0) end = tokens.Count;
        var node = _root;
        PhraseMatch<T>? best = null;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i].Norm, out node)) break;
            if (node.Values is not null) best = new PhraseMatch<T>(start, i - start + 1, node.Values);
        }
        return best;
    }

    /// <summary>Every phrase starting at <paramref name="start"/>, longest first.</summary>
    public List<PhraseMatch<T>> AllAt(IReadOnlyList<Token> tokens, int start)
    {
        var found = new List<PhraseMatch<T>>();
        var node = _root;
        for (var i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i].Norm, out node)) break;
            if (node.Values is not null) found.Add(new PhraseMatch<T>(start, i - start + 1, node.Values));
        }
        found.Reverse();
        return found;
    }

    /// <summary>Leftmost-longest, non-overlapping matches over the tokens.</summary>
    public List<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var found = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i);
            if (match is { } m) { found.Add(m); i = m.End; }
            else i++;
        }
        return found;
    }
}
