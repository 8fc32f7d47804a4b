using System.Collections.Concurrent;
using Warta.Languages;

namespace Warta.Text.Syntax;

/// <summary>A tagged and parsed sentence: per token its UPOS tag, head (index into the sentence, -1 for the root) and relation.</summary>
public sealed record ParsedSentence(string[] Upos, int[] Head, string[] Relation)
{
    public int Count => Upos.Length;
}

/// <summary>
/// A part-of-speech tagger and dependency parser loaded from a model file (UPOS tags, Universal
/// Dependencies relations). Read-only after loading: one instance serves every thread. The file of
/// a language is the embedded data file <c>data/models/&lt;lang&gt;/syntax.bin</c>, written by
/// <see cref="SyntaxTrainer"/> (<c>warta train parser</c>).
/// </summary>
public sealed class SyntaxModel
{
    private static readonly byte[] Magic = "WSYN"u8.ToArray();
    private const int Version = 1;
    private static readonly ConcurrentDictionary<string, Lazy<SyntaxModel?>> Cache = new(StringComparer.Ordinal);

    private readonly PosTagger _tagger;
    private readonly DependencyParser _parser;
    [ThreadStatic] private static ArcEagerState? _state;

    /// <summary>The UPOS tags the tagger chooses from.</summary>
    public IReadOnlyList<string> Tags => _tagger.Tags;

    /// <summary>The dependency relations the parser chooses from.</summary>
    public IReadOnlyList<string> Relations => _parser.Relations;

    /// <summary>Features and weights kept by the tagger, the move and the relation classifiers.</summary>
    public string Size =>
        $"tagger {_tagger.Model.Features} features / {_tagger.Model.Weights} weights, moves {_parser.Moves.Features} / {_parser.Moves.Weights}, relations {_parser.Labels.Features} / {_parser.Labels.Weights}";

    internal SyntaxModel(PosTagger tagger, DependencyParser parser)
    {
        _tagger = tagger;
        _parser = parser;
    }

    /// <summary>The name of a language's model among the embedded data files.</summary>
    public static string ResourceName(string language) => DataFiles.KnowledgeFile($"models/{language}/syntax.bin");

    /// <summary>The shipped model of a language (loaded once), or null when none ships for it.</summary>
    public static SyntaxModel? ForLanguage(string language) => ModelFiles.Shipped(Cache, language, ResourceName(language), Load);

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static SyntaxModel Load(Stream stream)
    {
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFiles.ReadHeader(reader, Magic, Version, "syntax");
        var tags = ModelFiles.ReadStrings(reader);
        var relations = ModelFiles.ReadStrings(reader);
        var tagger = LinearModel.Read(reader);
        var moves = LinearModel.Read(reader);
        var labels = LinearModel.Read(reader);
        return new SyntaxModel(new PosTagger(tags, tagger),
            new DependencyParser(relations, moves, labels) { PunctTag = Array.IndexOf(tags, "PUNCT") });
    }

    public static SyntaxModel Load(byte[] bytes) => ModelFiles.Load(bytes, Load);

    /// <summary>Writes the model; the same model always gives the same bytes.</summary>
    public void Write(Stream stream)
    {
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        ModelFiles.WriteHeader(writer, Magic, Version);
        ModelFiles.WriteStrings(writer, _tagger.Tags);
        ModelFiles.WriteStrings(writer, _parser.Relations);
        _tagger.Model.Write(writer);
        _parser.Moves.Write(writer);
        _parser.Labels.Write(writer);
    }

    public byte[] ToBytes() => ModelFiles.Bytes(Write);

    /// <summary>UPOS tags of a sentence's tokens, given as written (original case).</summary>
    public string[] Tag(IReadOnlyList<string> forms) => _tagger.TagForms(forms);

    /// <summary>Tags and parses a sentence's tokens, given as written (original case).</summary>
    public ParsedSentence Parse(IReadOnlyList<string> forms)
    {
        var atoms = new TokenAtoms(forms);
        var tagIds = _tagger.Tag(atoms);
        var (head, label) = ParseIds(atoms, tagIds);
        var upos = new string[forms.Count];
        var relations = new string[forms.Count];
        for (var i = 0; i < upos.Length; i++)
        {
            upos[i] = _tagger.Tags[tagIds[i]];
            relations[i] = _parser.Relations[label[i]];
        }
        return new ParsedSentence(upos, head, relations);
    }

    internal (int[] Head, int[] Label) ParseIds(TokenAtoms atoms, int[] tagIds) =>
        atoms.Count == 0 ? ([], []) : _parser.Parse(atoms, tagIds, _tagger.Tags.Length, _state ??= new ArcEagerState());
}
