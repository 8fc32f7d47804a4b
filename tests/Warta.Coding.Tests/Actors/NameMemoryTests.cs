using Warta.Coding.Actors;

namespace Warta.Coding.Tests.Actors;

/// <summary>People introduced with a title and named again later by part of their name, in sentences written by us.</summary>
public sealed class NameMemoryTests
{
    private static List<List<(string Code, string Text, string Rule)>> Read(params string[] sentences) => ActorReading.Read(sentences);

    private static List<List<(string Code, string Text, string Rule)>> ReadWithPlaces(IReadOnlyDictionary<int, string[]> placeWords, params string[] sentences) =>
        ActorReading.ReadWithPlaces(placeWords, sentences);

    [Fact]
    public void A_person_introduced_with_a_title_is_that_actor_when_named_again()
    {
        var actors = Read("Menteri Luar Negeri Iran Abbas Zarandi mengecam Israel.", "Zarandi menuduh Israel melanggar hukum.");
        Assert.Contains(actors[0], a => a is ("IRNGOV", "Menteri Luar Negeri Iran Abbas Zarandi", _));
        Assert.Contains(actors[1], a => a is ("IRNGOV", "Zarandi", ActorRules.NamedEarlier));
    }

    [Fact]
    public void Any_word_of_the_name_is_the_person()
    {
        var actors = Read("Juru bicara militer Israel Daniel Hagarova mengatakan serangan berlanjut.", "Daniel menolak berkomentar tentang Iran.");
        Assert.Contains(actors[1], a => a is ("ISRMIL", "Daniel", ActorRules.NamedEarlier));
    }

    [Fact]
    public void The_holder_of_an_office_abroad_is_named_after_where_it_serves()
    {
        var actors = Read("Duta Besar Iran untuk Indonesia Reza Farahani hadir di Jakarta.", "\"Kami akan membalas,\" kata Farahani.");
        Assert.Contains(actors[1], a => a is ("IRNGOV", "Farahani", ActorRules.NamedEarlier));
        Assert.Contains(actors[1], a => a is ("IRNGOV", "Kami", _));
    }

    [Fact]
    public void The_holder_of_an_office_at_an_organisation_is_the_office_s_state()
    {
        var actors = Read("Duta Besar Iran untuk PBB, Reza Farahani, hadir di New York.", "\"Kami akan membalas,\" kata Farahani.");
        Assert.Contains(actors[1], a => a is ("IRNGOV", "Farahani", ActorRules.NamedEarlier));
        Assert.DoesNotContain(actors[1], a => a.Code.StartsWith("IGO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_set_off_by_a_comma_before_a_title_is_the_title_holder()
    {
        var actors = Read("Andrea Kowalczyk, juru bicara Kementerian Luar Negeri Polandia, mengecam Rusia.", "Kowalczyk juga mengkritik Belarus.");
        Assert.Contains(actors[1], a => a is ("POLGOV", "Kowalczyk", ActorRules.NamedEarlier));
    }

    [Fact]
    public void A_word_of_an_office_s_name_is_a_place_where_it_stands_as_one()
    {
        // "Toba" was taken into the name of the police spokesman; later, where it is a place, it is that place, while
        // the spokesman's own name still recalls him.
        var actors = ReadWithPlaces(new Dictionary<int, string[]> { [1] = ["Toba"] }, "Kasi Humas Polres Toba Bungaran Samosir membenarkan penangkapan itu.",
            "Keduanya dibawa ke Toba pada Senin.", "Bungaran menyebut pelaku ditahan.");
        Assert.DoesNotContain(actors[1], a => a.Text == "Toba");
        Assert.Contains(actors[2], a => a is ("IDNCOP", "Bungaran", ActorRules.NamedEarlier));
    }

    [Fact]
    public void A_name_two_people_of_the_article_share_is_nobody()
    {
        var actors = Read("Menteri Luar Negeri Iran Ali Zarandi tiba di Ankara.", "Menteri Pertahanan Turki Ali Kocabas menyambutnya.",
            "Ali kemudian berbicara kepada wartawan.");
        Assert.DoesNotContain(actors[2], a => a.Rule == ActorRules.NamedEarlier);
    }

    [Fact]
    public void Days_and_months_after_a_title_are_no_name()
    {
        var actors = Read("Menteri Luar Negeri Iran Senin mengecam Israel.", "Senin depan Israel menggelar pemilu.");
        Assert.DoesNotContain(actors[1], a => a.Rule == ActorRules.NamedEarlier);
    }

    [Fact]
    public void A_remembered_word_inside_another_name_is_another_person()
    {
        var actors = Read("Presiden Korea Selatan Lee Jaewon menelepon Presiden AS.", "Sementara itu Lee Hsien Loong tiba di Jakarta.");
        Assert.DoesNotContain(actors[1], a => a.Rule == ActorRules.NamedEarlier);
    }

    [Fact]
    public void A_name_is_not_recalled_in_the_sentence_that_introduces_it()
    {
        var actors = Read("Duta Besar Iran untuk Indonesia Reza Farahani mengecam Israel.");
        Assert.DoesNotContain(actors[0], a => a.Rule == ActorRules.NamedEarlier);
    }

    [Fact]
    public void A_name_set_off_before_an_office_of_a_state_is_that_state_when_named_again()
    {
        var actors = Read("Pernyataan itu disampaikan Jenderal Rowan Baxley , komandan senior Amerika Serikat di Irak .",
            "Baxley mengecam ISIS.");
        Assert.Contains(actors[1], a => a is ("USAMIL", "Baxley", ActorRules.NamedEarlier));
    }

    [Fact]
    public void A_title_before_a_name_set_off_before_its_office_is_part_of_the_introduction()
    {
        var actors = Read("\" Ini pukulan telak , \" bunyi pernyataan Jenderal Rowan Baxley , komandan senior Amerika Serikat di Irak .",
            "Baxley mengecam ISIS.");
        Assert.Contains(actors[1], a => a is ("USAMIL", "Baxley", ActorRules.NamedEarlier));
    }

    [Fact]
    public void A_person_of_the_people_file_is_named_again_by_a_word_of_the_name()
    {
        var actors = Read("Presiden Cina Xi Jinping menelepon Presiden Korea Selatan Lee Jae-myung.", "Dalam pembicaraan itu , Lee mengecam Korea Utara.");
        Assert.Contains(actors[1], a => a is ("KORGOV", "Lee", ActorRules.NamedEarlier));
        Assert.DoesNotContain(actors[1], a => a.Text is "Korea" or "Utara" && a.Rule == ActorRules.NamedEarlier);
    }

    [Fact]
    public void A_name_after_a_short_relative_clause_of_an_office_is_its_holder()
    {
        var actors = Read("Presiden Chile yang baru dilantik Tomas Varela bertemu dengan Presiden Peru.", "Varela mengecam Bolivia.");
        Assert.Contains(actors[1], a => a is ("CHLGOV", "Varela", ActorRules.NamedEarlier));
    }
}
