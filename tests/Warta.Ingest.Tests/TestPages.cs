namespace Warta.Ingest.Tests;

/// <summary>Web pages written for these tests (no text from real outlets).</summary>
public static class TestPages
{
    public const string BodyMarker1 = "Kapal patroli dari kedua negara berlayar bersama";
    public const string BodyMarker2 = "Juru bicara kementerian menyebut latihan itu rutin";

    /// <summary>An Indonesian news page with every kind of furniture around the article.</summary>
    public static string IndonesianNews(string head = "", string extraBody = "") => $$"""
        <!DOCTYPE html>
        <html lang="id">
        <head>
          <meta charset="utf-8">
          <title>Dua Negara Gelar Patroli Laut Bersama - Kabar Contoh</title>
          <meta property="og:site_name" content="Kabar Contoh">
          <meta property="og:title" content="Dua Negara Gelar Patroli Laut Bersama">
          <link rel="canonical" href="https://kabar.contoh.test/internasional/patroli-bersama">
          <meta name="author" content="Rina Wulandari">
          {{head}}
        </head>
        <body class="single-post has-sidebar">
          <nav class="menu"><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/internasional">Internasional</a></nav>
          <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
          <article>
            <h1>Dua Negara Gelar Patroli Laut Bersama</h1>
            <div class="article-content">
              <p>Jakarta, Kabar Contoh -- {{BodyMarker1}} di perairan utara selama tiga hari, menurut keterangan resmi yang diterima redaksi pada Sabtu.</p>
              <figure><img src="kapal.jpg" alt=""><figcaption>Foto: kapal patroli di pelabuhan (Ilustrasi)</figcaption></figure>
              <p>ADVERTISEMENT</p>
              <p>SCROLL TO CONTINUE WITH CONTENT</p>
              <p>Latihan tersebut melibatkan enam kapal dan dua pesawat pengintai, yang bergantian mengawasi jalur pelayaran sibuk di kawasan itu.</p>
              <p><strong>Baca Juga:</strong></p>
              <p><a href="/a">Menteri Tinjau Pelabuhan Baru di Timur</a></p>
              <p><a href="/b">Harga Ikan Naik Menjelang Musim Hujan</a></p>
              <p>{{BodyMarker2}} dan tidak ditujukan kepada pihak mana pun, meski sejumlah pengamat menilai waktunya tidak kebetulan.</p>
              <div class="baca-juga"><span>Baca juga</span><ul><li><a href="/c">Nelayan Keluhkan Cuaca Buruk</a></li></ul></div>
              <p>Patroli berikutnya direncanakan berlangsung pada awal tahun depan dengan jumlah kapal yang lebih besar.</p>
              {{extraBody}}
              <p>(rin/abc)</p>
            </div>
            <div class="paywall-teaser"><p>Berlangganan untuk membaca seluruh arsip kami tanpa batas.</p></div>
          </article>
          <section id="comments" class="comments-area">
            <h3>3 Komentar</h3>
            <p>Pembaca Satu: Semoga perairan kita tetap aman dan damai untuk semua nelayan.</p>
          </section>
          <aside class="sidebar"><h3>Terpopuler</h3><p>Artikel lain yang banyak dibaca oleh pengunjung situs ini minggu ini.</p></aside>
          <footer>Hak cipta Kabar Contoh</footer>
        </body>
        </html>
        """;

    /// <summary>A plain page with the date given by one source only.</summary>
    public static string WithDate(string head, string body = "") => $$"""
        <html><head><title>Contoh</title>{{head}}</head><body><article>
        {{body}}
        <p>Paragraf pertama berita contoh yang cukup panjang untuk dibaca sebagai isi artikel oleh pengekstrak halaman web.</p>
        <p>Paragraf kedua juga cukup panjang, berisi keterangan tambahan tentang peristiwa yang diberitakan dalam artikel ini.</p>
        <p>Paragraf ketiga menutup berita dengan rencana kegiatan berikutnya yang akan diumumkan oleh pihak penyelenggara.</p>
        </article></body></html>
        """;
}
