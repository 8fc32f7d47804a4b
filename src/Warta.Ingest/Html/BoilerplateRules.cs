using System.Reflection;
using System.Text.RegularExpressions;

namespace Warta.Ingest.Html;

/// <summary>What a boilerplate marker applies to.</summary>
public enum BoilerplateKind
{
    /// <summary>Matched against an element's id and class; the element is removed.</summary>
    Attr,
    /// <summary>Matched against a whole extracted paragraph; the paragraph is dropped.</summary>
    Line,
    /// <summary>Like <see cref="Line"/>, and the link-only paragraphs right after it go too.</summary>
    Lead,
    /// <summary>Like <see cref="Attr"/>, and no <see cref="Keep"/> marker saves the element (comment sections).</summary>
    Strong,
    /// <summary>id/class of a content container: saves the element from <see cref="Attr"/> markers.</summary>
    Keep,
}

/// <summary>One marker from data/html/boilerplate.tsv.</summary>
public sealed record BoilerplateRule(BoilerplateKind Kind, string Language, Regex Pattern, string Note, int LineNumber);

/// <summary>The page-furniture markers, loaded from data (data/html/boilerplate.tsv, embedded as html/boilerplate.tsv).</summary>
public sealed class BoilerplateRules
{
    private static readonly Lazy<BoilerplateRules> Embedded = new(() =>
    {
        using var stream = typeof(BoilerplateRules).Assembly.GetManifestResourceStream("html/boilerplate.tsv")
            ?? throw new InvalidOperationException("embedded resource html/boilerplate.tsv is missing");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd(), "html/boilerplate.tsv");
    });

    /// <summary>The rules shipped with Warta.</summary>
    public static BoilerplateRules Default => Embedded.Value;

    public IReadOnlyList<BoilerplateRule> Rules { get; }

    private readonly Regex[] _attr;
    private readonly Regex[] _strong;
    private readonly Regex[] _keep;

    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules)
    {
        Rules = rules;
        _attr = rules.Where(r => r.Kind == BoilerplateKind.Attr).Select(r => r.Pattern).ToArray();
        _strong = rules.Where(r => r.Kind == BoilerplateKind.Strong).Select(r => r.Pattern).ToArray();
        _keep = rules.Where(r => r.Kind == BoilerplateKind.Keep).Select(r => r.Pattern).ToArray();
    }

    /// <summary>Parses the TSV text; a malformed line throws with file and line number (a data bug, caught by the loader test).</summary>
    public static BoilerplateRules Parse(string tsv, string name)
    {
        var rules = new List<BoilerplateRule>();
        var lines = tsv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length < 3) throw new FormatException($"{name}:{i + 1}: expected kind, lang, pattern, note separated by tabs");
            var kind = cols[0] switch
            {
                "attr" => BoilerplateKind.Attr,
                "line" => BoilerplateKind.Line,
                "lead" => BoilerplateKind.Lead,
                "strong" => BoilerplateKind.Strong,
                "keep" => BoilerplateKind.Keep,
                _ => throw new FormatException($"{name}:{i + 1}: unknown kind \"{cols[0]}\" (attr, strong, keep, line or lead)"),
            };
            Regex regex;
            try
            {
                regex = new Regex(cols[2], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            }
            catch (ArgumentException e)
            {
                throw new FormatException($"{name}:{i + 1}: bad pattern: {e.Message}");
            }
            catch (NotSupportedException e)
            {
                throw new FormatException($"{name}:{i + 1}: pattern needs backtracking (no lookarounds or backreferences): {e.Message}");
            }
            rules.Add(new BoilerplateRule(kind, cols[1], regex, cols.Length > 3 ? cols[3] : "", i + 1));
        }
        return new BoilerplateRules(rules);
    }

    /// <summary>True when an element's id or class marks it as furniture.</summary>
    public bool IsFurnitureAttr(string idAndClass)
    {
        foreach (var r in _strong)
            if (Safe(r, idAndClass)) return true;
        var furniture = false;
        foreach (var r in _attr)
            if (Safe(r, idAndClass)) { furniture = true; break; }
        if (!furniture) return false;
        foreach (var r in _keep)
            if (Safe(r, idAndClass)) return false;
        return true;
    }

    /// <summary>True when an id/class names a content container and no furniture.</summary>
    public bool IsContentAttr(string idAndClass)
    {
        var keep = false;
        foreach (var r in _keep)
            if (Safe(r, idAndClass)) { keep = true; break; }
        if (!keep) return false;
        foreach (var r in _strong)
            if (Safe(r, idAndClass)) return false;
        foreach (var r in _attr)
            if (Safe(r, idAndClass)) return false;
        return true;
    }

    /// <summary>The line or lead rule matching a paragraph (any language), or null.</summary>
    public BoilerplateRule? MatchLine(string paragraph)
    {
        foreach (var r in Rules)
            if (r.Kind is BoilerplateKind.Line or BoilerplateKind.Lead && Safe(r.Pattern, paragraph)) return r;
        return null;
    }

    // Linear-time patterns without a time-out: an element is judged the same way whatever the machine's load.
    private static bool Safe(Regex regex, string input) => regex.IsMatch(input);
}
