using Warta.Core;
using Warta.Text.Cleaning;
using Warta.Text.Segmentation;
using Warta.TestSupport;

namespace Warta.Text.Tests.Fuzz;

/// <summary>Property tests over hostile text: the cleaner and the segmenter never throw and their spans stay true.</summary>
public class TextPropertyTests
{
    private static void InOrderWithin(IEnumerable<Span> spans, int length, string what)
    {
        var end = 0;
        foreach (var s in spans)
        {
            Assert.True(s.Start >= end && s.End >= s.Start && s.End <= length, $"{what} {s} out of order or outside 0..{length}");
            end = s.End;
        }
    }

    [Fact]
    public void The_cleaner_takes_any_text_and_its_spans_point_into_it()
    {
        FuzzGen.Check(FuzzGen.Text, 300, text =>
        {
            var doc = DocumentCleaner.Clean(new Article("fuzz", text));
            InOrderWithin(doc.Body, text.Length, "body span");
            foreach (var r in doc.Removed) Assert.True(r.Span.Start >= 0 && r.Span.End <= text.Length && r.Span.Length >= 0, $"removed {r.Span}");
            if (doc.Dateline is { } d) Assert.True(d.Span.End <= text.Length);
        });
    }

    [Theory]
    [InlineData("id")]
    [InlineData("en")]
    public void The_segmenter_takes_any_text_and_gives_ordered_sentences_of_it(string language)
    {
        var segmenter = Segmenter.For(language);
        FuzzGen.Check(FuzzGen.Text, 300, text =>
        {
            var doc = new Document(new Article("fuzz", text), language, [new Span(0, text.Length)], [], null);
            var sentences = segmenter.Split(doc);
            InOrderWithin(sentences.Select(s => s.Span), text.Length, "sentence");
            foreach (var s in sentences)
                foreach (var t in s.Tokens)
                    Assert.True(s.Span.Contains(t.Span) && t.Span.Length > 0, $"token {t.Span} outside its sentence {s.Span}");
        });
    }
}
