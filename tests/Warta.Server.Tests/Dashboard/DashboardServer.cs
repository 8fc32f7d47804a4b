using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Warta.Server.Tests.Dashboard;

/// <summary>
/// <c>warta serve</c> as the CLI starts it (Kestrel on 127.0.0.1, a free port, read-only) over the dashboard stories,
/// in a temporary folder removed at the end.
/// </summary>
public sealed class DashboardServer : IAsyncDisposable
{
    private readonly string dir;
    private readonly WebApplication app;

    private DashboardServer(string dir, WebApplication app, string address)
    {
        this.dir = dir;
        this.app = app;
        Address = address.TrimEnd('/');
    }

    /// <summary>"http://127.0.0.1:PORT".</summary>
    public string Address { get; }

    public string Db => Path.Combine(dir, "dashboard.db");

    public static async Task<DashboardServer> StartAsync(CancellationToken ct)
    {
        var dir = Directory.CreateTempSubdirectory("warta-dashboard-").FullName;
        var db = Path.Combine(dir, "dashboard.db");
        await DashboardStories.BuildAsync(db, ct);
        var app = await WartaServer.BuildAsync(new WartaServerOptions(db, CameoLabels: DashboardStories.CameoLabels), ["--urls", "http://127.0.0.1:0"]);
        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new DashboardServer(dir, app, address);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(dir, true); } catch (IOException) { }
    }
}
