using Warta.Core;
using Warta.Text.Cleaning;

namespace Warta.Text.Tests.Cleaning;

public class TextCleanerTests
{
    private static Document Clean(string text, string language = "id") =>
        TextCleaner.For(language).Clean(new Article("t", text), language);

    private static string[] Body(Document doc) => doc.Body.Select(s => s.Of(doc.Text)).ToArray();

    private static string[] Removed(Document doc, string reason) =>
        doc.Removed.Where(r => r.Reason == reason).Select(r => r.Span.Of(doc.Text)).ToArray();

    [Fact]
    public void Paragraph_without_boilerplate_is_kept_whole()
    {
        const string text = "Warga desa menanam seribu pohon mangrove di pesisir utara, Sabtu (4/5).\n\n"
            + "\"Kami ingin pantai ini kembali hijau,\" kata kepala desa.";
        var doc = Clean(text);
        Assert.Equal(
            ["Warga desa menanam seribu pohon mangrove di pesisir utara, Sabtu (4/5).", "\"Kami ingin pantai ini kembali hijau,\" kata kepala desa."],
            Body(doc));
        Assert.Empty(doc.Removed);
        Assert.Null(doc.Dateline);
        Assert.Same(text, doc.Text);
    }

    [Fact]
    public void Body_spans_point_into_the_original_text()
    {
        const string text = "  Hujan deras turun sejak pagi.  \r\nADVERTISEMENT\r\n  Sungai meluap di dua kecamatan. ";
        var doc = Clean(text);
        Assert.Equal(["Hujan deras turun sejak pagi.", "Sungai meluap di dua kecamatan."], Body(doc));
        Assert.Equal(text.IndexOf("Hujan", StringComparison.Ordinal), doc.Body[0].Start);
        Assert.Equal(["ADVERTISEMENT"], Removed(doc, "advertisement"));
    }

    [Theory]
    [InlineData("Baca Juga:")]
    [InlineData("Baca juga:")]
    [InlineData("BACA JUGA")]
    [InlineData("Baca Juga :")]
    [InlineData("Baca Juga")]
    public void Related_link_marker_takes_its_headlines(string marker)
    {
        var text = $"Harga beras turun di pasar induk.\n{marker}\nPetani Garam Panen Lebih Awal\nJalan Tol Baru Dibuka, Siap Mudik?\n"
            + "Pedagang menyebut pasokan dari daerah lancar.";
        var doc = Clean(text);
        Assert.Equal(["Harga beras turun di pasar induk.", "Pedagang menyebut pasokan dari daerah lancar."], Body(doc));
        Assert.Equal([marker, "Petani Garam Panen Lebih Awal", "Jalan Tol Baru Dibuka, Siap Mudik?"], Removed(doc, "related-link"));
    }

    [Fact]
    public void Related_link_takes_at_most_three_headlines_and_skips_blank_lines()
    {
        const string text = "Awal berita.\n\nBaca juga:\n\nJudul Satu\n\nJudul Dua\nJudul Tiga\nSubjudul Bagian Berikut\nIsi bagian berikut.";
        var doc = Clean(text);
        Assert.Equal(["Baca juga:", "Judul Satu", "Judul Dua", "Judul Tiga"], Removed(doc, "related-link"));
        Assert.Equal(["Awal berita.", "Subjudul Bagian Berikut", "Isi bagian berikut."], Body(doc));
    }

    [Fact]
    public void Sentence_after_related_link_marker_is_kept()
    {
        const string text = "Awal berita.\nBaca Juga\n\"Kami akan menambah armada bus,\" kata kepala dinas.\nAkhir berita.";
        var doc = Clean(text);
        Assert.Equal(["Awal berita.", "\"Kami akan menambah armada bus,\" kata kepala dinas.", "Akhir berita."], Body(doc));
        Assert.Equal(["Baca Juga"], Removed(doc, "related-link"));
    }

