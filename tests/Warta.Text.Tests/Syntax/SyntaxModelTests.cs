using Warta.Languages;
using Warta.Text.Syntax;

namespace Warta.Text.Tests.Syntax;

/// <summary>The shipped Indonesian tagger and parser, on sentences written for these tests.</summary>
public class SyntaxModelTests
{
    private static readonly string[][] Sentences =
    [
        ["Presiden", "Joko", "Widodo", "meresmikan", "jembatan", "baru", "di", "Kalimantan", "Timur", "pada", "Senin", "pagi", "."],
        ["Kementerian", "Luar", "Negeri", "tidak", "memberikan", "tanggapan", "atas", "laporan", "tersebut", "."],
        ["Polisi", "menangkap", "dua", "orang", "yang", "diduga", "mencuri", "sepeda", "motor", "milik", "warga", "."],
        ["Rusia", "dan", "Ukraina", "sepakat", "untuk", "melanjutkan", "perundingan", "di", "Istanbul", "."],
        ["Harga", "beras", "naik", "karena", "musim", "kemarau", "yang", "panjang", ",", "kata", "seorang", "pedagang", "."],
        ["Serangan", "itu", "menewaskan", "sedikitnya", "12", "orang", "pada", "Rabu", "(", "20/10", ")", "."],
        ["Ia", "dibawa", "ke", "rumah", "sakit", "oleh", "petugas", "."],
        ["Pertemuan"],
    ];

    private static SyntaxModel Model => SyntaxModel.ForLanguage("id") ?? throw new InvalidOperationException("no Indonesian model");

    [Fact]
    public void Indonesian_model_ships_and_English_has_none()
    {
        Assert.True(DataFiles.Exists(SyntaxModel.ResourceName("id")));
        Assert.NotNull(SyntaxModel.ForLanguage("id"));
        Assert.Null(SyntaxModel.ForLanguage("en"));
        Assert.Contains("PROPN", Model.Tags);
        Assert.Contains("nsubj", Model.Relations);
    }

    [Fact]
    public void Every_sentence_parses_into_one_tree()
    {
        foreach (var sentence in Sentences)
        {
            var parsed = Model.Parse(sentence);
            Assert.Equal(sentence.Length, parsed.Count);
            Assert.Equal(sentence.Length, parsed.Head.Length);
            Assert.Equal(sentence.Length, parsed.Relation.Length);
            Assert.True(ConlluReader.IsTree(parsed.Head), $"not a tree: {string.Join(" ", sentence)} → {string.Join(",", parsed.Head)}");
            Assert.Equal(1, parsed.Relation.Count(r => r == "root"));
            Assert.Equal("root", parsed.Relation[Array.IndexOf(parsed.Head, -1)]);
        }
    }

    [Fact]
    public void Empty_sentence_gives_empty_parse()
    {
        var parsed = Model.Parse([]);
        Assert.Equal(0, parsed.Count);
    }

    [Fact]
    public void Tagger_tags_obvious_words()
    {
        var tags = Model.Tag(Sentences[0]);
        Assert.Equal("PROPN", tags[1]);                 // Joko
        Assert.Equal("PROPN", tags[2]);                 // Widodo
        Assert.Equal("VERB", tags[3]);                  // meresmikan
        Assert.Equal("ADP", tags[6]);                   // di
        Assert.Equal("PUNCT", tags[^1]);

        var negated = Model.Tag(Sentences[1]);
        Assert.Contains(negated[3], new[] { "PART", "ADV" }); // tidak
        Assert.Equal("VERB", negated[4]);              // memberikan

        var coordinated = Model.Tag(Sentences[3]);
        Assert.Equal("PROPN", coordinated[0]);          // Rusia
        Assert.Equal("CCONJ", coordinated[1]);          // dan
        Assert.Equal("NUM", Model.Tag(Sentences[2])[2]); // dua
    }

    [Fact]
    public void Capitalisation_decides_proper_nouns()
    {
        // The same word as a name and as a common noun.
        Assert.Equal("PROPN", Model.Tag(["Kemarin", "Bapak", "Budi", "Santoso", "datang", "."])[3]);
        Assert.NotEqual("PROPN", Model.Tag(["kami", "tiba", "di", "kota", "santoso", "itu", "."])[3]);
    }

    [Fact]
    public void Subject_and_object_attach_to_the_verb()
    {
        // Polisi menangkap dua orang ...: the verb is the root, "Polisi" its subject, "orang" its object.
        var parsed = Model.Parse(Sentences[2]);
        Assert.Equal(-1, parsed.Head[1]);
        Assert.Equal(1, parsed.Head[0]);
        Assert.Equal("nsubj", parsed.Relation[0]);
        Assert.Equal(1, parsed.Head[3]);
        Assert.Equal("obj", parsed.Relation[3]);
    }

    [Fact]
    public void Model_is_thread_safe()
    {
        var expected = Sentences.Select(s => Model.Parse(s)).ToArray();
        Parallel.For(0, 64, i =>
        {
            var k = i % Sentences.Length;
            var parsed = Model.Parse(Sentences[k]);
            Assert.Equal(expected[k].Head, parsed.Head);
            Assert.Equal(expected[k].Relation, parsed.Relation);
        });
    }

    [Fact]
    public void A_model_loaded_twice_parses_the_same()
    {
        // Speed is measured by `warta bench` and the README's figures, not here.
        using var stream = DataFiles.Open(SyntaxModel.ResourceName("id"));
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        var first = SyntaxModel.Load(bytes);
        var second = SyntaxModel.Load(bytes);
        foreach (var sentence in Sentences)
        {
            var a = first.Parse(sentence);
            var b = second.Parse(sentence);
            Assert.Equal(sentence.Length, a.Count);
            Assert.Equal(a.Upos, b.Upos);
            Assert.Equal(a.Head, b.Head);
            Assert.Equal(a.Relation, b.Relation);
        }
    }
}
