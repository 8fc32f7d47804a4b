using Warta.Core;
using Warta.Languages;
using Warta.Text.Tokens;

namespace Warta.Coding.Places;

/// <summary>The tables a gazetteer is built from: data/places/*.tsv and one language's files.</summary>
/// <param name="Names">lang/&lt;code&gt;/places.tsv: <c>id</c>, <c>names</c>.</param>
/// <param name="StopWords">lang/&lt;code&gt;/place-stopwords.txt lines: a name, optionally a mode (mid, never).</param>
/// <param name="Cues">lang/&lt;code&gt;/place-cues.tsv: <c>cue</c>, <c>words</c>.</param>
public sealed record GazetteerSources(
    string Language, TsvTable Countries, TsvTable Water, TsvTable Regions, TsvTable Cities,
    TsvTable? Names, IReadOnlyList<string> StopWords, TsvTable? Cues);

/// <summary>A place the gazetteer knows.</summary>
/// <param name="Id">Row id: alpha-3 code for countries, GeoNames id for cities, a slug for water
/// bodies, ISO 3166-2 or a slug for regions.</param>
/// <param name="Canonical">The English name of the source table.</param>
/// <param name="Country">Alpha-3/CAMEO code of the state holding it; null for international waters.</param>
/// <param name="Population">Population of a city (0 when unknown or not a city).</param>
public sealed record GazetteerEntry(
    string Id, string Canonical, string? Country, PlaceKind Kind, double Lat, double Lon, long Population)
{
    /// <summary>Preference when one name fits several places: water bodies, then countries, regions, cities.</summary>
    public int Tier => Kind switch
    {
        PlaceKind.Sea or PlaceKind.Other => 4,
        PlaceKind.Country => 3,
        PlaceKind.Region => 2,
        _ => 1,
    };
}

/// <summary>Where a name of an entry comes from; a curated name beats a main name beats an alternate spelling.</summary>
public enum NameSource { Alternate = 0, Primary = 1, Curated = 2 }

/// <summary>How a name that is also a common word may match.</summary>
public enum StopMode { None, MidSentence, OnlyAfterPrefix, Never }

/// <summary>One name of one entry as written in the data.</summary>
public sealed record GazetteerName(int Entry, string Form, NameSource Source, bool Acronym, StopMode Stop);

/// <summary>Context words of a language for place recognition (lang/&lt;code&gt;/place-cues.tsv).</summary>
public sealed record PlaceCues(
    IReadOnlySet<string> Prepositions, IReadOnlySet<string> Prefixes,
    IReadOnlySet<string> OrganisationBefore, IReadOnlySet<string> NameAfter, IReadOnlyList<string> Suffixes,
    IReadOnlyDictionary<string, string> AdminPrefixes)
{
    public static PlaceCues Empty { get; } = new(
        new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), new HashSet<string>(), [],
        new Dictionary<string, string>());
}

/// <summary>
/// The place tables of one language: entries from data/places/*.tsv, their names in that language
/// (CLDR country names, GeoNames city names, lang/&lt;code&gt;/places.tsv) in a phrase trie over tokens.
/// </summary>
public sealed class Gazetteer
{
    public IReadOnlyList<GazetteerEntry> Entries { get; }
    public IReadOnlyList<GazetteerName> Names { get; }
    public PlaceCues Cues { get; }
    internal PhraseTrie<int> Trie { get; }
    /// <summary>The first token of every name ("cox's" of "Cox's Bazar"), so suffix stripping spares them.</summary>
    internal IReadOnlySet<string> FirstTokens { get; }
    private readonly Dictionary<string, int> _byId;

    private Gazetteer(List<GazetteerEntry> entries, List<GazetteerName> names, PlaceCues cues,
        PhraseTrie<int> trie, IReadOnlySet<string> firstTokens, Dictionary<string, int> byId)
    {
        Entries = entries; Names = names; Cues = cues; Trie = trie; FirstTokens = firstTokens; _byId = byId;
    }

