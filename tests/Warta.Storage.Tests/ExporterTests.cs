using System.Text;
using System.Text.Json;
using Parquet.Serialization;

namespace Warta.Storage.Tests;

public class ExporterTests
{
    private static List<StoredEvent> Events() => EventMerger.Merge(Stories.All.SelectMany(a =>
        SqlEventStore.ToMentions(a, new FakeCoder(Stories.Events()).Code(a), SqlEventStore.OutletOf(a)))).Select(x => x.Event).ToList();

    private static async IAsyncEnumerable<StoredEvent> Stream(IEnumerable<StoredEvent> events)
    {
        foreach (var e in events) { await Task.Yield(); yield return e; }
    }

    private static async Task<string> ExportAsync(ExportFormat format)
    {
        using var ms = new MemoryStream();
        await Exporter.WriteAsync(Stream(Events()), format, ms, TestContext.Current.CancellationToken);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public async Task Gdelt_rows_have_the_61_columns_of_the_event_table()
    {
        Assert.Equal(61, Exporter.GdeltColumns.Length);
        var lines = (await ExportAsync(ExportFormat.Gdelt)).TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.All(lines, l => Assert.Equal(61, l.Split('\t').Length));
        var meeting = lines.Select(l => l.Split('\t')).Single(c => c[31] == "4");
        Assert.Equal("20211021", meeting[Array.IndexOf(Exporter.GdeltColumns, "SQLDATE")]);
        Assert.Equal("CHNGOV", meeting[Array.IndexOf(Exporter.GdeltColumns, "Actor1Code")]);
        Assert.Equal("GOV", meeting[Array.IndexOf(Exporter.GdeltColumns, "Actor1Type1Code")]);
        Assert.Equal("04", meeting[Array.IndexOf(Exporter.GdeltColumns, "EventRootCode")]);
        Assert.Equal("3", meeting[Array.IndexOf(Exporter.GdeltColumns, "NumSources")]);
        Assert.Equal("Moscow", meeting[Array.IndexOf(Exporter.GdeltColumns, "ActionGeo_FullName")]);
        Assert.Equal("20211021000000", meeting[Array.IndexOf(Exporter.GdeltColumns, "DATEADDED")]);
    }

    [Fact]
    public async Task Plover_is_a_json_array_of_event_records()
    {
        using var doc = JsonDocument.Parse(await ExportAsync(ExportFormat.Plover));
        Assert.Equal(4, doc.RootElement.GetArrayLength());
        var first = doc.RootElement.EnumerateArray().First(e => e.GetProperty("num_mentions").GetInt32() == 4);
        Assert.Equal("CONSULT", first.GetProperty("event").GetString());
        Assert.Equal("CHN", first.GetProperty("actor_country").GetString());
        Assert.Equal("RUS", first.GetProperty("recipient_country").GetString());
        Assert.Equal("Moscow", first.GetProperty("location").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Csv_has_a_header_and_one_line_per_event()
    {
        var lines = (await ExportAsync(ExportFormat.Csv)).TrimEnd('\n').Split('\n');
        Assert.Equal(string.Join(',', Exporter.CsvColumns), lines[0]);
        Assert.Equal(5, lines.Length);
    }

    [Fact]
    public async Task Parquet_reads_back()
    {
        using var ms = new MemoryStream();
        Assert.Equal(4, await Exporter.WriteAsync(Stream(Events()), ExportFormat.Parquet, ms, TestContext.Current.CancellationToken));
        ms.Position = 0;
        var rows = (await ParquetSerializer.DeserializeAsync<Exporter.ParquetRow>(ms, cancellationToken: TestContext.Current.CancellationToken)).Data;
        Assert.Equal(4, rows.Count);
        Assert.Contains(rows, r => r.NumMentions == 4 && r.Place == "Moscow" && r.Date == "2021-10-21");
        ms.Position = 0;
        await using var reader = await Parquet.ParquetReader.CreateAsync(ms, cancellationToken: TestContext.Current.CancellationToken);
        Assert.Equal(Exporter.CsvColumns, reader.Schema.GetDataFields().Select(f => f.Name));
    }

    [Fact]
    public async Task Every_format_of_ours_names_fields_in_snake_case()
    {
        // JSON Lines (export and `warta events`), CSV and Parquet use the names of `warta code --format jsonl`.
        var line = (await ExportAsync(ExportFormat.Jsonl)).Split('\n')[0];
        using var doc = JsonDocument.Parse(line);
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("num_mentions", names);
        Assert.Contains("source_code", names);
        Assert.All(names, n => Assert.Matches("^[a-z0-9_]+$", n));
        Assert.All(Exporter.CsvColumns, n => Assert.Matches("^[a-z0-9_]+$", n));
    }
}
