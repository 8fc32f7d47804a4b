using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Warta.Core;
using Warta.Storage;

namespace Warta.Server;

/// <summary>How the server runs.</summary>
/// <param name="Db">The store (--db value).</param>
/// <param name="IngestToken">When given, POST /api/ingest accepts requests bearing it; otherwise the server is read-only.</param>
/// <param name="CoderFactory">Makes the coder for ingest (called on the first ingest request only).</param>
/// <param name="CameoLabels">Short names of CAMEO codes ("042" → "make a visit") for the dashboard; none when null.</param>
public sealed record WartaServerOptions(string Db, string? IngestToken = null, Func<IArticleCoder>? CoderFactory = null,
    IReadOnlyDictionary<string, string>? CameoLabels = null);

/// <summary>An article posted for ingest.</summary>
public sealed record ArticleInput(string? Id, string? Text, DateOnly? PublicationDate, string? Url, string? Title, string? Language, string? Outlet);

/// <summary>The HTTP API over the event store: JSON, read-only unless an ingest token was given at start-up.</summary>
public static class WartaServer
{
    public const int MaxIngestArticles = 1000;

    /// <summary>Builds the server; <paramref name="configure"/> may change the builder (tests use it for a test host).</summary>
    public static async Task<WebApplication> BuildAsync(WartaServerOptions options, string[]? args = null, Action<WebApplicationBuilder>? configure = null)
    {
        // Create the tables once, so that requests can open the store cheaply.
        await (await EventStore.OpenAsync(options.Db)).DisposeAsync();

        var builder = WebApplication.CreateBuilder(args ?? []);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        });
        builder.Services.AddOpenApi();
        builder.Services.AddProblemDetails();
        // One line per request at Information filled 18.8 MB of log in a 60 s load test: requests are logged only when
        // something goes wrong (start-up and "Now listening on" stay).
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        configure?.Invoke(builder);
        var app = builder.Build();

        app.Use((context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        // Answers the framework gives without a body (404 for an unknown path, 405, 415 for a body that is not JSON)
        // get the API's error body too.
        app.UseStatusCodePages(async status =>
        {
            var response = status.HttpContext.Response;
            await response.WriteAsJsonAsync(new ErrorBody(response.StatusCode switch
            {
                StatusCodes.Status404NotFound => $"no such resource: {status.HttpContext.Request.Path}",
                StatusCodes.Status405MethodNotAllowed => $"method {status.HttpContext.Request.Method} not allowed here",
                StatusCodes.Status415UnsupportedMediaType => "the body must be JSON (Content-Type: application/json)",
                var code => $"HTTP {code}",
            }));
        });

        // Anything unexpected is a 500 with a short message; bad parameters never get here (they are 400s).
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var ex = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            var bad = ex is ArgumentException or FormatException or BadHttpRequestException;
            context.Response.StatusCode = bad ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
            await context.Response.WriteAsJsonAsync(new ErrorBody(bad ? WithoutTypeNames(ex!.Message) : "internal error"));
        }));
        app.MapOpenApi("/openapi/{documentName}.json");
        Map(app, options);
        return app;
    }

    /// <summary>An error as the API returns it.</summary>
    public sealed record ErrorBody(string Error);

    /// <summary>A framework message with .NET type names ("System.Nullable`1[System.DateOnly]") replaced by words.</summary>
    public static string WithoutTypeNames(string message) =>
        System.Text.RegularExpressions.Regex.Replace(message, @"\b(?:System|Microsoft|Warta)(?:\.[\w`]+)+(?:\[[^\]\s]*\]+)?", "a value of another type");

    /// <summary>Where a JSON body went wrong, in the client's terms (never the .NET type it was read into).</summary>
    private static string Describe(System.Text.Json.JsonException e) =>
        e.Path is { Length: > 0 } path
            ? $"the value at {path} (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}) is not valid there"
            : "not valid JSON";

    private static IResult Bad(string message) => Results.BadRequest(new ErrorBody(message));

    private static Func<string, string?> Query(HttpContext c) => name =>
        c.Request.Query.TryGetValue(name, out var v) ? v.ToString() : null;

    private static void Map(WebApplication app, WartaServerOptions options)
    {
        var api = app.MapGroup("/api");
        Task<IEventStore> Open(CancellationToken ct) => EventStore.OpenAsync(options.Db, create: false, ct);

        Dashboard.DashboardEndpoints.Map(app);
        app.MapGet("/api", () => Results.Json(new
        {
            name = "Warta event store API",
            openapi = "/openapi/v1.json",
            dashboard = "/",
            endpoints = new[] { "/api/events", "/api/events/{id}", "/api/relations?a=CHN&b=RUS&by=month", "/api/actors", "/api/cameo", "/api/articles", "/api/articles/{id}", "POST /api/ingest" },
            readOnly = options.IngestToken is null,
        })).ExcludeFromDescription();

        var cameo = (options.CameoLabels ?? new Dictionary<string, string>())
            .OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new CameoLabel(p.Key, p.Value)).ToList();
        api.MapGet("/cameo", () => Results.Ok(cameo))
            .WithName("cameo").WithSummary("CAMEO event codes with their short names (empty when the server was given none)")
            .Produces<IReadOnlyList<CameoLabel>>();

        api.MapGet("/events", async (HttpContext c, CancellationToken ct) =>
        {
            var (q, error) = QueryParser.ParseEvents(Query(c));
            if (q is null) return Bad(error!);
            await using var store = await Open(ct);
            var page = await store.EventsAsync(q, ct);
            return Results.Ok(new EventsPage(page.Items, page.NextCursor));
        })
        .WithName("events").WithSummary("Events matching filters, by event date then id, with a cursor to the next page")
        .WithDescription("Filters: actor, dyad (A-B), directed, cameo, quadclass, from, to (yyyy-MM-dd), place, outlet, min-mentions, min-confidence (0-1), located (true: only events with coordinates), limit (1-10000), cursor.")
        .Produces<EventsPage>().Produces<ErrorBody>(StatusCodes.Status400BadRequest);

        api.MapGet("/events/{id}", async (string id, CancellationToken ct) =>
        {
            await using var store = await Open(ct);
            return await store.GetEventAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound(new ErrorBody($"no event '{id}'"));
        })
        .WithName("event").WithSummary("One event with its reports (mentions) and why they were merged")
        .Produces<EventDetail>().Produces<ErrorBody>(StatusCodes.Status404NotFound);

        api.MapGet("/relations", async (HttpContext c, CancellationToken ct) =>
        {
            var get = Query(c);
            var (q, error) = QueryParser.ParseRelations(get("a"), get("b"), get);
            if (q is null) return Bad(error!);
            await using var store = await Open(ct);
            return Results.Ok(new RelationsResult(q.A, q.B, q.By.ToString().ToLowerInvariant(), q.Directed, await store.RelationsAsync(q, ct)));
        })
        .WithName("relations").WithSummary("Relations between two actors per day, week or month")
        .WithDescription("Parameters: a, b (actor roots or codes), by (day|week|month), from, to, directed.")
        .Produces<RelationsResult>().Produces<ErrorBody>(StatusCodes.Status400BadRequest);

        api.MapGet("/actors", async (CancellationToken ct) =>
        {
            await using var store = await Open(ct);
            return Results.Ok(await store.ActorsAsync(ct));
        })
        .WithName("actors").WithSummary("Actor roots with how often each acts and is acted upon")
        .Produces<IReadOnlyList<ActorSummary>>();

        api.MapGet("/articles", async (HttpContext c, CancellationToken ct) =>
        {
            var get = Query(c);
            var limit = 100;
            if (get("limit") is { Length: > 0 } l && (!int.TryParse(l, out limit) || limit < 1 || limit > QueryParser.MaxLimit)) return Bad(Errors.BadLimit(l));
            var cursor = get("cursor") is { Length: > 0 } cu ? cu : null;
            if (cursor is not null && Storage.Cursor.Decode(cursor) is null) return Bad(Errors.BadCursor);
            await using var store = await Open(ct);
            var page = await store.ArticlesAsync(limit, cursor, null, ct);
            return Results.Ok(new ArticlesPage(page.Items, page.NextCursor));
        })
        .WithName("articles").WithSummary("Stored articles by id, with a cursor to the next page")
        .Produces<ArticlesPage>().Produces<ErrorBody>(StatusCodes.Status400BadRequest);

        // Ids hold "/" (every article from watch, a URL or a WARC): the id is the rest of the path, as written or escaped.
        api.MapGet("/articles/{**id}", async (HttpContext c, CancellationToken ct) =>
        {
            var raw = c.Request.Path.Value is { } p && p.StartsWith("/api/articles/", StringComparison.Ordinal) ? p["/api/articles/".Length..] : "";
            var id = Uri.UnescapeDataString(raw);
            await using var store = await Open(ct);
            return await store.GetArticleAsync(id, ct) is { } a ? Results.Ok(a) : Results.NotFound(new ErrorBody($"no article '{id}'"));
        })
        .WithName("article").WithSummary("One stored article (without its text)")
        .Produces<StoredArticle>().Produces<ErrorBody>(StatusCodes.Status404NotFound);

        var ingestGate = new SemaphoreSlim(1, 1);
        IArticleCoder? coder = null;
        api.MapPost("/ingest", async (HttpContext c, CancellationToken ct) =>
        {
            if (options.IngestToken is null)
                return Results.Json(new ErrorBody("this server is read-only: start it with an ingest token to accept articles"), statusCode: StatusCodes.Status403Forbidden);
            var auth = c.Request.Headers.Authorization.ToString();
            var given = auth.StartsWith("Bearer ", StringComparison.Ordinal) ? auth["Bearer ".Length..] : "";
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(options.IngestToken)))
                return Results.Json(new ErrorBody("missing or wrong ingest token (Authorization: Bearer TOKEN)"), statusCode: StatusCodes.Status401Unauthorized);
            List<ArticleInput>? inputs;
            try { inputs = await c.Request.ReadFromJsonAsync<List<ArticleInput>>(ct); }
            catch (System.Text.Json.JsonException e) { return Bad($"body must be a JSON array of articles {{id, text, publicationDate, url, title, language, outlet}}: {Describe(e)}"); }
            catch (InvalidOperationException) { return Bad("body must be JSON (Content-Type: application/json)"); }
            if (inputs is null || inputs.Count == 0) return Bad("body must be a non-empty JSON array of articles");
            if (inputs.Count > MaxIngestArticles) return Bad($"at most {MaxIngestArticles} articles per request");
            var items = new List<InputItem>();
            for (var i = 0; i < inputs.Count; i++)
            {
                var a = inputs[i];
                if (string.IsNullOrWhiteSpace(a.Text)) return Bad($"article {i}: text is missing");
                var id = string.IsNullOrWhiteSpace(a.Id) ? "sha-" + TextNormaliser.Hash(a.Text)[..16] : a.Id;
                items.Add(InputItem.Of(new Article(id, a.Text, a.PublicationDate, a.Url, a.Title, a.Language, $"http:{i}", a.Outlet)));
            }
            await ingestGate.WaitAsync(ct);
            try
            {
                coder ??= (options.CoderFactory ?? throw new InvalidOperationException("no coder configured"))();
                await using var store = await Open(ct);
                var summary = await new IngestRunner(store, coder).RunAsync(items.ToAsyncEnumerable(), ct);
                return Results.Ok(new IngestResult(summary.ArticlesRead, summary.ArticlesStored, summary.Skipped, summary.Events, summary.NewEvents, summary.MergedReports));
            }
            finally { ingestGate.Release(); }
        })
        .WithName("ingest").WithSummary("Code and store articles (needs the ingest token given at start-up)")
        .Accepts<List<ArticleInput>>("application/json")
        .Produces<IngestResult>().Produces<ErrorBody>(StatusCodes.Status400BadRequest)
        .Produces<ErrorBody>(StatusCodes.Status401Unauthorized).Produces<ErrorBody>(StatusCodes.Status403Forbidden);
    }

    public sealed record CameoLabel(string Code, string Label);
    public sealed record EventsPage(IReadOnlyList<StoredEvent> Items, string? Next);
    public sealed record ArticlesPage(IReadOnlyList<StoredArticle> Items, string? Next);
    public sealed record RelationsResult(string A, string B, string By, bool Directed, IReadOnlyList<RelationsPeriod> Periods);
    public sealed record IngestResult(int Read, int Stored, IReadOnlyDictionary<string, int> Skipped, int Events, int NewEvents, int MergedReports);
}
