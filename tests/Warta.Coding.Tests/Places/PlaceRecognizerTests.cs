using Warta.Coding.Places;
using Warta.Core;
using Warta.Text.Tokens;

namespace Warta.Coding.Tests.Places;

public class PlaceRecognizerTests
{
    private static IReadOnlyList<Place> Find(string text, string language = "id") =>
        PlaceRecognizer.For(language).Find(text, Tokenizer.Tokenize(text));

    private static Place Single(string text, string language = "id")
    {
        var places = Find(text, language);
        return Assert.Single(places);
    }

    [Fact]
    public void A_strait_inside_one_state_gets_that_state()
    {
        var p = Single("Dua kapal perang melintasi Selat Tsugaru pada Selasa.");
        Assert.Equal(PlaceKind.Sea, p.Kind);
        Assert.Equal("JPN", p.Country);
        Assert.Equal("Selat Tsugaru", p.Name);
    }

    [Fact]
    public void The_country_ending_an_address_of_an_unknown_town_is_a_location()
    {
        var p = Single("Serangan udara menewaskan komandan itu di dekat Sarmadu, Suriah, pekan lalu.");
        Assert.Equal(("SYR", PlaceRecognizer.CuedRule), (p.Country, p.Rule));
        // A town the gazetteer knows is the location; the country after it is not cued.
        var places = Find("Rudal jatuh di Haifa, Israel, pada Selasa.");
        Assert.Equal(PlaceRecognizer.CuedRule, places.Single(x => x.Name == "Haifa").Rule);
        Assert.Equal(PlaceRecognizer.GazetteerRule, places.Single(x => x.Name == "Israel").Rule);
    }

    [Fact]
    public void International_waters_have_no_country()
    {
        var p = Single("Kedua angkatan laut menggelar latihan di Laut Jepang.");
        Assert.Equal(PlaceKind.Sea, p.Kind);
        Assert.Null(p.Country);
        Assert.Equal(PlaceRecognizer.CuedRule, p.Rule);
    }

    [Fact]
    public void Indonesian_exonym_of_a_capital_resolves_to_the_city()
    {
        var places = Find("Pertemuan berlangsung di Moskow, ibu kota Rusia.");
        var moscow = places.First(p => p.Kind == PlaceKind.City);
        Assert.Equal("Moscow", moscow.Canonical);
        Assert.Equal("RUS", moscow.Country);
        Assert.Contains(places, p => p is { Kind: PlaceKind.Country, Country: "RUS" });
    }

    [Theory]
    [InlineData("Badai terbentuk di Samudera Pasifik bagian barat.")]
    [InlineData("Badai terbentuk di Samudra Pasifik bagian barat.")]
    public void Ocean_spellings(string text)
    {
        var p = Single(text);
        Assert.Equal("Pacific Ocean", p.Canonical);
        Assert.Null(p.Country);
    }

    [Fact]
    public void Spans_point_into_the_original_text()
    {
        const string text = "Kapal itu berlayar dari Selat Malaka ke Laut China Selatan.";
        var places = Find(text);
        Assert.Equal(["Selat Malaka", "Laut China Selatan"], places.Select(p => p.Span!.Value.Of(text)));
        Assert.Equal(["Strait of Malacca", "South China Sea"], places.Select(p => p.Canonical));
    }

    [Fact]
    public void Longest_name_wins_over_a_shorter_one_inside_it()
    {
        var p = Single("Nelayan ditangkap di Laut Natuna Utara.");
        Assert.Equal("North Natuna Sea", p.Canonical);
    }

    [Theory]
    [InlineData("Itu bukan keputusan yang mudah.")]
    [InlineData("Para menteri bertemu kemarin.")]
    [InlineData("Kita harus bersiap.")]
    [InlineData("Baru kemarin dia datang.")]
    [InlineData("Sumber itu tidak mau disebut namanya.")]
    public void Common_words_that_are_also_town_names_are_not_places(string text) =>
        Assert.Empty(Find(text));

    [Fact]
    public void A_never_stopword_does_not_match_even_after_a_place_word() =>
        Assert.Empty(Find("Kota itu menjadi Ibu Kota Negara pada 1966."));

    [Fact]
    public void A_stoplisted_town_still_matches_after_a_place_word()
    {
        var p = Single("Banjir melanda Kota Batu sejak pagi.");
        Assert.Equal(PlaceKind.City, p.Kind);
        Assert.Equal("IDN", p.Country);
    }

    [Fact]
    public void A_mid_sentence_stopword_town_needs_mid_sentence_or_a_preposition()
    {
        Assert.Empty(Find("Serang balik dilakukan oleh pasukan itu."));
        var p = Single("Warga berkumpul di Serang untuk berdemonstrasi.");
        Assert.Equal("IDN", p.Country);
    }

    [Fact]
    public void Lower_case_words_do_not_match_city_names()
    {
        Assert.Empty(Find("mereka akan tiba di medan pertempuran"));
    }

    [Fact]
    public void An_ambiguous_name_goes_to_the_larger_city()
    {
        var p = Single("Demonstran berkumpul di Tripoli pada Jumat.");
        Assert.Equal("LBY", p.Country);
    }

    [Fact]
    public void An_ambiguous_name_goes_to_a_city_in_a_country_the_sentence_names()
    {
        var places = Find("Bentrokan pecah di Tripoli, kota di utara Lebanon.");
        Assert.Contains(places, p => p is { Kind: PlaceKind.City, Country: "LBN" });
    }

