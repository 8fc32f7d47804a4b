using Warta.Coding.Actors;
using Warta.Coding.Grammar;
using Warta.Core;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Tests.Actors;

/// <summary>
/// Whose an actor's words are when they name a body and something else: a bare role followed by the states it comes
/// from ("delegasi dari Mesir"), a person named after a body. Sentences written by us.
/// </summary>
public sealed class RoleOfOriginTests
{
    private static List<ActorGroup> Groups(string sentence, DateOnly? date = null)
    {
        var span = new Span(0, sentence.Length);
        var recognizer = new ActorRecognizer(ActorLexicon.For("id"), FunctionWords.For("id"), Morphology.For("id"), "IDN", date ?? new DateOnly(2025, 6, 16));
        return recognizer.Recognize(sentence, new Sentence(0, span, Tokenizer.Tokenize(sentence, span), 0, 0), []);
    }

    [Fact]
    public void A_role_from_a_list_of_states_is_each_states_role_in_one_group()
    {
        var groups = Groups("Pertemuan itu dihadiri delegasi dari Mesir , Yordania , dan Turki .");
        var group = Assert.Single(groups);
        Assert.Equal(["EGYGOV", "JORGOV", "TURGOV"], group.Members.Select(m => m.Code));
        Assert.Equal(3, group.StartToken); // where "delegasi" stands
    }

    [Fact]
    public void A_role_of_its_own_state_is_left_alone()
    {
        var groups = Groups("Polisi Malaysia menerima laporan dari Thailand .");
        Assert.Contains(groups, g => g.Members.Any(m => m.Code == "MYSCOP"));
        Assert.Contains(groups, g => g.Members.Any(m => m.Code == "THA"));
    }

    [Fact]
    public void A_person_named_after_a_body_is_that_person_acting_for_their_own_side()
    {
        // (Nikki Haley was the United States' ambassador to the United Nations in 2017)
        var groups = Groups("Duta Besar AS untuk PBB Nikki Haley mengecam Korea Utara .", new DateOnly(2017, 8, 10));
        Assert.Contains(groups, g => g.Members.Any(m => m.Code == "USAGOV" && m.Rule == ActorRules.Person));
        Assert.DoesNotContain(groups, g => g.Members.Any(m => m.Code == "IGOUNO"));
    }

    [Fact]
    public void A_word_describing_a_role_between_it_and_its_country_keeps_them_one_actor()
    {
        Assert.Contains(Groups("Polisi pantai Singapura menyelamatkan tiga nelayan ."), g => g.Members.Any(m => m.Code == "SGPCOP"));
        Assert.Contains(Groups("Pasukan keamanan elite Israel memasuki kota itu ."), g => g.Members.Any(m => m.Code == "ISRCOP"));
    }

    [Fact]
    public void A_verb_between_a_role_and_a_country_keeps_them_apart()
    {
        var groups = Groups("Polisi menangkap warga Singapura .");
        Assert.DoesNotContain(groups, g => g.Members.Any(m => m.Code == "SGPCOP"));
    }
}
