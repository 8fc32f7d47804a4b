namespace Warta.Text.Syntax;

/// <summary>
/// One sentence of a treebank over surface tokens: forms as written, UPOS tags, heads (index into
/// the sentence, -1 for the root) and dependency relations.
/// </summary>
public sealed record TreebankSentence(string Id, string[] Forms, string[] Upos, int[] Head, string[] Relation)
{
    public int Count => Forms.Length;
}

/// <summary>
/// Reads CoNLL-U. Multiword tokens (a "3-4 rumahnya" range line) become one surface token, since
/// Warta's tokenizer does not split clitics: it takes the tag, head and relation of the range's
/// syntactic head (the word whose head lies outside the range), and arcs to any word of the range
/// point at the surface token. Empty nodes ("5.1") are ignored.
/// </summary>
public static class ConlluReader
{
    public static IEnumerable<TreebankSentence> ReadFile(string path) => Read(File.ReadLines(path), Path.GetFileNameWithoutExtension(path));

    public static List<TreebankSentence> Parse(string text, string name = "text") => Read(text.Split('\n'), name).ToList();

    public static IEnumerable<TreebankSentence> Read(IEnumerable<string> lines, string name)
    {
        var words = new List<Word>();
        var ranges = new List<(int From, int To, string Form)>();
        string? id = null;
        var count = 0;
        foreach (var raw in lines)
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0)
            {
                if (words.Count > 0) yield return Build(id ?? $"{name}-{count}", words, ranges);
                count++;
                words.Clear();
                ranges.Clear();
                id = null;
                continue;
            }
            if (line[0] == '#')
            {
                if (line.StartsWith("# sent_id = ", StringComparison.Ordinal)) id = line[12..].Trim();
                continue;
            }
            var cols = line.Split('\t');
            if (cols.Length < 8) throw new FormatException($"{name}: a CoNLL-U line needs 10 columns: '{line}'");
            var dash = cols[0].IndexOf('-');
            if (dash > 0)
            {
                ranges.Add((int.Parse(cols[0][..dash]), int.Parse(cols[0][(dash + 1)..]), cols[1]));
                continue;
            }
            if (cols[0].Contains('.')) continue;
            words.Add(new Word(int.Parse(cols[0]), cols[1], cols[3], int.Parse(cols[6]), cols[7]));
        }
        if (words.Count > 0) yield return Build(id ?? $"{name}-{count}", words, ranges);
    }

    private readonly record struct Word(int Id, string Form, string Upos, int Head, string Relation);

    private static TreebankSentence Build(string id, List<Word> words, List<(int From, int To, string Form)> ranges)
    {
        // word id (1-based) → surface token index; the word that stands for a range.
        var tokenOf = new int[words.Count + 1];
        var representative = new List<int>(); // index into words, one per token
        var forms = new List<string>();
        var w = 0;
        var r = 0;
        while (w < words.Count)
        {
            var word = words[w];
            if (r < ranges.Count && ranges[r].From == word.Id)
            {
                var (from, to, form) = ranges[r++];
                var head = -1;
                for (var k = w; k < words.Count && words[k].Id <= to; k++)
                {
                    tokenOf[words[k].Id] = forms.Count;
                    if (head < 0 && (words[k].Head < from || words[k].Head > to)) head = k;
                }
                representative.Add(head < 0 ? w : head);
                forms.Add(form);
                while (w < words.Count && words[w].Id <= to) w++;
                continue;
            }
            tokenOf[word.Id] = forms.Count;
            representative.Add(w);
            forms.Add(word.Form);
            w++;
        }
        var n = forms.Count;
        var upos = new string[n];
        var heads = new int[n];
        var rels = new string[n];
        for (var t = 0; t < n; t++)
        {
            var word = words[representative[t]];
            upos[t] = word.Upos;
            heads[t] = word.Head == 0 ? -1 : tokenOf[word.Head];
            rels[t] = word.Relation;
        }
        return new TreebankSentence(id, forms.ToArray(), upos, heads, rels);
    }

    /// <summary>True when every token has one head in range, exactly one root and no cycle.</summary>
    public static bool IsTree(IReadOnlyList<int> head)
    {
        var n = head.Count;
        var roots = 0;
        for (var i = 0; i < n; i++)
        {
            if (head[i] == -1) roots++;
            else if (head[i] < 0 || head[i] >= n || head[i] == i) return false;
        }
        if (roots != 1) return false;
        for (var i = 0; i < n; i++)
        {
            var steps = 0;
            for (var j = i; j != -1; j = head[j])
                if (++steps > n) return false;
        }
        return true;
    }

    /// <summary>True when no two arcs cross (the root arc counted as coming from before the sentence).</summary>
    public static bool IsProjective(IReadOnlyList<int> head)
    {
        var n = head.Count;
        for (var d = 0; d < n; d++)
        {
            var h = head[d] < 0 ? -1 : head[d];
            var lo = Math.Min(h, d);
            var hi = Math.Max(h, d);
            for (var k = lo + 1; k < hi; k++)
            {
                // every word between a head and its dependent must descend from the head
                var a = k;
                while (a != -1 && a != h) a = head[a];
                if (a != h) return false;
            }
        }
        return true;
    }
}
