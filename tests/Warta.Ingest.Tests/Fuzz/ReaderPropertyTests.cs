using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Warta.Core;
using Warta.Ingest.Feeds;
using Warta.Ingest.Html;
using Warta.TestSupport;

namespace Warta.Ingest.Tests.Fuzz;

/// <summary>
/// Property tests over hostile bytes for every reader: no exception escapes, reading ends, every input gives at least one
/// item, every message names its input, and a good line or record beside bad ones is still read.
/// </summary>
public class ReaderPropertyTests
{
    private static readonly string[] Extensions = [".txt", ".jsonl", ".json", ".html", ".html.gz", ".warc", ".warc.gz", ".bin"];

    private static List<InputItem> ReadWithin(string path, TimeSpan limit)
    {
        var read = Task.Run(async () =>
        {
            var items = new List<InputItem>();
            await foreach (var item in ArticleReader.ReadAsync([path], TextReader.Null)) items.Add(item);
            return items;
        });
        Assert.True(read.Wait(limit), $"reading {path} did not end within {limit}");
        return read.Result;
    }

    private static void NamedOrRead(string path, IReadOnlyList<InputItem> items)
    {
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            if (item.Problem is { } p) Assert.StartsWith(path, p.Origin);
            else Assert.False(string.IsNullOrWhiteSpace(item.Article!.Text), "an article without text");
        }
    }

    /// <summary>A few random edits of <paramref name="seed"/>: bytes flipped, cut, ranges repeated or removed, bytes inserted.</summary>
    private static Gen<byte[]> Mutated(byte[] seed) =>
        Gen.ListOf(Gen.Zip(Gen.Choose(0, 4), Gen.Zip(Gen.Choose(0, Math.Max(0, seed.Length)), Gen.Choose(0, 255))), 4)
            .Select(edits =>
            {
                var b = new List<byte>(seed);
                foreach (var (kind, (at, value)) in edits)
                {
                    var i = Math.Min(at, b.Count);
                    switch (kind)
                    {
                        case 0 when i < b.Count: b[i] = (byte)value; break;
                        case 1: b.RemoveRange(i, b.Count - i); break;
                        case 2: b.InsertRange(i, b.Skip(i).Take(value).ToArray()); break;
                        case 3: b.RemoveRange(i, Math.Min(value, b.Count - i)); break;
                        default: b.Insert(i, (byte)value); break;
                    }
                }
                return b.ToArray();
            });

    [Fact]
    public void Any_bytes_under_any_extension_are_read_or_named()
    {
        using var dir = new TempDir();
        var n = 0;
        FuzzGen.Check(Gen.Zip(FuzzGen.Bytes, Gen.Elements(Extensions)), 200, input =>
        {
            var (bytes, ext) = input;
            var path = dir.Bytes($"f{n++}{ext}", bytes);
            NamedOrRead(path, ReadWithin(path, TimeSpan.FromSeconds(30)));
        });
    }

    [Fact]
    public void A_good_jsonl_line_among_any_bad_lines_is_read()
    {
        using var dir = new TempDir();
        var n = 0;
        var badLine = FuzzGen.Bytes.Select(b => b.Where(x => x != (byte)'\n').ToArray());
        FuzzGen.Check(Gen.Zip(Gen.ArrayOf(badLine), Gen.Choose(0, 100)), 200, input =>
        {
            var (bad, at) = input;
            var lines = bad.ToList();
            lines.Insert(Math.Min(at, lines.Count), Encoding.UTF8.GetBytes("{\"id\": \"baik\", \"text\": \"Presiden bertemu menteri.\"}"));
            var path = dir.Bytes($"f{n++}.jsonl", lines.SelectMany(l => l.Append((byte)'\n')).ToArray());
            var items = ReadWithin(path, TimeSpan.FromSeconds(30));
            NamedOrRead(path, items);
            Assert.Contains(items, i => i.Article is { Id: "baik", Text: "Presiden bertemu menteri." });
        });
    }

    [Fact]
    public void Any_page_text_is_extracted_without_an_exception()
    {
        string[] markup =
        [
            "<div>", "</div>", "<span>", "<p>", "</p>", "<article>", "<script>", "</script>", "<style>", "<!--", "-->", "<br/>",
            "<meta charset=\"x-nonsense\">", "<meta property=\"article:published_time\" content=\"9999-99-99\">", "<table><tr><td>",
            "<a href=\"javascript:x\">", "</a>", "<time datetime=\"0000-00-00\">", "&amp;", "&#xD800;", "&#0;", "<b>", "<i>",
            "<script type=\"application/ld+json\">{\"datePublished\": [[[",
        ];
        var page = Gen.ArrayOf(Gen.OneOf(Gen.Elements(markup), FuzzGen.NewsLike, FuzzGen.AnyText)).Select(string.Concat);
        var extractor = new HtmlArticleExtractor();
        FuzzGen.Check(page, 200, html =>
        {
            var p = extractor.Extract(html, "https://kabar.contoh.test/2024/03/12/a");
            Assert.NotNull(p.Text);
        });
    }

    [Fact]
    public void Any_edit_of_a_warc_file_is_read_or_named()
    {
        var page = Encoding.UTF8.GetBytes("<html><body><article><p>" + MalformedInputSentence + "</p></article></body></html>");
        var http = (byte[])[.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {page.Length}\r\n\r\n"), .. page];
        byte[] Record(string type, string contentType, byte[] block) =>
        [
            .. Encoding.ASCII.GetBytes($"WARC/1.0\r\nWARC-Type: {type}\r\nWARC-Target-URI: https://kabar.contoh.test/a\r\nContent-Type: {contentType}\r\nContent-Length: {block.Length}\r\n\r\n"),
            .. block, .. "\r\n\r\n"u8,
        ];
        byte[] warc = [.. Record("response", "application/http; msgtype=response", http), .. Record("resource", "text/html", page)];
        using var dir = new TempDir();
        var n = 0;
        FuzzGen.Check(Gen.Zip(Mutated(warc), Gen.Elements(false, true)), 200, input =>
        {
            var (bytes, gzip) = input;
            var path = gzip ? dir.Bytes($"f{n++}.warc.gz", Gzip(bytes)) : dir.Bytes($"f{n++}.warc", bytes);
            NamedOrRead(path, ReadWithin(path, TimeSpan.FromSeconds(30)));
        });
    }

    [Fact]
    public void Any_edit_of_a_feed_gives_links_or_an_exception_the_watcher_reports()
    {
        byte[][] feeds =
        [
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>K</title><item><title>A</title><link>https://kabar.contoh.test/a</link><pubDate>Tue, 12 Mar 2024 08:00:00 +0700</pubDate></item></channel></rss>"u8.ToArray(),
            "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>K</title><entry><title>A</title><link href=\"/b\"/><updated>2024-03-12T08:00:00Z</updated></entry></feed>"u8.ToArray(),
            "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [{\"url\": \"https://kabar.contoh.test/c\", \"date_published\": \"2024-03-12\"}]}"u8.ToArray(),
            "<rss><channel><item><link>javascript:alert(1)</link></item><item><link>ftp://x.test/a</link></item><item><link>/rel</link></item></channel></rss>"u8.ToArray(),
            EntityBomb, Nested(1_000),
        ];
        FuzzGen.Check(Gen.Elements(feeds).SelectMany(Mutated), 200, body =>
        {
            var parse = Task.Run(() =>
            {
                try { return FeedWatcher.ParseFeed(body, "https://kabar.contoh.test/feed"); }
                catch (Exception e) when (e is not OutOfMemoryException) { return []; } // the watcher reports it: "not a readable … feed"
            });
            Assert.True(parse.Wait(TimeSpan.FromSeconds(30)), "parsing the feed did not end");
            foreach (var entry in parse.Result) Assert.Matches("^https?://", entry.Link);
        });
    }

    private static readonly byte[] EntityBomb = Encoding.UTF8.GetBytes(
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">" +
        "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>" +
        "<rss><channel><item><title>&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;</title><link>https://kabar.contoh.test/a</link></item></channel></rss>");

    private static byte[] Nested(int depth) =>
        Encoding.UTF8.GetBytes("<rss><channel>" + string.Concat(Enumerable.Repeat("<item>", depth)) + "</channel></rss>");

    [Fact]
    public async Task A_feed_of_100k_nested_elements_or_an_entity_bomb_ends_in_links_or_an_exception_not_a_hang()
    {
        Assert.Throws<FormatException>(() => FeedWatcher.ParseFeed(Nested(100_000), "https://kabar.contoh.test/feed"));
        var ct = TestContext.Current.CancellationToken;
        foreach (var body in new[] { EntityBomb, Nested(100_000) })
        {
            var parse = Task.Run(() =>
            {
                try { return FeedWatcher.ParseFeed(body, "https://kabar.contoh.test/feed").Count; }
                catch (Exception e) when (e is not OutOfMemoryException) { return -1; }
            }, ct);
            Assert.Same(parse, await Task.WhenAny(parse, Task.Delay(TimeSpan.FromSeconds(60), ct)));
        }
    }

    private const string MalformedInputSentence = "Menteri Luar Negeri Rusia mengecam serangan udara Israel terhadap Suriah pada Senin (11/3/2024).";

    private static byte[] Gzip(byte[] bytes)
    {
        using var packed = new MemoryStream();
        using (var gz = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true)) gz.Write(bytes);
        return packed.ToArray();
    }
}
