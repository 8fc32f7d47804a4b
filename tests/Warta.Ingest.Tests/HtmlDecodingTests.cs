using System.Text;
using Warta.Ingest.Html;

namespace Warta.Ingest.Tests;

public class HtmlDecodingTests
{
    static HtmlDecodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Word = "Café Señor – “Jalan” ½";

    private static byte[] Page(string charsetMeta, Encoding enc) =>
        enc.GetBytes($"<html><head>{charsetMeta}<title>t</title></head><body><p>{Word} dan berita yang panjang sekali di sini.</p></body></html>");

    private static DecodedPage Decode(byte[] bytes, string? http = null)
    {
        Assert.True(HtmlDecoding.TryDecode(bytes, http, out var page, out var error), error);
        return page;
    }

    [Fact]
    public void DeclaredUtf8() => Assert.Contains(Word, Decode(Page("<meta charset=\"utf-8\">", Encoding.UTF8)).Text);

    // Issue 12: a page declared UTF-8 with one bad byte was decoded as x-mac-ce.
    [Fact]
    public void DeclaredUtf8WithOneBadByteStaysUtf8()
    {
        var good = Page("<meta charset=\"utf-8\">", Encoding.UTF8);
        var at = Array.IndexOf(good, (byte)'d', Array.IndexOf(good, (byte)'<', 40) + 1);
        var bytes = good.Take(at).Append((byte)0xFF).Concat(good.Skip(at)).ToArray();
        var page = Decode(bytes);
        Assert.Equal("utf-8", page.Charset);
        Assert.Contains(Word, page.Text);
        Assert.Contains("invalid bytes replaced", page.How);
    }

    [Fact]
    public void UndeclaredUtf8()
    {
        var page = Decode(Page("", Encoding.UTF8));
        Assert.Contains(Word, page.Text);
        Assert.Equal("utf-8", page.Charset);
    }

    [Fact]
    public void DeclaredIso88591IsReadAsWindows1252()
    {
        var page = Decode(Page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">", Encoding.GetEncoding(1252)));
        Assert.Contains(Word, page.Text);
        Assert.Equal("windows-1252", page.Charset);
    }

    [Fact]
    public void HttpHeaderCharsetWins()
    {
        var page = Decode(Page("", Encoding.GetEncoding(1252)), HtmlDecoding.CharsetOfContentType("text/html; charset=windows-1252"));
        Assert.Contains(Word, page.Text);
        Assert.Equal("http header", page.How);
    }

    [Fact]
    public void UndeclaredWindows1252IsDetected()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes(
            "<html><body><p>Le café était très animé ce soir-là; les élèves répétèrent la pièce déjà jouée à l'école. " +
            "Où est la rivière? Près de la forêt, derrière l'église, à côté du marché où l'on vend du pâté.</p></body></html>");
        var page = Decode(bytes);
        Assert.Contains("café était très animé", page.Text);
    }

    [Fact]
    public void WrongDeclaredUtf8IsOverruled()
    {
        var page = Decode(Page("<meta charset=\"utf-8\">", Encoding.GetEncoding(1252)));
        Assert.Contains("Café", page.Text);
        Assert.NotEqual("utf-8", page.Charset);
    }

    [Fact]
    public void Utf8LabelledLatin1IsReadAsUtf8()
    {
        var page = Decode(Page("<meta charset=\"iso-8859-1\">", Encoding.UTF8));
        Assert.Contains(Word, page.Text);
    }

    [Fact]
    public void BinaryIsAClearError()
    {
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        for (var i = 0; i < bytes.Length; i += 7) bytes[i] = 0;
        Assert.False(HtmlDecoding.TryDecode(bytes, null, out _, out var error));
        Assert.Equal("not a text page (binary content)", error);
    }
}
