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

    [Theory]
    [InlineData("--cv-events", "events.tsv")]
    [InlineData("--cv-misses", "decision.tsv")]
    public async Task Train_coder_refuses_a_report_path_that_is_one_of_its_model_files_before_training(string option, string file)
    {
        var gold = _folder.File("gold.jsonl", "");
        var models = Path.Combine(_folder.Path, "models");
        var report = Path.Combine(models, file);
        var run = await CliRunner.RunAsync("train", "coder", "--gold", gold, "--output", models, option, report);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"warta: {option} {report} is the model file {report}: give a path outside the model files", run.Error.Trim());
        Assert.False(Directory.Exists(models));
    }

    [Fact]
    public async Task Train_coder_refuses_fewer_than_one_partition_before_training()
    {
        var gold = _folder.File("gold.jsonl", "");
        var models = Path.Combine(_folder.Path, "models");
        var run = await CliRunner.RunAsync("train", "coder", "--gold", gold, "--output", models, "--cv-repeats", "0");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("warta: --cv-repeats needs at least 1 partition", run.Error.Trim());
        Assert.False(Directory.Exists(models));
    }

    [Fact]
    public async Task Bench_lists_the_slowest_articles_with_their_size()
    {
        var text = "Presiden Rusia bertemu Presiden China di Moskow, Senin (1/1/2024). Kedua pemimpin membahas kerja sama energi.";
        var input = _folder.File("two.jsonl", $"{{\"id\": \"a\", \"text\": \"{text}\"}}\n{{\"id\": \"b\", \"text\": \"{text} {text}\"}}\n");
        var run = await CliRunner.RunAsync("bench", input, "--slowest", "2");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 articles,", run.Out);
        Assert.Contains($"  a  ({text.Length:N0} characters, 2 sentences)", run.Out);
        Assert.Contains($"  b  ({text.Length * 2 + 1:N0} characters, 4 sentences)", run.Out);
    }

    [Fact]
    public async Task Bench_says_why_it_skipped_an_input_and_codes_the_rest()
    {
        var text = "Presiden Rusia bertemu Presiden China di Moskow, Senin (1/1/2024).";
        // a coded article, a broken line, and an article with a date that is no date (coded, with a note)
        var input = _folder.File("mixed.jsonl",
            $"{{\"id\": \"a\", \"text\": \"{text}\"}}\n{{\"id\": \"b\", \"text\": \n{{\"id\": \"c\", \"date\": \"kemarin\", \"text\": \"{text}\"}}\n");
        var run = await CliRunner.RunAsync("bench", input);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("2 articles, ", run.Out);
        Assert.Contains("1 skipped", run.Out);
        Assert.Contains("warta: note", run.Error);
        Assert.Contains("warta: skipped", run.Error);
        Assert.Contains("mixed.jsonl", run.Error);
    }

    // The shipped recipe's corpus files, written into the test folder with one line each.
    private static readonly Warta.Text.Names.NameTrainingRecipe NameRecipe = Warta.Text.Names.NameTrainingRecipe.ForLanguage("id")!;

    private void WriteCorpusFiles(IEnumerable<Warta.Text.Names.NameCorpusFile> files)
    {
        foreach (var f in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_folder.Path, f.Path))!);
            _folder.File(f.Path, "Ani\tO\n");
        }
    }

    [Theory]
    [InlineData("b.conllu", "--weight 'b.conllu' is not FILE=N with N a whole number of at least 1")]
    [InlineData("b.conllu=0", "--weight 'b.conllu=0' is not FILE=N with N a whole number of at least 1")]
    [InlineData("typo.conllu=2", "--weight names 'typo.conllu', which is not in '{0}'")]
    [InlineData("id_csui-ud-test.conllu=2", "--weight names the held-out file 'id_csui-ud-test.conllu', which is not trained on")]
    public async Task Train_parser_refuses_a_wrong_file_weight_before_training_and_writes_no_model(string weight, string message)
    {
        _folder.File("b.conllu", "");
        _folder.File("id_csui-ud-test.conllu", "");
        var output = Path.Combine(_folder.Path, "syntax.bin");
        var run = await CliRunner.RunAsync("train", "parser", "--data", _folder.Path, "--output", output, "--weight", weight);
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("train parser: " + string.Format(message, _folder.Path), run.Error.Trim());
        Assert.False(File.Exists(output));
    }

    // Runs train names over the test folder; the model path it was given, which must not exist afterwards.
    private async Task<(CliRun Run, string Output)> TrainNamesAsync()
    {
        var output = Path.Combine(_folder.Path, "names.bin");
        return (await CliRunner.RunAsync("train", "names", "--data", _folder.Path, "--output", output), output);
    }

    [Fact]
    public async Task Train_names_names_the_corpus_files_it_cannot_find_and_writes_no_model()
    {
        var (run, output) = await TrainNamesAsync();
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"train names: not found in '{_folder.Path}': ", run.Error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Train_names_without_the_held_out_file_names_it_rather_than_scoring_nothing()
    {
        WriteCorpusFiles(NameRecipe.Training);
        var (run, output) = await TrainNamesAsync();
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"train names: not found in '{_folder.Path}': {NameRecipe.HeldOut!.Path}", run.Error.Trim());
        Assert.False(File.Exists(output));
    }

    [Fact]
    public async Task Train_names_reports_a_malformed_corpus_line_with_its_file_and_line_and_writes_no_model()
    {
        // Every file the shipped recipe names, one of them with a token and no tag on its second line.
        WriteCorpusFiles(NameRecipe.Training.Append(NameRecipe.HeldOut!));
        var bad = _folder.File(NameRecipe.Training[0].Path, "Ani\tO\nSusanti\n");
        var (run, output) = await TrainNamesAsync();
        Assert.Equal(2, run.ExitCode);
        Assert.Equal($"train names: {bad}:2: expected a token and a tag", run.Error.Trim());
        Assert.False(File.Exists(output));
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
        Assert.Equal(0, run.ExitCode); // the article is coded: a note, not a skipped input
        Assert.Contains($"warta: note {path}:2: \"lang\" value \"xx\" is not a language Warta reads (en, id); the language is detected instead", run.Error);
        Assert.Contains(run.OutLines, l => l.Contains("\"article_id\":\"a\"") && l.Contains("\"language\":\"id\""));
        Assert.Contains(run.OutLines, l => l.Contains("\"article_id\":\"b\"") && l.Contains("\"language\":\"id\""));
    }

    [Fact]
    public async Task A_date_replaced_by_the_weekday_rule_is_a_note_not_a_skipped_input_in_code_and_ingest()
    {
        // "date" is no date: the article is coded with a reference taken from its weekday-numbered days.
        const string text = "Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida di Tokyo, Senin (20/5/2024).";
        var path = _folder.File("dated.jsonl", $"{{\"id\": \"a\", \"date\": \"Senin kemarin\", \"text\": \"{text}\"}}\n");
        var code = await CliRunner.RunAsync("code", path, "--format", "jsonl");
        Assert.Equal(0, code.ExitCode);
        Assert.StartsWith($"warta: note {path}:1: \"date\" value \"Senin kemarin\" is not a date", code.Error);
        Assert.DoesNotContain("skipped", code.Error);
        Assert.Contains(code.OutLines, l => l.Contains("\"article_id\":\"a\"") && l.Contains("\"date\":\"2024-05-20\""));

        var ingest = await CliRunner.RunAsync("ingest", path, "--db", Path.Combine(_folder.Path, "notes.db"));
        Assert.Equal(0, ingest.ExitCode);
        Assert.Contains("articles read: 1", ingest.Out);
        Assert.Contains("articles skipped: 0", ingest.Out);
        Assert.Contains($"note {path}:1: \"date\" value", ingest.Error);
    }

    [Fact]
    public async Task Explain_and_the_table_escape_control_characters_of_the_input_and_explain_prints_iso_dates()
    {
        // ESC ] 0 ; … BEL retitles a terminal, ESC [ 2 J clears it.
        var path = _folder.File("esc.txt", "\u001b]0;owned\u0007 Presiden Joko Widodo bertemu Perdana Menteri Jepang Fumio Kishida\u001b[2J di Tokyo, Senin (20/5/2024).");
        var explain = await CliRunner.RunAsync("explain", path);
        Assert.Equal(0, explain.ExitCode);
        Assert.DoesNotContain('\u001b', explain.Out);
        Assert.DoesNotContain('\u0007', explain.Out);
        Assert.Contains("\\x1B[2J", explain.Out);
        Assert.Contains("2024-05-20", explain.Out);
        Assert.DoesNotContain("05/20/2024", explain.Out);
        var table = await CliRunner.RunAsync("code", path);
        Assert.Equal(0, table.ExitCode);
        Assert.DoesNotContain('\u001b', StripStyling(table.Out));
        Assert.DoesNotContain('\u0007', table.Out);
    }

    /// <summary>The table's own colour codes (ESC [ … m) removed, so that only escapes from the input would remain.</summary>
    private static string StripStyling(string s) => System.Text.RegularExpressions.Regex.Replace(s, "\u001b\\[[0-9;]*m", "");

    [Fact]
    public async Task Events_says_when_it_stopped_at_the_limit()
    {
        var db = Path.Combine(_folder.Path, "limit.db");
        Assert.Equal(0, (await CliRunner.RunAsync("ingest", Repository.Examples, "--db", db)).ExitCode);
        var one = await CliRunner.RunAsync("events", "--db", db, "--limit", "1", "--format", "jsonl");
        Assert.Equal(0, one.ExitCode); // (jsonl goes to the raw standard output, which the runner does not capture)
        Assert.Equal("warta: stopped at --limit 1; more events match (--limit 0 lists them all)", one.Error.Trim());
        var all = await CliRunner.RunAsync("events", "--db", db, "--limit", "0", "--format", "jsonl");
        Assert.Equal("", all.Error);
        var enough = await CliRunner.RunAsync("events", "--db", db, "--limit", "1000", "--format", "jsonl");
        Assert.Equal("", enough.Error);
    }

    [Fact]
    public async Task Watch_help_lists_db()
    {
        var run = await CliRunner.RunAsync("watch", "--help");
        Assert.Contains("--db", run.Out);
        Assert.Contains("with --db", run.Out);
    }
}