    public GazetteerEntry? this[string id] => _byId.TryGetValue(id, out var i) ? Entries[i] : null;

    /// <summary>Loads the tables for a language; throws <see cref="DataFileException"/> on a malformed row.</summary>
    public static Gazetteer Load(string language)
    {
        TsvTable Knowledge(string file) => DataFiles.ReadTable(DataFiles.KnowledgeFile($"places/{file}"));
        TsvTable? Table(string file) =>
            DataFiles.Exists(DataFiles.LanguageFile(language, file)) ? DataFiles.ReadTable(DataFiles.LanguageFile(language, file)) : null;
        var stop = DataFiles.LanguageFile(language, "place-stopwords.txt");
        return Build(new GazetteerSources(language,
            Knowledge("countries.tsv"), Knowledge("water.tsv"), Knowledge("regions.tsv"), Knowledge("cities.tsv"),
            Table("places.tsv"), DataFiles.Exists(stop) ? DataFiles.ReadList(stop) : [], Table("place-cues.tsv")));
    }

    /// <summary>Builds a gazetteer from tables already read (the loader's path, and tests' small tables).</summary>
    public static Gazetteer Build(GazetteerSources sources)
    {
        var b = new Builder(sources.Language);
        b.LoadCountries(sources.Countries);
        b.LoadTable(sources.Water, water: true);
        b.LoadTable(sources.Regions, water: false);
        b.LoadCities(sources.Cities);
        if (sources.Names is { } names) b.LoadLanguageNames(names);
        return b.Build(sources.StopWords, sources.Cues is { } cues ? ReadCues(cues) : PlaceCues.Empty);
    }

