using Warta.Core;

namespace Warta.Coding.Tests.Actors;

/// <summary>The first persons of a quotation that runs over several sentences are its speaker, in articles written by us.</summary>
public sealed class QuoteSpeakersTests
{
    private static IReadOnlyList<CodedEvent> Code(string text) =>
        WrittenText.Code("quotes", text, new DateOnly(2024, 3, 2)).Events;

    [Fact]
    public void The_speaker_named_where_a_quotation_closes_speaks_its_earlier_sentences()
    {
        var events = Code("Menteri Luar Negeri Rusia bertemu Menteri Luar Negeri Indonesia di Moskow.\n" +
                          "\"Kami menghargai pendekatan Indonesia yang konstruktif. Hubungan kedua negara terus berkembang,\" kata Menteri Luar Negeri Rusia kepada wartawan.");
        Assert.Contains(events, e => e.Root == "05" && e.Source.Code == "RUSGOV" && e.Target?.Code.StartsWith("IDN") == true);
    }

    [Fact]
    public void A_quotation_closed_by_a_speech_verb_with_a_pronoun_is_spoken_by_the_person_last_named()
    {
        var events = Code("Menteri Luar Negeri Rusia Sergey Lavrov berbicara kepada wartawan di Moskow.\n\n" +
                          "\"Situasi ini berbahaya. Kami mengecam serangan Ukraina terhadap warga sipil. Semua pihak harus menahan diri,\" ujarnya.");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Code == "RUSGOV" && e.Target?.Root == "UKR");
    }

    [Fact]
    public void A_sentence_quoted_alone_goes_on_with_the_speaker_of_the_quotation_before()
    {
        var events = Code("Presiden Prancis berbicara di Paris, Jumat (1/3/2024).\n" +
                          "\"Situasi ini sangat serius,\" kata Presiden Prancis. \"Kami mengecam Rusia atas serangan itu.\"");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Code == "FRAGOV" && e.Target?.Code == "RUS");
    }

    [Fact]
    public void A_paragraph_quoted_alone_goes_on_with_the_speaker_whose_quotation_ended_the_paragraph_before()
    {
        var events = Code("Presiden Prancis berbicara di Paris, Jumat (1/3/2024).\n\n" +
                          "Presiden Prancis juga menyatakan, \"Situasi ini sangat serius.\"\n\n" +
                          "\"Kami mengecam Rusia atas serangan itu.\"");
        Assert.Contains(events, e => e.Root == "11" && e.Source.Code == "FRAGOV" && e.Target?.Code == "RUS");
    }

    [Fact]
    public void A_paragraph_quoted_alone_after_narrative_has_no_speaker()
    {
        var events = Code("Presiden Prancis juga menyatakan, \"Situasi ini sangat serius.\"\n\n" +
                          "Presiden Prancis kemudian kembali ke Paris.\n\n" +
                          "\"Kami mengecam Rusia atas serangan itu.\"");
        Assert.DoesNotContain(events, e => e.Root == "11");
    }

    [Fact]
    public void A_quotation_with_no_speaker_named_lends_its_first_persons_to_no_one()
    {
        var events = Code("\"Kami mengecam Rusia atas serangan itu. Serangan itu melanggar hukum internasional.\"");
        Assert.DoesNotContain(events, e => e.Root == "11");
    }
}
