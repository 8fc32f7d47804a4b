using System.Reflection;

namespace Warta.Languages;

/// <summary>
/// Access to the data files shipped in this assembly: language folders ("lang/id/events.tsv")
/// and language-neutral knowledge ("data/countries.tsv"). Engines ask for files by name and
/// never branch on a language.
/// </summary>
public static class DataFiles
{
    private static readonly Assembly Assembly = typeof(DataFiles).Assembly;
    private static readonly HashSet<string> Names = new(Assembly.GetManifestResourceNames(), StringComparer.Ordinal);

    /// <summary>Languages that have a data folder.</summary>
    public static IReadOnlyList<string> Languages { get; } = Names
        .Where(n => n.StartsWith("lang/", StringComparison.Ordinal))
        .Select(n => n.Split('/')[1]).Distinct().Order().ToArray();

    /// <summary>All resource names under a prefix, e.g. "lang/id/" or "data/places/".</summary>
    public static IEnumerable<string> List(string prefix) =>
        Names.Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static bool Exists(string name) => Names.Contains(name);

    /// <summary>
    /// Every file called <paramref name="fileName"/> in a folder and its subfolders ("lang/en/" + "events.tsv" gives
    /// lang/en/events.tsv and lang/en/derived/events.tsv), the folder's own file first, then deeper ones in name order:
    /// hand-written tables come before the tables a tool derived.
    /// </summary>
    public static IReadOnlyList<string> AllNamed(string folder, string fileName) => List(folder)
        .Where(n => n.EndsWith("/" + fileName, StringComparison.Ordinal))
        .OrderBy(n => n.Count(c => c == '/')).ThenBy(n => n, StringComparer.Ordinal).ToArray();

    /// <summary>A file of a language folder: <c>Language("id", "events.tsv")</c>.</summary>
    public static string LanguageFile(string language, string path) => $"lang/{language}/{path}";

    /// <summary>A language-neutral knowledge file: <c>Knowledge("countries.tsv")</c>.</summary>
    public static string KnowledgeFile(string path) => $"data/{path}";

    /// <summary>Opens a data file as a stream (binary files such as trained models).</summary>
    public static Stream Open(string name) => Assembly.GetManifestResourceStream(name)
        ?? throw new FileNotFoundException($"Data file '{name}' is not embedded in Warta.Languages.");

    public static string ReadAllText(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(name)
            ?? throw new FileNotFoundException($"Data file '{name}' is not embedded in Warta.Languages.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a tab-separated table (first non-comment line is the header).</summary>
    public static TsvTable ReadTable(string name) => TsvTable.Parse(name, ReadAllText(name));

    /// <summary>Reads a list: one entry per line, blank lines and '#' comments skipped.</summary>
    public static IReadOnlyList<string> ReadList(string name) => ReadAllText(name)
        .Split('\n')
        .Select(l => l.TrimEnd('\r').Trim())
        .Where(l => l.Length > 0 && !l.StartsWith('#'))
        .ToArray();
}
