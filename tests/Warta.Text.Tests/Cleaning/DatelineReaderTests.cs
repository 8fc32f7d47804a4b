using Warta.Core;
using Warta.Text.Cleaning;

namespace Warta.Text.Tests.Cleaning;

public class DatelineReaderTests
{
    private static Document Clean(string text) => TextCleaner.For("id").Clean(new Article("t", text), "id");

    [Theory]
    // Place, Outlet --
    [InlineData("Jakarta, CNN Indonesia -- Harga cabai naik lagi.", "Jakarta, CNN Indonesia --", "Jakarta", "CNN Indonesia")]
    // tokenised: spaces around the comma and inside the double dash
    [InlineData("Jakarta , CNN Indonesia - - Harga cabai naik lagi .", "Jakarta , CNN Indonesia - -", "Jakarta", "CNN Indonesia")]
    [InlineData("JAKARTA, KOMPAS.com - Harga cabai naik lagi.", "JAKARTA, KOMPAS.com -", "JAKARTA", "KOMPAS.com")]
    [InlineData("JAKARTA, KOMPAS.com–Harga cabai naik lagi.", "JAKARTA, KOMPAS.com–", "JAKARTA", "KOMPAS.com")]
    // Outlet, Place -
    [InlineData("Liputan6.com, Teheran - Harga minyak naik lagi.", "Liputan6.com, Teheran -", "Teheran", "Liputan6.com")]
    [InlineData("REPUBLIKA.CO.ID, JAKARTA -- Harga cabai naik lagi.", "REPUBLIKA.CO.ID, JAKARTA --", "JAKARTA", "REPUBLIKA.CO.ID")]
    [InlineData("TEMPO.CO, Jakarta - Harga cabai naik lagi.", "TEMPO.CO, Jakarta -", "Jakarta", "TEMPO.CO")]
    [InlineData("Liputan6.com, Tel Aviv - Sirene berbunyi sejak pagi.", "Liputan6.com, Tel Aviv -", "Tel Aviv", "Liputan6.com")]
    // Place (Outlet) -
    [InlineData("Washington (ANTARA) - Senat menunda pemungutan suara.", "Washington (ANTARA) -", "Washington", "ANTARA")]
    [InlineData("Jakarta (ANTARA) - Harga cabai naik lagi.", "Jakarta (ANTARA) -", "Jakarta", "ANTARA")]
    [InlineData("Bandung ( ANTARA News ) - Harga cabai naik lagi .", "Bandung ( ANTARA News ) -", "Bandung", "ANTARA News")]
    [InlineData("Samarinda , Kalimantan Timur ( ANTARA News ) - Banjir surut .", "Samarinda , Kalimantan Timur ( ANTARA News ) -", "Samarinda , Kalimantan Timur", "ANTARA News")]
    [InlineData("LONDON, March 3 (Reuters) - Shares fell.", "LONDON, March 3 (Reuters) -", "LONDON", "Reuters")]
    [InlineData("NEW YORK, Jan. 12, 2024 (AP) - Shares fell.", "NEW YORK, Jan. 12, 2024 (AP) -", "NEW YORK", "AP")]
    // PLACE - (capitals, no outlet)
    [InlineData("JAKARTA - Harga cabai naik lagi.", "JAKARTA -", "JAKARTA", null)]
    [InlineData("SEOUL– Konser ditunda pekan depan.", "SEOUL–", "SEOUL", null)]
    // scraped: place on its own line, dash on the next
    [InlineData("Cianjur\n-\nJalur pendakian ditutup sementara.", "Cianjur\n-", "Cianjur", null)]
    [InlineData("Hat Yai, Thailand\n-\nPerbatasan dibuka kembali.", "Hat Yai, Thailand\n-", "Hat Yai, Thailand", null)]
    public void Reads_dateline_with_place_and_outlet(string text, string dateline, string place, string? outlet)
    {
        var doc = Clean(text);
        Assert.NotNull(doc.Dateline);
        Assert.Equal(dateline, doc.Dateline.Span.Of(text));
        Assert.Equal(place, doc.Dateline.Place!.Value.Of(text));
        Assert.Equal(place, doc.Dateline.PlaceText);
        Assert.Equal(outlet, doc.Dateline.Outlet);
        Assert.Contains(doc.Removed, r => r.Reason == "dateline" && r.Span == doc.Dateline.Span);
        Assert.DoesNotContain(doc.Body, b => b.Overlaps(doc.Dateline.Span));
    }

