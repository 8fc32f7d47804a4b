using Warta.Text.Syntax;

namespace Warta.Text.Tests.Syntax;

public class ConlluReaderTests
{
    // Written for this test (not taken from a treebank).
    private const string Sample = """
        # sent_id = contoh-1
        # text = Rumahnya dibakar massa.
        1-2	Rumahnya	_	_	_	_	_	_	_	_
        1	Rumah	rumah	NOUN	NN	_	3	nsubj:pass	_	_
        2	nya	ia	PRON	PRP	_	1	nmod:poss	_	_
        3	dibakar	bakar	VERB	VB	_	0	root	_	_
        4	massa	massa	NOUN	NN	_	3	obl:agent	_	SpaceAfter=No
        5	.	.	PUNCT	Z	_	3	punct	_	_

        # sent_id = contoh-2
        # text = Dia menemuinya kemarin
        1	Dia	dia	PRON	PRP	_	2	nsubj	_	_
        2-3	menemuinya	_	_	_	_	_	_	_	_
        2	menemui	temu	VERB	VB	_	0	root	_	_
        3	nya	ia	PRON	PRP	_	2	obj	_	_
        4	kemarin	kemarin	ADV	RB	_	2	advmod	_	_
        """;

    [Fact]
    public void Multiword_range_becomes_one_token_with_its_head_words_analysis()
    {
        var sentences = ConlluReader.Parse(Sample);

        Assert.Equal(2, sentences.Count);
        var first = sentences[0];
        Assert.Equal("contoh-1", first.Id);
        Assert.Equal(["Rumahnya", "dibakar", "massa", "."], first.Forms);
        Assert.Equal(["NOUN", "VERB", "NOUN", "PUNCT"], first.Upos);
        Assert.Equal([1, -1, 1, 1], first.Head);
        Assert.Equal(["nsubj:pass", "root", "obl:agent", "punct"], first.Relation);
    }

    [Fact]
    public void Arcs_to_any_word_of_a_range_point_at_the_surface_token()
    {
        var second = ConlluReader.Parse(Sample)[1];

        Assert.Equal(["Dia", "menemuinya", "kemarin"], second.Forms);
        Assert.Equal(["PRON", "VERB", "ADV"], second.Upos);
        Assert.Equal([1, -1, 1], second.Head);
        Assert.Equal("root", second.Relation[1]);
        Assert.True(ConlluReader.IsTree(second.Head));
    }

    [Fact]
    public void Trees_and_projectivity_are_checked()
    {
        Assert.True(ConlluReader.IsTree([1, -1, 1]));
        Assert.False(ConlluReader.IsTree([1, 0, -1]));      // cycle
        Assert.False(ConlluReader.IsTree([-1, -1]));        // two roots
        Assert.False(ConlluReader.IsTree([5, -1]));         // head out of range
        Assert.True(ConlluReader.IsProjective([1, -1, 1, 2]));
        Assert.False(ConlluReader.IsProjective([2, 3, -1, 2])); // 0→2 and 1→3 cross
    }

    [Fact]
    public void A_line_without_enough_columns_is_an_error()
    {
        Assert.Throws<FormatException>(() => ConlluReader.Parse("1\tkata\tkata\n"));
    }
}
