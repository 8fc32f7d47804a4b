using Warta.Core;
using Warta.Text.Segmentation;

namespace Warta.Text.Tests;

public class SegmenterTests
{
    private static IReadOnlyList<Sentence> Split(string text) =>
        Segmenter.For("id").Split(new Document(new Article("t", text), "id", [new Span(0, text.Length)], [], null));

    private static string[] Texts(string text) => Split(text).Select(s => s.Span.Of(text)).ToArray();

    [Fact]
    public void Dates_in_parentheses_do_not_split()
    {
        var s = Texts("Kapal tiba pada Minggu (17/10/2021). Mereka pergi Rabu (20/10) malam.");
        Assert.Equal(["Kapal tiba pada Minggu (17/10/2021).", "Mereka pergi Rabu (20/10) malam."], s);
    }

    [Fact]
    public void Tokenised_text_with_spaced_dates_splits_on_sentence_ends_only()
    {
        var s = Texts("Tujuh orang tewas pada Sabtu ( 6 / 3 ) . Polisi datang .");
        Assert.Equal(2, s.Length);
    }

    [Fact]
    public void Abbreviations_and_initials_do_not_end_sentences()
    {
        var s = Texts("Dr. Abdullah bertemu Prof. Budi di Jl. Merdeka. Lalu pulang.");
        Assert.Equal(2, s.Length);
        var t = Texts("George W. Bush tiba.");
        Assert.Single(t);
    }

    [Fact]
    public void A_quotation_closes_with_its_sentence()
    {
        var s = Texts("\u201CKami siap.\u201D Kata dia. \"Ini aman,\" ujar dia.");
        Assert.Equal(["\u201CKami siap.\u201D", "Kata dia.", "\"Ini aman,\" ujar dia."], s);
    }

    [Fact]
    public void Headings_start_sections_and_lines_paragraphs()
    {
        var sentences = Split("Satu dua tiga. Empat lima.\n\nEnam.\nJudul Bagian\nTujuh delapan.");
        Assert.Equal([0, 0, 1, 2, 3], sentences.Select(s => s.Paragraph));
        Assert.Equal(0, sentences[0].Section);
        Assert.Equal(1, sentences[^1].Section);
    }
    [Fact]
    public void Link_fragments_on_lines_of_their_own_are_one_sentence()
    {
        const string text = "Menteri Luar Negeri\nKanada\nmengecam keputusan itu pada Senin.\nIa juga meminta penjelasan.";
        Assert.Equal(["Menteri Luar Negeri\nKanada\nmengecam keputusan itu pada Senin.", "Ia juga meminta penjelasan."], Texts(text));
    }

    [Fact]
    public void A_heading_before_a_finished_paragraph_stays_its_own_section()
    {
        const string text = "Kedua negara menggelar latihan.\nKerja Sama dengan Jepang\nJepang dan Vietnam sepakat bekerja sama.";
        var sentences = Split(text);
        Assert.Equal(3, sentences.Count);
        Assert.True(sentences[1].Section > sentences[0].Section);
    }

    [Fact]
    public void List_items_are_not_joined()
    {
        const string text = "- Presiden Kirim Pasukan ke Perbatasan\n- Menteri Bertemu Duta Besar\nSituasi memanas pada Senin.";
        Assert.Equal(3, Split(text).Count);
    }
}
