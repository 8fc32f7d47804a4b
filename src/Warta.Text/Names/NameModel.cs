using System.Collections.Concurrent;
using Warta.Languages;
using Warta.Text.Syntax;

namespace Warta.Text.Names;

/// <summary>A name the tagger found: tokens <c>Start</c> to <c>End</c> (exclusive) of the sentence, and its kind (PER, ORG, LOC).</summary>
public sealed record NameSpan(int Start, int End, string Kind);

/// <summary>
/// A named-entity tagger loaded from a model file: the greedy averaged-perceptron sequence tagger of the
/// part-of-speech tagger, over B-/I-/O tags of people, organisations and places. Read-only after loading: one instance
/// serves every thread. The file of a language is the embedded data file <c>data/models/&lt;lang&gt;/names.bin</c>,
/// written by <see cref="NameTrainer"/> (<c>warta train names</c>).
/// </summary>
public sealed class NameModel
{
    public const string Outside = "O";
    private static readonly byte[] Magic = "WNER"u8.ToArray();
    private const int Version = 1;
    private static readonly ConcurrentDictionary<string, Lazy<NameModel?>> Cache = new(StringComparer.Ordinal);

    private readonly PosTagger _tagger;

    internal NameModel(PosTagger tagger) => _tagger = tagger;

    /// <summary>The B-/I-/O tags the tagger chooses from.</summary>
    public IReadOnlyList<string> Tags => _tagger.Tags;

    /// <summary>Features and weights kept.</summary>
    public string Size => $"{_tagger.Model.Features} features / {_tagger.Model.Weights} weights";

    /// <summary>The name of a language's model among the embedded data files.</summary>
    public static string ResourceName(string language) => DataFiles.KnowledgeFile($"models/{language}/names.bin");

    /// <summary>The shipped model of a language (loaded once), or null when none ships for it.</summary>
    public static NameModel? ForLanguage(string language) => ModelFiles.Shipped(Cache, language, ResourceName(language), Load);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static NameModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFiles.ReadHeader(reader, Magic, Version, "name");
        var tags = ModelFiles.ReadStrings(reader);
        return new NameModel(new PosTagger(tags, LinearModel.Read(reader)));
    }

    public static NameModel Load(byte[] bytes) => ModelFiles.Load(bytes, Load);

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFiles.WriteHeader(writer, Magic, Version);
        ModelFiles.WriteStrings(writer, _tagger.Tags);
        _tagger.Model.Write(writer);
    }

    public byte[] ToBytes() => ModelFiles.Bytes(Write);

    /// <summary>The tag of every token, given as written (original case).</summary>
    public string[] Tag(IReadOnlyList<string> forms) => _tagger.TagForms(forms);

    /// <summary>The names of a sentence's tokens, given as written (original case).</summary>
    public IReadOnlyList<NameSpan> Find(IReadOnlyList<string> forms) => Spans(Tag(forms));

    /// <summary>
    /// Names of a B-/I-/O tag sequence. An I- tag that does not continue a name of its kind starts one (the tagger is
    /// greedy and may begin a name with it).
    /// </summary>
    public static List<NameSpan> Spans(IReadOnlyList<string> tags)
    {
        var spans = new List<NameSpan>();
        var start = -1;
        string? kind = null;
        for (var i = 0; i <= tags.Count; i++)
        {
            var tag = i < tags.Count ? tags[i] : Outside;
            var tagKind = tag.Length > 2 && tag[1] == '-' ? tag[2..] : null;
            var continues = tagKind is not null && tag[0] == 'I' && tagKind == kind;
            if (continues) continue;
            if (kind is not null) spans.Add(new NameSpan(start, i, kind));
            (start, kind) = tagKind is null ? (-1, null) : (i, tagKind);
        }
        return spans;
    }
}
