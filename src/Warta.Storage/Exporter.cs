using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parquet.Serialization;
using Warta.Core;

namespace Warta.Storage;

public enum ExportFormat { Gdelt, Plover, Csv, Parquet, Jsonl }

/// <summary>Writes stored events in the formats analysts read: GDELT 2.0 event table, PLOVER JSON, CSV, Parquet, JSON Lines.</summary>
public static class Exporter
{
    public static ExportFormat? ParseFormat(string text) => text.ToLowerInvariant() switch
    {
        "gdelt" => ExportFormat.Gdelt, "plover" => ExportFormat.Plover, "csv" => ExportFormat.Csv,
        "parquet" => ExportFormat.Parquet, "jsonl" or "json" => ExportFormat.Jsonl, _ => null,
    };

    /// <summary>The 61 columns of the GDELT 2.0 event table, in its order.</summary>
    public static readonly string[] GdeltColumns =
    [
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
        "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
        "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
        "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
        "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
        "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
        "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
        "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
        "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
        "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
        "DATEADDED", "SOURCEURL",
    ];

    /// <summary>Our columns for CSV and Parquet.</summary>
    public static readonly string[] CsvColumns =
    [
        "id", "date", "date_end", "precision", "source_code", "source_name", "source_root", "target_code", "target_name", "target_root",
        "cameo", "cameo_root", "quad_class", "goldstein", "plover", "place", "country", "lat", "lon",
        "num_mentions", "num_sources", "num_articles", "first_published", "source_url", "merge_key",
    ];

    public static async Task<int> WriteAsync(IAsyncEnumerable<StoredEvent> events, ExportFormat format, Stream output, CancellationToken ct = default)
    {
        if (format == ExportFormat.Parquet) return await WriteParquetAsync(events, output, ct);
        var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        var n = 0;
        switch (format)
        {
            case ExportFormat.Gdelt:
                await foreach (var e in events.WithCancellation(ct)) { await writer.WriteLineAsync(string.Join('\t', GdeltRow(e).Select(Tsv))); n++; }
                break;
            case ExportFormat.Csv:
                await writer.WriteLineAsync(string.Join(',', CsvColumns));
                await foreach (var e in events.WithCancellation(ct)) { await writer.WriteLineAsync(string.Join(',', CsvRow(e).Select(Csv))); n++; }
                break;
            case ExportFormat.Plover:
                await writer.WriteAsync("[");
                await foreach (var e in events.WithCancellation(ct))
                {
                    await writer.WriteAsync(n++ == 0 ? "\n  " : ",\n  ");
                    await writer.WriteAsync(JsonSerializer.Serialize(Plover(e), Json));
                }
                await writer.WriteLineAsync(n == 0 ? "]" : "\n]");
                break;
            default:
                await foreach (var e in events.WithCancellation(ct)) { await writer.WriteLineAsync(JsonSerializer.Serialize(e, Json)); n++; }
                break;
        }
        await writer.FlushAsync(ct);
        return n;
    }

    /// <summary>
    /// JSON as Warta writes it: snake_case names (as in `code --format jsonl`, GDELT and PLOVER users' habit), enums as
    /// names, non-ASCII kept.
    /// </summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    private static string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
    private static string F(double? v) => v is { } d ? F(d) : "";

    private static string Tsv(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
    private static string Csv(string? s) => s is null ? "" : s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{s.Replace("\"", "\"\"")}\"" : s;

    private static string Country(string root) => root.Length == 3 ? root : "";

    /// <summary>Actor type codes: the 3-letter groups after the country (RUSGOVMIL → GOV, MIL).</summary>
    private static string Type(string? code, string root, int n)
    {
        if (code is null || root.Length != 3 || code.Length < 3 + 3 * (n + 1)) return "";
        return code.Substring(3 + 3 * n, 3);
    }

    private static string GeoType(PlaceKind? kind) => kind switch
    {
        PlaceKind.Country => "1", PlaceKind.City => "4", PlaceKind.Region => "5", null => "0", _ => "4",
    };

    /// <summary>One GDELT 2.0 event row. Where GDELT has something we do not, the column is empty; GLOBALEVENTID is our id.</summary>
    public static string?[] GdeltRow(StoredEvent e)
    {
        var d = e.Date;
        string sql = d?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "", month = d?.ToString("yyyyMM", CultureInfo.InvariantCulture) ?? "",
            year = d?.Year.ToString(CultureInfo.InvariantCulture) ?? "",
            frac = d is { } x ? (x.Year + (x.DayOfYear - 1) / 365.0).ToString("0.0000", CultureInfo.InvariantCulture) : "";
        var geo = e.PlaceCanonical is null && e.Country is null
            ? new string?[] { "0", "", "", "", "", "", "", "" }
            : [GeoType(e.PlaceKind), e.PlaceCanonical ?? e.Country, e.Country, "", "", F(e.Lat), F(e.Lon), ""];
        var noGeo = new string?[] { "0", "", "", "", "", "", "", "" };
        string?[] row =
        [
            e.Id, sql, month, year, frac,
            e.SourceCode, e.SourceName, Country(e.SourceRoot), "", "", "", "", Type(e.SourceCode, e.SourceRoot, 0), Type(e.SourceCode, e.SourceRoot, 1), Type(e.SourceCode, e.SourceRoot, 2),
            e.TargetCode, e.TargetName, Country(e.TargetRoot), "", "", "", "", Type(e.TargetCode, e.TargetRoot, 0), Type(e.TargetCode, e.TargetRoot, 1), Type(e.TargetCode, e.TargetRoot, 2),
            "1", e.Cameo, e.Cameo.Length >= 3 ? e.Cameo[..3] : e.Cameo, e.CameoRoot, ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture), F(e.Goldstein),
            e.NumMentions.ToString(CultureInfo.InvariantCulture), e.NumSources.ToString(CultureInfo.InvariantCulture), e.NumArticles.ToString(CultureInfo.InvariantCulture), "",
            .. noGeo, .. noGeo, .. geo,
            e.FirstPublished?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + (e.FirstPublished is null ? "" : "000000"), e.SourceUrl,
        ];
        return row;
    }