    [Theory]
    [InlineData("Baca juga: Petani Garam Panen Lebih Awal", "related-link")]
    [InlineData("Baca juga:Petani Garam Panen Lebih Awal", "related-link")]
    [InlineData("[ Baca juga : Petani Garam Panen Lebih Awal ]", "related-link")]
    [InlineData("Lihat juga: Petani Garam Panen Lebih Awal", "related-link")]
    [InlineData("Simak juga Video: Petani Garam Panen Lebih Awal", "video-teaser")]
    [InlineData("Simak Video \"Petani Garam Panen Lebih Awal\"", "video-teaser")]
    [InlineData("Tonton video: Petani Garam Panen Lebih Awal", "video-teaser")]
    [InlineData("ADVERTISEMENT", "advertisement")]
    [InlineData("Advertisement", "advertisement")]
    [InlineData("SCROLL TO CONTINUE WITH CONTENT", "scroll-marker")]
    [InlineData("Artikel ini telah tayang di KabarKota.com dengan judul \"Petani Garam\".", "syndication")]
    [InlineData("Dapatkan update berita pilihan setiap hari dari kami.", "follow-us")]
    [InlineData("Ikuti kami di Google News untuk berita terkini.", "follow-us")]
    [InlineData("[Gambas:Video 20detik]", "embed")]
    [InlineData("--------", "separator")]
    [InlineData("Foto: Dok. Humas Pemkot", "caption")]
    [InlineData("Ilustrasi jembatan gantung.", "caption")]
    public void Marker_line_is_removed_with_its_reason(string line, string reason)
    {
        var text = $"Harga beras turun di pasar induk.\n{line}\nPedagang menyebut pasokan dari daerah lancar.";
        var doc = Clean(text);
        Assert.Equal(["Harga beras turun di pasar induk.", "Pedagang menyebut pasokan dari daerah lancar."], Body(doc));
        Assert.Equal([line], Removed(doc, reason));
    }

    [Fact]
    public void Inline_marker_is_cut_out_of_its_line()
    {
        const string text = "Harga beras turun. SCROLL TO CONTINUE WITH CONTENT Pedagang menyebut pasokan lancar.";
        var doc = Clean(text);
        Assert.Equal(["Harga beras turun.", "Pedagang menyebut pasokan lancar."], Body(doc));
        Assert.Equal(["SCROLL TO CONTINUE WITH CONTENT"], Removed(doc, "scroll-marker"));
    }

    [Theory]
    [InlineData("Sungai kembali surut pada sore hari. [rin]", "[rin]")]
    [InlineData("Sungai kembali surut pada sore hari. (ant)", "(ant)")]
    [InlineData("Sungai kembali surut pada sore hari . ( rah / rah )", "( rah / rah )")]
    [InlineData("Sungai kembali surut pada sore hari.\n(abc/xyz)", "(abc/xyz)")]
    [InlineData("Sungai kembali surut pada sore hari. (*)", "(*)")]
    [InlineData("Sungai kembali surut pada sore hari . [ Nama Penulis ]", "[ Nama Penulis ]")]
    [InlineData("Sungai kembali surut pada sore hari.\n(Nama Penulis)", "(Nama Penulis)")]
    public void Editor_initials_at_the_end_are_removed(string text, string initials)
    {
        var doc = Clean(text);
        Assert.Equal([initials], Removed(doc, "editor-initials"));
        Assert.Equal("Sungai kembali surut pada sore hari" , Body(doc)[^1].TrimEnd('.', ' '));
    }

    [Fact]
    public void Parenthesis_ending_a_body_line_is_not_initials()
    {
        const string text = "Risikonya antara lain:\nHipertensi (tekanan darah tinggi)\nObesitas";
        var doc = Clean(text);
        Assert.Empty(doc.Removed);
        Assert.Equal(3, doc.Body.Count);
    }

