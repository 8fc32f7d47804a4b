using Warta.Languages;

namespace Warta.Text.Morphology;

/// <summary>How a word form relates its arguments: who acts is before an active verb, after a passive one.</summary>
public enum Voice { Active, Passive, Nominal }

/// <summary>One generated word form of a root.</summary>
public readonly record struct WordForm(string Form, Voice Voice, string Affix);

/// <summary>
/// Generates the inflected and derived forms of a root from affix rules kept as data
/// (<c>morphology.tsv</c>: prefix, suffix, voice) and a nasal-assimilation table
/// (<c>nasal.tsv</c>: how a prefix ending in "N" fuses with the root's first letters).
/// One lexicon entry "~serang" thus covers menyerang, diserang, serangan, penyerangan.
/// Over-generated forms are harmless: they simply never occur in text.
/// </summary>
public sealed class Morphology
{
    private sealed record AffixRule(string Name, string Prefix, string Suffix, Voice Voice, bool DropRepeat,
        bool DoubleFinal = false, string FinalY = "");
    private sealed record NasalRule(string[] Initials, string Nasal, bool DropInitial);

    private static readonly Dictionary<string, Morphology> Cache = new();
    private readonly List<AffixRule> _affixes;
    private readonly List<NasalRule> _nasals;
    private readonly string _monosyllableNasal;
    private readonly Dictionary<string, string[]> _irregular;
    private readonly string _undoubled;
    // GuessVoice runs for most words of every sentence: its surface prefixes are spelled out once, in rule order.
    private readonly (string Surface, string Suffix, Voice Voice)[] _prefixed;
    private readonly AffixRule[] _suffixOnly;
    private const string Vowels = "aeiou";

    private Morphology(List<AffixRule> affixes, List<NasalRule> nasals, string monosyllableNasal, Dictionary<string, string[]> irregular,
        string undoubled)
    {
        _affixes = affixes; _nasals = nasals; _monosyllableNasal = monosyllableNasal; _irregular = irregular; _undoubled = undoubled;
        _prefixed = [.. from r in affixes where r.Prefix.Length > 0 from surface in SurfacePrefixes(r.Prefix) select (surface, r.Suffix, r.Voice)];
        _suffixOnly = [.. affixes.Where(r => r.Prefix.Length == 0 && r.Suffix.Length > 0)];
    }

