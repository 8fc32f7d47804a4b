using System.Globalization;

namespace Warta.Ingest.Fetching;

/// <summary>The robots.txt rules that apply to Warta (RFC 9309: the group for our product token, else "*"; longest match wins, Allow on ties).</summary>
public sealed class RobotsRules
{
    private readonly List<(string Path, bool Allow)> _rules;

    public static RobotsRules AllowAll { get; } = new([], null);
    public static RobotsRules DisallowAll { get; } = new([("/", false)], null);

    /// <summary>
    /// Why robots.txt could not be read when the site gave no answer, a 5xx or a time-out (RFC 9309: then nothing is
    /// fetched); null when the rules come from the site.
    /// </summary>
    public FetchResult? Failure { get; private init; }

    /// <summary>Rules for a site whose robots.txt could not be read: nothing may be fetched, and <see cref="Failure"/> says why.</summary>
    public static RobotsRules Unavailable(FetchResult failure) => new([("/", false)], null) { Failure = failure };

    /// <summary>Crawl-delay of the group, when given.</summary>
    public TimeSpan? CrawlDelay { get; }

    private RobotsRules(List<(string, bool)> rules, TimeSpan? crawlDelay)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
    }

    /// <summary>Parses robots.txt for the product token at the start of <paramref name="userAgent"/> ("Warta").</summary>
    public static RobotsRules Parse(string text, string userAgent)
    {
        var token = userAgent.Split('/', ' ')[0].Trim().ToLowerInvariant();
        var groups = new List<(List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)>();
        (List<string> Agents, List<(string, bool)> Rules, TimeSpan? Delay)? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var hash = line.IndexOf('#');
            if (hash >= 0) line = line[..hash];
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                if (!lastWasAgent || current is null)
                {
                    current = ([], [], null);
                    groups.Add(current.Value);
                }
                current.Value.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }
            lastWasAgent = false;
            if (current is null) continue;
            if (key is "allow" or "disallow")
            {
                if (key == "disallow" && value.Length == 0) continue;
                current.Value.Rules.Add((value, key == "allow"));
            }
            else if (key == "crawl-delay" && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s >= 0)
            {
                var index = groups.FindIndex(g => ReferenceEquals(g.Agents, current.Value.Agents));
                current = (current.Value.Agents, current.Value.Rules, TimeSpan.FromSeconds(s));
                groups[index] = current.Value;
            }
        }
        var mine = groups.Where(g => g.Agents.Any(a => a != "*" && token.StartsWith(a, StringComparison.Ordinal) || a == token)).ToList();
        if (mine.Count == 0) mine = groups.Where(g => g.Agents.Contains("*")).ToList();
        return new RobotsRules(mine.SelectMany(g => g.Rules).ToList(), mine.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    /// <summary>True when <paramref name="pathAndQuery"/> may be fetched.</summary>
    public bool Allows(string pathAndQuery)
    {
        var best = -1;
        var allow = true;
        foreach (var (pattern, isAllow) in _rules)
        {
            if (!Matches(pattern, pathAndQuery)) continue;
            var len = pattern.Length;
            if (len > best || len == best && isAllow)
            {
                best = len;
                allow = isAllow;
            }
        }
        return allow;
    }

    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        if (anchored) pattern = pattern[..^1];
        return Match(pattern, 0, path, 0, anchored);
    }

    private static bool Match(string p, int pi, string s, int si, bool anchored)
    {
        while (pi < p.Length)
        {
            if (p[pi] == '*')
            {
                for (var k = si; k <= s.Length; k++)
                    if (Match(p, pi + 1, s, k, anchored)) return true;
                return false;
            }
            if (si >= s.Length || p[pi] != s[si]) return false;
            pi++;
            si++;
        }
        return !anchored || si == s.Length;
    }
}
