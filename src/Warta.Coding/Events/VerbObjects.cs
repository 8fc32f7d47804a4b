using Warta.Core;
using Warta.Languages;
using Warta.Text.Morphology;
using Warta.Text.Tokens;

namespace Warta.Coding.Events;

/// <summary>One verb + object pattern: after a form of one of its verbs, the object phrase gives the code.</summary>
public sealed record VerbObjectPattern(string Rule, string Cameo);

/// <summary>A verb followed, within a few words, by the object phrase of one of its patterns.</summary>
public sealed record VerbObjectMatch(int Verb, int ObjectStart, int ObjectEnd, VerbObjectPattern Pattern, Voice Voice);

/// <summary>
/// Verb + object patterns of a language (<c>verb-objects.tsv</c>: id, verbs, objects, cameo): "lifted the ban" is 081
/// although "lift" alone is no act. Every form of the verbs (from the morphology) is looked up once; the object is
/// matched on the tokens right after the verb, past at most <see cref="MaxObjectLead"/> words ("lifted the remaining
/// ban"). Tables are small: the verbs are not multiplied by the objects.
/// </summary>
public sealed class VerbObjects
{
    /// <summary>How many words may stand between the verb and its object (determiners, adjectives).</summary>
    public const int MaxObjectLead = 3;

    private readonly Dictionary<string, (List<int> Groups, Voice Voice)> _forms = new(StringComparer.Ordinal);
    private readonly List<PhraseTrie<VerbObjectPattern>> _groups = [];

    public static VerbObjects Empty { get; } = new();

    public int Patterns { get; private set; }

    /// <summary>Every verb-objects.tsv of a language folder (hand-written first, then derived ones).</summary>
    public static VerbObjects Load(string language, Morphology morphology)
    {
        var table = new VerbObjects();
        var groupOfVerbs = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var file in DataFiles.AllNamed(DataFiles.LanguageFile(language, ""), "verb-objects.tsv"))
            foreach (var row in DataFiles.ReadTable(file).Rows)
            {
                var verbs = row.Required("verbs");
                if (!groupOfVerbs.TryGetValue(verbs, out var group))
                {
                    groupOfVerbs[verbs] = group = table._groups.Count;
                    table._groups.Add(new PhraseTrie<VerbObjectPattern>());
                    foreach (var lemma in row.List("verbs"))
                        foreach (var form in morphology.Expand(lemma.ToLowerInvariant()))
                        {
                            if (!table._forms.TryGetValue(form.Form, out var entry)) table._forms[form.Form] = entry = ([], form.Voice);
                            if (!entry.Groups.Contains(group)) entry.Groups.Add(group);
                        }
                }
                var pattern = new VerbObjectPattern(row.Required("id"), row.Required("cameo"));
                foreach (var phrase in row.List("objects")) table._groups[group].Add(phrase, pattern);
                table.Patterns++;
            }
        return table;
    }

    /// <summary>The pattern whose verb is the token at <paramref name="at"/> and whose object follows nearest, if any.</summary>
    /// <param name="possessiveAt">The length of a possessive ending that starts at a token ("Peru 's ambassador"), else 0:
    /// it belongs to the object phrase and counts as no word.</param>
    public VerbObjectMatch? Match(IReadOnlyList<Token> tokens, int at, Func<int, int>? possessiveAt = null)
    {
        if (_forms.Count == 0 || tokens[at].Kind != TokenKind.Word || !_forms.TryGetValue(tokens[at].Norm, out var entry)) return null;
        var extra = 0;
        for (var start = at + 1; start < tokens.Count && start <= at + 1 + MaxObjectLead + extra; start++)
        {
            foreach (var group in entry.Groups)
                if (_groups[group].LongestAt(tokens, start) is { } found)
                    return new VerbObjectMatch(at, found.Start, found.End, found.Values[0], entry.Voice);
            if (possessiveAt?.Invoke(start) is > 0 and var length)
            {
                start += length - 1;
                extra += length;
                continue;
            }
            if (tokens[start].Kind != TokenKind.Word) return null; // the object stays in the verb's clause
        }
        return null;
    }
}
