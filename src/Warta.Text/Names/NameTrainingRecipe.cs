using Warta.Languages;

namespace Warta.Text.Names;

/// <summary>A corpus file and how it names the kinds kept (its kind → PER, ORG or LOC).</summary>
public sealed record NameCorpusFile(string Path, IReadOnlyDictionary<string, string> Kinds);

/// <summary>
/// What a language's name tagger is trained from: the data file <c>data/models/&lt;lang&gt;/names-training.tsv</c>
/// (columns <c>file</c>, <c>use</c> — train or held-out — and <c>kinds</c>, "THEIRS=OURS" pairs separated by '|').
/// </summary>
public sealed record NameTrainingRecipe(IReadOnlyList<NameCorpusFile> Training, NameCorpusFile? HeldOut)
{
    public static readonly IReadOnlySet<string> KnownKinds = new HashSet<string>(StringComparer.Ordinal) { "PER", "ORG", "LOC" };

    /// <summary>The name of a language's recipe among the embedded data files.</summary>
    public static string ResourceName(string language) => DataFiles.KnowledgeFile($"models/{language}/names-training.tsv");

    /// <summary>The shipped recipe of a language, or null when none ships for it.</summary>
    public static NameTrainingRecipe? ForLanguage(string language)
    {
        var name = ResourceName(language);
        return DataFiles.Exists(name) ? Parse(name, DataFiles.ReadAllText(name)) : null;
    }

    public static NameTrainingRecipe Parse(string name, string text)
    {
        var table = TsvTable.Parse(name, text);
        var training = new List<NameCorpusFile>();
        NameCorpusFile? heldOut = null;
        foreach (var row in table.Rows)
        {
            var kinds = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in row.List("kinds"))
            {
                var eq = pair.IndexOf('=');
                if (eq <= 0 || !KnownKinds.Contains(pair[(eq + 1)..]))
                    throw new DataFileException(row.File, row.Line, $"kind '{pair}' is not THEIRS=PER, ORG or LOC");
                kinds[pair[..eq]] = pair[(eq + 1)..];
            }
            if (kinds.Count == 0) throw new DataFileException(row.File, row.Line, "no kinds");
            var file = new NameCorpusFile(row.Required("file"), kinds);
            switch (row.Required("use"))
            {
                case "train": training.Add(file); break;
                case "held-out" when heldOut is null: heldOut = file; break;
                case "held-out": throw new DataFileException(row.File, row.Line, "a second held-out file");
                case var use: throw new DataFileException(row.File, row.Line, $"use '{use}' is not train or held-out");
            }
        }
        if (training.Count == 0) throw new DataFileException(name, 0, "no training files");
        return new NameTrainingRecipe(training, heldOut);
    }
}
