using System.Collections.Concurrent;
using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Coding.Places;

/// <summary>A place found in a sentence, with the gazetteer id and whether a cue word marks it as a location.</summary>
/// <param name="Id">The gazetteer id; null for a place known only by its administrative word ("Kabupaten Kampar").</param>
/// <param name="AfterPreposition">A preposition or a generic place word stands right before it
/// ("di Laut Jepang", "Kota Batu"): a stronger sign that the text speaks of a location.</param>
public sealed record PlaceMatch(Place Place, string? Id, bool AfterPreposition, int TokenStart, int TokenEnd);

/// <summary>
/// Finds gazetteer places in tokenised sentences. Language-neutral: names and context words come
/// from data (data/places/*.tsv, lang/&lt;code&gt;/places.tsv, place-stopwords.txt, place-cues.tsv).
/// A name matches case-insensitively over tokens, longest first, but the text must be written as a
/// name (capitalised; acronyms in capitals). Where a name fits several places the recogniser prefers
/// water bodies and countries, then curated names over GeoNames alternates, then a place in a country
/// the sentence (or the caller's context) already names, then the larger population.
/// </summary>
public sealed class PlaceRecognizer
{
    public const string GazetteerRule = "place:gazetteer";
    public const string CuedRule = "place:gazetteer:preposition";
    public const string ResolveRule = "place:resolve";
    public const string AdminRule = "place:admin-prefix";

    private static readonly ConcurrentDictionary<string, Lazy<PlaceRecognizer>> Cache = new(StringComparer.Ordinal);

    public Gazetteer Gazetteer { get; }

    private PlaceRecognizer(Gazetteer gazetteer) => Gazetteer = gazetteer;

    /// <summary>The recogniser of a language, loaded once and shared (thread-safe).</summary>
    public static PlaceRecognizer For(string language) =>
        Cache.GetOrAdd(language, l => new Lazy<PlaceRecognizer>(() => new PlaceRecognizer(Gazetteer.Load(l)))).Value;

    /// <summary>Places mentioned in the tokens of one sentence; spans point into <paramref name="text"/>.</summary>
    public IReadOnlyList<Place> Find(string text, IReadOnlyList<Token> tokens) =>
        FindMatches(text, tokens).Select(m => m.Place).ToArray();

