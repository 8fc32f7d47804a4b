using Warta.Text.Syntax;

namespace Warta.Text.Tests.Syntax;

/// <summary>A file's weight makes the trainer learn its sentences more often (needs no shared data).</summary>
public sealed class FileWeightTests : IDisposable
{
    // Written for this test (not taken from a treebank): two small files that disagree on one attachment.
    private const string Near = """
        1	Polisi	polisi	NOUN	_	_	2	nsubj	_	_
        2	menangkap	tangkap	VERB	_	_	0	root	_	_
        3	pelaku	pelaku	NOUN	_	_	2	obj	_	_
        4	kemarin	kemarin	ADV	_	_	2	advmod	_	_

        """;

    private const string Far = """
        1	Polisi	polisi	NOUN	_	_	2	nsubj	_	_
        2	menangkap	tangkap	VERB	_	_	0	root	_	_
        3	pelaku	pelaku	NOUN	_	_	2	obj	_	_
        4	kemarin	kemarin	ADV	_	_	3	advmod	_	_

        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("warta-weights-").FullName;

    public FileWeightTests()
    {
        File.WriteAllText(Path.Combine(_dir, "a.conllu"), Near);
        File.WriteAllText(Path.Combine(_dir, "b.conllu"), Far);
        File.WriteAllText(Path.Combine(_dir, "held.conllu"), Near);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private SyntaxTrainingResult Train(Dictionary<string, int> weights) =>
        SyntaxTrainer.Train(new SyntaxTrainingOptions(_dir, "held.conllu", TaggerEpochs: 2, ParserEpochs: 3, JackknifeFolds: 2, Models: 1, MinWeight: 0)
        {
            FileWeights = weights,
        });

    [Fact]
    public void A_heavier_file_is_learned_more_and_weight_one_is_the_same_as_none()
    {
        var none = Train([]);
        Assert.Equal(none.Model, Train(new() { ["a.conllu"] = 1 }).Model);
        Assert.NotEqual(none.Model, Train(new() { ["b.conllu"] = 3 }).Model);
        // The held-out sentence agrees with a.conllu: weighting it cannot make the parser worse there than weighting b.
        Assert.True(Train(new() { ["a.conllu"] = 3 }).HeldOut.Uas >= Train(new() { ["b.conllu"] = 3 }).HeldOut.Uas);
    }
}