    [Fact]
    public void Topic_tags_after_initials_and_a_repeated_video_title_are_removed()
    {
        const string text = "Sungai kembali surut pada sore hari.\nVideo Banjir Surut di Kampung Pulo\nVideo Banjir Surut di Kampung Pulo\n"
            + "(abc/xyz)\nbanjir jakarta\nkampung pulo\ncuaca ekstrem";
        var doc = Clean(text);
        Assert.Equal(["Sungai kembali surut pada sore hari."], Body(doc));
        Assert.Equal(["banjir jakarta", "kampung pulo", "cuaca ekstrem"], Removed(doc, "tags"));
        Assert.Equal(2, Removed(doc, "video-teaser").Length);
        Assert.Equal(["(abc/xyz)"], Removed(doc, "editor-initials"));
    }

    [Fact]
    public void Short_last_line_without_initials_is_kept()
    {
        const string text = "Sungai kembali surut pada sore hari.\nDaftar posko pengungsian\nposko satu";
        var doc = Clean(text);
        Assert.Equal(3, doc.Body.Count);
    }

    [Fact]
    public void Whole_article_example_keeps_only_the_story()
    {
        const string text = "KabarKota.co, Jakarta | Dua kapal patroli berlayar bersama di laut lepas, Senin (3/4/2023).\n"
            + "Patroli itu berlangsung selama sepekan.\n"
            + "Baca Juga:\n"
            + "Nelayan Keluhkan Harga Solar Naik\n"
            + "ADVERTISEMENT\n"
            + "SCROLL TO CONTINUE WITH CONTENT\n"
            + "Otoritas pelabuhan menyebut tidak ada gangguan pelayaran. [xyz]";
        var doc = Clean(text);
        Assert.Equal([
            "Dua kapal patroli berlayar bersama di laut lepas, Senin (3/4/2023).",
            "Patroli itu berlangsung selama sepekan.",
            "Otoritas pelabuhan menyebut tidak ada gangguan pelayaran.",
        ], Body(doc));
        Assert.Equal("Jakarta", doc.Dateline!.PlaceText);
        Assert.Equal("KabarKota.co", doc.Dateline.Outlet);
        Assert.Equal(
            ["dateline", "related-link", "related-link", "advertisement", "scroll-marker", "editor-initials"],
            doc.Removed.Select(r => r.Reason));
    }

    [Fact]
    public void English_markers_come_from_the_english_folder()
    {
        const string text = "WASHINGTON (Reuters) - The Senate delayed the vote.\nAdvertisement\nRead more:\nSenate Leaders Meet Again\n"
            + "Lawmakers will return next week. (Reporting by A. Writer; Editing by B. Editor)";
        var doc = Clean(text, "en");
        Assert.Equal(["The Senate delayed the vote.", "Lawmakers will return next week."], Body(doc));
        Assert.Equal("WASHINGTON", doc.Dateline!.PlaceText);
        Assert.Equal("Reuters", doc.Dateline.Outlet);
        Assert.Equal("en", doc.Language);
    }

    [Fact]
    public void Empty_text_gives_an_empty_body()
    {
        var doc = Clean("");
        Assert.Empty(doc.Body);
        Assert.Empty(doc.Removed);
    }

    [Fact]
    public void Headline_test_follows_the_punctuation_rule()
    {
        Assert.True(TextCleaner.IsHeadline("Petani Garam Panen Lebih Awal"));
        Assert.True(TextCleaner.IsHeadline("Siap Mudik Lebaran?"));
        Assert.False(TextCleaner.IsHeadline("Petani panen lebih awal tahun ini."));
        Assert.False(TextCleaner.IsHeadline("\"Kami siap,\" katanya"));
    }

    [Fact]
    public void Tail_regexes_run_in_linear_time_on_a_hostile_last_line()
    {
        // Made for the editor-initials patterns: an opening bracket, then thousands of near-matches and no closing one.
        var hostile = "Presiden bertemu menteri.\n\n(" + string.Concat(Enumerable.Repeat("ab / cd ", 20_000)) + "x";
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var doc = Clean(hostile);
        Assert.NotEmpty(doc.Body);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"cleaning took {watch.Elapsed}");
    }
}
