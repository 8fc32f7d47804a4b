using Warta.Coding.Events;

namespace Warta.Coding.Tests.Events;

public sealed class TriggerCodesTests
{
    private static readonly TriggerCodes Codes = TriggerCodes.Count([("menyerang", "190"), ("menyerang", "195"), ("menyerang", "195"), ("mengecam", "111"), ("serangan", "190")]);

    [Fact]
    public void The_word_s_most_frequent_code_comes_first()
    {
        Assert.Equal("195", Codes.Leaf("menyerang", "19", "190"));
    }

    [Fact]
    public void A_word_not_seen_takes_the_lexicon_code_of_the_same_root_else_the_root_s_most_frequent_code()
    {
        Assert.Equal("193", Codes.Leaf("menembak", "19", "193"));
        Assert.Equal("190", Codes.Leaf("menembak", "19", "111"));
        Assert.Equal("111", Codes.Leaf("mengkritik", "11", null));
        Assert.Equal("040", Codes.Leaf("berunding", "04", null));
    }

    [Fact]
    public void The_table_saves_and_loads_and_rejects_a_code_of_another_root()
    {
        using var writer = new StringWriter();
        Codes.Save(writer, "note");
        var loaded = TriggerCodes.Load("trigger-codes.tsv", writer.ToString());
        Assert.Equal("195", loaded.Leaf("menyerang", "19", null));
        var ex = Assert.Throws<InvalidDataException>(() => TriggerCodes.Load("trigger-codes.tsv", "word\troot\tcode\nmenyerang\t19\t111\n"));
        Assert.Contains("not of root 19", ex.Message, StringComparison.Ordinal);
    }
}
