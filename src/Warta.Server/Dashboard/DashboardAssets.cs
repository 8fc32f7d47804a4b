using System.Reflection;
using System.Security.Cryptography;

namespace Warta.Server.Dashboard;

/// <summary>One embedded file of the dashboard: its bytes, media type and a validator for caches.</summary>
public sealed record DashboardAsset(string Path, byte[] Content, string ContentType, string ETag);

/// <summary>
/// The dashboard's static files (wwwroot/, embedded in this assembly so that <c>warta</c> is one deployable thing):
/// read once, served from memory. Only files with a known media type are served.
/// </summary>
public static class DashboardAssets
{
    private const string Prefix = "wwwroot/";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".geojson"] = "application/geo+json",
        [".json"] = "application/json",
        [".txt"] = "text/plain; charset=utf-8",
        [".tsv"] = "text/tab-separated-values; charset=utf-8",
        [".png"] = "image/png",
        [".svg"] = "image/svg+xml",
    };

    private static readonly Lazy<IReadOnlyDictionary<string, DashboardAsset>> All = new(Load);

    /// <summary>Every asset by its path under wwwroot/ ("index.html", "vendor/leaflet.js").</summary>
    public static IReadOnlyDictionary<string, DashboardAsset> Files => All.Value;

    /// <summary>The asset at a path under wwwroot/, or null (unknown paths, and any path with "..", are not found).</summary>
    public static DashboardAsset? Find(string path) =>
        path.Contains("..", StringComparison.Ordinal) ? null : Files.GetValueOrDefault(path);

    private static IReadOnlyDictionary<string, DashboardAsset> Load()
    {
        var assembly = typeof(DashboardAssets).Assembly;
        var files = new Dictionary<string, DashboardAsset>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var path = name[Prefix.Length..].Replace('\\', '/');
            if (!Types.TryGetValue(System.IO.Path.GetExtension(path), out var type)) continue;
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            var bytes = memory.ToArray();
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes))[..16].ToLowerInvariant() + "\"";
            files[path] = new DashboardAsset(path, bytes, type, etag);
        }
        return files;
    }
}
