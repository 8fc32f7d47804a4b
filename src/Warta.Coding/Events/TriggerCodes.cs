using System.Text;

namespace Warta.Coding.Events;

/// <summary>
/// The CAMEO leaf a learned trigger takes once its root is known: the code the training data gave that word most
/// often, else the lexicon's code when it has the same root, else the root's most frequent code in training.
/// </summary>
public sealed class TriggerCodes(IReadOnlyDictionary<string, string> byWord, IReadOnlyDictionary<string, string> byRoot)
{
    private const string AnyWord = "*";

    public string Leaf(string word, string root, string? lexiconCode)
    {
        if (byWord.TryGetValue(word + "\t" + root, out var code)) return code;
        if (lexiconCode is not null && lexiconCode.StartsWith(root, StringComparison.Ordinal)) return lexiconCode;
        return byRoot.TryGetValue(root, out var r) ? r : root + "0";
    }

    /// <summary>Counts (word, root) → code over training triggers; ties go to the smaller code, so the table is deterministic.</summary>
    public static TriggerCodes Count(IEnumerable<(string Word, string Code)> triggers)
    {
        var list = triggers.ToList();
        static Dictionary<string, string> Best(IEnumerable<(string Key, string Code)> pairs) => pairs
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.GroupBy(p => p.Code, StringComparer.Ordinal)
                .OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key, StringComparer.Ordinal);
        return new TriggerCodes(Best(list.Select(t => (t.Word + "\t" + t.Code[..2], t.Code))), Best(list.Select(t => (t.Code[..2], t.Code))));
    }

    public void Save(TextWriter writer, string note)
    {
        var b = new StringBuilder("# CAMEO leaf of a learned trigger by word and root ('*' = any word), counted from training triggers. " + note.ReplaceLineEndings(" ") + "\n");
        b.Append("word\troot\tcode\n");
        foreach (var (key, code) in byWord.OrderBy(kv => kv.Key, StringComparer.Ordinal)) b.Append(key).Append('\t').Append(code).Append('\n');
        foreach (var (root, code) in byRoot.OrderBy(kv => kv.Key, StringComparer.Ordinal)) b.Append(AnyWord).Append('\t').Append(root).Append('\t').Append(code).Append('\n');
        writer.Write(b.ToString());
    }

    public static TriggerCodes Load(string name, string text)
    {
        var table = Warta.Languages.TsvTable.Parse(name, text);
        var byWord = new Dictionary<string, string>(StringComparer.Ordinal);
        var byRoot = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var word = row.Required("word");
            var root = row.Required("root");
            var code = row.Required("code");
            if (!code.StartsWith(root, StringComparison.Ordinal))
                throw new InvalidDataException($"{name}:{row.Line}: code {code} is not of root {root}");
            if (word == AnyWord) byRoot[root] = code; else byWord[word + "\t" + root] = code;
        }
        return new TriggerCodes(byWord, byRoot);
    }
}
