using Warta.Coding.Places;
using Warta.Core;
using Warta.Languages;

namespace Warta.Coding.Tests.Places;

public class GazetteerTests
{
    public static TheoryData<string> Languages => new("id", "en");

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_table_loads_with_valid_entries(string language)
    {
        var g = Gazetteer.Load(language);
        Assert.True(g.Entries.Count > 5000, $"only {g.Entries.Count} entries");
        Assert.Equal(g.Entries.Count, g.Entries.Select(e => e.Id).Distinct().Count());
        foreach (var e in g.Entries)
        {
            Assert.InRange(e.Lat, -90, 90);
            Assert.InRange(e.Lon, -180, 180);
            if (e.Country is { } c) Assert.Matches("^[A-Z]{3}$", c);
        }
    }

    [Fact]
    public void Every_kind_of_place_is_present()
    {
        var g = Gazetteer.Load("id");
        Assert.Equal(PlaceKind.Country, g["IDN"]!.Kind);
        Assert.Equal(PlaceKind.City, g["1642911"]!.Kind);       // Jakarta, GeoNames id
        Assert.Equal(PlaceKind.Sea, g["tsugaru-strait"]!.Kind);
        Assert.Equal(PlaceKind.Region, g["ID-JI"]!.Kind);
        Assert.Null(g["pacific-ocean"]!.Country);
        Assert.Equal("JPN", g["tsugaru-strait"]!.Country);
    }

    [Fact]
    public void All_38_Indonesian_provinces_have_an_Indonesian_name()
    {
        var g = Gazetteer.Load("id");
        var provinces = g.Entries.Where(e => e.Id.StartsWith("ID-", StringComparison.Ordinal)).ToList();
        Assert.Equal(38, provinces.Count);
        var named = g.Names.Where(n => n.Source == NameSource.Curated).Select(n => g.Entries[n.Entry].Id).ToHashSet();
        Assert.All(provinces, p => Assert.Contains(p.Id, named));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_water_body_has_a_name_in_each_language(string language)
    {
        var g = Gazetteer.Load(language);
        var named = g.Names.Where(n => n.Source == NameSource.Curated).Select(n => g.Entries[n.Entry].Id).ToHashSet();
        var water = g.Entries.Where(e => e.Kind is PlaceKind.Sea or PlaceKind.Other).ToList();
        Assert.NotEmpty(water);
        Assert.All(water, w => Assert.Contains(w.Id, named));
    }

    [Fact]
    public void Country_codes_of_the_derived_tables_are_known_countries()
    {
        var g = Gazetteer.Load("id");
        var countries = g.Entries.Where(e => e.Kind == PlaceKind.Country).Select(e => e.Id).ToHashSet();
        Assert.All(g.Entries.Where(e => e.Country is not null), e => Assert.Contains(e.Country!, countries));
    }

    private static GazetteerSources Small(string names = "id\tnames\nsea-x\tLaut X\n", string water = "sea-x\tX Sea\t1\t2\t\tsea\n") => new(
        "xx",
        TsvTable.Parse("countries.tsv", "id\tiso2\tlat\tlon\tcapital\tname_en\tnames_en\n" + "XXX\tXX\t1\t1\t\tXland\tXland\n"),
        TsvTable.Parse("water.tsv", "id\tname_en\tlat\tlon\tcountry\tkind\n" + water),
        TsvTable.Parse("regions.tsv", "id\tname_en\tlat\tlon\tcountry\tkind\n"),
        TsvTable.Parse("cities.tsv", "id\tname\tascii\talternates\tcountry\tadmin1\tfeature\tlat\tlon\tpopulation\n" +
            "1\tXville\tXville\t\tXXX\t01\tPPLC\t1\t1\t1000\n"),
        TsvTable.Parse("places.tsv", names), [], null);

    [Fact]
    public void Small_tables_build()
    {
        var g = Gazetteer.Build(Small());
        Assert.Equal(["XXX", "sea-x", "1"], g.Entries.Select(e => e.Id));
    }

    [Fact]
    public void An_unknown_id_in_a_language_file_names_file_and_line()
    {
        var e = Assert.Throws<DataFileException>(() => Gazetteer.Build(Small(names: "id\tnames\nno-such-place\tNowhere\n")));
        Assert.Equal("places.tsv:2: unknown place id 'no-such-place'", e.Message);
    }

    [Fact]
    public void Coordinates_out_of_range_are_rejected()
    {
        var e = Assert.Throws<DataFileException>(() => Gazetteer.Build(Small(water: "sea-x\tX Sea\t91\t2\t\tsea\n")));
        Assert.Contains("coordinates out of range", e.Message);
    }

    [Fact]
    public void A_country_code_must_have_three_letters()
    {
        var e = Assert.Throws<DataFileException>(() => Gazetteer.Build(Small(water: "sea-x\tX Sea\t1\t2\tXX\tsea\n")));
        Assert.Contains("three-letter", e.Message);
    }

    [Fact]
    public void A_duplicate_id_is_rejected()
    {
        var e = Assert.Throws<DataFileException>(() => Gazetteer.Build(Small(water: "XXX\tX Sea\t1\t2\t\tsea\n")));
        Assert.Contains("duplicate id 'XXX'", e.Message);
    }
}
