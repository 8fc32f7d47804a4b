using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Coding.Grammar;
using Warta.Coding.Pipeline;
using Warta.Core;
using Warta.Languages;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>Words glued by scraping ("Putindi", "jikamelakukan") are split with spans into the text; real words stay whole.</summary>
public sealed class GlueSplitterTests
{
    private static readonly Lazy<GlueSplitter> Indonesian = new(() => Load("id"));

    private static GlueSplitter Load(string language) =>
        GlueSplitter.Load(language, ActorLexicon.For(language), FunctionWords.For(language), EventLexicon.For(language),
            Morphology.For(language), new GazetteerPlaceStage().OneWordNames(language));

    /// <summary>The words of the text after splitting, each as its span reads in the text.</summary>
    private static string[] Words(string text, GlueSplitter? splitter = null)
    {
        var sentence = new Sentence(0, new Span(0, text.Length), Tokenizer.Tokenize(text), 0, 0);
        var split = Assert.Single((splitter ?? Indonesian.Value).Split(text, [sentence]));
        return split.Tokens.Select(t => t.Span.Of(text)).ToArray();
    }

    [Fact]
    public void The_glue_file_loads_with_known_roles_and_classes()
    {
        var table = DataFiles.ReadTable(DataFiles.LanguageFile("id", "glue.tsv"));
        Assert.All(table.Rows, r => Assert.Contains(r.Required("role"), GlueSplitter.Roles));
        Assert.All(table.Rows.Where(r => r["role"] == "head-class").SelectMany(r => r.List("words")), c => Assert.Contains(c, FunctionWords.Classes));
        Assert.Contains("di", table.Rows.Where(r => r["role"] == "suffix").SelectMany(r => r.List("words")));
        Assert.NotNull(Indonesian.Value);
    }

    [Fact]
    public void A_name_glued_to_a_preposition_is_split()
    {
        Assert.Equal(["Menlu", "Lavrov", "di", "Moskow", "kemarin"], Words("Menlu Lavrovdi Moskow kemarin"));
        Assert.Equal(["Delegasi", "Iran", "dan", "Oman"], Words("Delegasi Irandan Oman"));
    }

    [Fact]
    public void A_name_glued_to_a_verb_is_split()
    {
        Assert.Equal(["Pemerintah", "Israel", "menolak", "usulan", "itu"], Words("Pemerintah Israelmenolak usulan itu"));
        Assert.Equal(["Erdogan", "ditanya", "wartawan"], Words("Erdoganditanya wartawan"));
    }

    [Fact]
    public void The_last_word_of_a_longer_name_written_with_a_capital_is_split_from_its_glued_word()
    {
        Assert.Equal(["Korea", "Utara", "melalui", "juru", "bicaranya"], Words("Korea Utaramelalui juru bicaranya"));
        Assert.Equal(["Pemimpin", "tertinggi", "Iran", "itu"], Words("Pemimpin tertinggi Iranitu"));
        // (not when written in lower case: "utaramelalui" may be one misspelt word of anything)
        Assert.Equal(["arah", "utaramelalui", "jalan"], Words("arah utaramelalui jalan"));
    }

    [Fact]
    public void A_function_word_glued_to_a_verb_is_split()
    {
        Assert.Equal(["warga", "yang", "mengungsi", "kembali"], Words("warga yangmengungsi kembali"));
        Assert.Equal(["Sanksi", "berlaku", "jika", "melanggar"], Words("Sanksi berlaku jikamelanggar"));
    }

    [Fact]
    public void Split_words_keep_exact_spans_into_the_text()
    {
        const string text = "Kemarin Presiden Putindi Kremlin.";
        var sentence = new Sentence(0, new Span(0, text.Length), Tokenizer.Tokenize(text), 0, 0);
        var tokens = Indonesian.Value.Split(text, [sentence])[0].Tokens;
        var putin = tokens[2];
        var di = tokens[3];
        Assert.Equal((17, 22), (putin.Start, putin.End));
        Assert.Equal((22, 24), (di.Start, di.End));
        Assert.Equal(("putin", "di"), (putin.Norm, di.Norm));
        Assert.Equal(TokenKind.Word, di.Kind);
        Assert.Equal(sentence.Span, Indonesian.Value.Split(text, [sentence])[0].Span);
    }

    [Theory]
    [InlineData("Raja Arab Saudi tiba di Riyadh")]
    [InlineData("Komunitas Yahudi di kota itu")]
    [InlineData("Bapak Mulyadi menjadi saksi")]
    [InlineData("Anggaran pendidikan menjadi bahan perundingan")]
    [InlineData("Pemerintah di Pyongyang menjadi sorotan")]
    [InlineData("Kisah bidadari dalam dongeng")]
    public void Known_words_and_names_that_only_look_glued_stay_whole(string text) =>
        Assert.Equal(text.Split(' '), Words(text));

    [Fact]
    public void A_given_name_glued_to_a_short_word_is_a_personal_name_and_stays_whole()
    {
        // "Setya" is a given name in the people data, and "Setyadi" a name of its own.
        Assert.Equal(["Saksi", "Setyadi", "hadir"], Words("Saksi Setyadi hadir"));
    }

    [Fact]
    public void Capitals_after_the_name_are_not_a_glued_word()
    {
        Assert.Equal(["IRANMENOLAK"], Words("IRANMENOLAK"));
    }

    [Fact]
    public void A_language_without_a_glue_file_splits_nothing()
    {
        Assert.Equal(["Putindi", "Moscow"], Words("Putindi Moscow", Load("en")));
    }

    [Fact]
    public void A_sentence_without_glued_words_is_returned_as_it_was()
    {
        const string text = "Rusia menyerang Ukraina.";
        var sentence = new Sentence(0, new Span(0, text.Length), Tokenizer.Tokenize(text), 0, 0);
        Assert.Same(sentence, Assert.Single(Indonesian.Value.Split(text, [sentence])));
    }

    [Fact]
    public void An_event_is_coded_from_a_sentence_with_glued_words()
    {
        const string text = "Presiden Rusia Vladimir Putinmengecam Ukraina atas serangan pesawat nirawak ke Moskow.";
        var article = WartaCoder.Default.Code(new Article("glue-1", text, new DateOnly(2024, 5, 2), Language: "id"));
        var e = Assert.Single(article.Events, e => e.Root == "11");
        Assert.Equal("RUS", e.Source.Code[..3]);
        Assert.Equal("UKR", e.Target?.Code[..3]);
        Assert.Equal("mengecam", e.Trigger.Of(text));
    }
}
