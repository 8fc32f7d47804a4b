using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Warta.Server.Dashboard;

/// <summary>
/// The dashboard analysts open in a browser: one page (relations and events at <c>/</c>, an event's evidence at
/// <c>/event?id=…</c>, the map at <c>/map</c>) whose scripts read the JSON API. Its state lives in the query string.
/// Every answer forbids inline scripts and styles (Content-Security-Policy): article text and actor names are data,
/// put into the page as text, never as markup.
/// </summary>
public static class DashboardEndpoints
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The paths that answer with the dashboard page.</summary>
    public static readonly IReadOnlyList<string> Pages = ["/", "/event", "/map"];

    public static void Map(WebApplication app)
    {
        foreach (var page in Pages)
            app.MapGet(page, (HttpContext c) => Serve(c, "index.html")).ExcludeFromDescription();
        app.MapGet("/assets/{**path}", (string path, HttpContext c) => Serve(c, path)).ExcludeFromDescription();
    }

    private static IResult Serve(HttpContext c, string path)
    {
        if (path == "index.html" && c.Request.Path.StartsWithSegments("/assets")) return NotFound(c);
        if (DashboardAssets.Find(path) is not { } asset) return NotFound(c);
        var headers = c.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // Revalidated on each load (a new Warta serves new files at the same paths); unchanged files answer 304.
        headers.CacheControl = "no-cache";
        headers.ETag = asset.ETag;
        if (c.Request.Headers.IfNoneMatch.ToString() == asset.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(asset.Content, asset.ContentType);
    }

    private static IResult NotFound(HttpContext c) =>
        Results.NotFound(new WartaServer.ErrorBody($"no such resource: {c.Request.Path}"));
}
