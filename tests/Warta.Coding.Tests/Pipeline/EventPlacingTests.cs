using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>Where coded events happened, in articles written by us.</summary>
public sealed class EventPlacingTests
{
    private static CodedEvent Only(string text, string cameoRoot)
    {
        var coded = WartaCoder.Default.Code(new Article("placing", text, new DateOnly(2024, 10, 10), Language: "id"));
        return Assert.Single(coded.Events, e => e.Root == cameoRoot);
    }

    [Fact]
    public void A_state_statement_with_no_place_named_is_made_at_home()
    {
        var e = Only("Menteri Luar Negeri Jepang mengecam Korea Utara atas uji coba rudal itu.", "11");
        Assert.Equal(("JPN", "place:speaker-country"), (e.Place?.Country, e.Place?.Rule));
    }

    [Fact]
    public void An_act_between_foreign_states_is_not_placed_in_the_city_the_outlet_writes_from()
    {
        var e = Only("Jakarta, CNN Indonesia -- Arab Saudi memutus hubungan diplomatik dengan Qatar.", "16");
        Assert.Equal(("SAU", "place:doer-country"), (e.Place?.Country, e.Place?.Rule));
    }

    [Fact]
    public void An_act_of_the_outlet_s_own_country_keeps_the_dateline()
    {
        var e = Only("Jakarta, CNN Indonesia -- Indonesia memutus hubungan diplomatik dengan Israel.", "16");
        Assert.Equal(("IDN", "place:dateline"), (e.Place?.Country, e.Place?.Rule));
    }

    [Fact]
    public void The_country_in_an_actor_s_words_is_a_nationality_not_the_place_of_the_act()
    {
        var e = Only("Kementerian Luar Negeri mulai mengevakuasi warga negara Indonesia yang berada di Iran melalui jalan darat.", "07");
        Assert.Equal("IRN", e.Place?.Country);
    }

    [Fact]
    public void A_seat_of_government_named_as_where_the_act_happened_is_its_city()
    {
        var e = Only("Presiden Joko Widodo menerima Perdana Menteri Jepang di Istana Merdeka.", "04");
        Assert.Equal(("IDN", "Jakarta"), (e.Place?.Country, e.Place?.Canonical));
        var met = Only("Presiden Prancis bertemu Presiden Amerika Serikat di Gedung Putih.", "04");
        Assert.Equal(("USA", "Washington"), (met.Place?.Country, met.Place?.Canonical));
    }

    [Fact]
    public void An_accusation_is_placed_where_it_is_made_not_where_the_reported_act_happened()
    {
        var e = Only("Menteri Luar Negeri Filipina di Manila mengatakan China terus bersikap agresif di Laut China Selatan.", "11");
        Assert.Equal("PHL", e.Place?.Country);
    }

    [Fact]
    public void The_setting_of_the_sentence_before_is_kept_for_the_doer_who_was_there()
    {
        var coded = WartaCoder.Default.Code(new Article("placing", "Menteri Luar Negeri Sugiono tiba di Moskow pada Selasa. Ia juga mengecam serangan Israel terhadap Iran.",
            new DateOnly(2024, 10, 10), Language: "id"));
        var e = Assert.Single(coded.Events, e => e.Root == "11");
        Assert.Equal(("RUS", true), (e.Place?.Country, e.Place?.Rule.EndsWith("+context", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_setting_of_the_sentence_before_is_not_where_other_states_acted()
    {
        var e = Only("Presiden Prancis tiba di Tokyo pada Selasa. Korea Utara juga mengecam Amerika Serikat atas latihan militer itu.", "11");
        Assert.Equal(("PRK", "place:speaker-country"), (e.Place?.Country, e.Place?.Rule));
    }

    [Fact]
    public void A_region_of_several_states_is_not_where_one_act_happened()
    {
        var e = Only("Iran kembali menyerang Israel dengan rudal balistik di tengah ketegangan di Timur Tengah.", "19");
        Assert.Equal("ISR", e.Place?.Country);
    }
}
