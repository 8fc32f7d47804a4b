using Warta.Coding.Pipeline;
using Warta.Core;
using Warta.TestSupport;

namespace Warta.Coding.Tests.Fuzz;

/// <summary>Property tests over hostile text: the coder never throws, and every event points into the article.</summary>
public class CoderPropertyTests
{
    private static readonly FsCheck.Gen<DateOnly?> Dates = FsCheck.Fluent.Gen.Elements<DateOnly?>(
        null, new DateOnly(2024, 3, 12), DateOnly.MinValue, DateOnly.MaxValue, new DateOnly(2926, 6, 18));

    [Fact]
    public void The_coder_takes_any_text_and_every_span_it_gives_points_into_it()
    {
        var coder = WartaCoder.Default;
        var gen = FsCheck.Fluent.Gen.Zip(FuzzGen.Text, Dates);
        FuzzGen.Check(gen, 300, input =>
        {
            var (text, date) = input;
            var coded = coder.Code(new Article("fuzz", text, date));
            Assert.Equal(coded.Events.Count, coded.Events.Select(e => e.EventId).Distinct().Count());
            foreach (var e in coded.Events)
            {
                Assert.True(e.Sentence.Start >= 0 && e.Sentence.End <= text.Length, $"sentence {e.Sentence} outside the text");
                Assert.True(e.Sentence.Contains(e.Trigger), $"trigger {e.Trigger} outside its sentence {e.Sentence}");
                Assert.True(e.Source.Span.End <= text.Length && (e.Target is null || e.Target.Span.End <= text.Length));
            }
        });
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    [InlineData("xx")]
    public void The_coder_takes_any_text_in_any_stated_language(string language)
    {
        var coder = WartaCoder.Default;
        FuzzGen.Check(FuzzGen.NewsLike, 100, text => coder.Code(new Article("fuzz", text, new DateOnly(2024, 3, 12), Language: language)));
    }
}
