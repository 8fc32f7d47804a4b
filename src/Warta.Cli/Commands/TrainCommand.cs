using System.CommandLine;
using System.Globalization;
using Warta.Coding.Events;
using Warta.Evaluation.Gold;
using Warta.Evaluation.Training;
using Warta.Text.Syntax;

namespace Warta.Cli.Commands;

/// <summary><c>warta train &lt;model&gt;</c>: regenerates a shipped model from its data. One subcommand per model.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "Train a model from annotated data (deterministic: the same data gives the same bytes)");
        cmd.Subcommands.Add(Parser());
        cmd.Subcommands.Add(Coder());
        cmd.Subcommands.Add(TrainNamesCommand.Create());
        return cmd;
    }

    /// <summary><c>warta train parser [--data DIR] [--output FILE]</c>: the part-of-speech tagger and dependency parser.</summary>
    private static Command Parser()
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder of CoNLL-U treebanks",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ud-id"),
        };
        var output = new Option<string>("--output")
        {
            Description = "Model file to write",
            DefaultValueFactory = _ => Path.Combine("data", "models", "id", "syntax.bin"),
        };
        var heldOut = new Option<string>("--held-out")
        {
            Description = "File of the data folder kept out of training, used only to report accuracy",
            DefaultValueFactory = _ => "id_csui-ud-test.conllu",
        };
        var seed = new Option<int>("--seed") { Description = "Seed of the training shuffle", DefaultValueFactory = _ => 1 };
        var minWeight = new Option<float>("--min-weight")
        {
            Description = "Weights of smaller magnitude are left out of the file",
            DefaultValueFactory = _ => new SyntaxTrainingOptions("").MinWeight,
        };
        var weights = new Option<string[]>("--weight")
        {
            Description = "FILE=N: learn that file's sentences N times an epoch rather than once (repeatable)",
            AllowMultipleArgumentsPerToken = false,
        };
        var cmd = new Command("parser", "Train the part-of-speech tagger and dependency parser from Universal Dependencies treebanks");
        cmd.Options.Add(data);
        cmd.Options.Add(output);
        cmd.Options.Add(heldOut);
        cmd.Options.Add(seed);
        cmd.Options.Add(minWeight);
        cmd.Options.Add(weights);
        cmd.SetAction(parseResult =>
        {
            var dir = parseResult.GetValue(data)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"train parser: no folder '{dir}'");
                return 2;
            }
            if (FileWeights(parseResult.GetValue(weights)) is not { } fileWeights) return 2;
            if (fileWeights.Keys.FirstOrDefault(f => !File.Exists(Path.Combine(dir, f)) || f == parseResult.GetValue(heldOut)) is { } wrong)
            {
                Console.Error.WriteLine(wrong == parseResult.GetValue(heldOut)
                    ? $"train parser: --weight names the held-out file '{wrong}', which is not trained on"
                    : $"train parser: --weight names '{wrong}', which is not in '{dir}'");
                return 2;
            }
            var options = new SyntaxTrainingOptions(dir, parseResult.GetValue(heldOut)!, parseResult.GetValue(seed))
            {
                MinWeight = parseResult.GetValue(minWeight),
                FileWeights = fileWeights,
            };
            var result = SyntaxTrainer.Train(options, Console.Error.WriteLine);
            var path = parseResult.GetValue(output)!;
            if (!WriteModel("train parser", path, result.Model)) return 2;
            var c = CultureInfo.InvariantCulture;
            var s = result.HeldOut;
            Console.WriteLine(string.Create(c, $"trained on {string.Join(", ", result.TrainingFiles)}: {result.TrainingSentences} sentences, {result.TrainingTokens} tokens ({result.ParserSentencesSkipped} non-projective skipped by the parser)"));
            Console.WriteLine(string.Create(c, $"held out {options.HeldOutFile}: {s.Sentences} sentences, {s.Tokens} tokens, punctuation included"));
            Console.WriteLine(string.Create(c, $"UPOS {s.Upos:F4}  UAS {s.Uas:F4}  LAS {s.Las:F4}"));
            Console.WriteLine(string.Create(c, $"model {path}: {result.Model.Length / 1024.0 / 1024.0:F2} MB ({result.Model.Length} bytes); trained in {result.Elapsed.TotalSeconds:F0} s"));
            return 0;
        });
        return cmd;
    }

    /// <summary>The <c>--weight FILE=N</c> values; null, with one line saying why, when one is malformed.</summary>
    private static IReadOnlyDictionary<string, int>? FileWeights(string[]? values)
    {
        var weights = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var v in values ?? [])
        {
            var eq = v.LastIndexOf('=');
            if (eq <= 0 || !int.TryParse(v[(eq + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < 1)
            {
                Console.Error.WriteLine($"train parser: --weight '{v}' is not FILE=N with N a whole number of at least 1");
                return null;
            }
            weights[v[..eq]] = n;
        }
        return weights;
    }

    /// <summary>Writes a trained model file (creating its folder); false, with one line saying why, when it cannot.</summary>
    internal static bool WriteModel(string command, string path, byte[] model)
    {
        try
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, model);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{command}: cannot write the model to '{path}': {ex.Message}");
            return false;
        }
    }

    /// <summary>The model file of the output folder a report path names, if any.</summary>
    internal static string? OverwritesModel(string report, string folder)
    {
        var full = Path.GetFullPath(report);
        return EventModels.TrainedFiles.Select(f => Path.GetFullPath(Path.Combine(folder, f)))
            .FirstOrDefault(m => string.Equals(m, full, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal));
    }

    /// <summary><c>warta train coder [--gold FILE] [--output DIR]</c>: the learned event models.</summary>
    private static Command Coder()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file with trigger annotations (only its train fold is learned from)", DefaultValueFactory = _ => "../shared/data/gold/train-id.jsonl" };
        var output = new Option<string>("--output") { Description = "Folder for the model files", DefaultValueFactory = _ => "data/models/id" };
        var language = new Option<string>("--language") { Description = "Language of the articles", DefaultValueFactory = _ => "id" };
        var folds = new Option<int>("--cv") { Description = "Folds of the cross-validation that chooses the thresholds", DefaultValueFactory = _ => CoderTrainer.DefaultFolds };
        var repeats = new Option<int>("--cv-repeats")
        {
            Description = "Partitions of the train fold the cross-validation is repeated over (the first deals articles in file order, the others seeded shuffles); figures and thresholds from their sum",
            DefaultValueFactory = _ => CoderTrainer.DefaultRepeats,
        };
        var annotations = new Option<string?>("--annotations")
        {
            Description = "The team's training annotations over shared texts (default data/training/<language>/annotations.jsonl; 'none' for the train fold alone)",
        };
        var cvErrors = new Option<bool>("--cv-errors") { Description = "List the errors the chosen setting made on the held-out folds of the cross-validation" };
        var cvEvents = new Option<string?>("--cv-events") { Description = "Write every event the chosen setting coded on the held-out folds, with how it scored, to this TSV file" };
        var cvMisses = new Option<string?>("--cv-misses")
        {
            Description = "Write every required event of the held-out folds with where it stands (actor not in its sentence, grammar, model …) to this TSV file",
        };
        var texts = new Option<string>("--texts") { Description = "Data folder the annotations' texts are read from", DefaultValueFactory = _ => "../shared/data" };
        var command = new Command("coder", "Learn the trigger and role models from the train fold and the team's annotations; thresholds by cross-validation")
            { gold, output, language, folds, repeats, annotations, texts, cvErrors, cvEvents, cvMisses };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"warta: gold file not found: {path}"); return 2; }
            // A report written over a model file would be overwritten by it, or replace it, after minutes of training.
            foreach (var (name, report) in new[] { ("--cv-events", parse.GetValue(cvEvents)), ("--cv-misses", parse.GetValue(cvMisses)) })
                if (report is not null && OverwritesModel(report, parse.GetValue(output)!) is { } model)
                {
                    Console.Error.WriteLine($"warta: {name} {report} is the model file {model}: give a path outside the model files");
                    return 2;
                }
            var lang = parse.GetValue(language)!;
            var k = parse.GetValue(folds);
            if (k < 2) { Console.Error.WriteLine("warta: --cv needs at least 2 folds"); return 2; }
            var partitions = parse.GetValue(repeats);
            if (partitions < 1) { Console.Error.WriteLine("warta: --cv-repeats needs at least 1 partition"); return 2; }
            var annotationPath = parse.GetValue(annotations) ?? $"data/training/{lang}/annotations.jsonl";
            if (annotationPath != "none" && !File.Exists(annotationPath)) { Console.Error.WriteLine($"warta: annotation file not found: {annotationPath}"); return 2; }
            List<GoldArticle> train, extra;
            try
            {
                train = CoderTrainer.TrainFold(GoldFile.Read(path), lang);
                extra = annotationPath == "none" ? [] : TrainingAnnotations.Read(annotationPath, parse.GetValue(texts)!);
            }
            catch (InvalidDataException ex) { Console.Error.WriteLine($"warta: {ex.Message}"); return 2; }
            if (train.Count < k) { Console.Error.WriteLine($"warta: {path} has {train.Count} articles of the train fold: too few"); return 2; }
            Console.WriteLine($"reading {train.Count} articles of the train fold and {extra.Count} annotated articles");
            var (trained, scores, best, heldOut, misses) = CoderTrainer.Run(train, extra, lang, k, Console.WriteLine, partitions);
            if (parse.GetValue(cvErrors)) foreach (var report in heldOut) EvalCommand.PrintErrors(report);
            var status = 0;
            if (parse.GetValue(cvEvents) is { } eventsPath)
            {
                // (the models are written all the same: a wrong path here does not lose the training)
                try { WriteOutcomes(eventsPath, heldOut); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"warta: cannot write the held-out events to {eventsPath}: {ex.Message}");
                    status = 2;
                }
            }
            if (parse.GetValue(cvMisses) is { } missesPath)
            {
                try { File.WriteAllLines(missesPath, [MissDiagnosis.Header, .. misses]); }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    Console.Error.WriteLine($"warta: cannot write the held-out required events to {missesPath}: {ex.Message}");
                    status = 2;
                }
            }
            static string Setting(DecisionThresholds t) => $"event≥{t.Event} keep≥{t.KeepRule} open≥{t.OpenTarget}";
            foreach (var s in scores.OrderByDescending(s => s.F1).Take(5))
                Console.WriteLine($"cv {Setting(s.Thresholds)}: P {CoderTrainer.F(s.Precision)} R {CoderTrainer.F(s.Recall)} F1 {CoderTrainer.F(s.F1)}");
            // How sensitive the choice is: the settings one threshold away from it.
            foreach (var s in scores.Where(s => CoderTrainer.Differences(s.Thresholds, best.Thresholds) == 1))
                Console.WriteLine($"  near: {Setting(s.Thresholds)}: P {CoderTrainer.F(s.Precision)} R {CoderTrainer.F(s.Recall)} F1 {CoderTrainer.F(s.F1)}");
            Console.WriteLine($"chosen: {Setting(best.Thresholds)} (cv P {CoderTrainer.F(best.Precision)} R {CoderTrainer.F(best.Recall)} F1 {CoderTrainer.F(best.F1)})");
            var folder = parse.GetValue(output)!;
            try { CoderTrainer.Save(trained, folder, CoderTrainer.Note(train.Count, Path.GetFileName(path), extra.Count, annotationPath), annotationPath == "none" ? null : annotationPath); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"warta: cannot write the models to {folder}: {ex.Message}");
                return 2;
            }
            Console.WriteLine($"wrote {folder}");
            return status;
        });
        return command;
    }

    /// <summary>One line per held-out event: how it scored, its actors, code, rule and confidence, for reading by kind.</summary>
    private static void WriteOutcomes(string path, IReadOnlyList<EvaluationReport> reports)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine("article\toutcome\tsource\ttarget\tcameo\trule\tconfidence\ttrigger");
        foreach (var score in reports.SelectMany(r => r.RootScores))
            foreach (var o in score.Outcomes)
            {
                var e = o.Event;
                var trigger = e.Trigger.Of(score.Gold.Article.Text).Replace('\t', ' ').Replace('\n', ' ');
                writer.WriteLine(string.Join('\t', score.Gold.Article.Id, o.Kind, e.Source.Code, e.Target?.Code ?? "", e.Cameo, e.Rule,
                    e.Confidence?.ToString("0.000", CultureInfo.InvariantCulture) ?? "", trigger));
            }
    }
}