    public static Morphology For(string language)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(language, out var m)) return m;
            return Cache[language] = Load(language);
        }
    }

    private static Morphology Load(string language)
    {
        var affixes = new List<AffixRule>();
        var file = DataFiles.LanguageFile(language, "morphology.tsv");
        if (DataFiles.Exists(file))
        {
            var table = DataFiles.ReadTable(file);
            var spelling = table.Columns.Contains("double_final");
            foreach (var row in table.Rows)
                affixes.Add(new AffixRule(row.Required("affix"), row["prefix"], row["suffix"],
                    ParseVoice(row.Required("voice"), row), row["drop_repeat"] == "yes",
                    spelling && row["double_final"] == "yes", spelling ? row["final_y"] : ""));
        }
        // Forms no rule makes (met, fought, struck): irregular-verbs.tsv of the language and tables a tool derived.
        var irregular = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in DataFiles.AllNamed(DataFiles.LanguageFile(language, ""), "irregular-verbs.tsv"))
            foreach (var row in DataFiles.ReadTable(name).Rows)
            {
                var lemma = row.Required("lemma").ToLowerInvariant();
                irregular[lemma] = [.. irregular.GetValueOrDefault(lemma, []), .. row.List("forms").Select(f => f.ToLowerInvariant())];
            }
        var nasals = new List<NasalRule>();
        var monosyllable = "";
        var nasalFile = DataFiles.LanguageFile(language, "nasal.tsv");
        if (DataFiles.Exists(nasalFile))
            foreach (var row in DataFiles.ReadTable(nasalFile).Rows)
            {
                var initials = row.List("initials").ToArray();
                if (initials is ["*monosyllable"]) { monosyllable = row["nasal"]; continue; }
                nasals.Add(new NasalRule(initials, row["nasal"], row["drop_initial"] == "yes"));
            }
        if (affixes.Count == 0) affixes.Add(new AffixRule("base", "", "", Voice.Active, false));
        // Final letters that never double (settings.tsv undoubled_finals: "box" -> "boxed", "play" -> "played").
        var undoubled = LanguageSettings.Load(language).GetValueOrDefault("undoubled_finals") ?? "";
        return new Morphology(affixes, nasals, monosyllable, irregular, undoubled);
    }

    private static Voice ParseVoice(string value, TsvRow row) => value switch
    {
        "active" => Voice.Active,
        "passive" => Voice.Passive,
        "nominal" => Voice.Nominal,
        _ => throw new DataFileException(row.File, row.Line, $"voice must be active, passive or nominal, not '{value}'"),
    };

    /// <summary>All forms of a lower-case root, the root itself included.</summary>
    public IEnumerable<WordForm> Expand(string root)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in _affixes)
        {
            var stem = root;
            if (rule.Suffix.Length > 0 && stem.EndsWith('e') && Vowels.Contains(rule.Suffix[0]) && rule.DropRepeat)
                stem = stem[..^1]; // English: accuse + ed -> accused
            foreach (var prefixed in ApplyPrefix(rule.Prefix, stem, rule.DropRepeat))
            {
                var form = prefixed + rule.Suffix;
                if (seen.Add(form)) yield return new WordForm(form, rule.Voice, rule.Name);
            }
            if (rule.Suffix.Length == 0 || rule.Prefix.Length > 0) continue;
            // Spelling rules of the data: a final consonant after one vowel doubles (kidnap -> kidnapped), a final -y
            // after a consonant changes (deny -> denied, denies).
            if (rule.DoubleFinal && EndsConsonantVowelConsonant(root) && seen.Add(root + root[^1] + rule.Suffix))
                yield return new WordForm(root + root[^1] + rule.Suffix, rule.Voice, rule.Name);
            if (rule.FinalY.Length > 0 && root.Length > 2 && root[^1] == 'y' && !Vowels.Contains(root[^2])
                && seen.Add(root[..^1] + rule.FinalY + rule.Suffix))
                yield return new WordForm(root[..^1] + rule.FinalY + rule.Suffix, rule.Voice, rule.Name);
        }
        if (_irregular.TryGetValue(root, out var irregular))
            foreach (var form in irregular)
                if (seen.Add(form)) yield return new WordForm(form, Voice.Active, "irregular");
    }

    private bool EndsConsonantVowelConsonant(string w) =>
        w.Length >= 3 && !Vowels.Contains(w[^1]) && !_undoubled.Contains(w[^1]) && char.IsLetter(w[^1])
        && Vowels.Contains(w[^2]) && !Vowels.Contains(w[^3]) && char.IsLetter(w[^3]);

    private IEnumerable<string> ApplyPrefix(string prefix, string root, bool dropRepeat)
    {
        if (prefix.Length == 0) { yield return root; yield break; }
        if (!prefix.EndsWith('N'))
        {
            // ber + runding -> berunding; per + runding + an -> perundingan
            if (dropRepeat && root.Length > 0 && prefix[^1] == root[0]) yield return prefix + root[1..];
            else yield return prefix + root;
            yield break;
        }
        var head = prefix[..^1];
        if (_monosyllableNasal.Length > 0 && CountVowelGroups(root) == 1)
        {
            yield return head + _monosyllableNasal + root;   // bom -> mengebom
        }
        foreach (var rule in _nasals)
            foreach (var initial in rule.Initials)
                if (root.StartsWith(initial, StringComparison.Ordinal))
                {
                    yield return head + rule.Nasal + (rule.DropInitial ? root[initial.Length..] : root);
                    // Loan words often keep the initial: mempromosikan but also memprotes.
                    if (rule.DropInitial && root.Length > initial.Length && !Vowels.Contains(root[initial.Length]))
                        yield return head + rule.Nasal + root;
                    yield break;
                }
        yield return head + root;
    }

    /// <summary>
    /// The voice a word's affixes suggest, when it is not generated from a known root (a literal lexicon word):
    /// "pertemuan" is nominal (per-an), "menawarkan" active (meN-kan), "latihan" nominal (-an). Prefixed
    /// rules are tried before suffix-only ones, longer prefixes first; null when no rule fits.
    /// </summary>
    public Voice? GuessVoice(string word)
    {
        (Voice Voice, int Length)? best = null;
        foreach (var (surface, suffix, voice) in _prefixed)
            if (word.StartsWith(surface, StringComparison.Ordinal) && word.EndsWith(suffix, StringComparison.Ordinal)
                && word.Length - surface.Length - suffix.Length >= 3
                && (best is null || surface.Length + suffix.Length > best.Value.Length))
                best = (voice, surface.Length + suffix.Length);
        if (best is not null) return best.Value.Voice;
        foreach (var rule in _suffixOnly)
            if (word.EndsWith(rule.Suffix, StringComparison.Ordinal) && word.Length - rule.Suffix.Length >= 3)
                return rule.Voice;
        return null;
    }

    /// <summary>
    /// Candidate roots of a word, with the affix rule that would produce it: the affix rules run backwards
    /// ("menembak" → tembak and embak by meN-; "serangan" → serang by -an). Without a root list every reading
    /// is kept; a learned model weighs them. The word itself is always a candidate (affix "base").
    /// </summary>
    public IReadOnlyList<WordForm> Roots(string word)
    {
        var found = new List<WordForm> { new(word, Voice.Active, "base") };
        foreach (var rule in _affixes)
        {
            if (rule.Prefix.Length == 0 && rule.Suffix.Length == 0) continue;
            if (!word.EndsWith(rule.Suffix, StringComparison.Ordinal)) continue;
            var body = word[..^rule.Suffix.Length];
            foreach (var root in StripPrefix(rule.Prefix, body))
                if (root.Length >= MinRoot && !found.Any(f => f.Form == root && f.Affix == rule.Name))
                    found.Add(new WordForm(root, rule.Voice, rule.Name));
        }
        return found;
    }

    private const int MinRoot = 3;

    private IEnumerable<string> StripPrefix(string prefix, string body)
    {
        if (prefix.Length == 0) { yield return body; yield break; }
        if (!prefix.EndsWith('N'))
        {
            if (body.StartsWith(prefix, StringComparison.Ordinal)) yield return body[prefix.Length..];
            yield break;
        }
        var head = prefix[..^1];
        if (_monosyllableNasal.Length > 0 && body.StartsWith(head + _monosyllableNasal, StringComparison.Ordinal))
            yield return body[(head.Length + _monosyllableNasal.Length)..];
        foreach (var rule in _nasals)
        {
            var surface = head + rule.Nasal.Trim();
            if (!body.StartsWith(surface, StringComparison.Ordinal)) continue;
            var rest = body[surface.Length..];
            if (rest.Length == 0) continue;
            foreach (var initial in rule.Initials)
            {
                if (rule.DropInitial) yield return initial + rest;
                else if (rest.StartsWith(initial, StringComparison.Ordinal)) yield return rest;
            }
        }
    }

    private IEnumerable<string> SurfacePrefixes(string prefix)
    {
        if (!prefix.EndsWith('N')) { yield return prefix; yield break; }
        var head = prefix[..^1];
        if (_monosyllableNasal.Length > 0) yield return head + _monosyllableNasal;
        foreach (var nasal in _nasals.Select(n => n.Nasal).Distinct()) yield return head + nasal;
    }

    private static int CountVowelGroups(string word)
    {
        var groups = 0;
        var inVowel = false;
        foreach (var c in word)
        {
            var v = Vowels.Contains(c);
            if (v && !inVowel) groups++;
            inVowel = v;
        }
        return groups;
    }
}
