namespace Warta.Cli.Tests;

/// <summary>Wrong stores, bad inputs and odd languages: one clear line each, the right exit status, nothing lost.</summary>
[Collection(ConsoleCollection.Name)]
public sealed class RobustCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Ingest_exits_non_zero_when_inputs_were_bad_and_stores_the_good_ones()
    {
        _folder.File("good.txt", "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Senin (20/5/2024).");
        var bad = _folder.File("bad.jsonl", "{\"text\": \"\\ud800\"}\n");
        var db = Path.Combine(_folder.Path, "store", "warta.db");
        Directory.CreateDirectory(Path.GetDirectoryName(db)!);
        var run = await CliRunner.RunAsync("ingest", _folder.Path, "--db", db);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("articles stored: 1", run.Out);
        Assert.Contains($"{bad}:1: a JSON string is not valid text", run.Error);
    }

    [Fact]
    public async Task A_read_command_on_a_missing_sqlite_file_says_so_and_creates_nothing()
    {
        var db = Path.Combine(_folder.Path, "typo.db");
        var run = await CliRunner.RunAsync("events", "--db", db);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"warta: no store at '{db}' (nothing ingested there yet? `warta ingest … --db {db}` creates it)", run.Error.Trim());
        Assert.False(File.Exists(db));
    }

    [Theory]
    [InlineData("missing-folder")]
    [InlineData("not-a-database")]
    [InlineData("postgres")]
    public async Task A_wrong_db_is_one_line_without_a_stack_trace(string kind)
    {
        var db = kind switch
        {
            "missing-folder" => Path.Combine(_folder.Path, "no", "such", "warta.db"),
            "not-a-database" => _folder.File("notes.db", "these are my notes, not a database\n"),
            _ => "Host=127.0.0.1;Port=1;Username=warta;Password=secret;Database=warta;Timeout=2",
        };
        var run = await CliRunner.RunAsync("ingest", Repository.Example("id-menlu-kunjungan-jepang.txt"), "--db", db);
        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("warta: ", line);
        Assert.DoesNotContain(" at ", line);
        Assert.DoesNotContain("secret", line);
    }

    [Fact]
    public async Task Language_is_read_in_any_case_and_an_unknown_one_is_detected_with_a_message()
    {
        const string text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Senin (20/5/2024).";
        var path = _folder.File("lang.jsonl",
            $"{{\"id\": \"a\", \"lang\": \"ID\", \"date\": \"2024-05-21\", \"text\": \"{text}\"}}\n{{\"id\": \"b\", \"lang\": \"xx\", \"date\": \"2024-05-21\", \"text\": \"{text}\"}}\n");
        var run = await CliRunner.RunAsync("code", path, "--format", "jsonl");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{path}:2: \"lang\" value \"xx\" is not a language Warta reads (en, id); the language is detected instead", run.Error);
        Assert.Contains(run.OutLines, l => l.Contains("\"article_id\":\"a\"") && l.Contains("\"language\":\"id\""));
        Assert.Contains(run.OutLines, l => l.Contains("\"article_id\":\"b\"") && l.Contains("\"language\":\"id\""));
    }
}
