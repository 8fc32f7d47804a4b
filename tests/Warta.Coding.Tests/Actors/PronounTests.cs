using static Warta.Coding.Tests.Actors.ActorReading;

namespace Warta.Coding.Tests.Actors;

/// <summary>Who a pronoun stands for, read from sentences written by us.</summary>
public sealed class PronounTests
{
    [Fact]
    public void A_speech_verb_with_the_possessive_ending_speaks_for_the_person_last_named()
    {
        var actors = Read("Menteri Luar Negeri Iran Abbas Zarandi tiba di Jakarta.", "\"Kami mengecam serangan itu,\" ujarnya.");
        Assert.Contains(actors[1], a => a is ("IRNGOV", "Kami", "actor:anaphor-speaker"));
    }

    [Fact]
    public void A_speech_verb_followed_by_a_personal_pronoun_speaks_for_the_person_last_named()
    {
        var actors = Read("Presiden Prancis Louis Garnier menerima wartawan.", "\"Kami tidak akan mundur,\" kata dia.");
        Assert.Contains(actors[1], a => a is ("FRAGOV", "Kami", "actor:anaphor-speaker"));
    }

    [Fact]
    public void With_no_person_named_before_the_quotation_has_no_speaker()
    {
        var actors = Read("Harga minyak naik tajam pekan ini.", "\"Kami mengecam serangan itu,\" ujarnya.");
        Assert.DoesNotContain(actors[1], a => a.Text == "Kami");
    }
}
