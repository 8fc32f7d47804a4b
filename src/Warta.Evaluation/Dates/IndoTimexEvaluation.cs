using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Warta.Coding.Dates;
using Warta.Core;

namespace Warta.Evaluation.Dates;

/// <summary>A gold TIMEX3 of a TimeML file: its span in the plain text, its type and ISO value.</summary>
public sealed record GoldTimex(Span Span, string Type, string Value, string Text);

/// <summary>A TimeML document reduced to its plain text (tags removed), creation date and gold expressions.</summary>
public sealed record TimeMlDocument(string Id, string Text, DateOnly Reference, IReadOnlyList<GoldTimex> Gold);

/// <summary>One gold expression the recogniser missed or valued wrongly.</summary>
/// <param name="Kind">"missed" (no overlapping expression) or "wrong value".</param>
public sealed record TimexError(string Document, string Kind, GoldTimex Gold, string? FoundText, string? FoundValue, string? FoundRule);

/// <summary>
/// Figures of one run. <see cref="Found"/> counts gold expressions overlapped by a found expression.
/// <see cref="Valued"/> counts the gold expressions that carry a calendar value (DATE and TIME with a value of
/// the form yyyy, yyyy-MM, yyyy-MM-dd, optionally with a time part, or a decade yyy); <see cref="Right"/>
/// counts those whose found expression has the same value at the gold's granularity (a TIME is compared on its
/// date part). DURATION and SET, and values such as PRESENT_REF, PAST_REF or 2014-WI, count as found-only.
/// </summary>
public sealed record TimexReport(
    int Documents, int Gold, int Found, int Valued, int Right, int Predicted, int PredictedOverlappingGold,
    IReadOnlyList<TimexError> Errors)
{
    public double FoundShare => Gold == 0 ? 0 : (double)Found / Gold;
    public double RightShare => Valued == 0 ? 0 : (double)Right / Valued;
    public double Precision => Predicted == 0 ? 0 : (double)PredictedOverlappingGold / Predicted;
}

/// <summary>
/// Measures the date stage on IndoTimex (Indonesian TimeML news, TIMEX3 annotations): the creation time of
/// each document is its reference date; the recogniser runs over the whole text of the document.
/// </summary>
public static class IndoTimexEvaluation
{
    private static readonly Regex CalendarValue = new(@"^(?<date>\d{4}(?:-\d{2}(?:-\d{2})?)?|\d{3})(?:T.*)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>
    /// Evaluates every *.tml file of a folder. With <paramref name="perParagraph"/> the recogniser sees one
    /// paragraph (line) at a time, as a pipeline that works sentence by sentence would; else the whole text.
    /// </summary>
    public static TimexReport Run(string directory, string language = "id", bool perParagraph = false)
    {
        var files = Directory.GetFiles(directory, "*.tml").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new FileNotFoundException($"no .tml files in '{directory}'");
        var recogniser = DateRecognizer.For(language);
        int gold = 0, found = 0, valued = 0, right = 0, predicted = 0, predictedOverlapping = 0;
        var errors = new List<TimexError>();
        foreach (var file in files)
        {
            var doc = Parse(file);
            var expressions = (perParagraph ? Paragraphs(doc.Text) : [new Span(0, doc.Text.Length)])
                .SelectMany(range => recogniser.Find(doc.Text, range, doc.Reference)).ToList();
            predicted += expressions.Count;
            predictedOverlapping += expressions.Count(e => doc.Gold.Any(g => g.Span.Overlaps(e.Span)));
            foreach (var g in doc.Gold)
            {
                gold++;
                var hit = expressions.Where(e => e.Span.Overlaps(g.Span))
                    .OrderByDescending(e => Math.Min(e.Span.End, g.Span.End) - Math.Max(e.Span.Start, g.Span.Start))
                    .FirstOrDefault();
                var goldDate = GoldDate(g);
                if (goldDate is not null) valued++;
                if (hit is null)
                {
                    errors.Add(new TimexError(doc.Id, "missed", g, null, null, null));
                    continue;
                }
                found++;
                if (goldDate is null) continue;
                if (SameAtGranularity(goldDate, hit.Value)) right++;
                else errors.Add(new TimexError(doc.Id, "wrong value", g, hit.Span.Of(doc.Text), Show(hit.Value), hit.Value.Rule));
            }
        }
        return new TimexReport(files.Length, gold, found, valued, right, predicted, predictedOverlapping, errors);
    }

    private static IEnumerable<Span> Paragraphs(string text)
    {
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
            if (i == text.Length || text[i] == '\n')
            {
                if (i > start) yield return new Span(start, i);
                start = i + 1;
            }
    }

    /// <summary>Reads a TimeML file: the text of its TEXT element with tags removed, the TIMEX3 spans in it, and the DCT.</summary>
    public static TimeMlDocument Parse(string path)
    {
        var xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        var root = xml.Root ?? throw new InvalidDataException($"{path}: empty document");
        var dct = root.Descendants("DCT").Elements("TIMEX3").FirstOrDefault()
            ?? root.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME")
            ?? throw new InvalidDataException($"{path}: no creation time");
        var reference = DateOnly.ParseExact(((string?)dct.Attribute("value") ?? "")[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var textElement = root.Element("TEXT") ?? throw new InvalidDataException($"{path}: no TEXT element");
        var text = new StringBuilder();
        var gold = new List<GoldTimex>();
        Flatten(textElement, text, gold);
        var id = (string?)root.Element("DOCID") ?? Path.GetFileNameWithoutExtension(path);
        return new TimeMlDocument(id.Trim(), text.ToString(), reference, gold);
    }

    private static void Flatten(XElement element, StringBuilder text, List<GoldTimex> gold)
    {
        foreach (var node in element.Nodes())
        {
            if (node is XText t) text.Append(t.Value);
            else if (node is XElement e)
            {
                var start = text.Length;
                Flatten(e, text, gold);
                if (e.Name.LocalName == "TIMEX3")
                    gold.Add(new GoldTimex(new Span(start, text.Length), (string?)e.Attribute("type") ?? "",
                        (string?)e.Attribute("value") ?? "", text.ToString(start, text.Length - start)));
            }
        }
    }

    /// <summary>The calendar part of a gold DATE or TIME value ("2014-12-28T06:18" → "2014-12-28"), else null.</summary>
    private static string? GoldDate(GoldTimex g)
    {
        if (g.Type is not ("DATE" or "TIME")) return null;
        var m = CalendarValue.Match(g.Value);
        return m.Success ? m.Groups["date"].Value : null;
    }

    private static bool SameAtGranularity(string goldDate, EventDate value)
    {
        if (value.Date is not { } date) return false;
        return goldDate.Length switch
        {
            10 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) == goldDate,
            7 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture) == goldDate,
            4 => date.Year.ToString(CultureInfo.InvariantCulture) == goldDate,
            3 => (date.Year / 10).ToString(CultureInfo.InvariantCulture) == goldDate,
            _ => false,
        };
    }

    private static string Show(EventDate value) =>
        value.Date is not { } d ? value.Precision.ToString()
        : value.End is { } e ? $"{d:yyyy-MM-dd}..{e:yyyy-MM-dd} {value.Precision}"
        : $"{d:yyyy-MM-dd} {value.Precision}";
}
