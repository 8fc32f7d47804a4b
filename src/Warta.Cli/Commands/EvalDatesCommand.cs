using System.CommandLine;
using System.Globalization;
using Warta.Evaluation.Dates;

namespace Warta.Cli.Commands;

/// <summary><c>warta eval-dates [dir] [--errors] [--per-paragraph]</c>: measures the date stage on IndoTimex TimeML files.</summary>
public static class EvalDatesCommand
{
    public static Command Create()
    {
        var dir = new Argument<string>("dir")
        {
            Description = "Folder of TimeML (.tml) files with TIMEX3 annotations",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => Path.Combine("..", "shared", "data", "time", "indotimex", "gold"),
        };
        var errors = new Option<bool>("--errors") { Description = "List the gold expressions missed or valued wrongly" };
        var language = new Option<string>("--language") { Description = "Language folder of the date words", DefaultValueFactory = _ => "id" };
        var perParagraph = new Option<bool>("--per-paragraph") { Description = "Give the recogniser one paragraph at a time instead of the whole text" };
        var cmd = new Command("eval-dates", "Measure date recognition and normalisation on IndoTimex (TimeML) files");
        cmd.Arguments.Add(dir);
        cmd.Options.Add(errors);
        cmd.Options.Add(language);
        cmd.Options.Add(perParagraph);
        cmd.SetAction(parseResult =>
        {
            var path = parseResult.GetValue(dir)!;
            if (!Directory.Exists(path))
            {
                Console.Error.WriteLine($"eval-dates: no folder '{path}'");
                return 2;
            }
            // The IndoTimex release keeps its .tml files in a "gold" folder: accept the release folder too.
            if (!Directory.EnumerateFiles(path, "*.tml").Any() && Directory.Exists(Path.Combine(path, "gold"))) path = Path.Combine(path, "gold");
            if (!Directory.EnumerateFiles(path, "*.tml").Any())
            {
                Console.Error.WriteLine($"eval-dates: no .tml files in '{path}'");
                return 2;
            }
            var report = IndoTimexEvaluation.Run(path, parseResult.GetValue(language) ?? "id", parseResult.GetValue(perParagraph));
            if (parseResult.GetValue(errors))
                foreach (var e in report.Errors)
                    Console.WriteLine($"{e.Document}\t{e.Kind}\t{e.Gold.Type}\t\"{e.Gold.Text}\" = {e.Gold.Value}" +
                        (e.FoundText is null ? "" : $"\tfound \"{e.FoundText}\" = {e.FoundValue} ({e.FoundRule})"));
            var c = CultureInfo.InvariantCulture;
            Console.WriteLine(string.Create(c, $"documents: {report.Documents}, gold TIMEX3: {report.Gold}"));
            Console.WriteLine(string.Create(c, $"found (span overlap): {report.Found}/{report.Gold} = {report.FoundShare:P1}"));
            Console.WriteLine(string.Create(c, $"right value (gold DATE/TIME with a calendar value, at its granularity): {report.Right}/{report.Valued} = {report.RightShare:P1}"));
            Console.WriteLine(string.Create(c, $"found expressions overlapping a gold one: {report.PredictedOverlappingGold}/{report.Predicted} = {report.Precision:P1}"));
            return 0;
        });
        return cmd;
    }
}