    [Fact]
    public void Countries_named_earlier_in_the_article_steer_an_ambiguous_city()
    {
        const string text = "Bentrokan pecah di Tripoli semalam.";
        var m = Assert.Single(PlaceRecognizer.For("id").FindMatches(text, Tokenizer.Tokenize(text), ["LBN"]));
        Assert.Equal("LBN", m.Place.Country);
        Assert.True(m.AfterPreposition);
    }

    [Fact]
    public void Countries_are_preferred_to_a_city_of_the_same_name()
    {
        var p = Single("Delegasi tiba di Singapura.");
        Assert.Equal(PlaceKind.Country, p.Kind);
        Assert.Equal("SGP", p.Country);
    }

    [Fact]
    public void The_dateline_is_left_to_the_dateline_stage()
    {
        const string text = "Jakarta, CNN Indonesia -- Pemerintah mengirim bantuan ke Gaza.";
        var places = Find(text);
        var p = Assert.Single(places);
        Assert.Equal("PSE", p.Country);
    }

    [Theory]
    [InlineData("JAKARTA (ANTARA) - Kapal patroli berjaga di Selat Sunda.")]
    [InlineData("TEMPO.CO, Jakarta - Kapal patroli berjaga di Selat Sunda.")]
    [InlineData("JAKARTA - Kapal patroli berjaga di Selat Sunda.")]
    [InlineData("Liputan6.com, Jakarta - Kapal patroli berjaga di Selat Sunda.")]
    public void Dateline_forms(string text) => Assert.Equal("Sunda Strait", Single(text).Canonical);

    [Fact]
    public void A_spaced_dash_between_countries_is_not_a_dateline() =>
        Assert.Equal(2, Find("Hubungan Rusia - Ukraina memanas.").Count);

    [Fact]
    public void A_name_inside_an_organisation_is_not_a_place()
    {
        Assert.Empty(Find("Mahasiswa Universitas Indonesia menggelar diskusi."));
        Assert.Empty(Find("Pemain Persib Bandung mencetak gol."));
    }

    [Fact]
    public void A_city_after_a_capitalised_word_is_part_of_a_longer_name()
    {
        Assert.Empty(Find("Mereka menonton pertandingan Persik Kediri kemarin."));
        Assert.Equal("IDN", Single("Banjir melanda Kediri kemarin.").Country);
    }

    [Fact]
    public void A_headline_in_capitals_still_names_its_places() =>
        Assert.Equal("IDN", Single("BANJIR BESAR MELANDA BANDUNG").Country);

    [Fact]
    public void Short_city_names_in_capitals_are_not_places() =>
        Assert.Empty(Find("Pembaruan OTA dirilis hari ini."));

    [Fact]
    public void English_possessive_is_read_as_the_name()
    {
        const string text = "Israel's army entered Gaza.";
        var places = Find(text, "en");
        Assert.Equal(["Israel", "Gaza"], places.Select(p => p.Span!.Value.Of(text)));
        Assert.Equal("BGD", Single("Refugees reached Cox's Bazar.", "en").Country);
    }

    [Fact]
    public void An_Indonesian_administrative_word_names_a_region_the_gazetteer_lacks()
    {
        var m = Assert.Single(PlaceRecognizer.For("id").FindMatches("Warga Kabupaten Sungai Hijau menolak tambang.",
            Tokenizer.Tokenize("Warga Kabupaten Sungai Hijau menolak tambang.")));
        Assert.Equal("Kabupaten Sungai Hijau", m.Place.Name);
        Assert.Equal("IDN", m.Place.Country);
        Assert.Equal(PlaceKind.Region, m.Place.Kind);
        Assert.Null(m.Id);
        Assert.Null(m.Place.Lat);
    }

    [Fact]
    public void A_known_name_after_an_administrative_word_is_the_gazetteer_place() =>
        Assert.Equal("Bogor", Single("Banjir melanda Kabupaten Bogor.").Canonical);

    [Fact]
    public void A_city_followed_by_a_direction_is_still_a_place()
    {
        var p = Find("Polisi berjaga di Jakarta Selatan.").First();
        Assert.Equal("IDN", p.Country);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        Assert.Contains(Find("Presiden AS tiba di Tokyo."), p => p.Country == "USA");
        Assert.DoesNotContain(Find("Presiden As tiba di Tokyo."), p => p.Country == "USA");
    }

    [Fact]
    public void English_names()
    {
        var places = Find("Warships sailed through the Strait of Hormuz toward the Persian Gulf.", "en");
        Assert.Equal(["Strait of Hormuz", "Persian Gulf"], places.Select(p => p.Canonical));
        Assert.Equal("RUS", Single("Talks were held in Moscow on Monday.", "en").Country);
    }

    [Theory]
    [InlineData("Jakarta", "IDN", PlaceKind.City)]
    [InlineData("Teheran", "IRN", PlaceKind.City)]
    [InlineData("Den Haag", "NLD", PlaceKind.City)]
    [InlineData("Yerusalem", "ISR", PlaceKind.City)]
    [InlineData("Tepi Barat", "PSE", PlaceKind.Region)]
    [InlineData("Jawa Timur", "IDN", PlaceKind.Region)]
    [InlineData("KABUL", "AFG", PlaceKind.City)]
    [InlineData("Laut Natuna Utara", "IDN", PlaceKind.Sea)]
    public void Resolve_a_bare_name(string name, string country, PlaceKind kind)
    {
        var p = PlaceRecognizer.For("id").Resolve(name);
        Assert.NotNull(p);
        Assert.Equal(country, p.Country);
        Assert.Equal(kind, p.Kind);
        Assert.Null(p.Span);
    }

    [Fact]
    public void Resolve_returns_null_for_an_unknown_name() =>
        Assert.Null(PlaceRecognizer.For("id").Resolve("Antah Berantah"));
}
