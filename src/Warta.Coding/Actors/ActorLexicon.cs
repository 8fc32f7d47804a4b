using Warta.Languages;
using Warta.Text.Tokens;

namespace Warta.Coding.Actors;

public enum ActorEntryKind { Country, Metonym, Organisation, Role, Person, NotActor }

/// <summary>One dictionary entry: a state, a capital used for it, a named body, a role word, or a person's term.</summary>
/// <param name="Code">CAMEO code (country, full organisation code, or the person's code for the term); a role's 3-letter role code.</param>
/// <param name="Written">The name as written in the dictionary (used for the case check of acronyms).</param>
public sealed record ActorEntry(
    ActorEntryKind Kind, string Code, string Name, string Written,
    DateOnly? Start = null, DateOnly? End = null)
{
    /// <summary>Written entirely in capitals (AS, PBB, TNI): must appear in capitals in the text too.</summary>
    public bool IsAcronym { get; } = Written.Length <= 6 && Written.Any(char.IsLetter) && Written.All(c => !char.IsLetter(c) || char.IsUpper(c));

    public bool ValidOn(DateOnly? date) =>
        date is null || ((Start is null || date >= Start) && (End is null || date <= End));
}

/// <summary>
/// The actor dictionary of one language: country names and metonyms, organisations and roles from the
/// language folder, plus language-neutral countries and people with terms from data/actors.
/// </summary>
public sealed class ActorLexicon
{
    private static readonly Dictionary<string, ActorLexicon> Cache = new();

    public PhraseTrie<ActorEntry> Trie { get; } = new();

    /// <summary>The possessive ending of the language ("warganya" = its citizens), or null when it has none.</summary>
    public string? PossessiveClitic { get; private set; }

    /// <summary>Country code → English name, for canonical names.</summary>
    public Dictionary<string, string> CountryNames { get; } = new(StringComparer.Ordinal);

    public static ActorLexicon For(string language)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(language, out var lexicon)) return lexicon;
            return Cache[language] = Load(language);
        }
    }

    public static ActorLexicon Load(string language)
    {
        var lexicon = new ActorLexicon { PossessiveClitic = LanguageSettings.Load(language).GetValueOrDefault("possessive_clitic") };
        var countries = DataFiles.KnowledgeFile("actors/countries.tsv");
        if (DataFiles.Exists(countries))
            foreach (var row in DataFiles.ReadTable(countries).Rows)
                lexicon.CountryNames[row.Required("code")] = row.Required("name");

        var localCountries = DataFiles.LanguageFile(language, "actors/countries.tsv");
        if (DataFiles.Exists(localCountries))
            foreach (var row in DataFiles.ReadTable(localCountries).Rows)
            {
                var code = row.Required("code");
                var name = lexicon.CountryNames.GetValueOrDefault(code, row.List("names").FirstOrDefault() ?? code);
                foreach (var n in row.List("names")) lexicon.Add(n, new ActorEntry(ActorEntryKind.Country, code, name, n));
                foreach (var n in row.List("metonyms")) lexicon.Add(n, new ActorEntry(ActorEntryKind.Metonym, code, name, n));
            }

        // Hand-written tables first, then those a tool derived (actors/derived/organisations.tsv).
        foreach (var organisations in DataFiles.AllNamed(DataFiles.LanguageFile(language, "actors/"), "organisations.tsv"))
            foreach (var row in DataFiles.ReadTable(organisations).Rows)
            {
                var names = row.List("names");
                var canonical = names.Count > 0 ? names[0] : row.Required("code");
                foreach (var n in names) lexicon.Add(n, new ActorEntry(ActorEntryKind.Organisation, row.Required("code"), canonical, n));
            }

        foreach (var roles in DataFiles.AllNamed(DataFiles.LanguageFile(language, "actors/"), "roles.tsv"))
            foreach (var row in DataFiles.ReadTable(roles).Rows)
                foreach (var n in row.List("names"))
                    lexicon.Add(n, new ActorEntry(ActorEntryKind.Role, row.Required("role"), n, n));

        // "Laut China Selatan", "dolar AS", "pemerintah negara lain": phrases that hold an actor name but name none.
        var notActors = DataFiles.LanguageFile(language, "actors/not-actors.tsv");
        if (DataFiles.Exists(notActors))
            foreach (var row in DataFiles.ReadTable(notActors).Rows)
                foreach (var n in row.List("names"))
                    lexicon.Add(n, new ActorEntry(ActorEntryKind.NotActor, "", n, n));

        // People are named alike in every language: data/actors/people.tsv, then derived tables (actors/derived/people.tsv).
        // A language may add names of its own for the same people (one-word names that are ordinary words elsewhere).
        // A language whose news is later than a derived table's knowledge may read only the hand-written people
        // (settings.tsv: derived_people no).
        var derivedPeople = LanguageSettings.Load(language).GetValueOrDefault("derived_people") != "no";
        foreach (var people in DataFiles.AllNamed(DataFiles.KnowledgeFile("actors/"), "people.tsv")
                     .Where(f => derivedPeople || !f.Contains("/derived/", StringComparison.Ordinal))
                     .Concat(DataFiles.AllNamed(DataFiles.LanguageFile(language, "actors/"), "people.tsv")))
            foreach (var row in DataFiles.ReadTable(people).Rows)
            {
                var name = row.Required("name");
                var entry = new ActorEntry(ActorEntryKind.Person, row.Required("code"), name, name, row.Date("start"), row.Date("end"));
                lexicon.Add(name, entry);
                foreach (var alias in row.List("aliases")) lexicon.Add(alias, entry with { Written = alias });
            }
        lexicon._normalised.Clear();
        return lexicon;
    }

    public void Add(string phrase, ActorEntry entry) =>
        Trie.Add(_normalised.TryGetValue(phrase, out var tokens) ? tokens : _normalised[phrase] = Tokenizer.Normalise(phrase), entry);

    // A person's name and aliases recur on each of their terms: each phrase is normalised once while loading.
    private readonly Dictionary<string, string[]> _normalised = new(StringComparer.Ordinal);
}
