using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using Warta.Core;
using Warta.Ingest.Inputs;
using Warta.Ingest.Warc;

namespace Warta.Ingest.Tests;

/// <summary>Inputs a careless or hostile user can give: each is one message, memory stays bounded, the rest is read.</summary>
public class HostileInputTests
{
    private static async Task<List<InputItem>> Read(IReadOnlyList<string> inputs, TextReader? stdin = null)
    {
        var items = new List<InputItem>();
        await foreach (var item in ArticleReader.ReadAsync(inputs, stdin, TestContext.Current.CancellationToken))
            items.Add(item);
        return items;
    }

    [Fact]
    public async Task Lone_surrogate_escape_in_a_jsonl_line_is_one_message_and_reading_goes_on()
    {
        using var dir = new TempDir();
        var path = dir.File("dump.jsonl", "{\"text\": \"\\ud800\"}\n{\"text\": \"ok\", \"title\": \"\\udfff x\"}\n{\"text\": \"Baik.\"}\n");
        var items = await Read([path]);
        Assert.Equal(3, items.Count);
        Assert.StartsWith($"{path}:1: a JSON string is not valid text", items[0].Problem!.ToString());
        Assert.StartsWith($"{path}:2: a JSON string is not valid text", items[1].Problem!.ToString());
        Assert.Equal("Baik.", items[2].Article!.Text);
    }

    [Fact]
    public async Task Lone_surrogate_on_stdin_and_in_a_json_file_is_one_message()
    {
        using var dir = new TempDir();
        var json = dir.File("one.json", "[{\"text\": \"\\ud800\"}, {\"text\": \"Baik.\"}]");
        var items = await Read([json, "-"], new StringReader("{\"text\": \"\\ud800\"}\n{\"text\": \"Dua.\"}\n"));
        Assert.Equal(4, items.Count);
        Assert.NotNull(items[0].Problem);
        Assert.Equal("Baik.", items[1].Article!.Text);
        Assert.StartsWith("stdin:1: a JSON string is not valid text", items[2].Problem!.ToString());
        Assert.Equal("Dua.", items[3].Article!.Text);
    }

    [Theory]
    [InlineData("42")]
    [InlineData("\"text\"")]
    [InlineData("null")]
    [InlineData("[{\"text\": \"x\"}]")]
    [InlineData("true")]
    public async Task A_json_value_that_is_not_an_object_is_one_message(string line)
    {
        using var dir = new TempDir();
        var path = dir.File("dump.jsonl", line + "\n{\"text\": \"Baik.\"}\n");
        var items = await Read([path]);
        Assert.Equal($"{path}:1: not a JSON object", items[0].Problem!.ToString());
        Assert.Equal("Baik.", items[1].Article!.Text);
    }

    [Fact]
    public async Task A_line_longer_than_the_cap_is_one_message_and_the_next_line_is_read()
    {
        using var dir = new TempDir();
        var huge = "{\"text\": \"" + new string('a', InputLimits.MaxArticleBytes + 10) + "\"}";
        var path = dir.File("dump.jsonl", huge + "\n{\"text\": \"Baik.\"}\n");
        var items = await Read([path]);
        Assert.Equal(2, items.Count);
        Assert.Equal($"{path}:1: {InputMessages.TooLong(InputLimits.MaxArticleBytes)}", items[0].Problem!.ToString());
        Assert.Equal("Baik.", items[1].Article!.Text);
    }

    [Fact]
    public async Task Endless_input_stops_at_the_cap_with_a_message()
    {
        // /dev/zero read as a plain-text file, and endless standard input.
        var items = await Read(["/dev/zero"]);
        Assert.Equal($"/dev/zero: {InputMessages.TooLong(InputLimits.MaxArticleBytes)}", Assert.Single(items).Problem!.ToString());
        var stdin = await Read(["-"], new EndlessReader('a'));
        Assert.Contains(InputMessages.TooLong(InputLimits.MaxArticleBytes), Assert.Single(stdin).Problem!.ToString());
    }

    [Fact]
    public async Task Utf16_without_a_bom_and_nul_bytes_are_not_text()
    {
        using var dir = new TempDir();
        var utf16 = dir.Bytes("utf16.txt", Encoding.Unicode.GetBytes("Presiden bertemu menteri di Jakarta."));
        var nul = dir.Bytes("nul.txt", [.. "Presiden"u8, 0, .. " bertemu."u8]);
        var items = await Read([utf16, nul]);
        Assert.Equal([$"{utf16}: {InputMessages.NulBytes}", $"{nul}: {InputMessages.NulBytes}"], items.Select(i => i.Problem!.ToString()));
    }

    [Fact]
    public async Task Symlink_loops_in_a_directory_are_walked_once()
    {
        using var dir = new TempDir();
        dir.File("a.txt", "Presiden bertemu menteri.");
        dir.File("sub/b.txt", "Menteri bertemu presiden.");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "self"), ".");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "up"), "..");
        var items = await Read([dir.Path]);
        Assert.Equal(["a", "b"], items.Select(i => i.Article!.Id));
    }

    [Fact]
    public async Task A_fifo_in_a_directory_is_skipped_with_a_message_not_opened()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("no FIFOs on Windows");
        using var dir = new TempDir();
        dir.File("a.txt", "Presiden bertemu menteri.");
        var fifo = Path.Combine(dir.Path, "pipe.txt");
        using (var mkfifo = Process.Start("mkfifo", [fifo])) await mkfifo.WaitForExitAsync(TestContext.Current.CancellationToken);
        var read = Read([dir.Path]);
        Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken)) == read, "the walk blocked on the FIFO");
        var items = await read;
        Assert.Equal("a", items[0].Article!.Id);
        Assert.Equal($"{fifo}: {InputMessages.EmptyOrNotRegular}", items[1].Problem!.ToString());
    }

    [Fact]
    public async Task A_gzip_bomb_page_stops_at_the_decompressed_cap()
    {
        using var dir = new TempDir();
        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < InputLimits.MaxPageBytes / zeros.Length + 2; i++) gz.Write(zeros);
        }
        var path = dir.Bytes("bomb.html.gz", packed.ToArray());
        var item = Assert.Single(await Read([path]));
        Assert.Contains(InputMessages.TooLong(InputLimits.MaxPageBytes), item.Problem!.ToString());
    }

    [Fact]
    public void A_warc_record_with_a_huge_content_length_is_skipped_not_allocated()
    {
        const int cap = 1024;
        var big = new string('x', 5000);
        var warc = $"WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: {big.Length}\r\n\r\n{big}\r\n\r\n"
                   + "WARC/1.0\r\nWARC-Type: resource\r\nContent-Type: text/html\r\nContent-Length: 4\r\n\r\nabcd\r\n\r\n"
                   + "WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 2000000000\r\n\r\nshort";
        using var reader = new WarcReader(new MemoryStream(Encoding.ASCII.GetBytes(warc)), cap);
        var first = reader.Next()!;
        Assert.Equal(big.Length, first.SkippedLength);
        Assert.Empty(first.Block);
        Assert.Equal("abcd", Encoding.ASCII.GetString(reader.Next()!.Block));
        Assert.Throws<FormatException>(() => reader.Next()); // a lying length ends in a message, not a 2 GB array
    }

    /// <summary>A reader that never ends (standard input from an endless producer).</summary>
    private sealed class EndlessReader(char c) : TextReader
    {
        public override int Read(char[] buffer, int index, int count)
        {
            Array.Fill(buffer, c, index, count);
            return count;
        }

        public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default)
        {
            buffer.Span.Fill(c);
            return ValueTask.FromResult(buffer.Length);
        }
    }
}
