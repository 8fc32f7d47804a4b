using Warta.TestSupport;

namespace Warta.Languages.Tests;

/// <summary>
/// Loader tests for the CAMEO codebook table, the intent-code map and the per-language event
/// lexicons (lang/&lt;code&gt;/events.tsv).
/// </summary>
public sealed class EventLexiconTests
{
    private const string CodebookFile = "data/cameo/event-codes.tsv";
    private const string IntentFile = "data/cameo/intent-codes.tsv";
    private static readonly string[] LexiconLanguages = ["id", "en"];

    private static readonly HashSet<string> Plover = new(StringComparer.Ordinal)
    {
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
    };

    private static TsvTable Codebook() => DataFiles.ReadTable(CodebookFile);

    private static HashSet<string> CodebookCodes() =>
        Codebook().Rows.Select(r => r.Required("code")).ToHashSet(StringComparer.Ordinal);

    private static TsvTable Lexicon(string language) =>
        DataFiles.ReadTable(DataFiles.LanguageFile(language, "events.tsv"));

    private static int ExpectedQuadClass(string code) => int.Parse(code[..2]) switch
    {
        <= 5 => 1,
        <= 8 => 2,
        <= 13 => 3,
        _ => 4,
    };

    [Fact]
    public void Codebook_has_every_root_and_unique_well_formed_codes()
    {
        var table = Codebook();
        Assert.Equal(["code", "label", "goldstein", "quad_class", "plover"], table.Columns);
        var codes = table.Rows.Select(r => r.Required("code")).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.Matches("^[0-9]{2,4}$", c));
        for (var root = 1; root <= 20; root++) Assert.Contains(root.ToString("00"), codes);
        // every 3- and 4-digit code hangs under an existing parent
        Assert.All(codes.Where(c => c.Length > 2), c => Assert.Contains(c[..^1], codes));
        Assert.InRange(codes.Count, 300, 320);
    }

    [Fact]
    public void Codebook_rows_have_goldstein_quad_class_and_plover()
    {
        foreach (var row in Codebook().Rows)
        {
            var code = row.Required("code");
            Assert.False(string.IsNullOrWhiteSpace(row.Required("label")), $"{code}: label");
            var goldstein = row.Double("goldstein");
            Assert.True(goldstein is >= -10 and <= 10, $"{code}: goldstein {goldstein} outside [-10, 10]");
            Assert.True(int.TryParse(row.Required("quad_class"), out var quad), $"{code}: quad_class");
            Assert.True(quad == ExpectedQuadClass(code), $"{code}: quad_class {quad}, expected {ExpectedQuadClass(code)}");
            var plover = row.Required("plover");
            Assert.True(Plover.Contains(plover), $"{code}: unknown PLOVER type '{plover}'");
        }
    }

    [Fact]
    public void Intent_codes_map_every_root_to_an_existing_code_or_keep()
    {
        var codes = CodebookCodes();
        var table = DataFiles.ReadTable(IntentFile);
        Assert.Equal(["root", "intent_code", "note", "pledged"], table.Columns);
        var roots = table.Rows.Select(r => r.Required("root")).ToList();
        Assert.Equal(roots.Count, roots.Distinct().Count());
        for (var root = 1; root <= 20; root++) Assert.Contains(root.ToString("00"), roots);
        foreach (var row in table.Rows)
        {
            var root = row.Required("root");
            Assert.True(codes.Contains(root), $"line {row.Line}: root '{root}' is not a CAMEO code");
            var intent = row.Required("intent_code");
            if (row["pledged"] is { Length: > 0 } pledged)
                Assert.True(intent == "keep" && codes.Contains(pledged) && pledged.StartsWith("03"),
                    $"line {row.Line}: pledged '{pledged}' belongs on a keep row and must be an intent (03x) code");
            if (intent == "keep") continue;
            Assert.True(codes.Contains(intent), $"line {row.Line}: intent_code '{intent}' is not a CAMEO code");
            Assert.True(intent.StartsWith("03") || intent.StartsWith("13"),
                $"line {row.Line}: intent_code '{intent}' should be an intent (03x) or threat (13x) code");
        }
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Lexicon_parses_with_unique_ids_and_known_codes(string language)
    {
        var codes = CodebookCodes();
        var table = Lexicon(language);
        Assert.Equal(["id", "cameo", "trigger", "target", "note"], table.Columns);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var id = row.Required("id");
            Assert.True(seen.Add(id), $"{language} line {row.Line}: duplicate id '{id}'");
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id);
            var code = row.Required("cameo");
            Assert.True(codes.Contains(code), $"{language} line {row.Line}: cameo '{code}' is not in {CodebookFile}");
            var alternatives = row.List("trigger");
            Assert.True(alternatives.Count > 0, $"{language} line {row.Line}: empty trigger");
            foreach (var alternative in alternatives)
            {
                Assert.True(alternative == alternative.ToLowerInvariant(), $"{language} line {row.Line}: '{alternative}' is not lower-case");
                Assert.DoesNotContain("  ", alternative);
                Assert.All(alternative.Split(' '), token => Assert.True(token.Length > (token.StartsWith('~') ? 1 : 0)));
            }
            // a target preposition may be a fixed multi-word sequence ("ke arah", "out of")
            Assert.All(row.List("target"), p => Assert.True(p == p.ToLowerInvariant() && !p.Contains("  ") && !p.StartsWith('~'),
                $"{language} line {row.Line}: bad target preposition '{p}'"));
            Assert.False(string.IsNullOrWhiteSpace(row["note"]), $"{language} line {row.Line}: note");
        }
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void Lexicon_gives_each_trigger_alternative_one_code(string language)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Lexicon(language).Rows)
        foreach (var alternative in row.List("trigger"))
        {
            var id = row.Required("id");
            Assert.True(owners.TryAdd(alternative, id) || owners[alternative] == id,
                $"{language}: '{alternative}' is listed by both '{owners.GetValueOrDefault(alternative)}' and '{id}'");
        }
    }

    [Fact]
    public void Indonesian_lexicon_covers_all_twenty_roots()
    {
        var roots = Lexicon("id").Rows.Select(r => r.Required("cameo")[..2]).ToHashSet();
        for (var root = 1; root <= 20; root++) Assert.Contains(root.ToString("00"), roots);
    }

    [Fact]
    public void Indonesian_root_tokens_are_in_the_sastrawi_root_list()
    {
        var path = SharedData.PathOrSkip("data/lexicon-id/sastrawi-kata-dasar.txt");
        var known = File.ReadLines(path).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        var missing = Lexicon("id").Rows
            .SelectMany(r => r.List("trigger").SelectMany(a => a.Split(' ')).Where(t => t.StartsWith('~')).Select(t => (r.Line, Root: t[1..])))
            .Where(x => !known.Contains(x.Root))
            .Select(x => $"line {x.Line}: ~{x.Root}")
            .ToList();
        Assert.True(missing.Count == 0, "roots not in the Sastrawi list: " + string.Join(", ", missing));
    }
}
