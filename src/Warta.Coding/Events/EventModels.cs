using System.Collections.Concurrent;
using System.Globalization;
using Warta.Coding.Candidates;
using Warta.Coding.Grammar;
using Warta.Coding.Learning;
using Warta.Languages;
using Warta.Text.Morphology;

namespace Warta.Coding.Events;

/// <summary>
/// The learned event models of a language, shipped under <c>data/models/&lt;language&gt;/</c> by <c>warta train coder</c>:
/// <c>event-triggers.tsv</c> (P(root | word)), <c>events.tsv</c> (P(root | word, source, target)), <c>trigger-codes.tsv</c>
/// <c>decision.tsv</c> (thresholds) and <c>calibration.tsv</c> (confidence as measured on held-out articles).
/// A language without them is coded by its grammar alone.
/// </summary>
public static class EventModels
{
    public const string TriggerFile = "event-triggers.tsv";
    public const string EventFile = "events.tsv";
    public const string CodeFile = "trigger-codes.tsv";
    public const string DecisionFile = "decision.tsv";
    public const string CalibrationFile = "calibration.tsv";
    /// <summary>What the models were trained from (digests of the data; see Warta.Evaluation's ModelInputs).</summary>
    public const string InputsFile = "inputs.tsv";

    /// <summary>Every file <c>warta train coder</c> writes into a language's model folder.</summary>
    public static readonly IReadOnlyList<string> TrainedFiles = [TriggerFile, EventFile, CodeFile, DecisionFile, CalibrationFile, InputsFile];

    private static readonly ConcurrentDictionary<string, Lazy<LearnedEvents?>> Cache = new(StringComparer.Ordinal);

    public static string PathOf(string language, string file) => DataFiles.KnowledgeFile($"models/{language}/{file}");

    /// <summary>The shipped models of a language, loaded once, or null when it has none.</summary>
    public static LearnedEvents? For(string language) =>
        Cache.GetOrAdd(language, l => new Lazy<LearnedEvents?>(() => Load(l), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    private static LearnedEvents? Load(string language)
    {
        if (!DataFiles.Exists(PathOf(language, TriggerFile))) return null;
        // The parser behind the candidate reader loads on another core while the models are read here.
        var parser = Task.Run(() => (Warta.Text.Syntax.SyntaxModel.ForLanguage(language), Warta.Text.Names.NameModel.ForLanguage(language)));
        string Read(string file) => DataFiles.ReadAllText(PathOf(language, file));
        var triggers = LogisticModel.Load(PathOf(language, TriggerFile), Read(TriggerFile));
        var events = LogisticModel.Load(PathOf(language, EventFile), Read(EventFile));
        var codes = TriggerCodes.Load(PathOf(language, CodeFile), Read(CodeFile));
        var thresholds = ReadThresholds(PathOf(language, DecisionFile), Read(DecisionFile));
        var calibration = DataFiles.Exists(PathOf(language, CalibrationFile))
            ? ConfidenceCalibration.Load(PathOf(language, CalibrationFile), Read(CalibrationFile)) : null;
        parser.GetAwaiter().GetResult();
        return Build(language, triggers, events, codes, thresholds, calibration);
    }

    /// <summary>Models of a language from given parts (training and cross-validation build them in memory).</summary>
    public static LearnedEvents Build(string language, LogisticModel triggers, LogisticModel events, TriggerCodes codes, DecisionThresholds thresholds,
        ConfidenceCalibration? calibration = null) =>
        new(Reader(language), triggers, events, codes, CameoCodebook.Default, thresholds, calibration);

    public static CandidateReader Reader(string language) =>
        new(EventLexicon.For(language), FunctionWords.For(language), Morphology.For(language), Warta.Text.Syntax.SyntaxModel.ForLanguage(language),
            Warta.Text.Names.NameModel.ForLanguage(language));

    public static DecisionThresholds ReadThresholds(string name, string text)
    {
        var table = TsvTable.Parse(name, text);
        var values = table.Rows.ToDictionary(r => r.Required("setting"), r => r.Double("value")
            ?? throw new InvalidDataException($"{name}:{r.Line}: value must be a number"));
        double Get(string key) => values.TryGetValue(key, out var v) ? v : throw new InvalidDataException($"{name}: setting '{key}' is missing");
        return new DecisionThresholds(Get("event"), Get("keep_rule"), Get("open_target"));
    }

    public static void WriteThresholds(TextWriter writer, DecisionThresholds t, string note)
    {
        static string F(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);
        writer.Write($"# Decision thresholds of the learned event models, chosen by cross-validation on the training articles. {note.ReplaceLineEndings(" ")}\n");
        writer.Write("setting\tvalue\n");
        writer.Write($"event\t{F(t.Event)}\nkeep_rule\t{F(t.KeepRule)}\nopen_target\t{F(t.OpenTarget)}\n");
    }
}