    public static string?[] CsvRow(StoredEvent e) =>
    [
        e.Id, Iso(e.Date), Iso(e.DateEnd), e.Precision.ToString(), e.SourceCode, e.SourceName, e.SourceRoot, e.TargetCode, e.TargetName, e.TargetRoot,
        e.Cameo, e.CameoRoot, ((int)e.QuadClass).ToString(CultureInfo.InvariantCulture), F(e.Goldstein), e.Plover, e.PlaceCanonical, e.Country, F(e.Lat), F(e.Lon),
        e.NumMentions.ToString(CultureInfo.InvariantCulture), e.NumSources.ToString(CultureInfo.InvariantCulture), e.NumArticles.ToString(CultureInfo.InvariantCulture),
        Iso(e.FirstPublished), e.SourceUrl, e.MergeKey,
    ];

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A PLOVER event record: event type, mode and context, actor and recipient with country, date and location.</summary>
    public sealed record PloverEvent(
        string Id, string? Date, string Event, string Mode, IReadOnlyList<string> Context,
        string Actor, string ActorCountry, string ActorCode, string? Recipient, string? RecipientCountry, string? RecipientCode,
        PloverLocation? Location, string Cameo, double Goldstein, int NumMentions, int NumSources, int NumArticles, string? Url);

    public sealed record PloverLocation(string? Name, string? Country, double? Lat, double? Lon);

    public static PloverEvent Plover(StoredEvent e) => new(
        e.Id, Iso(e.Date), e.Plover, "", [], e.SourceName, Country(e.SourceRoot), e.SourceCode,
        e.TargetName, e.TargetCode is null ? null : Country(e.TargetRoot), e.TargetCode,
        e.PlaceCanonical is null && e.Country is null ? null : new PloverLocation(e.PlaceCanonical, e.Country, e.Lat, e.Lon),
        e.Cameo, e.Goldstein, e.NumMentions, e.NumSources, e.NumArticles, e.SourceUrl);

    /// <summary>The Parquet row: our CSV columns, typed.</summary>
    public sealed class ParquetRow
    {
        [System.Text.Json.Serialization.JsonPropertyName("id")]
        public string Id { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("date")]
        public string? Date { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("date_end")]
        public string? DateEnd { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("precision")]
        public string Precision { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("source_code")]
        public string SourceCode { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("source_name")]
        public string SourceName { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("source_root")]
        public string SourceRoot { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("target_code")]
        public string? TargetCode { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("target_name")]
        public string? TargetName { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("target_root")]
        public string TargetRoot { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("cameo")]
        public string Cameo { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("cameo_root")]
        public string CameoRoot { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("quad_class")]
        public int QuadClass { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("goldstein")]
        public double Goldstein { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("plover")]
        public string Plover { get; set; } = "";
        [System.Text.Json.Serialization.JsonPropertyName("place")]
        public string? Place { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("country")]
        public string? Country { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("lat")]
        public double? Lat { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("lon")]
        public double? Lon { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("num_mentions")]
        public int NumMentions { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("num_sources")]
        public int NumSources { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("num_articles")]
        public int NumArticles { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("first_published")]
        public string? FirstPublished { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("source_url")]
        public string? SourceUrl { get; set; }
        [System.Text.Json.Serialization.JsonPropertyName("merge_key")]
        public string MergeKey { get; set; } = "";
    }

    private static ParquetRow Row(StoredEvent e) => new()
    {
        Id = e.Id, Date = Iso(e.Date), DateEnd = Iso(e.DateEnd), Precision = e.Precision.ToString(), SourceCode = e.SourceCode, SourceName = e.SourceName,
        SourceRoot = e.SourceRoot, TargetCode = e.TargetCode, TargetName = e.TargetName, TargetRoot = e.TargetRoot, Cameo = e.Cameo, CameoRoot = e.CameoRoot,
        QuadClass = (int)e.QuadClass, Goldstein = e.Goldstein, Plover = e.Plover, Place = e.PlaceCanonical, Country = e.Country, Lat = e.Lat, Lon = e.Lon,
        NumMentions = e.NumMentions, NumSources = e.NumSources, NumArticles = e.NumArticles, FirstPublished = Iso(e.FirstPublished),
        SourceUrl = e.SourceUrl, MergeKey = e.MergeKey,
    };

    private static async Task<int> WriteParquetAsync(IAsyncEnumerable<StoredEvent> events, Stream output, CancellationToken ct)
    {
        // Row groups of 50,000 events; Parquet needs a seekable stream, so a non-seekable output is buffered.
        var target = output.CanSeek ? output : new MemoryStream();
        var rows = new List<ParquetRow>();
        var n = 0;
        var append = false;
        async Task Flush()
        {
            if (rows.Count == 0 && append) return;
            await ParquetSerializer.SerializeAsync(rows, target, new Parquet.ParquetOptions { Append = append }, null, ct);
            append = true;
            rows.Clear();
        }
        await foreach (var e in events.WithCancellation(ct))
        {
            rows.Add(Row(e));
            n++;
            if (rows.Count == 50_000) await Flush();
        }
        await Flush();
        if (!ReferenceEquals(target, output))
        {
            target.Position = 0;
            await target.CopyToAsync(output, ct);
        }
        return n;
    }
}
