using Warta.Languages;
using Warta.TestSupport;
using Warta.Text.Names;

namespace Warta.Text.Tests.Names;

public class NameModelTests
{
    [Fact]
    public void The_shipped_model_finds_people_organisations_and_places_in_a_sentence_it_was_not_trained_on()
    {
        var model = NameModel.ForLanguage("id");
        Assert.NotNull(model);
        // Written for this test: a made-up person, a made-up foundation and a real city.
        string[] forms = ["Ketua", "Yayasan", "Cahaya", "Nusantara", ",", "Rudi", "Hartanto", ",", "tiba", "di", "Surabaya", "pada", "Senin", "."];
        var names = model.Find(forms);

        Assert.Contains(names, n => n.Kind == "PER" && forms[n.Start] == "Rudi" && forms[n.End - 1] == "Hartanto");
        Assert.Contains(names, n => n.Kind == "LOC" && forms[n.Start] == "Surabaya");
        Assert.DoesNotContain(names, n => n.Start <= 8 && 8 < n.End); // "tiba" (arrived) is no name
    }

    [Fact]
    public void A_model_reads_back_to_the_same_bytes_and_a_wrong_file_is_refused()
    {
        var model = NameModel.ForLanguage("id")!;
        var bytes = model.ToBytes();
        Assert.Equal(bytes, NameModel.Load(bytes).ToBytes());
        Assert.Throws<InvalidDataException>(() => NameModel.Load("WSYN...."u8.ToArray()));
    }

    [Fact]
    public void Training_reproduces_the_shipped_model_byte_for_byte()
    {
        var dir = SharedData.PathOrSkip("data/ner-id");
        var result = NameTrainer.Train(new NameTrainingOptions(dir, NameTrainingRecipe.ForLanguage("id")!));

        using var stream = DataFiles.Open(NameModel.ResourceName("id"));
        var shipped = new byte[stream.Length];
        stream.ReadExactly(shipped);
        Assert.True(shipped.AsSpan().SequenceEqual(result.Model), "trained bytes differ from data/models/id/names.bin: retrain with `warta train names`");
        // The figures of the shipped model are in the README; this keeps some room below them.
        Assert.True(result.HeldOut.All.F1 >= 0.8, $"held-out name F1 {result.HeldOut.All.F1:F3}");
    }
}
