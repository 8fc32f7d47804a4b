using Warta.Coding.Actors;
using Warta.Coding.Candidates;
using Warta.Coding.Events;
using Warta.Coding.Pipeline;
using Warta.Core;

namespace Warta.Coding.Tests.Pipeline;

/// <summary>
/// A sentence the page repeats word for word reports nothing new, so coding does not weigh it again; training still
/// reads every sentence. Articles written by us.
/// </summary>
public sealed class DroppedSentenceTests
{
    private sealed class CountingDecider(bool seesDropped) : IEventStage, IEventDecider
    {
        public List<string> Sentences { get; } = [];
        public bool SeesDroppedSentences => seesDropped;
        public IEventDecider For(string language) => this;

        public List<SentenceEvent> Decide(string text, Sentence sentence, IReadOnlyList<ActorGroup> groups, List<SentenceEvent> grammarEvents,
            IReadOnlyList<Span> suppressed, ActorHistory earlier)
        {
            Sentences.Add(text[sentence.Span.Start..sentence.Span.End]);
            return grammarEvents;
        }
    }

    private const string Paragraph =
        "Presiden Rusia bertemu Presiden China di Moskow pada Senin (1/1/2024). Kedua pemimpin membahas kerja sama energi.\n";

    private static (CountingDecider Decider, CodedArticle Coded) Code(bool seesDropped, string text)
    {
        var decider = new CountingDecider(seesDropped);
        var coder = new ArticleCoder(new DocumentCleaningStage(), new DateStage(), new GazetteerPlaceStage(), decider);
        return (decider, coder.Code(new Article("dropped-sentences", text, new DateOnly(2024, 1, 2))));
    }

    [Fact]
    public void A_body_scraped_three_times_is_weighed_once()
    {
        var (decider, coded) = Code(false, Paragraph + Paragraph + Paragraph);
        Assert.Equal(coded.Sentences.Count / 3, decider.Sentences.Count);
        Assert.Equal(decider.Sentences.Count, decider.Sentences.Distinct().Count());
    }

    [Fact]
    public void Training_reads_every_sentence_and_the_events_are_the_same()
    {
        var (skipping, once) = Code(false, Paragraph + Paragraph);
        var (seeing, every) = Code(true, Paragraph + Paragraph);
        Assert.Equal(every.Sentences.Count, seeing.Sentences.Count);
        Assert.True(skipping.Sentences.Count < seeing.Sentences.Count);
        Assert.NotEmpty(once.Events);
        Assert.Equal(every.Events.Select(e => (e.Source.Code, e.Target?.Code, e.Cameo)), once.Events.Select(e => (e.Source.Code, e.Target?.Code, e.Cameo)));
    }
}
