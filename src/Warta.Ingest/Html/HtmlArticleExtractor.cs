using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Warta.Ingest.Html;

/// <summary>
/// Reads the article of a web page: metadata (<see cref="PageMetadata"/>) from the untouched page, then the body:
/// page furniture removed by tag, visibility and the id/class markers of data/html/boilerplate.tsv; the main
/// block found by Readability (SmartReader); its text cut into paragraphs; and paragraphs that are furniture
/// ("Baca juga" blocks, "ADVERTISEMENT", share labels, captions, staff lines) dropped by the line markers.
/// When the main block holds little of the page's running text, the running text is taken instead.
/// Holds no state between calls: one instance may serve parallel callers.
/// </summary>
public sealed class HtmlArticleExtractor
{
    private static readonly HashSet<string> DropTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "button", "input",
        "select", "textarea", "nav", "aside", "footer", "figcaption", "dialog", "menu", "link", "meta", "rt", "rp",
    };

    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dd",
        "dt", "blockquote", "pre", "table", "tr", "td", "th", "tbody", "thead", "figure", "br", "hr", "address", "center",
        "form", "fieldset", "details", "summary", "caption",
    };

    private static readonly Regex Spaces = new(@"[ \t\u00A0\u2000-\u200B\u202F\u205F\u3000\r\n\f]+", RegexOptions.CultureInvariant);
    private static readonly Regex HiddenStyle = new(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private readonly BoilerplateRules? _given;

    // The shipped rules are compiled at the first page, not when the extractor is made: a run reading JSONL or text
    // never needs them, and compiling their linear-time patterns took most of a second of start-up.
    private BoilerplateRules Rules => _given ?? BoilerplateRules.Default;

    public HtmlArticleExtractor(BoilerplateRules? rules = null) => _given = rules;

    /// <summary>Extracts the article of <paramref name="html"/>; <paramref name="url"/> resolves links and may carry a date.</summary>
    public ExtractedPage Extract(string html, string? url = null)
    {
        var parser = new HtmlParser();
        var doc = parser.ParseDocument(NestingLimit.Flatten(html));
        var meta = PageMetadata.Read(doc, url);

        Prune(doc);
        var paragraphs = MainParagraphs(doc, url);
        paragraphs = DropFurnitureLines(paragraphs, meta.Title);
        var text = string.Join("\n\n", paragraphs.Select(p => p.Text));
        return new ExtractedPage(meta.Title, text, paragraphs.Select(p => p.Text).ToList(), meta.Date, meta.DateSource,
            meta.Author, meta.SiteName, meta.Language, meta.CanonicalUrl, url);
    }

    /// <summary>Removes scripts, navigation, hidden elements and elements whose id/class marks furniture.</summary>
    private void Prune(IHtmlDocument doc)
    {
        var body = doc.Body;
        if (body is null) return;
        var doomed = new List<IElement>();
        foreach (var el in body.QuerySelectorAll("*"))
            if (DropTags.Contains(el.LocalName) || IsHidden(el)) doomed.Add(el);
        foreach (var el in doomed)
            if (el.Parent is not null) el.Remove();
        doomed.Clear();
        var total = Math.Max(1, TextLength(body));
        foreach (var el in body.QuerySelectorAll("*"))
        {
            var attrs = (el.Id + " " + el.ClassName).Trim();
            if (attrs.Length == 0 || el.LocalName is "article" or "main" or "body") continue;
            if (!Rules.IsFurnitureAttr(attrs)) continue;
            if (el.QuerySelector("[itemprop=articleBody]") is not null) continue;
            // A furniture-named wrapper around a content container ("widget Blog" around "post-body") stays.
            if (el.QuerySelectorAll("[class]").Any(d => Rules.IsContentAttr(d.ClassName ?? "") && TextLength(d) >= 400)) continue;
            var share = (double)TextLength(el) / total;
            if (share > 0.5) continue;
            doomed.Add(el);
        }
        foreach (var el in doomed)
            if (el.Parent is not null) el.Remove();
    }

    private static int TextLength(IElement el)
    {
        var n = 0;
        var text = el.TextContent;
        foreach (var c in text) if (!char.IsWhiteSpace(c)) n++;
        return n;
    }

    private static bool IsHidden(IElement el)
    {
        if (el.HasAttribute("hidden")) return true;
        if (string.Equals(el.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) && el.LocalName != "span") return true;
        var style = el.GetAttribute("style");
        return style is not null && HiddenStyle.IsMatch(style);
    }

    /// <summary>The paragraphs of the main block.</summary>
    private List<Block> MainParagraphs(IHtmlDocument doc, string? url)
    {
        IElement? main = doc.QuerySelector("[itemprop=articleBody]");
        if (main is null || main.TextContent.Trim().Length < 200)
        {
            var reader = new SmartReader.Reader(url ?? "https://localhost/", doc.DocumentElement.OuterHtml)
            {
                KeepClasses = true,
                ContinueIfNotReadable = true,
                Debug = false,
            };
            SmartReader.Article? article = null;
            try { article = reader.GetArticle(); }
            catch (Exception e) when (e is not OutOfMemoryException) { article = null; }
            if (article is not null && !string.IsNullOrWhiteSpace(article.Content))
            {
                var parsed = new HtmlParser().ParseDocument("<html><body>" + article.Content + "</body></html>");
                Prune(parsed);
                main = parsed.Body;
            }
        }
        var blocks = new List<Block>();
        if (main is not null) Serialize(main, blocks);
        // When the main block holds little of the page's running text, Readability chose a wrong block
        // (a teaser list, a comment, a menu): take the page's running text instead.
        var running = RunningText(doc);
        var mainLength = Substantial(blocks);
        var runningLength = Substantial(running);
        if (mainLength < FallbackShare * runningLength) return running;
        return blocks;
    }

    /// <summary>Share of the running text below which the main block is distrusted.</summary>
    public double FallbackShare { get; init; } = 0.3;

    /// <summary>Characters in paragraphs long enough to be running text.</summary>
    private static int Substantial(IEnumerable<Block> blocks) =>
        blocks.Where(b => b.Text.Length >= 80 && b.LinkDensity < 0.3).Sum(b => b.Text.Length);

    /// <summary>Every paragraph-like block of the pruned page that reads as running text (long enough, few links).</summary>
    private static List<Block> RunningText(IHtmlDocument doc)
    {
        var all = new List<Block>();
        if (doc.Body is not null) Serialize(doc.Body, all);
        return all.Where(b => b.Text.Length >= 60 && b.LinkDensity < 0.3 && b.Text.Contains(' ')).ToList();
    }

    /// <summary>A paragraph and how much of it is link text.</summary>
    private sealed record Block(string Text, int LinkChars)
    {
        public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
    }

    private static void Serialize(IElement root, List<Block> blocks)
    {
        var sb = new StringBuilder();
        var linkChars = 0;
        void Flush()
        {
            var t = Spaces.Replace(sb.ToString(), " ").Trim();
            if (t.Length > 0) blocks.Add(new Block(t, Math.Min(linkChars, t.Length)));
            sb.Clear();
            linkChars = 0;
        }
        void Walk(INode node, bool inLink)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText text)
                {
                    sb.Append(text.Data);
                    if (inLink) linkChars += text.Data.Trim().Length;
                }
                else if (child is IElement el)
                {
                    if (DropTags.Contains(el.LocalName)) continue;
                    var block = BlockTags.Contains(el.LocalName);
                    if (block) Flush();
                    if (el.LocalName is "td" or "th") sb.Append(' ');
                    Walk(el, inLink || el.LocalName == "a");
                    if (block) Flush();
                    else if (el.LocalName is "img") sb.Append(' ');
                }
            }
        }
        Walk(root, false);
        Flush();
    }

    /// <summary>Drops paragraphs matched by line markers, and the link-only paragraphs after a lead marker.</summary>
    private List<Block> DropFurnitureLines(List<Block> blocks, string? title)
    {
        var kept = new List<Block>(blocks.Count);
        var inLead = false;
        foreach (var b in blocks)
        {
            var rule = Rules.MatchLine(b.Text);
            if (rule is not null)
            {
                inLead = rule.Kind == BoilerplateKind.Lead;
                continue;
            }
            if (inLead && b.LinkDensity > 0.8 && b.Text.Length < 200) continue;
            inLead = false;
            if (title is not null && kept.Count == 0 && string.Equals(b.Text, title, StringComparison.Ordinal)) continue;
            kept.Add(b);
        }
        return kept;
    }
}
