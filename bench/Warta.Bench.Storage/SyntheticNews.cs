using System.Globalization;
using Warta.Core;

namespace Warta.Bench.Storage;

/// <summary>
/// Synthetic news for benchmarks and crash tests: articles whose text states their events in a fixed form
/// ("CHNGOV 040 RUSGOV 2021-10-21 Moscow."), and a coder that reads that form back. Deterministic for a seed:
/// article i is always the same. Actor popularity is skewed (a few countries appear in most news), and one
/// report in <see cref="RepeatEvery"/> repeats an earlier happening, so merging is exercised.
/// </summary>
public sealed class SyntheticNews(int seed = 1, int eventsPerArticle = 3)
{
    public const int RepeatEvery = 10;

    private static readonly string[] Countries =
    [
        "CHN", "RUS", "USA", "IDN", "MYS", "SGP", "AUS", "JPN", "KOR", "PRK", "IND", "PAK", "IRN", "ISR", "PSE", "UKR", "TUR", "SAU",
        "EGY", "DEU", "FRA", "GBR", "ITA", "ESP", "BRA", "MEX", "CAN", "NGA", "ZAF", "KEN", "ETH", "PHL", "THA", "VNM", "MMR", "KHM",
        "LAO", "BGD", "LKA", "NPL", "AFG", "IRQ", "SYR", "LBN", "JOR", "QAT", "ARE", "KWT", "OMN", "YEM", "SDN", "LBY", "DZA", "MAR",
        "TUN", "POL", "NLD", "BEL", "SWE", "NOR",
    ];

    /// <summary>
    /// A country place with coordinates, so that maps have something to draw: a spot of its own for each country,
    /// spread over the world by its position in the list (synthetic, not where the country is).
    /// </summary>
    private static Place Located(string country)
    {
        var i = Math.Max(0, Array.IndexOf(Countries, country));
        return new Place(country, country, country, PlaceKind.Country, -50 + i * 37 % 110, -170 + i * 101 % 340, null, "place:synthetic");
    }

    private static readonly string[] Sectors = ["", "GOV", "MIL", "BUS", "COP"];

    private static readonly (string Code, double Goldstein, QuadClass Quad, string Plover)[] Codes =
    [
        ("010", 0, QuadClass.VerbalCooperation, "OTHER"), ("020", 3, QuadClass.VerbalCooperation, "REQUEST"), ("036", 4, QuadClass.VerbalCooperation, "CONSULT"),
        ("040", 1, QuadClass.VerbalCooperation, "CONSULT"), ("042", 1.9, QuadClass.VerbalCooperation, "CONSULT"), ("051", 3.4, QuadClass.VerbalCooperation, "ENGAGE"),
        ("057", 8, QuadClass.VerbalCooperation, "AGREE"), ("061", 6.4, QuadClass.MaterialCooperation, "COOPERATE"), ("071", 7.4, QuadClass.MaterialCooperation, "AID"),
        ("081", 5, QuadClass.MaterialCooperation, "YIELD"), ("090", -2, QuadClass.VerbalConflict, "INVESTIGATE"), ("112", -2, QuadClass.VerbalConflict, "ACCUSE"),
        ("120", -4, QuadClass.VerbalConflict, "REJECT"), ("130", -4.4, QuadClass.VerbalConflict, "THREATEN"), ("141", -6.5, QuadClass.VerbalConflict, "PROTEST"),
        ("150", -7.2, QuadClass.MaterialConflict, "MOBILIZE"), ("160", -4, QuadClass.MaterialConflict, "REDUCE"), ("173", -5, QuadClass.MaterialConflict, "COERCE"),
        ("190", -10, QuadClass.MaterialConflict, "FIGHT"), ("193", -10, QuadClass.MaterialConflict, "FIGHT"),
    ];

    private static readonly string[] Outlets = ["antaranews.com", "kompas.com", "detik.com", "tempo.co", "reuters.com", "apnews.com", "bbc.co.uk", "cnnindonesia.com"];

    private static readonly DateOnly Start = new(2015, 1, 1);
    private const int Days = 3650;

