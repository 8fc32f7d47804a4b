using System.Text.RegularExpressions;
using Warta.Languages;

namespace Warta.Languages.Tests;

/// <summary>
/// Loader tests for the actor knowledge files: countries, people with terms, and per language
/// the country names, named organisations and role words. Each test names the rule it protects.
/// </summary>
public sealed class ActorDataTests
{
    private const string CountriesFile = "data/actors/countries.tsv";
    private const string PeopleFile = "data/actors/people.tsv";
    private static readonly string[] ActorLanguages = ["id", "en"];

    /// <summary>CAMEO role groups accepted after a country code (primary, secondary, religious).</summary>
    private static readonly HashSet<string> RoleCodes = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "REB", "SEP", "INS", "SPY", "UAF",
        "AGR", "BUS", "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "MED", "REF",
        "MOD", "RAD", "REL", "MUS", "CHR", "JEW", "NGO", "IGO", "PTY",
    };

    private static readonly Regex CodeShape = new("^[A-Z]{3}(?:[A-Z]{3})*$", RegexOptions.CultureInvariant);
    private static readonly Regex TransnationalPrefix = new("^(IGO|NGO|IMG|MNC)", RegexOptions.CultureInvariant);

    private static readonly Lazy<HashSet<string>> CountryCodes = new(() =>
        DataFiles.ReadTable(CountriesFile).Rows.Select(r => r["code"]).ToHashSet(StringComparer.Ordinal));

    public static TheoryData<string> LanguageActorFiles()
    {
        var data = new TheoryData<string>();
        foreach (var lang in ActorLanguages)
            foreach (var file in new[] { "countries.tsv", "organisations.tsv", "roles.tsv" })
                data.Add(DataFiles.LanguageFile(lang, "actors/" + file));
        return data;
    }

    public static TheoryData<string> LanguageFilesOf(string file)
    {
        var data = new TheoryData<string>();
        foreach (var lang in ActorLanguages) data.Add(DataFiles.LanguageFile(lang, "actors/" + file));
        return data;
    }

    public static TheoryData<string> CountryNameFiles() => LanguageFilesOf("countries.tsv");
    public static TheoryData<string> OrganisationFiles() => LanguageFilesOf("organisations.tsv");
    public static TheoryData<string> RoleFiles() => LanguageFilesOf("roles.tsv");

    [Theory]
    [InlineData(CountriesFile, new[] { "code", "iso2", "name", "capital", "lat", "lon" })]
    [InlineData(PeopleFile, new[] { "name", "aliases", "code", "start", "end", "note" })]
    public void Knowledge_file_is_embedded_and_has_its_columns(string file, string[] columns)
    {
        Assert.True(DataFiles.Exists(file), $"{file} is not embedded");
        var table = DataFiles.ReadTable(file);
        Assert.Equal(columns, table.Columns);
        Assert.NotEmpty(table.Rows);
    }

    [Theory]
    [MemberData(nameof(LanguageActorFiles))]
    public void Language_file_is_embedded_and_has_its_columns(string file)
    {
        Assert.True(DataFiles.Exists(file), $"{file} is not embedded");
        var table = DataFiles.ReadTable(file);
        string[] expected = file.EndsWith("countries.tsv", StringComparison.Ordinal) ? ["code", "names", "metonyms"]
            : file.EndsWith("organisations.tsv", StringComparison.Ordinal) ? ["code", "names", "note"]
            : ["role", "names", "note"];
        Assert.Equal(expected, table.Columns);
        Assert.NotEmpty(table.Rows);
    }

    [Fact]
    public void Countries_have_well_formed_unique_codes_and_coordinates()
    {
        var table = DataFiles.ReadTable(CountriesFile);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var iso2 = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            Assert.True(Regex.IsMatch(code, "^[A-Z]{3}$"), $"{row.File}:{row.Line}: code '{code}'");
            Assert.True(seen.Add(code), $"{row.File}:{row.Line}: code {code} repeated");
            var two = row.Required("iso2");
            Assert.True(Regex.IsMatch(two, "^[A-Z]{2}$"), $"{row.File}:{row.Line}: iso2 '{two}'");
            Assert.True(iso2.Add(two), $"{row.File}:{row.Line}: iso2 {two} repeated");
            row.Required("name");
            row.Required("capital");
            var lat = row.Double("lat") ?? throw new DataFileException(row.File, row.Line, "no lat");
            var lon = row.Double("lon") ?? throw new DataFileException(row.File, row.Line, "no lon");
            Assert.InRange(lat, -90, 90);
            Assert.InRange(lon, -180, 180);
        }
        // All 193 UN member states plus Palestine, the Holy See, Kosovo, Taiwan and others.
        Assert.True(seen.Count >= 200, $"only {seen.Count} countries");
    }

    [Theory]
    [MemberData(nameof(CountryNameFiles))]
    public void Country_names_use_known_codes_and_no_name_has_two_codes(string file)
    {
        var table = DataFiles.ReadTable(file);
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            Assert.True(CountryCodes.Value.Contains(code), $"{row.File}:{row.Line}: {code} is not in {CountriesFile}");
            Assert.True(codes.Add(code), $"{row.File}:{row.Line}: {code} has two rows");
            Assert.NotEmpty(row.List("names"));
            foreach (var name in row.List("names").Concat(row.List("metonyms")))
                AssertOneOwner(owner, name, code, row);
        }
        // Every UN member state has a row (the lead's coder must see e.g. "Tuvalu").
        var missing = DataFiles.ReadTable(CountriesFile).Rows
            .Select(r => r["code"]).Where(c => !codes.Contains(c) && !NonMemberTerritories.Contains(c)).ToArray();
        Assert.True(missing.Length == 0, $"{file}: no names for {string.Join(", ", missing)}");
    }

    /// <summary>Territories in countries.tsv that a language file may leave out.</summary>
    private static readonly HashSet<string> NonMemberTerritories = new(StringComparer.Ordinal)
    {
        "BMU", "CYM", "ABW", "AIA", "COK", "CUW", "SXM", "TCA", "MNP", "GGY",
    };

    [Theory]
    [MemberData(nameof(OrganisationFiles))]
    public void Organisations_have_well_formed_codes_and_no_name_has_two_codes(string file)
    {
        var table = DataFiles.ReadTable(file);
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var code = row.Required("code");
            AssertActorCode(code, row);
            Assert.NotEmpty(row.List("names"));
            foreach (var name in row.List("names")) AssertOneOwner(owner, name, code, row);
        }
    }

    [Theory]
    [MemberData(nameof(RoleFiles))]
    public void Roles_are_cameo_roles_and_no_name_is_under_two_roles(string file)
    {
        var table = DataFiles.ReadTable(file);
        var owner = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            var role = row.Required("role");
            Assert.True(CodeShape.IsMatch(role), $"{row.File}:{row.Line}: role '{role}'");
            foreach (var group in Groups(role))
                Assert.True(RoleCodes.Contains(group), $"{row.File}:{row.Line}: '{group}' is not a CAMEO role");
            Assert.NotEmpty(row.List("names"));
            foreach (var name in row.List("names")) AssertOneOwner(owner, name, role, row);
        }
    }

    [Theory]
    [MemberData(nameof(NotActorFiles))]
    public void Not_actor_phrases_parse_and_are_not_actor_names(string file)
    {
        var table = DataFiles.ReadTable(file);
        Assert.Equal(["names", "note"], table.Columns);
        var language = file.Split('/')[1];
        var actorNames = new[] { "countries.tsv", "organisations.tsv" }
            .SelectMany(f => DataFiles.ReadTable(DataFiles.LanguageFile(language, "actors/" + f)).Rows)
            .SelectMany(r => r.List("names"))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var row in table.Rows)
        {
            Assert.NotEmpty(row.List("names"));
            foreach (var name in row.List("names"))
                Assert.False(actorNames.Contains(name), $"{row.File}:{row.Line}: '{name}' is also an actor name");
        }
    }

    public static TheoryData<string> NotActorFiles() => LanguageFilesOf("not-actors.tsv");

    [Fact]
    public void People_have_known_codes_and_ordered_dates()
    {
        var table = DataFiles.ReadTable(PeopleFile);
        foreach (var row in table.Rows)
        {
            row.Required("name");
            AssertActorCode(row.Required("code"), row);
            var start = row.Date("start") ?? throw new DataFileException(row.File, row.Line, "column 'start' is empty");
            var end = row.Date("end");
            Assert.True(end is null || start <= end, $"{row.File}:{row.Line}: start {start} after end {end}");
        }
    }

    [Fact]
    public void A_person_holds_one_code_at_a_time()
    {
        var terms = ReadTerms();
        foreach (var group in terms.GroupBy(t => t.Person, StringComparer.OrdinalIgnoreCase))
        {
            var list = group.ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (list[i].Code != list[j].Code && Overlap(list[i], list[j]))
                        Assert.Fail($"{PeopleFile}:{list[i].Line} and {list[j].Line}: {group.Key} is {list[i].Code} and {list[j].Code} at the same time");
        }
    }

    [Fact]
    public void No_name_or_alias_is_shared_by_two_people_in_overlapping_terms()
    {
        var terms = ReadTerms();
        var byName = terms
            .SelectMany(t => t.Names.Select(n => (Name: n, Term: t)))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var group in byName)
        {
            var list = group.Select(x => x.Term).ToList();
            for (var i = 0; i < list.Count; i++)
                for (var j = i + 1; j < list.Count; j++)
                    if (!string.Equals(list[i].Person, list[j].Person, StringComparison.OrdinalIgnoreCase) && Overlap(list[i], list[j]))
                        Assert.Fail($"{PeopleFile}:{list[i].Line} and {list[j].Line}: '{group.Key}' names both {list[i].Person} and {list[j].Person}");
        }
    }

    // The gold set's conventions (gold README): these names must resolve to these codes.
    [Theory]
    [InlineData("id", "countries.tsv", "Tiongkok", "CHN")]
    [InlineData("id", "countries.tsv", "Korut", "PRK")]
    [InlineData("id", "countries.tsv", "Palestina", "PSE")]
    [InlineData("id", "countries.tsv", "Timor Leste", "TMP")]
    [InlineData("id", "countries.tsv", "Moskow", "RUS")]
    [InlineData("id", "organisations.tsv", "PBB", "IGOUNO")]
    [InlineData("id", "organisations.tsv", "Uni Eropa", "IGOEUREEC")]
    [InlineData("id", "organisations.tsv", "NATO", "IGOWSTNAT")]
    [InlineData("id", "organisations.tsv", "ASEAN", "IGOSEAASN")]
    [InlineData("id", "organisations.tsv", "NIIS", "IMGMUSISI")]
    [InlineData("id", "organisations.tsv", "Al-Qaeda", "IMGMUSALQ")]
    [InlineData("id", "organisations.tsv", "Taliban", "AFGREB")]
    [InlineData("id", "organisations.tsv", "Hamas", "PSEREB")]
    [InlineData("id", "organisations.tsv", "Hizbullah", "LBNREB")]
    [InlineData("id", "organisations.tsv", "TNI", "IDNMIL")]
    [InlineData("id", "organisations.tsv", "Densus 88", "IDNCOP")]
    [InlineData("id", "organisations.tsv", "OPM", "IDNREB")]
    [InlineData("id", "organisations.tsv", "Gedung Putih", "USAGOV")]
    [InlineData("en", "countries.tsv", "Russian", "RUS")]
    [InlineData("en", "countries.tsv", "Kosovo", "KSV")]
    [InlineData("en", "organisations.tsv", "United Nations", "IGOUNO")]
    [InlineData("en", "organisations.tsv", "Islamic State", "IMGMUSISI")]
    [InlineData("en", "organisations.tsv", "Hezbollah", "LBNREB")]
    [InlineData("en", "organisations.tsv", "Kremlin", "RUSGOV")]
    public void Gold_convention_names_have_their_codes(string language, string file, string name, string code)
    {
        var table = DataFiles.ReadTable(DataFiles.LanguageFile(language, "actors/" + file));
        var row = table.Rows.SingleOrDefault(r => r.List("names").Concat(file == "countries.tsv" ? r.List("metonyms") : [])
            .Contains(name, StringComparer.OrdinalIgnoreCase));
        Assert.NotNull(row);
        Assert.Equal(code, row!["code"]);
    }

    // A person is coded as the actor they act for on the event's date (gold README: Putin in 2021 -> RUSGOV).
    [Theory]
    [InlineData("Putin", "2021-10-20", "RUSGOV")]
    [InlineData("Lavrov", "2021-10-20", "RUSGOV")]
    [InlineData("Trump", "2019-06-01", "USAGOV")]
    [InlineData("Trump", "2023-06-01", "USAELI")]
    [InlineData("Trump", "2025-06-01", "USAGOV")]
    [InlineData("Prabowo", "2022-01-01", "IDNGOVMIL")]
    [InlineData("Prabowo", "2025-01-01", "IDNGOV")]
    [InlineData("Jokowi", "2020-01-01", "IDNGOV")]
    [InlineData("Hibatullah Akhundzada", "2020-01-01", "AFGREB")]
    [InlineData("Hibatullah Akhundzada", "2022-01-01", "AFGGOV")]
    [InlineData("Ismail Haniyeh", "2023-10-07", "PSEREB")]
    [InlineData("Guterres", "2024-01-01", "IGOUNO")]
    [InlineData("Khamenei", "2024-01-01", "IRNGOV")]
    public void A_person_has_the_code_of_their_office_on_a_date(string nameOrAlias, string date, string code)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd");
        var codes = ReadTerms()
            .Where(t => t.Names.Contains(nameOrAlias, StringComparer.OrdinalIgnoreCase))
            .Where(t => t.Start <= day && (t.End is null || day < t.End))
            .Select(t => t.Code).Distinct().ToArray();
        Assert.Equal([code], codes);
    }

    private sealed record Term(string Person, IReadOnlyList<string> Names, string Code, DateOnly Start, DateOnly? End, int Line);

    private static List<Term> ReadTerms() => DataFiles.ReadTable(PeopleFile).Rows
        .Select(r => new Term(r["name"], [r["name"], .. r.List("aliases")], r["code"], r.Date("start")!.Value, r.Date("end"), r.Line))
        .ToList();

    /// <summary>Terms overlap when each starts before the other ends; a handover day is not an overlap.</summary>
    private static bool Overlap(Term a, Term b) =>
        a.Start < (b.End ?? DateOnly.MaxValue) && b.Start < (a.End ?? DateOnly.MaxValue);

    private static IEnumerable<string> Groups(string code)
    {
        for (var i = 0; i < code.Length; i += 3) yield return code.Substring(i, 3);
    }

    /// <summary>
    /// A well-formed actor code: a country of countries.tsv followed by role groups, or an
    /// IGO/NGO/IMG/MNC code of at least six letters (a bare "IGO" matches nothing when scoring).
    /// </summary>
    private static void AssertActorCode(string code, TsvRow row)
    {
        Assert.True(CodeShape.IsMatch(code), $"{row.File}:{row.Line}: code '{code}' is not groups of three capitals");
        if (TransnationalPrefix.IsMatch(code))
        {
            Assert.True(code.Length >= 6, $"{row.File}:{row.Line}: '{code}' names no organisation");
            return;
        }
        var country = code[..3];
        Assert.True(CountryCodes.Value.Contains(country), $"{row.File}:{row.Line}: {country} of {code} is not in {CountriesFile}");
        foreach (var group in Groups(code).Skip(1))
            Assert.True(RoleCodes.Contains(group), $"{row.File}:{row.Line}: '{group}' of {code} is not a CAMEO role");
    }

    private static void AssertOneOwner(Dictionary<string, string> owner, string name, string code, TsvRow row)
    {
        if (owner.TryGetValue(name, out var other))
            Assert.True(other == code, $"{row.File}:{row.Line}: '{name}' maps to {other} and {code}");
        else
            owner[name] = code;
    }
}
