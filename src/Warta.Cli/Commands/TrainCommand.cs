using System.CommandLine;
using System.Globalization;
using Warta.Text.Syntax;

namespace Warta.Cli.Commands;

/// <summary><c>warta train &lt;model&gt;</c>: regenerates a shipped model from its data. One subcommand per model.</summary>
public static class TrainCommand
{
    public static Command Create()
    {
        var cmd = new Command("train", "Train a model from annotated data (deterministic: the same data gives the same bytes)");
        cmd.Subcommands.Add(Parser());
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
        var cmd = new Command("parser", "Train the part-of-speech tagger and dependency parser from Universal Dependencies treebanks");
        cmd.Options.Add(data);
        cmd.Options.Add(output);
        cmd.Options.Add(heldOut);
        cmd.Options.Add(seed);
        cmd.Options.Add(minWeight);
        cmd.SetAction(parseResult =>
        {
            var dir = parseResult.GetValue(data)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"train parser: no folder '{dir}'");
                return 2;
            }
            var options = new SyntaxTrainingOptions(dir, parseResult.GetValue(heldOut)!, parseResult.GetValue(seed))
            {
                MinWeight = parseResult.GetValue(minWeight),
            };
            var result = SyntaxTrainer.Train(options, Console.Error.WriteLine);
            var path = parseResult.GetValue(output)!;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, result.Model);
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
}
