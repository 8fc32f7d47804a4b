using System.Security.Cryptography;
using System.Text;
using Warta.Coding.Events;
using Warta.Languages;

namespace Warta.Evaluation.Training;

/// <summary>
/// What the learned models of a language were trained from, as digests: the language's data and the shared knowledge
/// shipped with Warta (lexicons, actor and place tables, the parser; not the files <c>train coder</c> writes), and the
/// team's annotation file. <c>train coder</c> writes them beside the models; a test compares them with the data shipped
/// now, so a data change that calls for retraining is caught even where <c>../shared</c> (and with it the byte-for-byte
/// retraining test) is absent. Code changes are not covered.
/// </summary>
public static class ModelInputs
{
    public const string LanguageData = "language-data";
    public const string Annotations = "annotations";

    /// <summary>The digests of the inputs: language data, and the annotation file when one was used.</summary>
    public static IReadOnlyDictionary<string, string> Of(string language, string? annotationFile)
    {
        var names = DataFiles.List(DataFiles.LanguageFile(language, "")).Concat(DataFiles.List(DataFiles.KnowledgeFile("")))
            .Where(n => IsInput(n, language)).Order(StringComparer.Ordinal);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in names)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            using var stream = DataFiles.Open(name);
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            hash.AppendData(copy.ToArray());
        }
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal) { [LanguageData] = Convert.ToHexStringLower(hash.GetHashAndReset()) };
        result[Annotations] = annotationFile is not null && File.Exists(annotationFile)
            ? Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(annotationFile)))
            : "none";
        return result;
    }

    // Every shipped data file of the language or the shared knowledge, but no model folder's files except the language's
    // own that training does not write (the parser).
    private static bool IsInput(string name, string language)
    {
        var models = DataFiles.KnowledgeFile("models/");
        if (!name.StartsWith(models, StringComparison.Ordinal)) return true;
        var own = DataFiles.KnowledgeFile($"models/{language}/");
        return name.StartsWith(own, StringComparison.Ordinal) && !EventModels.TrainedFiles.Contains(name[own.Length..]);
    }

    public static void Save(TextWriter writer, IReadOnlyDictionary<string, string> digests, string note)
    {
        writer.Write("# What the models in this folder were trained from: SHA-256 digests of the language's data and the shared knowledge\n");
        writer.Write($"# shipped with Warta (without the model files) and of the annotation file. {note.ReplaceLineEndings(" ")}\n");
        writer.Write("input\tsha256\n");
        foreach (var (input, digest) in digests.OrderBy(kv => kv.Key, StringComparer.Ordinal)) writer.Write($"{input}\t{digest}\n");
    }

    public static IReadOnlyDictionary<string, string> Load(string name, string text) =>
        TsvTable.Parse(name, text).Rows.ToDictionary(r => r.Required("input"), r => r.Required("sha256"), StringComparer.Ordinal);
}
