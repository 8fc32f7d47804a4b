using Warta.Languages;
using Warta.TestSupport;
using Warta.Text.Syntax;

namespace Warta.Text.Tests.Syntax;

/// <summary>`warta train parser` reproduces the shipped model (needs ../shared/data/ud-id; skipped without it).</summary>
public class SyntaxTrainingTests
{
    [Fact]
    public void Training_reproduces_the_shipped_model_byte_for_byte()
    {
        var dir = SharedData.PathOrSkip("data/ud-id");
        var result = SyntaxTrainer.Train(new SyntaxTrainingOptions(dir));

        using var stream = DataFiles.Open(SyntaxModel.ResourceName("id"));
        var shipped = new byte[stream.Length];
        stream.ReadExactly(shipped);
        Assert.Equal(shipped.Length, result.Model.Length);
        Assert.True(shipped.AsSpan().SequenceEqual(result.Model), "trained bytes differ from data/models/id/syntax.bin: retrain with `warta train parser`");
        // The aims, with some room: the figures of the shipped model are in the README.
        Assert.True(result.HeldOut.Upos >= 0.92, $"UPOS {result.HeldOut.Upos:F4}");
        Assert.True(result.HeldOut.Uas >= 0.78, $"UAS {result.HeldOut.Uas:F4}");
    }
}
