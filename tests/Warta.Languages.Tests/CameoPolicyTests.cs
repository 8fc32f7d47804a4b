using Warta.TestSupport;

namespace Warta.Languages.Tests;

/// <summary>
/// Loader tests for the language-neutral CAMEO policy tables in data/cameo/: who does an agentless act,
/// whom an untargeted act is aimed at, which acts a speaker's report turns into an accusation.
/// Every code must be a code (or prefix) of the codebook and every role a known CAMEO role.
/// </summary>
public sealed class CameoPolicyTests
{
    private static readonly HashSet<string> Roles = new(StringComparer.Ordinal)
    {
        "", "GOV", "MIL", "COP", "JUD", "LEG", "SPY", "ELI", "OPP", "REB", "INS", "UAF", "CVL", "LAB", "EDU",
        "REL", "AGR", "REF", "BUS", "MED", "HLH", "CRM", "IGO", "NGO",
    };

    private static HashSet<string> Codes() =>
        DataFiles.ReadTable("data/cameo/event-codes.tsv").Rows.Select(r => r.Required("code")).ToHashSet(StringComparer.Ordinal);

    [Theory]
    [InlineData("data/cameo/implied-agents.tsv", new[] { "code", "role", "when", "note" })]
    [InlineData("data/cameo/implied-targets.tsv", new[] { "code", "role", "doers", "note" })]
    [InlineData("data/cameo/place-targets.tsv", new[] { "code", "doers", "where", "note" })]
    [InlineData("data/cameo/context-targets.tsv", new[] { "code", "same_sentence", "note" })]
    [InlineData("data/cameo/accusations.tsv", new[] { "code", "accusation", "note" })]
    [InlineData("data/cameo/addressed-warnings.tsv", new[] { "code", "threat", "note" })]
    [InlineData("data/cameo/demand-codes.tsv", new[] { "code", "demand", "note" })]
    [InlineData("data/cameo/refusal-codes.tsv", new[] { "code", "refusal", "note" })]
    [InlineData("data/cameo/reduction-codes.tsv", new[] { "code", "reduction", "note" })]
    [InlineData("data/cameo/mutual-codes.tsv", new[] { "code", "note" })]
    [InlineData("data/cameo/request-codes.tsv", new[] { "code", "note" })]
    public void Policy_table_names_known_codes_and_roles(string file, string[] columns)
    {
        var codes = Codes();
        var table = DataFiles.ReadTable(file);
        Assert.Equal(columns, table.Columns);
        Assert.NotEmpty(table.Rows);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            Assert.True(seen.Add(code), $"{file}:{row.Line}: code {code} listed twice");
            // (demand-codes.tsv's '-' is the act the lexicon has no code for: "Sudan must return the helicopter")
            Assert.True(codes.Contains(code) || code == "-" && file.EndsWith("demand-codes.tsv", StringComparison.Ordinal),
                $"{file}:{row.Line}: '{code}' is not a CAMEO code");
            if (columns.Contains("role")) Assert.True(Roles.Contains(row.Required("role")), $"{file}:{row.Line}: unknown role");
            if (columns.Contains("doers"))
                foreach (var doer in row.List("doers"))
                    Assert.True(Roles.Contains(doer), $"{file}:{row.Line}: unknown doer role '{doer}'");
            if (columns.Contains("same_sentence"))
                Assert.Contains(row.Required("same_sentence"), new[] { "yes", "no" });
            if (columns.Contains("threat"))
                Assert.True(codes.Contains(row.Required("threat")) && row.Required("threat").StartsWith("13"),
                    $"{file}:{row.Line}: a threat must be a 13x code");
            if (columns.Contains("demand"))
                Assert.True(codes.Contains(row.Required("demand")) && row.Required("demand").StartsWith("10"),
                    $"{file}:{row.Line}: a demand must be a 10x code");
            if (columns.Contains("refusal"))
                Assert.True(codes.Contains(row.Required("refusal")) && row.Required("refusal").StartsWith("12"),
                    $"{file}:{row.Line}: a refusal must be a 12x code");
            if (columns.Contains("reduction"))
                Assert.True(codes.Contains(row.Required("reduction")) && row.Required("reduction").StartsWith("16"),
                    $"{file}:{row.Line}: a reduction must be a 16x code");
            if (columns.Contains("accusation"))
                Assert.True(codes.Contains(row.Required("accusation")) && row.Required("accusation").StartsWith("11"),
                    $"{file}:{row.Line}: an accusation must be a 11x code");
        }
    }

    [Theory]
    [InlineData("en")]
    [InlineData("id")]
    public void Monadic_codes_of_a_language_are_code_prefixes_of_the_codebook(string language)
    {
        // settings.tsv "monadic_codes": the acts output with their doer alone; absent means dyadic events only.
        var codes = Codes();
        var value = LanguageSettings.Load(language).GetValueOrDefault("monadic_codes");
        if (value is null) return;
        var prefixes = value.Split('|');
        Assert.NotEmpty(prefixes);
        Assert.All(prefixes, p => Assert.True(p.Length >= 2 && codes.Any(c => c.StartsWith(p, StringComparison.Ordinal)),
            $"{language}/settings.tsv monadic_codes: '{p}' is no code prefix of the codebook"));
        Assert.Equal(prefixes.Length, prefixes.Distinct().Count());
    }
}
