using System.Runtime.CompilerServices;
using Warta.Core;
using Warta.Languages;

namespace Warta.Coding.Tests.Specs;

/// <summary>One expected dyadic event of a spec case: actor roots and CAMEO root; symmetric events match either order.</summary>
public sealed record ExpectedEvent(string Source, string Target, string Root, bool Symmetric)
{
    /// <summary>Parses <c>SRC&gt;TGT:RR</c>, with a leading <c>~</c> for a symmetric event.</summary>
    public static ExpectedEvent Parse(string text)
    {
        var s = text.Trim();
        var symmetric = s.StartsWith('~');
        if (symmetric) s = s[1..];
        var colon = s.LastIndexOf(':');
        var arrow = s.IndexOf('>');
        if (arrow <= 0 || colon < arrow + 2 || colon != s.Length - 3 || !s[(colon + 1)..].All(char.IsAsciiDigit))
            throw new FormatException($"expected SRC>TGT:RR (or ~SRC>TGT:RR), got '{text}'");
        return new ExpectedEvent(s[..arrow], s[(arrow + 1)..colon], s[(colon + 1)..], symmetric);
    }

    /// <summary>Whether a coded dyad is this event (actor roots agree, either order when symmetric, same CAMEO root).</summary>
    public bool Matches(CodedDyad dyad) =>
        dyad.Root == Root &&
        ((SameActor(Source, dyad.Source) && SameActor(Target, dyad.Target)) ||
         (Symmetric && SameActor(Source, dyad.Target) && SameActor(Target, dyad.Source)));

    /// <summary>
    /// Actor roots agree: the country code for states and state roles; for IGO/NGO/IMG/MNC codes, one is a prefix
    /// of the other and the coded one has at least six letters (the rule of the gold README).
    /// </summary>
    public static bool SameActor(string expected, string coded)
    {
        var e = ActorCodes.Root(expected);
        var c = ActorCodes.Root(coded);
        if (e == c) return true;
        var nonState = e.Length > 3 || c.Length > 3;
        return nonState && c.Length >= 6 && (c.StartsWith(e, StringComparison.Ordinal) || e.StartsWith(c, StringComparison.Ordinal));
    }

    public override string ToString() => $"{(Symmetric ? "~" : "")}{Source}>{Target}:{Root}";
}

/// <summary>A dyadic event as the engine coded it, reduced to what the spec compares.</summary>
public sealed record CodedDyad(string Source, string Target, string Root, string Rule, string Trigger)
{
    public override string ToString() => $"{Source}>{Target}:{Root} ({Rule} \"{Trigger}\")";
}

/// <summary>One row of a spec file: invented text, the article's reference date, and the events it should give.</summary>
public sealed record SpecCase(string File, int Line, string Id, DateOnly ReferenceDate, string Text, IReadOnlyList<ExpectedEvent> Expected)
{
    /// <summary>The language of the spec file ("events-id.tsv" → "id").</summary>
    public string Language => Path.GetFileNameWithoutExtension(File)["events-".Length..];

    public override string ToString() => $"{File}:{Line} {Id}";
}

/// <summary>Loads the spec files and the list of known gaps from this folder.</summary>
public static class EventSpec
{
    public static readonly string[] Files = ["events-id.tsv", "events-en.tsv"];
    public const string KnownGapsFile = "known-gaps.txt";

    private static readonly Lazy<IReadOnlyList<SpecCase>> AllCases = new(() => Files.SelectMany(Load).ToList());
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Gaps = new(() => LoadKnownGaps(File.ReadAllText(PathOf(KnownGapsFile))));

    /// <summary>Every case of every spec file.</summary>
    public static IReadOnlyList<SpecCase> Cases => AllCases.Value;

    /// <summary>Known gaps: case id → reason.</summary>
    public static IReadOnlyDictionary<string, string> KnownGaps => Gaps.Value;

    public static SpecCase Case(string id) => Cases.Single(c => c.Id == id);

    /// <summary>A file of this folder: the copy in the test output, else the source tree.</summary>
    public static string PathOf(string name, [CallerFilePath] string source = "")
    {
        var copied = Path.Combine(AppContext.BaseDirectory, "Specs", name);
        return File.Exists(copied) ? copied : Path.Combine(Path.GetDirectoryName(source)!, name);
    }

