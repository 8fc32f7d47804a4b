using Warta.Core;

namespace Warta.Storage;

/// <summary>An article as kept in the store: enough to detect duplicates and to re-code it.</summary>
/// <param name="TextHash">SHA-256 of the normalised text (see <see cref="TextNormaliser"/>).</param>
/// <param name="Outlet">The outlet: the article's own, else the URL's host, else "unknown".</param>
/// <param name="CoderVersion">
/// Version of the coder that produced its mentions; for an article whose coding threw, "failed " + version + ": " + reason
/// (see <see cref="Failed"/>).
/// </param>
public sealed record StoredArticle(
    string Id, string? Url, string TextHash, string Outlet, DateOnly? PublicationDate,
    string? Title, string? Language, string CoderVersion, int EventCount)
{
    /// <summary>How the coder version of an article whose coding failed begins.</summary>
    public const string FailedPrefix = "failed ";

    /// <summary>The coder threw on it: it is stored without events until <c>warta recode --failed</c> codes it.</summary>
    public bool Failed => CoderVersion.StartsWith(FailedPrefix, StringComparison.Ordinal);

    /// <summary>The coder version value for an article whose coding failed (the reason kept short).</summary>
    public static string FailedVersion(string coderVersion, string reason)
    {
        var value = $"{FailedPrefix}{coderVersion}: {reason}";
        return value.Length <= 500 ? value : value[..497] + "...";
    }
}

/// <summary>
/// One report of an event: a coded event of one article, attached to the merged event it belongs to.
/// Spans point into the article's original text.
/// </summary>
/// <param name="SourceSpan">Where the source actor is written (null when implied, or for reports stored before spans were kept).</param>
/// <param name="TargetSpan">Where the target actor is written (null when there is none or it is implied).</param>
public sealed record StoredMention(
    string ArticleId, int Ordinal, string CodedEventId, string EventId,
    string SourceCode, string SourceName, string? TargetCode, string? TargetName,
    string Cameo, double Goldstein, QuadClass QuadClass, string Plover, bool Symmetric,
    DateOnly? Date, DateOnly? DateEnd, DatePrecision Precision, string DateRule,
    string? PlaceName, string? PlaceCanonical, string? Country, PlaceKind? PlaceKind, double? Lat, double? Lon,
    Span Sentence, Span Trigger, string Rule, string Language, string Outlet, DateOnly? PublicationDate,
    string? Url, string MergeReason, double? Confidence = null, Span? SourceSpan = null, Span? TargetSpan = null)
{
    public string SourceRoot => ActorCodes.Root(SourceCode);
    public string TargetRoot => TargetCode is null ? "" : ActorCodes.Root(TargetCode);
    public string CameoRoot => Cameo.Length >= 2 ? Cameo[..2] : Cameo;
}

/// <summary>One happening: the merge of every report of it, with GDELT-like counts.</summary>
/// <param name="MergeKey">The canonical key the id is derived from (actor roots, CAMEO root, anchor date and place).</param>
/// <param name="Date">First day of the event ("anchor" date); null when unknown.</param>
/// <param name="NumMentions">Reports of it (mentions), as GDELT's NumMentions.</param>
/// <param name="NumSources">Distinct outlets reporting it.</param>
/// <param name="NumArticles">Distinct articles reporting it.</param>
/// <param name="SourceUrl">URL of the article of the anchor report, when known.</param>
public sealed record StoredEvent(
    string Id, string MergeKey,
    string SourceCode, string SourceName, string SourceRoot,
    string? TargetCode, string? TargetName, string TargetRoot,
    string Cameo, string CameoRoot, QuadClass QuadClass, double Goldstein, string Plover, bool Symmetric,
    DateOnly? Date, DateOnly? DateEnd, DatePrecision Precision,
    string? PlaceName, string? PlaceCanonical, string? Country, PlaceKind? PlaceKind, double? Lat, double? Lon,
    int NumMentions, int NumSources, int NumArticles, DateOnly? FirstPublished, string? SourceUrl);

/// <summary>An event with all its reports and why they were merged.</summary>
public sealed record EventDetail(StoredEvent Event, IReadOnlyList<MentionDetail> Mentions);

/// <summary>A report with the sentence it came from (text cut from the stored article).</summary>
/// <param name="Pieces">The sentence cut at the trigger and the actors written in it, in order (null when the text is missing).</param>
public sealed record MentionDetail(StoredMention Mention, string? SentenceText, string? TriggerText, string? Title,
    IReadOnlyList<SentencePiece>? Pieces = null);

/// <summary>A stretch of a mention's sentence: plain text, or the words of its trigger, source or target.</summary>
/// <param name="Role">"text", "trigger", "source" or "target".</param>
public sealed record SentencePiece(string Text, string Role)
{
    /// <summary>
    /// Cuts the sentence at the marked spans that lie inside it (offsets into the whole text); overlapping marks after the
    /// first are dropped, so the pieces always join back to the sentence.
    /// </summary>
    public static IReadOnlyList<SentencePiece> Cut(string text, Span sentence, IEnumerable<(Span? Span, string Role)> marks)
    {
        var inside = marks
            .Where(m => m.Span is { } s && s.Start >= sentence.Start && s.End <= sentence.End && s.End > s.Start)
            .Select(m => (Span: m.Span!.Value, m.Role))
            .OrderBy(m => m.Span.Start).ThenBy(m => m.Role, StringComparer.Ordinal)
            .ToList();
        var pieces = new List<SentencePiece>();
        var at = sentence.Start;
        foreach (var (span, role) in inside)
        {
            if (span.Start < at) continue;
            if (span.Start > at) pieces.Add(new SentencePiece(text[at..span.Start], "text"));
            pieces.Add(new SentencePiece(text[span.Start..span.End], role));
            at = span.End;
        }
        if (at < sentence.End) pieces.Add(new SentencePiece(text[at..sentence.End], "text"));
        return pieces;
    }
}

/// <summary>Sizes of the store.</summary>
public sealed record StoreCounts(long Articles, long Events, long Mentions);

/// <summary>Why an article was not stored.</summary>
public enum SkipReason { DuplicateId, DuplicateUrl, DuplicateText, InputProblem }

/// <summary>What happened to one article offered to the store.</summary>
/// <param name="Skipped">Null when stored.</param>
/// <param name="Mentions">Coded events stored as mentions.</param>
/// <param name="NewEvents">Merged events created by this article.</param>
/// <param name="MergedMentions">Mentions that joined an event that already had reports.</param>
public sealed record IngestOutcome(string ArticleId, SkipReason? Skipped, int Mentions, int NewEvents, int MergedMentions, string? Detail = null)
{
    public static IngestOutcome Skip(string id, SkipReason reason, string? detail = null) => new(id, reason, 0, 0, 0, detail);
}

/// <summary>A page of results and the cursor to the next page (null at the end).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>An actor root seen in events, with how often.</summary>
public sealed record ActorSummary(string Root, string? Name, long AsSource, long AsTarget);
