using System.Text;

namespace Warta.Ingest.Html;

/// <summary>
/// Caps how deeply a page's elements nest before it reaches the HTML parser and the content extractor, whose work grows
/// with the square of the depth: 20,000 unclosed <c>&lt;div&gt;&lt;span&gt;</c> took close to a minute, 50,000 over five.
/// Real pages nest a few dozen levels; a page deeper than <see cref="MaxDepth"/> keeps its text, and the start and end
/// tags beyond that depth are dropped. One linear pass over the markup; a page within the cap is returned unchanged.
/// </summary>
public static class NestingLimit
{
    /// <summary>Element depth kept; tags below it are dropped (their text stays in the element at this depth).</summary>
    public const int MaxDepth = 256;

    /// <summary>Elements that never contain others, and those the parser closes by itself (unclosed &lt;p&gt;, &lt;li&gt;): not counted.</summary>
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "rb", "rt", "rp", "thead", "tbody", "tfoot", "colgroup",
        "caption", "html", "head", "body",
    };

    /// <summary>The page with no counted element nested deeper than <paramref name="maxDepth"/>.</summary>
    public static string Flatten(string html, int maxDepth = MaxDepth)
    {
        if (DeepestNesting(html, maxDepth + 1) <= maxDepth) return html;
        var sb = new StringBuilder(html.Length);
        var depth = 0;
        var copied = 0;
        foreach (var tag in Tags(html))
        {
            if (tag.Counted == 0) continue;
            var drop = tag.Counted > 0 ? ++depth > maxDepth : depth-- > maxDepth;
            if (depth < 0) depth = 0;
            if (!drop) continue;
            sb.Append(html, copied, tag.Start - copied);
            copied = tag.End;
        }
        sb.Append(html, copied, html.Length - copied);
        return sb.ToString();
    }

    /// <summary>The deepest nesting of counted elements, stopping early once <paramref name="enough"/> is reached.</summary>
    public static int DeepestNesting(string html, int enough = int.MaxValue)
    {
        int depth = 0, deepest = 0;
        foreach (var tag in Tags(html))
        {
            depth = Math.Max(0, depth + tag.Counted);
            if (depth > deepest && (deepest = depth) >= enough) break;
        }
        return deepest;
    }

    /// <summary>A tag's range in the markup and its effect on depth: +1 a counted start tag, −1 a counted end tag, 0 other.</summary>
    private readonly record struct Tag(int Start, int End, int Counted);

    private static IEnumerable<Tag> Tags(string html)
    {
        var i = 0;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                if (close < 0) yield break;
                i = close + 3;
                continue;
            }
            var endTag = i + 1 < html.Length && html[i + 1] == '/';
            var nameStart = i + (endTag ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_')) nameEnd++;
            if (nameEnd == nameStart || !char.IsAsciiLetter(html[nameStart]))
            {
                i++;
                continue;
            }
            var end = TagEnd(html, nameEnd);
            if (end < 0) yield break;
            var selfClosing = !endTag && html[end - 2] == '/';
            var counted = selfClosing || Uncounted.GetAlternateLookup<ReadOnlySpan<char>>().Contains(html.AsSpan(nameStart, nameEnd - nameStart))
                ? 0 : endTag ? -1 : 1;
            var rawText = !endTag && IsRawText(html.AsSpan(nameStart, nameEnd - nameStart));
            yield return new Tag(i, end, counted);
            i = end;
            if (rawText)
            {
                // The content of script and style is not markup: skip to its end tag.
                var close = html.IndexOf(string.Concat("</", html.AsSpan(nameStart, nameEnd - nameStart)), i, StringComparison.OrdinalIgnoreCase);
                if (close < 0) yield break;
                i = close;
            }
        }
    }

    private static bool IsRawText(ReadOnlySpan<char> name) =>
        name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase) ||
        name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase);

    /// <summary>The index after the '&gt;' that ends a tag (quoted attribute values may hold '&gt;'), or −1.</summary>
    private static int TagEnd(string html, int from)
    {
        var quote = '\0';
        for (var j = from; j < html.Length; j++)
        {
            var c = html[j];
            if (quote != '\0') { if (c == quote) quote = '\0'; }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return j + 1;
        }
        return -1;
    }
}
