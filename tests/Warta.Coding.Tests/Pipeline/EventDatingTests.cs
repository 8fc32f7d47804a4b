using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>
/// When coded events happened, in articles written by us: announced acts take the day they were announced,
/// a later "Hal itu disampaikan …" sentence dates the statement before it, and an undated article infers
/// its year from weekday-numbered days.
/// </summary>
public sealed class EventDatingTests
{
    private static CodedEvent Only(string text, DateOnly? published, string cameoRoot)
    {
        var coded = WartaCoder.Default.Code(new Article("dating", text, published, Language: "id"));
        return Assert.Single(coded.Events, e => e.Root == cameoRoot);
    }

    [Fact]
    public void An_undated_act_takes_the_day_an_outlet_reported_it_in_its_section_before_the_publication_day()
    {
        var e = Only("Pemerintah Jepang telah mengevakuasi ratusan warganya dari Iran.\n\nSebanyak 300 warga Jepang sudah keluar dari "
                     + "Teheran, seperti dilansir kantor berita Kyodo, Rabu (18/6/2025).", new DateOnly(2025, 6, 19), "07");
        Assert.Equal(new DateOnly(2025, 6, 18), e.Date.Date);
        Assert.EndsWith("+reported", e.Date.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_a_date_whose_address_carries_one_is_read_as_published_that_day()
    {
        var article = new Article("dating", "Korea Utara mengecam Jepang pada Kamis (10/8).", Url: "http://example.org/2017/08/12/story/", Language: "id");
        var coded = WartaCoder.Default.Code(article);
        Assert.Equal(new DateOnly(2017, 8, 12), coded.ReferenceDate);
        Assert.Equal(new DateOnly(2017, 8, 10), Assert.Single(coded.Events, e => e.Root == "11").Date.Date);
    }

    [Fact]
    public void An_announced_visit_is_dated_when_it_was_announced_not_when_it_will_happen()
    {
        var e = Only("Perdana Menteri Jepang akan berkunjung ke Vietnam pada 20 Oktober mendatang.", new DateOnly(2024, 10, 2), "03");
        Assert.Equal(new DateOnly(2024, 10, 2), e.Date.Date);
    }

    [Fact]
    public void A_later_sentence_saying_when_a_statement_was_made_dates_it()
    {
        const string text = "Menteri Luar Negeri Jepang mengecam Korea Utara atas uji coba rudal itu. "
                            + "Hal itu disampaikan di Tokyo pada Selasa (8/10/2024).";
        var e = Only(text, new DateOnly(2024, 10, 10), "11");
        Assert.Equal(new DateOnly(2024, 10, 8), e.Date.Date);
    }

    [Fact]
    public void An_undated_article_takes_its_year_from_weekdays_after_the_latest_year_named()
    {
        const string text = "Perundingan terhenti sejak 2014. Pada Rabu (3/5), Presiden Prancis mengecam Israel.";
        var e = Only(text, null, "11");
        Assert.Equal(new DateOnly(2017, 5, 3), e.Date.Date);
    }
}
