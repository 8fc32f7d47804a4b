namespace Warta.Text.Names;

/// <summary>A sentence of a named-entity corpus: its tokens and one tag per token ("B-PER", "I-ORG", "O").</summary>
public sealed record NamedSentence(string[] Forms, string[] Tags)
{
    public int Count => Forms.Length;
}

/// <summary>
/// Reads the column files named-entity corpora are published in: one token per line, the token first and its tag
/// last (tab- or space-separated, any columns between ignored), a blank line between sentences, CR LF or LF line ends.
/// Each corpus names its kinds its own way ("PER", "PERSON"; "LOC", "PLACE"), so tags are mapped to a common set
/// of kinds; a kind the map lacks becomes "O". Tags without a B-/I- prefix are read as one name per run of the same kind.
/// </summary>
public static class NameCorpusReader
{
    public static List<NamedSentence> ReadFile(string path, IReadOnlyDictionary<string, string> kinds)
    {
        using var reader = new StreamReader(path);
        return Read(reader, kinds, path);
    }

    public static List<NamedSentence> Read(TextReader reader, IReadOnlyDictionary<string, string> kinds, string name = "input")
    {
        var sentences = new List<NamedSentence>();
        var forms = new List<string>();
        var tags = new List<string>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } raw)
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }
            var fields = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2) throw new InvalidDataException($"{name}:{lineNumber}: expected a token and a tag");
            forms.Add(fields[0]);
            tags.Add(fields[^1]);
        }
        Flush();
        return sentences;

        void Flush()
        {
            if (forms.Count == 0) return;
            sentences.Add(new NamedSentence([.. forms], Normalise(tags, kinds)));
            forms.Clear();
            tags.Clear();
        }
    }

    /// <summary>Corpus tags → B-/I- tags of the common kinds.</summary>
    internal static string[] Normalise(IReadOnlyList<string> tags, IReadOnlyDictionary<string, string> kinds)
    {
        var result = new string[tags.Count];
        string? previous = null;
        for (var i = 0; i < tags.Count; i++)
        {
            var tag = tags[i];
            var prefix = tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' ? tag[0] : ' ';
            var kind = kinds.GetValueOrDefault(prefix == ' ' ? tag : tag[2..]);
            if (kind is null) { result[i] = NameModel.Outside; previous = null; continue; }
            var begins = prefix == 'B' || previous != kind;
            result[i] = (begins ? "B-" : "I-") + kind;
            previous = kind;
        }
        return result;
    }
}
