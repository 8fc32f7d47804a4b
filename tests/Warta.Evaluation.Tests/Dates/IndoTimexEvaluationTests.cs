using Warta.Evaluation.Dates;
using Warta.TestSupport;

namespace Warta.Evaluation.Tests.Dates;

public sealed class IndoTimexEvaluationTests
{
    // A made-up TimeML document in the IndoTimex shape (written for this test).
    private const string Sample = """
        <?xml version="1.0" ?>
        <TimeML>
        <DOCID>sample-1</DOCID>
        <DCT><TIMEX3 tid="t0" type="TIME" value="2021-10-21" functionInDocument="CREATION_TIME">Kamis, 21 Oktober 2021</TIMEX3></DCT>
        <TITLE>Contoh</TITLE>
        <TEXT>
        Rapat digelar <TIMEX3 tid="t1" type="DATE" value="2021-10-20">Rabu (20/10/2021)</TIMEX3> selama <TIMEX3 tid="t2" type="DURATION" value="PT3H">tiga jam</TIMEX3>, lalu dilanjutkan <TIMEX3 tid="t3" type="DATE" value="2021-10-21">hari ini</TIMEX3> dan <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">saat ini</TIMEX3> masih berlangsung pada <TIMEX3 tid="t5" type="TIME" value="2021-10-21TNI">malam</TIMEX3> hari.
        </TEXT>
        </TimeML>
        """;

    private static string WriteSample(out string directory)
    {
        directory = Path.Combine(Path.GetTempPath(), "warta-timeml-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var file = Path.Combine(directory, "sample-1.tml");
        File.WriteAllText(file, Sample);
        return file;
    }

    [Fact]
    public void Parse_removes_tags_and_keeps_gold_offsets_into_the_plain_text()
    {
        var file = WriteSample(out var dir);
        try
        {
            var doc = IndoTimexEvaluation.Parse(file);
            Assert.Equal("sample-1", doc.Id);
            Assert.Equal(new DateOnly(2021, 10, 21), doc.Reference);
            Assert.DoesNotContain("<", doc.Text, StringComparison.Ordinal);
            Assert.Equal(5, doc.Gold.Count);
            Assert.All(doc.Gold, g => Assert.Equal(g.Text, g.Span.Of(doc.Text)));
            Assert.Equal("Rabu (20/10/2021)", doc.Gold[0].Text);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void Run_counts_durations_and_vague_values_as_found_only()
    {
        WriteSample(out var dir);
        try
        {
            var report = IndoTimexEvaluation.Run(dir);
            Assert.Equal(5, report.Gold);
            Assert.Equal(3, report.Valued); // 2021-10-20, 2021-10-21, 2021-10-21TNI; not PT3H or PRESENT_REF
            Assert.Equal(3, report.Right);  // "malam" takes the day mentioned before it ("hari ini")
            Assert.Equal(5, report.Found);
        }
        finally { Directory.Delete(dir, true); }
    }

    [Fact]
    public void IndoTimex_gold_meets_the_targets()
    {
        var dir = SharedData.PathOrSkip("data/time/indotimex/gold");
        var report = IndoTimexEvaluation.Run(dir);
        Assert.Equal(193, report.Gold);
        Assert.True(report.FoundShare >= 0.90, $"found {report.Found}/{report.Gold} = {report.FoundShare:P1}, target 90%");
        Assert.True(report.RightShare >= 0.85, $"right {report.Right}/{report.Valued} = {report.RightShare:P1}, target 85%");
    }
}
