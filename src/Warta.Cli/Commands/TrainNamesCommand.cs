using System.CommandLine;
using System.Globalization;
using Warta.Languages;
using Warta.Text.Names;

namespace Warta.Cli.Commands;

/// <summary><c>warta train names [--language L] [--data DIR] [--output FILE]</c>: the name tagger, from the language's recipe.</summary>
public static class TrainNamesCommand
{
    public static Command Create()
    {
        var language = new Option<string>("--language") { Description = "Language whose recipe (data/models/<language>/names-training.tsv) to follow", DefaultValueFactory = _ => "id" };
        var data = new Option<string>("--data")
        {
            Description = "Folder the recipe's corpus files are named from",
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "ner-id"),
        };
        var output = new Option<string?>("--output") { Description = "Model file to write (default data/models/<language>/names.bin)" };
        var seed = new Option<int>("--seed") { Description = "Seed of the training shuffle", DefaultValueFactory = _ => 1 };
        var cmd = new Command("names", "Train the name tagger (people, organisations, places) from named-entity corpora") { language, data, output, seed };
        cmd.SetAction(parse =>
        {
            var lang = parse.GetValue(language)!;
            var dir = parse.GetValue(data)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"train names: no folder '{dir}'");
                return 2;
            }
            NameTrainingRecipe? recipe;
            try { recipe = NameTrainingRecipe.ForLanguage(lang); }
            catch (DataFileException ex)
            {
                Console.Error.WriteLine($"train names: {ex.Message}");
                return 2;
            }
            if (recipe is null)
            {
                Console.Error.WriteLine($"train names: no recipe for language '{lang}' ({NameTrainingRecipe.ResourceName(lang)})");
                return 2;
            }
            // (the held-out file too: without it the tagger would be reported as scored on nothing)
            var missing = recipe.Training.Append(recipe.HeldOut).OfType<NameCorpusFile>().Select(f => f.Path)
                .Where(f => !File.Exists(Path.Combine(dir, f))).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"train names: not found in '{dir}': {string.Join(", ", missing)}");
                return 2;
            }
            var options = new NameTrainingOptions(dir, recipe, parse.GetValue(seed));
            NameTrainingResult result;
            try { result = NameTrainer.Train(options, Console.Error.WriteLine); }
            catch (InvalidDataException ex)
            {
                Console.Error.WriteLine($"train names: {ex.Message}");
                return 2;
            }
            var path = parse.GetValue(output) ?? Path.Combine("data", "models", lang, "names.bin");
            if (!TrainCommand.WriteModel("train names", path, result.Model)) return 2;
            var c = CultureInfo.InvariantCulture;
            var s = result.HeldOut;
            Console.WriteLine(string.Create(c, $"trained on {string.Join(", ", recipe.Training.Select(f => f.Path))}: {result.TrainingSentences} sentences, {result.TrainingTokens} tokens"));
            Console.WriteLine(string.Create(c, $"held out {recipe.HeldOut?.Path ?? "nothing"}: {s.Sentences} sentences, {s.Tokens} tokens; tags {s.TagAccuracy:F4} right"));
            foreach (var k in s.Kinds)
                Console.WriteLine(string.Create(c, $"  {k.Kind,-4} names {k.Gold,5}  found {k.Found,5}  right {k.Right,5}  P {k.Precision:F3}  R {k.Recall:F3}  F1 {k.F1:F3}"));
            Console.WriteLine(string.Create(c, $"model {path}: {result.Model.Length / 1024.0:F0} KB ({result.Model.Length} bytes); trained in {result.Elapsed.TotalSeconds:F0} s"));
            return 0;
        });
        return cmd;
    }
}