    private static PlaceCues ReadCues(TsvTable table)
    {
        var sets = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var cue = row.Required("cue");
            if (!sets.TryGetValue(cue, out var set)) sets[cue] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var word in row.List("words")) set.Add(word.TrimEnd('.').ToLowerInvariant());
        }
        HashSet<string> Get(string cue) => sets.GetValueOrDefault(cue) ?? new HashSet<string>(StringComparer.Ordinal);
        var suffixes = table.Rows.Where(r => r["cue"] == "suffix").SelectMany(r => r.List("words"))
            .Select(w => w.Replace('\u2019', '\'').ToLowerInvariant()).OrderByDescending(w => w.Length).ToArray();
        var admin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in table.Rows.Where(r => r["cue"] == "admin-prefix"))
            foreach (var w in row.List("words")) admin[w.TrimEnd('.').ToLowerInvariant()] = row.Required("country");
        return new PlaceCues(Get("preposition"), Get("prefix"), Get("org-before"), Get("name-after"), suffixes, admin);
    }

    private sealed class Builder(string language)
    {
        private readonly List<GazetteerEntry> _entries = [];
        private readonly List<(int Entry, string Form, NameSource Source)> _names = [];
        private readonly Dictionary<string, int> _byId = new(StringComparer.Ordinal);

        private int Add(TsvRow row, GazetteerEntry entry)
        {
            if (_byId.ContainsKey(entry.Id)) throw new DataFileException(row.File, row.Line, $"duplicate id '{entry.Id}'");
            if (entry.Lat is < -90 or > 90 || entry.Lon is < -180 or > 180)
                throw new DataFileException(row.File, row.Line, $"coordinates out of range: {entry.Lat}, {entry.Lon}");
            if (entry.Country is { } c && (c.Length != 3 || !c.All(char.IsAsciiLetterUpper)))
                throw new DataFileException(row.File, row.Line, $"country '{c}' is not a three-letter code");
            _byId[entry.Id] = _entries.Count;
            _entries.Add(entry);
            return _entries.Count - 1;
        }

        private void Name(int entry, string form, NameSource source)
        {
            if (form.Length > 0) _names.Add((entry, form, source));
        }

        private static double Coordinate(TsvRow row, string column) =>
            row.Double(column) ?? throw new DataFileException(row.File, row.Line, $"column '{column}' is empty");

        public void LoadCountries(TsvTable table)
        {
            var column = table.Columns.Contains($"names_{language}") ? $"names_{language}" : "names_en";
            foreach (var row in table.Rows)
            {
                var id = row.Required("id");
                var e = Add(row, new GazetteerEntry(id, row.Required("name_en"), id, PlaceKind.Country,
                    Coordinate(row, "lat"), Coordinate(row, "lon"), 0));
                foreach (var n in row.List(column)) Name(e, n, NameSource.Curated);
            }
        }

        public void LoadTable(TsvTable table, bool water)
        {
            foreach (var row in table.Rows)
            {
                var kind = !water ? PlaceKind.Region
                    : row.Required("kind") is "river" or "lake" ? PlaceKind.Other : PlaceKind.Sea;
                var country = row["country"];
                Add(row, new GazetteerEntry(row.Required("id"), row.Required("name_en"),
                    country.Length > 0 ? country : null, kind, Coordinate(row, "lat"), Coordinate(row, "lon"), 0));
            }
        }

        public void LoadCities(TsvTable table)
        {
            foreach (var row in table.Rows)
            {
                var population = long.TryParse(row["population"], out var p) ? p : 0;
                var canonical = row["ascii"] is { Length: > 0 } ascii ? ascii : row.Required("name");
                var e = Add(row, new GazetteerEntry(row.Required("id"), canonical, row.Required("country"),
                    PlaceKind.City, Coordinate(row, "lat"), Coordinate(row, "lon"), population));
                Name(e, row["name"], NameSource.Primary);
                Name(e, row["ascii"], NameSource.Primary);
                foreach (var n in row.List("alternates")) Name(e, n, NameSource.Alternate);
            }
        }

        public void LoadLanguageNames(TsvTable table)
        {
            foreach (var row in table.Rows)
            {
                var id = row.Required("id");
                if (!_byId.TryGetValue(id, out var e))
                    throw new DataFileException(row.File, row.Line, $"unknown place id '{id}'");
                foreach (var n in row.List("names")) Name(e, n, NameSource.Curated);
            }
        }

        public Gazetteer Build(IReadOnlyList<string> stopLines, PlaceCues cues)
        {
            var stop = new Dictionary<string, StopMode>(StringComparer.Ordinal);
            foreach (var line in stopLines)
            {
                var parts = line.Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries);
                var key = string.Join(' ', Tokenizer.Normalise(parts[0]));
                stop[key] = parts.Length < 2 ? StopMode.OnlyAfterPrefix : parts[1] switch
                {
                    "mid" => StopMode.MidSentence,
                    "never" => StopMode.Never,
                    _ => throw new DataFileException("place-stopwords.txt", 0, $"unknown mode '{parts[1]}' for '{parts[0]}'"),
                };
            }
            var trie = new PhraseTrie<int>();
            var names = new List<GazetteerName>(_names.Count);
            var seen = new HashSet<(int, string)>();
            var first = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (entry, form, source) in _names.OrderByDescending(n => n.Source))
            {
                var tokens = Tokenizer.Normalise(form);
                if (tokens.Length == 0) continue;
                var key = string.Join(' ', tokens);
                if (!seen.Add((entry, key))) continue;   // same entry, same tokens: keep the best source
                var acronym = form.Any(char.IsLetter) && !form.Any(char.IsLower) && form.Count(char.IsLetter) <= 5;
                names.Add(new GazetteerName(entry, form, source, acronym, stop.GetValueOrDefault(key)));
                trie.Add(tokens, names.Count - 1);
                first.Add(tokens[0]);
            }
            return new Gazetteer(_entries, names, cues, trie, first, _byId);
        }
    }
}