    [Fact]
    public void Glued_place_is_split_where_the_dash_was_lost()
    {
        const string text = "Liputan6.com, JakartaHarga cabai naik lagi pekan ini.";
        var doc = Clean(text);
        Assert.Equal("Liputan6.com, Jakarta", doc.Dateline!.Span.Of(text));
        Assert.Equal("Jakarta", doc.Dateline.PlaceText);
        Assert.Equal("Harga cabai naik lagi pekan ini.", Assert.Single(doc.Body).Of(text));
    }

    [Theory]
    [InlineData("KOMPAS.com - Harga cabai naik lagi.", "KOMPAS.com -", "KOMPAS.com")]
    [InlineData("Suara.com - Harga cabai naik lagi.", "Suara.com -", "Suara.com")]
    [InlineData("WahanaNews.co | Harga cabai naik lagi.", "WahanaNews.co |", "WahanaNews.co")]
    // an outlet-like address that is not in outlets.txt
    [InlineData("KabarKota.co.id - Harga cabai naik lagi.", "KabarKota.co.id -", "KabarKota.co.id")]
    public void Outlet_without_place_is_a_site_prefix(string text, string prefix, string outlet)
    {
        var doc = Clean(text);
        Assert.Equal(prefix, doc.Dateline!.Span.Of(text));
        Assert.Null(doc.Dateline.Place);
        Assert.Equal(outlet, doc.Dateline.Outlet);
        Assert.Contains(doc.Removed, r => r.Reason == "site-prefix");
        Assert.Equal("Harga cabai naik lagi.", Assert.Single(doc.Body).Of(text));
    }

    [Fact]
    public void Site_prefix_with_place_is_a_dateline()
    {
        const string text = "WahanaNews.co, Jakarta | Harga cabai naik lagi.";
        var doc = Clean(text);
        Assert.Equal("WahanaNews.co, Jakarta |", doc.Dateline!.Span.Of(text));
        Assert.Equal("Jakarta", doc.Dateline.PlaceText);
    }

    [Theory]
    [InlineData("Presiden Joko Widodo meresmikan jembatan baru di Kupang.")]
    [InlineData("Menteri Keuangan, Sri Mulyani, menyebut inflasi terkendali.")]
    [InlineData("MENJADI polisi bukan perkara mudah, kata dia.")]
    [InlineData("Indonesia - Malaysia sepakat memperpanjang kerja sama.")]
    [InlineData("Kompas kapal itu rusak sebelum berangkat.")]
    [InlineData("TEKA-TEKI hilangnya perahu itu belum terjawab.")]
    public void Ordinary_first_sentence_is_not_a_dateline(string text)
    {
        var doc = Clean(text);
        Assert.Null(doc.Dateline);
        Assert.Equal(text, Assert.Single(doc.Body).Of(text));
    }

    [Fact]
    public void Dateline_is_read_after_removed_lines_at_the_head()
    {
        const string text = "Daftar Isi\nSyarat Mengurus Paspor\nBogor\n-\nAntrean kantor imigrasi memanjang.";
        var doc = Clean(text);
        Assert.Equal("Bogor", doc.Dateline!.PlaceText);
        Assert.Equal("Antrean kantor imigrasi memanjang.", Assert.Single(doc.Body).Of(text));
    }

    [Fact]
    public void Glued_place_is_split_before_a_hyphen_later_in_the_line()
    {
        const string text = "Liputan6.com, JakartaPemain Timnas U-23 berlatih pagi ini.";
        var doc = Clean(text);
        Assert.Equal("Jakarta", doc.Dateline!.PlaceText);
        Assert.Equal("Pemain Timnas U-23 berlatih pagi ini.", Assert.Single(doc.Body).Of(text));
    }

    [Fact]
    public void Section_label_is_removed_and_not_taken_for_a_place()
    {
        const string text = "OPINI - Harga cabai naik lagi.";
        var doc = Clean(text);
        Assert.Null(doc.Dateline);
        Assert.Equal("OPINI -", Assert.Single(doc.Removed, r => r.Reason == "kicker").Span.Of(text));
        Assert.Equal("Harga cabai naik lagi.", Assert.Single(doc.Body).Of(text));
    }

    [Fact]
    public void Section_label_before_a_dateline()
    {
        const string text = "ANALISIS - JAKARTA, KOMPAS.com - Harga cabai naik lagi.";
        var doc = Clean(text);
        Assert.Equal("JAKARTA", doc.Dateline!.PlaceText);
        Assert.Equal("Harga cabai naik lagi.", Assert.Single(doc.Body).Of(text));
    }
}
