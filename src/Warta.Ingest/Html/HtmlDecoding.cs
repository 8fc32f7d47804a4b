using System.Text;
using System.Text.RegularExpressions;

namespace Warta.Ingest.Html;

/// <summary>Text of a page and how its character set was chosen.</summary>
/// <param name="Text">The decoded page.</param>
/// <param name="Charset">Web name of the encoding used ("utf-8", "windows-1252").</param>
/// <param name="How">"bom", "http header", "meta", "utf-8 (valid)", "detected" or "fallback".</param>
public sealed record DecodedPage(string Text, string Charset, string How);

/// <summary>
/// Turns the bytes of a web page into text: BOM, then the HTTP or &lt;meta&gt; charset, then strict UTF-8,
/// then detection (UTF.Unknown), with Windows-1252 (the web's reading of ISO-8859-1) as the last resort.
/// A declared charset that the bytes contradict (a page labelled UTF-8 that is not) is overruled by detection.
/// </summary>
public static partial class HtmlDecoding
{
    static HtmlDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]*?charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex MetaCharset();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex HeaderCharset();

    /// <summary>The charset named in a Content-Type header value, or null.</summary>
    public static string? CharsetOfContentType(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = HeaderCharset().Match(contentType);
        return m.Success ? m.Groups[1].Value : null;
    }

    /// <summary>Decodes page bytes; false with an error text when the bytes are not text at all.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, string? httpCharset, out DecodedPage page, out string? error)
    {
        page = new DecodedPage("", "utf-8", "empty");
        error = null;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            page = new DecodedPage(Encoding.UTF8.GetString(bytes[3..]), "utf-8", "bom");
            return true;
        }
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            var enc = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            page = new DecodedPage(enc.GetString(bytes[2..]), enc.WebName, "bom");
            return true;
        }
        if (LooksBinary(bytes))
        {
            error = "not a text page (binary content)";
            return false;
        }

        var (declared, how) = httpCharset is not null ? (httpCharset, "http header") : (SniffMeta(bytes), "meta");
        var utf8Valid = StrictUtf8Valid(bytes, out var utf8Text);
        var declaredEncoding = declared is null ? null : Lookup(declared);
        if (declaredEncoding is not null)
        {
            if (declaredEncoding.CodePage == Encoding.UTF8.CodePage)
            {
                if (utf8Valid) { page = new DecodedPage(utf8Text!, "utf-8", how); return true; }
                // Labelled UTF-8 and UTF-8 but for a stray byte or two: a detector would read the whole page in some
                // other charset (x-mac-ce was seen); the label is right and the stray bytes are replaced.
                if (MostlyUtf8(bytes, out var lenient)) { page = new DecodedPage(lenient, "utf-8", how + " (invalid bytes replaced)"); return true; }
            }
            else if (utf8Valid && HasNonAscii(bytes))
            {
                // Labelled as a single-byte charset, yet valid multi-byte UTF-8: the label is wrong.
                page = new DecodedPage(utf8Text!, "utf-8", "utf-8 (valid)");
                return true;
            }
            else if (declaredEncoding.CodePage != Encoding.UTF8.CodePage)
            {
                page = new DecodedPage(declaredEncoding.GetString(bytes), declaredEncoding.WebName, how);
                return true;
            }
        }
        if (utf8Valid)
        {
            page = new DecodedPage(utf8Text!, "utf-8", "utf-8 (valid)");
            return true;
        }
        var detected = Detect(bytes);
        if (detected is not null)
        {
            page = new DecodedPage(detected.GetString(bytes), detected.WebName, "detected");
            return true;
        }
        var fallback = Encoding.GetEncoding(1252);
        page = new DecodedPage(fallback.GetString(bytes), fallback.WebName, "fallback");
        return true;
    }

    private static Encoding? Lookup(string name)
    {
        var n = name.Trim().ToLowerInvariant();
        // WHATWG: ISO-8859-1 and US-ASCII labels mean Windows-1252 on the web.
        if (n is "iso-8859-1" or "latin1" or "latin-1" or "us-ascii" or "ascii" or "iso8859-1" or "l1") n = "windows-1252";
        if (n is "utf8") n = "utf-8";
        try { return Encoding.GetEncoding(n); }
        catch (ArgumentException) { return null; }
    }

    // At most this share of the non-ASCII characters of a page labelled UTF-8 may be invalid for the label to hold.
    private const double MaxInvalidShare = 0.05;

    private static bool MostlyUtf8(ReadOnlySpan<byte> bytes, out string text)
    {
        text = Encoding.UTF8.GetString(bytes); // invalid sequences become U+FFFD
        int replaced = 0, nonAscii = 0;
        foreach (var c in text)
        {
            if (c == '\uFFFD') replaced++;
            if (c > 0x7F) nonAscii++;
        }
        return nonAscii > 0 && replaced <= Math.Max(1, nonAscii * MaxInvalidShare);
    }

    private static string? SniffMeta(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var m = MetaCharset().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    private static Encoding? Detect(ReadOnlySpan<byte> bytes)
    {
        var result = UtfUnknown.CharsetDetector.DetectFromBytes(bytes.ToArray());
        var d = result.Detected;
        if (d?.Encoding is null || d.Confidence < 0.2f) return null;
        // ISO-8859-1 guesses are read as Windows-1252 (a superset for the printable range).
        return d.Encoding.CodePage == 28591 ? Encoding.GetEncoding(1252) : d.Encoding;
    }

    private static bool StrictUtf8Valid(ReadOnlySpan<byte> bytes, out string? text)
    {
        try
        {
            text = Inputs.StrictUtf8.Encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = null;
            return false;
        }
    }

    private static bool HasNonAscii(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes) if (b >= 0x80) return true;
        return false;
    }

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Length == 0) return false;
        var control = 0;
        foreach (var b in sample)
            if (b == 0 || b < 0x09 || b is > 0x0D and < 0x20 and not 0x1B) control++;
        return control > sample.Length / 50;
    }
}
