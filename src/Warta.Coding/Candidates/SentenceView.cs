using Warta.Coding.Actors;
using Warta.Coding.Events;
using Warta.Core;
using Warta.Text.Names;
using Warta.Text.Syntax;

namespace Warta.Coding.Candidates;

/// <summary>An actor mention of a sentence with the tokens it covers and the group it belongs to.</summary>
public sealed record MentionView(ActorMention Mention, ActorGroup Group, int Start, int End, int Ordinal);

/// <summary>
/// Everything the learned event models look at in one sentence: its tokens, the actors found in it, the events the
/// hand-written grammar read from it (and the spans of its triggers it found negated, denied or only a purpose) and,
/// for each token, the event-lexicon entry whose phrase covers it.
/// </summary>
public sealed record SentenceView(
    string Text,
    Sentence Sentence,
    IReadOnlyList<ActorGroup> Groups,
    IReadOnlyList<MentionView> Mentions,
    IReadOnlyList<SentenceEvent> RuleEvents,
    IReadOnlyList<EventTrigger?> LexiconHits,
    IReadOnlyList<Span> Suppressed,
    Lazy<ParsedSentence?> Syntax)
{
    /// <summary>The sentence's part-of-speech tags and dependency tree (parsed on first use), or null without a model.</summary>
    public ParsedSentence? Parse => Syntax.Value;

    /// <summary>The names the name tagger found in the sentence (tagged on first use), none without a model.</summary>
    public Lazy<IReadOnlyList<NameSpan>> FoundNames { get; init; } = new(() => []);

    public IReadOnlyList<NameSpan> Names => FoundNames.Value;

    /// <summary>Works out the parse and the names now (they are read lazily, and not thread-safe).</summary>
    public void Prepare()
    {
        _ = Parse;
        _ = Names;
    }

    /// <summary>The actors the article named up to this sentence.</summary>
    public ArticleSoFar Article { get; init; } = ArticleSoFar.Empty;

    /// <summary>
    /// Whether the grammar already decided about this token: it is part of the trigger of one of its events with a
    /// target, or of a trigger it found negated, denied or only intended. (An event the grammar found no target for
    /// is left open.)
    /// </summary>
    public bool DecidedByGrammar(int i) =>
        RuleEvents.Any(e => e.Target is not null && e.Trigger.Overlaps(Tokens[i].Span)) || Suppressed.Any(s => s.Overlaps(Tokens[i].Span));

    public IReadOnlyList<Token> Tokens => Sentence.Tokens;

    /// <summary>The token index where a character offset falls, or the nearest token before it.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Sentence.Tokens;
        for (var k = 0; k < tokens.Count; k++)
            if (tokens[k].End > offset) return tokens[k].Start <= offset || k == 0 ? k : k - 1;
        return tokens.Count - 1;
    }
}
