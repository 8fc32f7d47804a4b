using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Actors;

/// <summary>
/// Which term of a person's career codes them, in articles written by us: the article's date decides, and in an
/// undated article the title written before the name ("Presiden …") names the office.
/// Needs data/actors/people.tsv, which is part of the repository.
/// </summary>
public sealed class PersonTermTests
{
    private static CodedEvent Only(string text, DateOnly? published)
    {
        var coded = WartaCoder.Default.Code(new Article("terms", text, published, Language: "id"));
        return Assert.Single(coded.Events);
    }

    [Fact]
    public void An_undated_title_picks_the_office_it_names()
    {
        var e = Only("Presiden Joko Widodo bertemu dengan Perdana Menteri Australia di Hamburg.", null);
        Assert.Equal("IDNGOV", e.Source.Code);
    }

    [Fact]
    public void A_person_named_again_in_an_undated_article_keeps_the_office_of_the_first_mention()
    {
        // Retno Marsudi has a later role at the UN; bare "Retno" alone would take the latest.
        var coded = WartaCoder.Default.Code(new Article("again",
            "Menlu Retno Marsudi tiba di Dhaka pada Senin. Retno kemudian mengecam Myanmar atas kekerasan di Rakhine.", null, Language: "id"));
        var e = Assert.Single(coded.Events, e => e.Cameo.StartsWith("11", StringComparison.Ordinal));
        Assert.Equal("IDNGOV", e.Source.Code);
    }

    [Fact]
    public void A_dated_article_picks_the_term_held_on_that_day()
    {
        var e = Only("Joko Widodo bertemu dengan Perdana Menteri Australia di Sydney.", new DateOnly(2025, 3, 1));
        Assert.Equal("IDNELI", e.Source.Code);
    }

    [Fact]
    public void Two_people_of_one_code_attack_each_other_in_a_debate()
    {
        var coded = WartaCoder.Default.Code(new Article("debate", "Clinton dan Trump saling serang dalam debat kedua.", new DateOnly(2016, 10, 10), Language: "id"));
        var e = Assert.Single(coded.Events);
        Assert.Equal(("USAELI", "USAELI", "111"), (e.Source.Code, e.Target!.Code, e.Cameo));
    }

    [Fact]
    public void A_directorate_general_is_an_office_of_government_not_a_general()
    {
        var e = Only("Direktorat Jenderal Perdagangan Thailand mengecam Vietnam.", new DateOnly(2024, 3, 2));
        Assert.Equal("THAGOV", e.Source.Code);
    }
}
