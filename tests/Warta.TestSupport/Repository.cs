namespace Warta.TestSupport;

/// <summary>The repository checkout: the folder above the test output that holds Warta.slnx.</summary>
public static class Repository
{
    public static string Root { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Warta.slnx"))) return dir.FullName;
        throw new InvalidOperationException($"no folder with Warta.slnx above {AppContext.BaseDirectory}");
    }

    public static string Examples => Path.Combine(Root, "examples");

    public static string Example(string name) => Path.Combine(Examples, name);

    /// <summary>Known gaps of the engine (case id → reason), kept with the event spec in the coding tests.</summary>
    public static IReadOnlyDictionary<string, string> KnownGaps()
    {
        var path = Path.Combine(Root, "tests", "Warta.Coding.Tests", "Specs", "known-gaps.txt");
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!File.Exists(path)) return gaps;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            var colon = line.IndexOf(':');
            if (line.Length == 0 || line.StartsWith('#') || colon <= 0) continue;
            gaps[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }
        return gaps;
    }
}
