using System.CommandLine;
using Warta.Evaluation.Gold;
using Warta.Evaluation.Training;

namespace Warta.Cli.Commands;

/// <summary>`warta train coder|…`: regenerates the shipped models from the evaluation material in ../shared.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var command = new Command("train", "Train Warta's models (deterministic: the same data gives the same files)");
        command.Subcommands.Add(Coder());
        return command;
    }

    private static Command Coder()
    {
        var gold = new Option<string>("--gold") { Description = "Gold file with trigger annotations (only its train fold is learned from)", DefaultValueFactory = _ => "../shared/data/gold/train-id.jsonl" };
        var output = new Option<string>("--output") { Description = "Folder for the model files", DefaultValueFactory = _ => "data/models/id" };
        var language = new Option<string>("--language") { Description = "Language of the articles", DefaultValueFactory = _ => "id" };
        var folds = new Option<int>("--cv") { Description = "Folds of the cross-validation that chooses the thresholds", DefaultValueFactory = _ => CoderTrainer.DefaultFolds };
        var command = new Command("coder", "Learn the trigger and role models from the train fold; thresholds by cross-validation") { gold, output, language, folds };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(gold)!;
            if (!File.Exists(path)) { Console.Error.WriteLine($"warta: gold file not found: {path}"); return 2; }
            var lang = parse.GetValue(language)!;
            var k = parse.GetValue(folds);
            if (k < 2) { Console.Error.WriteLine("warta: --cv needs at least 2 folds"); return 2; }
            List<GoldArticle> train;
            try { train = FoldSelection.Select(GoldFile.Read(path), FoldSelection.Train).Where(a => (a.Article.Language ?? lang) == lang).ToList(); }
            catch (InvalidDataException ex) { Console.Error.WriteLine($"warta: {ex.Message}"); return 2; }
            if (train.Count < k) { Console.Error.WriteLine($"warta: {path} has {train.Count} articles of the train fold: too few"); return 2; }
            Console.WriteLine($"reading {train.Count} articles of the train fold");
            var articles = TrainingReader.Read(train, lang);
            var scores = CoderTrainer.CrossValidate(articles, lang, k, Console.WriteLine);
            var best = CoderTrainer.Choose(scores);
            foreach (var s in scores.OrderByDescending(s => s.F1).Take(5))
                Console.WriteLine($"cv event≥{s.Thresholds.Event} keep≥{s.Thresholds.KeepRule}: P {CoderTrainer.F(s.Precision)} R {CoderTrainer.F(s.Recall)} F1 {CoderTrainer.F(s.F1)}");
            Console.WriteLine($"chosen: event≥{best.Thresholds.Event} keep≥{best.Thresholds.KeepRule} (cv P {CoderTrainer.F(best.Precision)} R {CoderTrainer.F(best.Recall)} F1 {CoderTrainer.F(best.F1)})");
            var trained = CoderTrainer.Train(articles, lang, best.Thresholds);
            var folder = parse.GetValue(output)!;
            CoderTrainer.Save(trained, folder, CoderTrainer.Note(train.Count, Path.GetFileName(path)));
            Console.WriteLine($"wrote {folder}");
            return 0;
        });
        return command;
    }
}