    public static IReadOnlyList<SpecCase> Load(string name) => Parse(name, File.ReadAllText(PathOf(name)));

    /// <summary>Parses a spec file (columns case, reference_date, text, expected); errors name file and line.</summary>
    public static IReadOnlyList<SpecCase> Parse(string name, string text)
    {
        var table = TsvTable.Parse(name, text);
        foreach (var column in new[] { "case", "reference_date", "text", "expected" })
            if (!table.Columns.Contains(column)) throw new DataFileException(name, 0, $"no column '{column}'");
        var cases = new List<SpecCase>();
        foreach (var row in table.Rows)
        {
            var expected = row.Required("expected");
            IReadOnlyList<ExpectedEvent> events;
            try
            {
                events = expected == "-" ? [] : expected.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(ExpectedEvent.Parse).ToList();
            }
            catch (FormatException ex) { throw new DataFileException(name, row.Line, ex.Message); }
            cases.Add(new SpecCase(name, row.Line, row.Required("case"), row.Date("reference_date") ?? throw new DataFileException(name, row.Line, "column 'reference_date' is empty"),
                row.Required("text"), events));
        }
        return cases;
    }

    /// <summary>Parses known-gaps.txt: one <c>case-id: reason</c> per line; '#' starts a comment line.</summary>
    public static IReadOnlyDictionary<string, string> LoadKnownGaps(string text)
    {
        var gaps = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var colon = line.IndexOf(':');
            if (colon <= 0) throw new DataFileException(KnownGapsFile, i + 1, "expected 'case-id: reason'");
            var id = line[..colon].Trim();
            if (!gaps.TryAdd(id, line[(colon + 1)..].Trim()))
                throw new DataFileException(KnownGapsFile, i + 1, $"'{id}' is listed twice");
        }
        return gaps;
    }

    /// <summary>
    /// The dyadic events the coder gives for a case. The article declares the language of its spec file (as a JSONL
    /// input with "lang" does), so that a case tests event coding, not the detection of one-sentence texts;
    /// <paramref name="detect"/> leaves the language to the coder.
    /// </summary>
    public static (CodedArticle Article, IReadOnlyList<CodedDyad> Dyads) Code(IArticleCoder coder, SpecCase spec, bool detect = false)
    {
        var article = coder.Code(new Article(spec.Id, spec.Text, spec.ReferenceDate, Language: detect ? null : spec.Language));
        var dyads = article.Events.Where(e => e.Target is not null)
            .Select(e => new CodedDyad(e.Source.Code, e.Target!.Code, e.Root, e.Rule, e.Trigger.Of(spec.Text)))
            .ToList();
        return (article, dyads);
    }

    /// <summary>
    /// Compares as sets: every expected event must be coded, and every coded dyad must be expected.
    /// Returns null when they agree, else a description of the difference.
    /// </summary>
    public static string? Difference(SpecCase spec, IReadOnlyList<CodedDyad> coded)
    {
        var missing = spec.Expected.Where(x => !coded.Any(x.Matches)).ToList();
        var unexpected = coded.Where(d => !spec.Expected.Any(x => x.Matches(d))).ToList();
        if (missing.Count == 0 && unexpected.Count == 0) return null;
        var parts = new List<string>();
        if (missing.Count > 0) parts.Add($"missing {string.Join("; ", missing)}");
        if (unexpected.Count > 0) parts.Add($"unexpected {string.Join("; ", unexpected)}");
        return $"{string.Join(", ", parts)} (expected {(spec.Expected.Count == 0 ? "-" : string.Join(";", spec.Expected))}; coded {(coded.Count == 0 ? "-" : string.Join("; ", coded))})";
    }

    /// <summary>
    /// Passes when nothing is wrong; otherwise fails, or skips with its reason when <paramref name="id"/> is a listed
    /// known gap. A listed gap that passes leaves a warning to remove it from the list.
    /// </summary>
    public static void PassOrKnownGap(string id, IReadOnlyList<string> wrong)
    {
        var gap = KnownGaps.GetValueOrDefault(id);
        if (wrong.Count == 0)
        {
            if (gap is not null) TestContext.Current.AddWarning($"{id} is listed in {KnownGapsFile} but now passes: remove it");
            return;
        }
        if (gap is not null) Assert.Skip($"known gap: {gap}. {string.Join("; ", wrong)}");
        Assert.Fail(string.Join("; ", wrong));
    }
}