    /// <summary>A fixed mix of integers into a seed (HashCode is randomised per process, so it cannot be used).</summary>
    private static int Mix(int a, int b, int c)
    {
        unchecked
        {
            var h = (uint)a * 0x9E3779B1u ^ (uint)b * 0x85EBCA77u ^ (uint)c * 0xC2B2AE3Du;
            h ^= h >> 15; h *= 0x2C1B3C6Du; h ^= h >> 12; h *= 0x297A2D39u; h ^= h >> 15;
            return (int)(h & 0x7FFFFFFF);
        }
    }

    /// <summary>Skewed pick: low indexes far more often (roughly Zipf-like).</summary>
    private static int Skewed(Random r, int n) => Math.Min(n - 1, (int)(n * Math.Pow(r.NextDouble(), 2.5)));

    private string Happening(int index)
    {
        var r = new Random(Mix(seed, index, 1));
        var s = Skewed(r, Countries.Length);
        int t;
        do t = Skewed(r, Countries.Length); while (t == s);
        var code = Codes[r.Next(Codes.Length)];
        var day = Start.AddDays(r.Next(Days));
        var place = r.Next(3) == 0 ? "-" : Countries[r.Next(2) == 0 ? s : t];
        return $"{Countries[s]}{Sectors[r.Next(Sectors.Length)]} {code.Code} {Countries[t]}{Sectors[r.Next(Sectors.Length)]} {day:yyyy-MM-dd} {place}.";
    }

    /// <summary>Article i: a few event sentences, some repeating happenings reported elsewhere.</summary>
    public Article Article(int i)
    {
        var r = new Random(Mix(seed, i, 7));
        var sentences = new List<string>(eventsPerArticle);
        for (var k = 0; k < eventsPerArticle; k++)
        {
            var n = i * eventsPerArticle + k;
            var happening = n % RepeatEvery == RepeatEvery - 1 && n > 0 ? r.Next(n) : n;
            sentences.Add(Happening(happening));
        }
        var day = Start.AddDays(r.Next(Days));
        return new Article($"syn-{seed}-{i:D8}", $"Synthetic report {i}. " + string.Join(" ", sentences), day,
            $"https://synthetic.example/{seed}/{i}", $"Report {i}", "en", "synthetic", Outlets[r.Next(Outlets.Length)]);
    }

    public async IAsyncEnumerable<InputItem> Articles(int count, int from = 0)
    {
        for (var i = from; i < count; i++)
        {
            if (i % 256 == 0) await Task.Yield();
            yield return InputItem.Of(Article(i));
        }
    }

    /// <summary>Reads the synthetic sentences back as events (spans point at each sentence).</summary>
    public sealed class Coder : IArticleCoder
    {
        public string Version => "synthetic-1";

        public CodedArticle Code(Article article)
        {
            var text = article.Text;
            var events = new List<CodedEvent>();
            var actors = new List<ActorMention>();
            var pos = text.IndexOf(". ", StringComparison.Ordinal) + 2;
            while (pos > 1 && pos < text.Length)
            {
                var end = text.IndexOf('.', pos);
                if (end < 0) break;
                var parts = text[pos..end].Split(' ');
                if (parts.Length == 5)
                {
                    var code = Codes.First(c => c.Code == parts[1]);
                    var source = new ActorMention(parts[0], parts[0], new Span(pos, pos + parts[0].Length), "actor:synthetic");
                    var tStart = pos + parts[0].Length + parts[1].Length + 2;
                    var target = new ActorMention(parts[2], parts[2], new Span(tStart, tStart + parts[2].Length), "actor:synthetic");
                    actors.Add(source); actors.Add(target);
                    var date = DateOnly.ParseExact(parts[3], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                    var place = parts[4] == "-" ? null : Located(parts[4]);
                    events.Add(new CodedEvent(article.Id, $"{article.Id}#{events.Count}", source, target, code.Code, code.Goldstein, code.Quad, code.Plover,
                        new EventDate(date, null, DatePrecision.Day, null, "date:synthetic"), place, new Span(pos, end + 1),
                        new Span(pos + parts[0].Length + 1, pos + parts[0].Length + 1 + parts[1].Length), "rule:synthetic", "en", code.Code.StartsWith("04", StringComparison.Ordinal)));
                }
                pos = end + 2;
            }
            var doc = new Document(article, "en", [new Span(0, text.Length)], [], null);
            return new CodedArticle(doc, [], actors, [], events, article.PublicationDate);
        }
    }
}
