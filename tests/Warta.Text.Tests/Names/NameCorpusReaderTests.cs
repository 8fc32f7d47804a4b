using Warta.Text.Names;

namespace Warta.Text.Tests.Names;

public class NameCorpusReaderTests
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["PERSON"] = "PER", ["PER"] = "PER", ["PLACE"] = "LOC", ["ORGANISATION"] = "ORG",
    };

    [Fact]
    public void Reads_tab_and_space_columns_with_either_line_end_and_maps_the_kinds()
    {
        var text = "Ani\tB-PERSON\r\nSusanti I-PERSON\r\npergi\tO\r\nke\tO\r\n\r\nBandung PROPN B-PLACE\nkemarin ADV O\n";
        var sentences = NameCorpusReader.Read(new StringReader(text), Kinds);

        Assert.Equal(2, sentences.Count);
        Assert.Equal(["Ani", "Susanti", "pergi", "ke"], sentences[0].Forms);
        Assert.Equal(["B-PER", "I-PER", "O", "O"], sentences[0].Tags);
        Assert.Equal(["B-LOC", "O"], sentences[1].Tags);
    }

    [Fact]
    public void Kinds_the_map_lacks_are_no_name_and_unprefixed_tags_make_one_name_per_run()
    {
        var text = "Festival\tB-EVT\nJazz\tI-EVT\nAni\tPERSON\nSusanti\tPERSON\ndan\tO\nBudi\tPERSON\n";
        var sentence = Assert.Single(NameCorpusReader.Read(new StringReader(text), Kinds));

        Assert.Equal(["O", "O", "B-PER", "I-PER", "O", "B-PER"], sentence.Tags);
    }

    [Fact]
    public void A_line_without_a_tag_is_an_error_naming_its_line()
    {
        var ex = Assert.Throws<InvalidDataException>(() => NameCorpusReader.Read(new StringReader("Ani\tB-PER\nSusanti\n"), Kinds, "corpus.txt"));
        Assert.Contains("corpus.txt:2", ex.Message);
    }

    [Fact]
    public void Spans_read_bio_tags_and_an_i_tag_after_another_kind_starts_a_name()
    {
        var spans = NameModel.Spans(["B-PER", "I-PER", "O", "I-ORG", "I-ORG", "B-LOC", "I-PER"]);

        Assert.Equal([new NameSpan(0, 2, "PER"), new NameSpan(3, 5, "ORG"), new NameSpan(5, 6, "LOC"), new NameSpan(6, 7, "PER")], spans);
    }
}
