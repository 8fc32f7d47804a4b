using System.Text.RegularExpressions;

namespace Warta.Languages.Tests;

/// <summary>
/// Loader tests for the tables tools/phoenix/convert.py derives from PETRARCH2's Phoenix dictionaries: they are
/// embedded where the loaders look for them, well formed, and carry what they were derived for.
/// </summary>
public sealed class DerivedTablesTests
{
    private const string SharedPeople = "data/actors/derived/people.tsv";
    private const string EnglishPeople = "lang/en/actors/derived/people.tsv";
    private static readonly Regex CodeShape = new("^[A-Z]{3}(?:[A-Z]{3})*$", RegexOptions.CultureInvariant);

    [Theory]
    [InlineData(SharedPeople, new[] { "name", "aliases", "code", "start", "end", "source" })]
    [InlineData(EnglishPeople, new[] { "name", "aliases", "code", "start", "end", "source" })]
    [InlineData("lang/en/actors/derived/organisations.tsv", new[] { "code", "names", "note" })]
    [InlineData("lang/en/actors/derived/roles.tsv", new[] { "role", "names", "note" })]
    [InlineData("lang/en/derived/events.tsv", new[] { "id", "cameo", "trigger", "target", "note" })]
    [InlineData("lang/en/derived/irregular-verbs.tsv", new[] { "lemma", "forms" })]
    [InlineData("lang/en/derived/verb-objects.tsv", new[] { "id", "verbs", "objects", "cameo" })]
    public void Derived_table_is_embedded_with_its_columns_and_attribution(string file, string[] columns)
    {
        var table = DataFiles.ReadTable(file);
        Assert.Equal(columns, table.Columns);
        Assert.NotEmpty(table.Rows);
        Assert.Contains("Open Event Data Alliance", DataFiles.ReadAllText(file).Split('\n')[0]);
    }

    [Theory]
    [InlineData(SharedPeople)]
    [InlineData(EnglishPeople)]
    public void People_have_actor_codes_with_a_role_and_ordered_dates(string file)
    {
        foreach (var row in DataFiles.ReadTable(file).Rows)
        {
            var code = row.Required("code");
            Assert.True(CodeShape.IsMatch(code) && code.Length > 3, $"{row.File}:{row.Line}: code '{code}'");
            var (start, end) = (row.Date("start"), row.Date("end"));
            Assert.True(start is null || end is null || start <= end, $"{row.File}:{row.Line}: {start} after {end}");
        }
    }

    [Theory]
    [InlineData(SharedPeople)]
    [InlineData(EnglishPeople)]
    public void No_derived_person_is_a_states_territory(string file)
    {
        // Phoenix dates a state's own entry with its bare code (IRAQ_ and its cities: [IRQ <20030320] [IRQOCC ...]):
        // such an entry is a place, so its names (Kirkuk, Croat) are no person's.
        foreach (var row in DataFiles.ReadTable(file).Rows)
        {
            var code = row.Required("code");
            Assert.False(code.EndsWith("OCC", StringComparison.Ordinal) || code.EndsWith("UNR", StringComparison.Ordinal),
                $"{row.File}:{row.Line}: {row.Required("name")} is coded as a territory ({code})");
            Assert.DoesNotContain("Kirkuk", row.List("aliases"));
        }
    }

    [Fact]
    public void Shared_people_are_named_in_two_words_or_more()
    {
        foreach (var row in DataFiles.ReadTable(SharedPeople).Rows)
            foreach (var name in row.List("aliases").Prepend(row.Required("name")))
                Assert.True(name.Contains(' '), $"{row.File}:{row.Line}: one-word name '{name}' would be read in every language");
    }

    [Theory]
    [InlineData("Bill Clinton", "1995-06-01", "USAGOV")]
    [InlineData("Bill Clinton", "2005-06-01", "USAELI")]
    [InlineData("Kofi Annan", "2000-01-01", "IGOUNO")]
    public void A_phoenix_person_has_the_role_of_the_date(string name, string date, string code)
    {
        var on = DateOnly.Parse(date);
        var row = DataFiles.ReadTable(SharedPeople).Rows.Single(r => r["name"] == name
            && (r.Date("start") is not { } s || s <= on) && (r.Date("end") is not { } e || on < e));
        Assert.Equal(code, row["code"]);
    }

    [Fact]
    public void Derived_events_use_codebook_codes_and_lemmas_to_inflect()
    {
        var rows = RowsWithCodebookCodes("lang/en/derived/events.tsv");
        foreach (var row in rows)
        {
            foreach (var alternative in row.List("trigger"))
                Assert.True(alternative.Split(' ').All(w => w.Any(char.IsLetter)), $"{row.File}:{row.Line}: '{alternative}' has a word without letters");
        }
        Assert.Contains(rows, r => r["trigger"] == "~kidnap");
    }

    [Fact]
    public void Verb_object_patterns_name_verbs_objects_and_codebook_codes()
    {
        var rows = RowsWithCodebookCodes("lang/en/derived/verb-objects.tsv");
        foreach (var row in rows)
        {
            Assert.All(row.List("verbs"), v => Assert.Matches("^[a-z]+$", v));
            Assert.NotEmpty(row.List("objects"));
        }
        // LIFT has no code of its own; lifting a ban is easing a restriction (081).
        Assert.Contains(rows, r => r.List("verbs").Contains("lift") && r.List("objects").Contains("ban") && r["cameo"] == "081");
    }

    // The rows of a derived event table, each checked to carry a code of Warta's codebook.
    private static IReadOnlyList<TsvRow> RowsWithCodebookCodes(string file)
    {
        var codes = DataFiles.ReadTable("data/cameo/event-codes.tsv").Rows.Select(r => r.Required("code")).ToHashSet(StringComparer.Ordinal);
        var rows = DataFiles.ReadTable(file).Rows;
        foreach (var row in rows)
            Assert.True(codes.Contains(row.Required("cameo")), $"{row.File}:{row.Line}: '{row["cameo"]}' is not in the codebook");
        return rows;
    }

    [Fact]
    public void Hand_written_tables_come_before_derived_ones()
    {
        Assert.Equal(["lang/en/events.tsv", "lang/en/derived/events.tsv"], DataFiles.AllNamed("lang/en/", "events.tsv"));
        Assert.Equal(["data/actors/people.tsv", SharedPeople], DataFiles.AllNamed("data/actors/", "people.tsv"));
    }
}
