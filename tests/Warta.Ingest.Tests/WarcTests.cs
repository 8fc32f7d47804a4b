using System.IO.Compression;
using System.Text;
using Warta.Core;
using Warta.Ingest.Warc;

namespace Warta.Ingest.Tests;

public class WarcTests
{
    private static byte[] Record(string type, string? uri, string contentType, byte[] block)
    {
        var head = new StringBuilder();
        head.Append("WARC/1.0\r\n");
        head.Append($"WARC-Type: {type}\r\n");
        head.Append($"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\n");
        head.Append("WARC-Date: 2021-10-23T01:02:03Z\r\n");
        if (uri is not null) head.Append($"WARC-Target-URI: {uri}\r\n");
        head.Append($"Content-Type: {contentType}\r\n");
        head.Append($"Content-Length: {block.Length}\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Http(int status, string contentType, byte[] body, bool gzip = false, bool chunked = false)
    {
        var payload = body;
        if (gzip)
        {
            using var ms = new MemoryStream();
            using (var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true)) gz.Write(body);
            payload = ms.ToArray();
        }
        if (chunked)
        {
            var half = payload.Length / 2;
            payload = [.. Encoding.ASCII.GetBytes($"{half:x}\r\n"), .. payload[..half], .. "\r\n"u8.ToArray(),
                .. Encoding.ASCII.GetBytes($"{payload.Length - half:x}\r\n"), .. payload[half..], .. "\r\n0\r\n\r\n"u8.ToArray()];
        }
        var head = $"HTTP/1.1 {status} X\r\nContent-Type: {contentType}\r\n" + (gzip ? "Content-Encoding: gzip\r\n" : "")
            + (chunked ? "Transfer-Encoding: chunked\r\n" : $"Content-Length: {payload.Length}\r\n") + "\r\n";
        return [.. Encoding.ASCII.GetBytes(head), .. payload];
    }

    private static List<byte[]> Records() =>
    [
        Record("warcinfo", null, "application/warc-fields", "software: warta-test\r\n"u8.ToArray()),
        Record("request", "https://kabar.contoh.test/a", "application/http; msgtype=request", "GET /a HTTP/1.1\r\nHost: kabar.contoh.test\r\n\r\n"u8.ToArray()),
        Record("response", "https://kabar.contoh.test/2021/10/23/a", "application/http; msgtype=response",
            Http(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(TestPages.IndonesianNews()))),
        Record("response", "https://kabar.contoh.test/logo.png", "application/http; msgtype=response", Http(200, "image/png", [1, 2, 3])),
        Record("response", "https://kabar.contoh.test/hilang", "application/http; msgtype=response", Http(404, "text/html", "<p>no</p>"u8.ToArray())),
        Record("response", "https://kabar.contoh.test/b", "application/http; msgtype=response",
            Http(200, "text/html", Encoding.UTF8.GetBytes(TestPages.WithDate("")), gzip: true, chunked: true)),
    ];

    [Fact]
    public async Task PlainWarcGivesTheHtmlResponsesAsArticles()
    {
        using var dir = new TempDir();
        var path = dir.Bytes("crawl.warc", Records().SelectMany(r => r).ToArray());
        var items = await Read(path);
        Assert.Equal(2, items.Count);
        var a = items[0].Article!;
        Assert.Contains(TestPages.BodyMarker1, a.Text);
        Assert.Equal("Kabar Contoh", a.Outlet);
        Assert.Equal(new DateOnly(2021, 10, 23), a.PublicationDate);
        Assert.StartsWith(path + "@", a.Origin);
        Assert.StartsWith("crawl@", a.Id);
        Assert.Contains("Paragraf kedua", items[1].Article!.Text);
    }

    [Fact]
    public async Task GzipWithOneMemberPerRecordLikeCcNews()
    {
        using var dir = new TempDir();
        using var ms = new MemoryStream();
        foreach (var record in Records())
        {
            using var gz = new GZipStream(ms, CompressionLevel.Fastest, leaveOpen: true);
            gz.Write(record);
        }
        var path = dir.Bytes("CC-NEWS-test.warc.gz", ms.ToArray());
        var items = await Read(path);
        Assert.Equal(2, items.Count(i => i.Article is not null));
        Assert.StartsWith("CC-NEWS-test@", items[0].Article!.Id);
    }

    [Fact]
    public void OffsetsPointAtRecords()
    {
        var records = Records();
        var bytes = records.SelectMany(r => r).ToArray();
        using var reader = new WarcReader(new MemoryStream(bytes));
        var read = reader.Records().ToList();
        Assert.Equal(records.Count, read.Count);
        long expected = 0;
        for (var i = 0; i < records.Count; i++)
        {
            Assert.Equal(expected, read[i].Offset);
            expected += records[i].Length;
        }
        Assert.Equal("response", read[2].Type);
        Assert.Equal("https://kabar.contoh.test/2021/10/23/a", read[2].TargetUri);
    }

    [Fact]
    public async Task TruncatedWarcKeepsWhatCameBeforeAndSaysWhy()
    {
        using var dir = new TempDir();
        var bytes = Records().SelectMany(r => r).ToArray();
        var path = dir.Bytes("cut.warc", bytes[..(bytes.Length - 100)]);
        var items = await Read(path);
        Assert.NotNull(items[0].Article);
        Assert.Contains("ends inside the record's block", items[^1].Problem!.Message);
    }

    [Fact]
    public async Task A_compressed_http_body_over_the_page_cap_is_one_message_and_the_next_record_is_read()
    {
        // A small gzip body that expands beyond the page cap (a compression bomb), then a good page.
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < Inputs.InputLimits.MaxPageBytes / zeros.Length + 2; i++) gz.Write(zeros);
        }
        var head = $"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\nContent-Length: {packed.Length}\r\n\r\n";
        byte[] bomb = [.. Encoding.ASCII.GetBytes(head), .. packed.ToArray()];
        using var dir = new TempDir();
        var path = dir.Bytes("bom.warc", [
            .. Record("response", "https://kabar.contoh.test/bom", "application/http; msgtype=response", bomb),
            .. Record("response", "https://kabar.contoh.test/a", "application/http; msgtype=response",
                Http(200, "text/html; charset=utf-8", Encoding.UTF8.GetBytes(TestPages.IndonesianNews()))),
        ]);
        var items = await Read(path);
        Assert.Equal(2, items.Count);
        Assert.EndsWith(Inputs.InputMessages.DecompressedTooLong(Inputs.InputLimits.MaxPageBytes), items[0].Problem!.ToString());
        Assert.StartsWith(path + "@0:", items[0].Problem!.ToString());
        Assert.NotNull(items[1].Article);
    }

    [Fact]
    public async Task NotAWarcIsReported()
    {
        using var dir = new TempDir();
        var path = dir.File("bukan.warc", "halo\n");
        var p = Assert.Single(await Read(path)).Problem!;
        Assert.StartsWith("not a readable WARC file: offset 0: expected a WARC version line", p.Message);
    }

    private static async Task<List<InputItem>> Read(string path)
    {
        var items = new List<InputItem>();
        await foreach (var item in ArticleReader.ReadAsync([path], ct: TestContext.Current.CancellationToken)) items.Add(item);
        return items;
    }
}