    /// <summary>
    /// Places with their ids and cues. <paramref name="contextCountries"/> are countries already named
    /// in the article; an ambiguous city name prefers a city in one of them.
    /// </summary>
    public IReadOnlyList<PlaceMatch> FindMatches(string text, IReadOnlyList<Token> tokens,
        IReadOnlyCollection<string>? contextCountries = null)
    {
        tokens = WithoutSuffixes(tokens);
        var found = new List<(int Start, int End, List<int>? Names, bool Cued, string? AdminCountry)>();
        var i = DatelineEnd(text, tokens);
        while (i < tokens.Count)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word) { i++; continue; }
            if (AdminName(text, tokens, i) is { } admin) { found.Add((i, admin.End, null, true, admin.Country)); i = admin.End; continue; }
            if (Gazetteer.Trie.LongestAt(tokens, i) is not { } match) { i++; continue; }
            var names = Acceptable(text, tokens, match);
            if (names is null) { i++; continue; }
            var previous = i > 0 ? Bare(tokens[i - 1].Norm) : null;
            var cued = previous is not null && (Gazetteer.Cues.Prepositions.Contains(previous) || Gazetteer.Cues.Prefixes.Contains(previous))
                       || AddressAfterPreposition(text, tokens, i);
            found.Add((i, match.End, names, cued, null));
            i = match.End;
        }
        if (found.Count == 0) return [];

        // Countries the sentence names without doubt help choose among same-named cities.
        var mentioned = new HashSet<string>(contextCountries ?? [], StringComparer.Ordinal);
        foreach (var f in found)
        {
            var countries = f.Names?.Select(n => Gazetteer.Entries[Gazetteer.Names[n].Entry].Country).Distinct().ToArray() ?? [f.AdminCountry];
            if (countries is [{ } only]) mentioned.Add(only);
        }

        var result = new List<PlaceMatch>(found.Count);
        foreach (var (start, end, names, cued, adminCountry) in found)
        {
            var span = new Span(tokens[start].Start, tokens[end - 1].End);
            if (names is null)
            {
                var name = span.Of(text);
                result.Add(new PlaceMatch(new Place(name, name, adminCountry, PlaceKind.Region, null, null, span, AdminRule),
                    null, true, start, end));
                continue;
            }
            var best = Best(names, mentioned);
            var entry = Gazetteer.Entries[Gazetteer.Names[best].Entry];
            var place = new Place(span.Of(text), entry.Canonical, entry.Country, entry.Kind, entry.Lat, entry.Lon,
                span, cued ? CuedRule : GazetteerRule);
            result.Add(new PlaceMatch(place, entry.Id, cued, start, end));
        }
        return result;
    }

    /// <summary>
    /// "di dekat Sarmada, Suriah": a place that ends an address, after a comma and a few capitalised words the gazetteer
    /// does not know (a town) that a preposition introduces, is a location as much as the town is.
    /// </summary>
    private bool AddressAfterPreposition(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (i < 3 || tokens[i - 1].Norm != ",") return false;
        var k = i - 2;
        // (words the gazetteer knows are a place of their own: "di Haifa, Israel" is in Haifa)
        while (k >= 0 && i - 2 - k < MaxAddressWords && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])
               && Gazetteer.Trie.LongestAt(tokens, k) is null) k--;
        return k >= 0 && k < i - 2 && Gazetteer.Cues.Prepositions.Contains(Bare(tokens[k].Norm));
    }

    private const int MaxAddressWords = 3;

    /// <summary>
    /// "Kabupaten Boven Digul", "Kecamatan Tigalingga": an administrative word of one state (place-cues.tsv
    /// admin-prefix) before capitalised words the gazetteer does not know names a region of that state.
    /// </summary>
    private (int End, string Country)? AdminName(string text, IReadOnlyList<Token> tokens, int i)
    {
        if (!char.IsUpper(text[tokens[i].Start]) || !Gazetteer.Cues.AdminPrefixes.TryGetValue(tokens[i].Norm, out var country)) return null;
        var j = i + 1;
        if (j < tokens.Count && tokens[j].Norm == ".") j++;
        if (j >= tokens.Count || Gazetteer.Trie.LongestAt(tokens, j) is not null) return null;
        var k = j;
        while (k < tokens.Count && k - j < 4 && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])
               && (k == j || Gazetteer.Trie.LongestAt(tokens, k) is null))
            k++;
        return k > j ? (k, country) : null;
    }

    /// <summary>"Israel's" is read as "Israel" (suffixes from place-cues.tsv); the span shrinks to the name.</summary>
    private IReadOnlyList<Token> WithoutSuffixes(IReadOnlyList<Token> tokens)
    {
        var suffixes = Gazetteer.Cues.Suffixes;
        if (suffixes.Count == 0) return tokens;
        List<Token>? copy = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || Gazetteer.FirstTokens.Contains(t.Norm)) continue;
            foreach (var suffix in suffixes)
            {
                if (t.Norm.Length <= suffix.Length + 1 || !t.Norm.EndsWith(suffix, StringComparison.Ordinal)) continue;
                copy ??= [.. tokens];
                copy[i] = t with { Norm = t.Norm[..^suffix.Length], Span = new Span(t.Start, t.End - suffix.Length) };
                break;
            }
        }
        return copy ?? tokens;
    }

    /// <summary>The place a bare name stands for (e.g. a dateline "Jakarta", "Teheran"); null when unknown.</summary>
    public Place? Resolve(string name)
    {
        var tokens = Tokenizer.Tokenize(name);
        if (tokens.Count == 0 || Gazetteer.Trie.LongestAt(tokens, 0) is not { } match || match.End != tokens.Count) return null;
        var best = Best(match.Values, new HashSet<string>(StringComparer.Ordinal));
        var entry = Gazetteer.Entries[Gazetteer.Names[best].Entry];
        return new Place(name.Trim(), entry.Canonical, entry.Country, entry.Kind, entry.Lat, entry.Lon, null, ResolveRule);
    }

    /// <summary>The names of a trie match that the text and its context allow, or null when none.</summary>
    private List<int>? Acceptable(string text, IReadOnlyList<Token> tokens, PhraseMatch<int> match)
    {
        var cues = Gazetteer.Cues;
        var previous = match.Start > 0 ? tokens[match.Start - 1] : (Token?)null;
        var previousWord = previous is { Kind: TokenKind.Word } p ? Bare(p.Norm) : null;
        var afterPrefix = previousWord is not null && cues.Prefixes.Contains(previousWord);
        var afterPreposition = previousWord is not null && cues.Prepositions.Contains(previousWord);
        var sentenceStart = IsSentenceInitial(text, tokens, match.Start);
        var orgBefore = previousWord is not null && cues.OrganisationBefore.Contains(previousWord)
                        && char.IsUpper(text[previous!.Value.Start]);
        var firstUpper = char.IsUpper(text[tokens[match.Start].Start]);
        var anyUpper = false;
        for (var k = match.Start; k < match.End; k++)
            if (tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start])) { anyUpper = true; break; }
        if (!anyUpper) return null;
        var letters = 0;
        var capitals = true;
        for (var k = match.Start; k < match.End; k++)
            for (var c = tokens[k].Start; c < tokens[k].End; c++)
                if (char.IsLetter(text[c])) { letters++; capitals &= char.IsUpper(text[c]); }
        // "Persik Kediri", "Paris Hilton": a capitalised word on either side makes a longer proper name,
        // unless it is a cue, the sentence start, or the line is written in capitals ("BANJIR DI BANDUNG").
        var partOfLongerName = !capitals && FollowedByName(text, tokens, match.End)
            || previous is { Kind: TokenKind.Word } pw && !sentenceStart && !afterPrefix && !afterPreposition
               && char.IsUpper(text[pw.Start]) && !IsSentenceInitial(text, tokens, match.Start - 1)
               && !(capitals && pw.Span.Of(text).All(c => !char.IsLower(c)));

        List<int>? ok = null;
        foreach (var n in match.Values)
        {
            var name = Gazetteer.Names[n];
            var kind = Gazetteer.Entries[name.Entry].Kind;
            if (name.Acronym ? !capitals : capitals && letters < 4) continue;   // "AS" in capitals; "OTA" is no city
            if (kind is PlaceKind.City or PlaceKind.Region)
            {
                if (!firstUpper || partOfLongerName) continue;
            }
            if (orgBefore && kind != PlaceKind.Sea) continue;
            var stopMode = name.Stop == StopMode.None && letters <= 3 && !name.Acronym ? StopMode.MidSentence : name.Stop;
            switch (stopMode)
            {
                case StopMode.Never:
                case StopMode.OnlyAfterPrefix when !afterPrefix:
                case StopMode.MidSentence when sentenceStart && !afterPrefix && !afterPreposition:
                    continue;
            }
            (ok ??= []).Add(n);
        }
        return ok;
    }

    private int Best(IReadOnlyList<int> names, HashSet<string> mentioned)
    {
        var best = names[0];
        for (var k = 1; k < names.Count; k++)
            if (Compare(names[k], best, mentioned) > 0) best = names[k];
        return best;
    }

    private int Compare(int a, int b, HashSet<string> mentioned)
    {
        var na = Gazetteer.Names[a];
        var nb = Gazetteer.Names[b];
        var ea = Gazetteer.Entries[na.Entry];
        var eb = Gazetteer.Entries[nb.Entry];
        var c = ea.Tier.CompareTo(eb.Tier);
        if (c != 0) return c;
        c = na.Source.CompareTo(nb.Source);
        if (c != 0) return c;
        c = (ea.Country is { } ca && mentioned.Contains(ca)).CompareTo(eb.Country is { } cb && mentioned.Contains(cb));
        if (c != 0) return c;
        return ea.Population.CompareTo(eb.Population);
    }

    /// <summary>
    /// The token after a dateline ("Jakarta, CNN Indonesia --", "JAKARTA (ANTARA) -", "TEMPO.CO, Jakarta -"):
    /// capitalised words with commas or brackets up to a spaced dash. The dateline is read by its own stage.
    /// </summary>
    private static int DatelineEnd(string text, IReadOnlyList<Token> tokens)
    {
        var sawComma = false;
        for (var k = 0; k < Math.Min(tokens.Count, 10); k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Word && char.IsUpper(text[t.Start])) continue;
            // an outlet's domain: "Liputan6.com", "detik.com"
            if (t.Kind == TokenKind.Word && (k > 0 && tokens[k - 1].Norm == "." || k + 1 < tokens.Count && tokens[k + 1].Norm == ".")) continue;
            if (t.Norm is "," or "(" or ")") { sawComma = true; continue; }
            if (t.Norm == ".") continue;
            if (t.Norm != "-" || k == 0) return 0;
            // without a comma or bracket only "JAKARTA -": a spaced dash after a word in capitals
            var spaced = t.Start > 0 && char.IsWhiteSpace(text[t.Start - 1]);
            var first = tokens[0].Span.Of(text);
            var capitals = first == first.ToUpperInvariant();
            if (!sawComma && !(spaced && capitals)) return 0;
            while (k < tokens.Count && tokens[k].Norm == "-") k++;
            return k;
        }
        return 0;
    }

    /// <summary>A capitalised word right after a city ("Paris Hilton", "Bali United") makes it part of a longer name.</summary>
    private bool FollowedByName(string text, IReadOnlyList<Token> tokens, int next)
    {
        if (next >= tokens.Count) return false;
        var t = tokens[next];
        if (t.Kind != TokenKind.Word || !char.IsUpper(text[t.Start])) return false;
        if (Gazetteer.Cues.NameAfter.Contains(t.Norm)) return false;
        return Gazetteer.Trie.LongestAt(tokens, next) is null;
    }

    /// <summary>Whether token <paramref name="k"/> opens the sentence (or a quote, a bracket, a clause after a colon).</summary>
    private static bool IsSentenceInitial(string text, IReadOnlyList<Token> tokens, int k) =>
        k == 0 || tokens[k - 1].Kind == TokenKind.Punct && tokens[k - 1].Norm is "\"" or "'" or ":" or "(" or "-" or "." or "!" or "?";

    private static string Bare(string norm) => norm.TrimEnd('.');
}
