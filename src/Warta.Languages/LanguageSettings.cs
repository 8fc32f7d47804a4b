namespace Warta.Languages;

/// <summary>Small key-value settings of a language folder (settings.tsv: key, value), e.g. the home country.</summary>
public static class LanguageSettings
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<IReadOnlyDictionary<string, string>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The settings of a language folder, read once (a Lazy: the factory of GetOrAdd may run on several threads).</summary>
    public static IReadOnlyDictionary<string, string> Load(string language) =>
        Cache.GetOrAdd(language, l => new Lazy<IReadOnlyDictionary<string, string>>(() => Read(l))).Value;

    private static IReadOnlyDictionary<string, string> Read(string language)
    {
        var file = DataFiles.LanguageFile(language, "settings.tsv");
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (DataFiles.Exists(file))
            foreach (var row in DataFiles.ReadTable(file).Rows) result[row.Required("key")] = row.Required("value");
        return result;
    }
}
