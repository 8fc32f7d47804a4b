using Warta.Core;
using Warta.Languages;

namespace Warta.Coding.Events;

/// <summary>One CAMEO event code with its Goldstein score, QuadClass and our PLOVER type.</summary>
public sealed record CameoCode(string Code, string Label, double Goldstein, QuadClass QuadClass, string Plover);

/// <summary>The CAMEO codebook (data/cameo/event-codes.tsv) and the intent codes (data/cameo/intent-codes.tsv).</summary>
public sealed class CameoCodebook
{
    private readonly Dictionary<string, CameoCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _intent = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Role, string[] When)> _implied = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _accusations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _addressedWarnings = new(StringComparer.Ordinal);

    /// <summary>The threat code of a warning of this code addressed to an actor about what is to come, or null.</summary>
    public string? ThreatFor(string code) => Longest(_addressedWarnings, code);
    private readonly Dictionary<string, bool> _contextTargets = new(StringComparer.Ordinal);

    /// <summary>Whether an act of this code without a named target is aimed at the other state of the sentence before.</summary>
    public bool TakesContextTarget(string code) => TryLongest(_contextTargets, code, out _);

    /// <summary>Whether that other state may also be the one other state of the act's own sentence.</summary>
    public bool TakesSentenceTarget(string code) => TryLongest(_contextTargets, code, out var sameSentence) && sameSentence;

    /// <summary>The code of a statement saying another did an act of this code (a reported attack → accuse), or null.</summary>
    public string? AccusationFor(string code) => Longest(_accusations, code);

    private readonly Dictionary<string, string> _refusals = new(StringComparer.Ordinal);

    /// <summary>The code of refusing an act of this code ("would not provide support": reject), or null.</summary>
    public string? RefusalFor(string code) => Longest(_refusals, code);

    private readonly Dictionary<string, string> _reductions = new(StringComparer.Ordinal);

    /// <summary>The code of cutting back a cooperative act of this code ("suspended military aid": cut military aid), or null.</summary>
    public string? ReductionFor(string code) => Longest(_reductions, code);

    private readonly Dictionary<string, string> _demands = new(StringComparer.Ordinal);

    /// <summary>The code of a statement that another must do an act of this code (a demand), or null.</summary>
    public string? DemandFor(string code) => Longest(_demands, code);

    /// <summary>demand-codes.tsv's code for an act the lexicon has no code for ("Sudan must return the helicopter").</summary>
    public const string UnknownAct = "-";

    /// <summary>The demand a speaker makes when another must do an act the lexicon names no code for, or null.</summary>
    public string? DemandForUnknownAct => _demands.GetValueOrDefault(UnknownAct);

    private readonly Dictionary<string, string> _mutual = new(StringComparer.Ordinal);

    /// <summary>Whether doers named together who do an act of this code to no one else do it to each other.</summary>
    public bool IsMutual(string code) => TryLongest(_mutual, code, out _);

    private readonly Dictionary<string, string> _attributes = new(StringComparer.Ordinal);

    /// <summary>Whether an act of this code, told in a passive relative clause, only describes a standing relation ("X-backed").</summary>
    public bool IsAttribute(string code) => TryLongest(_attributes, code, out _);

    private readonly Dictionary<string, string> _requests = new(StringComparer.Ordinal);

    // code-kinds.tsv: kind → code prefix → its note.
    private readonly Dictionary<string, Dictionary<string, string>> _kinds = new(StringComparer.Ordinal);

    /// <summary>The kinds code-kinds.tsv may list; the grammar asks for each by name.</summary>
    public static readonly IReadOnlyList<string> CodeKinds = [CommentedAct, SaidSubject, DeniedAsMade, AtTarget];

    /// <summary>Acts aimed at the doer of an act they comment on ("mengecam serangan yang dilancarkan Israel").</summary>
    public const string CommentedAct = "commented-act";
    /// <summary>Acts followed by "that" aimed at the subject of what they say ("mengancam bahwa Iran akan …").</summary>
    public const string SaidSubject = "said-subject";
    /// <summary>Acts whose noun after a denial names something made, only its truth denied ("membantah tuduhan").</summary>
    public const string DeniedAsMade = "denied-as-made";
    /// <summary>Violence that happens where its target is when no place is named.</summary>
    public const string AtTarget = "at-target";

    /// <summary>Whether an act of this code is of a kind listed in code-kinds.tsv.</summary>
    public bool IsKind(string kind, string code) => _kinds.TryGetValue(kind, out var table) && TryLongest(table, code, out _);

    /// <summary>Whether an act of this code asks something of its target, so the act named after the target is only asked.</summary>
    public bool IsRequest(string code) => TryLongest(_requests, code, out _);

    private readonly Dictionary<string, (string[] Doers, bool Around)> _placeTargets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Role, string[] Doers)> _impliedTargets = new(StringComparer.Ordinal);

    /// <summary>
    /// The role, in the doer's own country, that an act of this code without a named target is aimed at
    /// (protest → GOV), when the doer has one of the listed roles; else null.
    /// </summary>
    public string? ImpliedTargetRole(string code, string doer) =>
        TryLongest(_impliedTargets, code, out var row) && !ActorCodes.IsNonState(doer) && HasRole(doer, row.Doers) ? row.Role : null;

    // A country code with one of the roles ("IDNCVL", "IDNGOVMIL"); a bare country has the empty role.
    private static bool HasRole(string code, string[] roles) =>
        code.Length == 3 ? roles.Contains("") : roles.Contains(code.Substring(3, Math.Min(3, code.Length - 3)));

    /// <summary>Whether an act of this code by this doer, naming no target, is aimed at the country of its place (a visit).</summary>
    public bool TargetIsPlace(string code, string doer) =>
        TryLongest(_placeTargets, code, out var row) && (ActorCodes.IsNonState(doer) ? row.Doers.Contains(doer[..3]) : HasRole(doer, row.Doers));

    /// <summary>
    /// Whether, for such an act, a place named between the doer and the act, or after it without a preposition, counts
    /// as well as one named with a preposition after it.
    /// </summary>
    public bool PlaceAroundActCounts(string code) => TryLongest(_placeTargets, code, out var row) && row.Around;

    /// <summary>
    /// The role of whoever does this act when the sentence names no doer in the situation <paramref name="when"/>
    /// (<c>implied-agents.tsv</c>: an agentless passive of an arrest → COP), or null.
    /// </summary>
    public string? ImpliedAgentRole(string code, string when) =>
        TryLongest(_implied, code, out var row) && row.When.Contains(when) ? row.Role : null;

    // The value of the longest code prefix in the table.
    private static string? Longest(Dictionary<string, string> table, string code) =>
        TryLongest(table, code, out var value) ? value : null;

    private static bool TryLongest<T>(Dictionary<string, T> table, string code, out T value)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (table.TryGetValue(c, out value!)) return true;
        value = default!;
        return false;
    }

    public static CameoCodebook Default { get; } = Load();

    public IReadOnlyCollection<CameoCode> Codes => _codes.Values;

    public static CameoCodebook Load()
    {
        var book = new CameoCodebook();
        var file = DataFiles.KnowledgeFile("cameo/event-codes.tsv");
        if (DataFiles.Exists(file))
            foreach (var row in DataFiles.ReadTable(file).Rows)
            {
                var quad = int.Parse(row.Required("quad_class"), System.Globalization.CultureInfo.InvariantCulture);
                book._codes[row.Required("code")] = new CameoCode(row.Required("code"), row["label"],
                    row.Double("goldstein") ?? 0, (QuadClass)quad, row["plover"]);
            }
        ForEachRow("cameo/implied-agents.tsv", row => book._implied[row.Required("code")] = (row.Required("role"), ImpliedWhen(row)));
        ForEachRow("cameo/context-targets.tsv", row => book._contextTargets[row.Required("code")] = row.YesNo("same_sentence"));
        ForEachRow("cameo/accusations.tsv", row => book._accusations[row.Required("code")] = row.Required("accusation"));
        ForEachRow("cameo/demand-codes.tsv", row => book._demands[row.Required("code")] = row.Required("demand"));
        ForEachRow("cameo/refusal-codes.tsv", row => book._refusals[row.Required("code")] = row.Required("refusal"));
        ForEachRow("cameo/reduction-codes.tsv", row => book._reductions[row.Required("code")] = row.Required("reduction"));
        ForEachRow("cameo/mutual-codes.tsv", row => book._mutual[row.Required("code")] = row["note"]);
        ForEachRow("cameo/attribute-codes.tsv", row => book._attributes[row.Required("code")] = row["note"]);
        ForEachRow("cameo/request-codes.tsv", row => book._requests[row.Required("code")] = row["note"]);
        ForEachRow("cameo/code-kinds.tsv", row =>
        {
            var kind = row.Required("kind");
            if (!CodeKinds.Contains(kind)) throw new DataFileException(row.File, row.Line, $"unknown kind '{kind}' (known: {string.Join(", ", CodeKinds)})");
            if (!book._kinds.TryGetValue(kind, out var table)) book._kinds[kind] = table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var code in row.List("codes")) table[code] = row["note"];
        });
        ForEachRow("cameo/addressed-warnings.tsv", row => book._addressedWarnings[row.Required("code")] = row.Required("threat"));
        ForEachRow("cameo/implied-targets.tsv", row => book._impliedTargets[row.Required("code")] = (row.Required("role"), Roles(row["doers"])));
        ForEachRow("cameo/place-targets.tsv", row => book._placeTargets[row.Required("code")] = (Roles(row["doers"]), row.Required("where") switch
        {
            "around" => true,
            "after" => false,
            var w => throw new DataFileException(row.File, row.Line, $"column 'where' is not around or after: '{w}'"),
        }));
        ForEachRow("cameo/intent-codes.tsv", row =>
        {
            book._intent[row.Required("root")] = row.Required("intent_code");
            if (row["pledged"] is { Length: > 0 } pledged) book._pledge[row.Required("root")] = pledged;
        });
        return book;
    }

    // The rows of a data/ table, when the table exists.
    private static void ForEachRow(string relative, Action<TsvRow> read)
    {
        var file = DataFiles.KnowledgeFile(relative);
        if (!DataFiles.Exists(file)) return;
        foreach (var row in DataFiles.ReadTable(file).Rows) read(row);
    }

    // Where a doer can be implied (implied-agents.tsv, column "when"). (Constants: Load runs in the static initialiser.)
    public const string ImpliedInPassive = "passive";
    public const string ImpliedInCrowd = "crowd";
    public const string ImpliedUnnamed = "unnamed";

    private static string[] ImpliedWhen(TsvRow row)
    {
        var when = row.List("when").ToArray();
        if (when.Length == 0 || when.Any(w => w is not (ImpliedInPassive or ImpliedInCrowd or ImpliedUnnamed)))
            throw new DataFileException(row.File, row.Line,
                $"column 'when' must list some of {ImpliedInPassive}, {ImpliedInCrowd}, {ImpliedUnnamed}: '{row["when"]}'");
        return when;
    }

    // "GOV|MIL" → the roles; an empty list means a bare state ("").
    private static string[] Roles(string list) =>
        list.Length == 0 ? [""] : ["", .. list.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    /// <summary>The code's entry; an unknown leaf falls back to its parent's figures.</summary>
    public CameoCode Get(string code)
    {
        for (var c = code; c.Length >= 2; c = c[..^1])
            if (_codes.TryGetValue(c, out var entry)) return c == code ? entry : entry with { Code = code };
        return new CameoCode(code, "", 0, QuadClassOf(code), "");
    }

    private readonly Dictionary<string, string> _pledge = new(StringComparer.Ordinal);

    /// <summary>The code of a promise to do an act of this code, where the plain intent keeps the act's code, or null.</summary>
    public string? PledgeFor(string code) => Longest(_pledge, code);

    /// <summary>The "express intent to …" code for an act of this code's root, or null when there is none.</summary>
    public string? IntentFor(string code)
        // The most specific row wins (0421 → 042 → 04); "keep" means the act's own code already says it.
        => Longest(_intent, code) is { } intent && intent != "keep" ? intent : null;

    /// <summary>QuadClass by root (01–05, 06–08, 09–13, 14–20).</summary>
    public static QuadClass QuadClassOf(string code)
    {
        var root = int.Parse(code[..2], System.Globalization.CultureInfo.InvariantCulture);
        return root switch
        {
            <= 5 => QuadClass.VerbalCooperation,
            <= 8 => QuadClass.MaterialCooperation,
            <= 13 => QuadClass.VerbalConflict,
            _ => QuadClass.MaterialConflict,
        };
    }
}
