using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Warta.Server;

namespace Warta.Cli.Commands;

/// <summary>warta serve --db … --urls http://127.0.0.1:PORT [--ingest-token T]: the dashboard at / and the HTTP API under /api.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var token = new Option<string>("--ingest-token") { Description = "Accept POST /api/ingest with 'Authorization: Bearer TOKEN'; without it the server is read-only" };
        var cmd = new Command("serve", "Serve the store: the dashboard at / and a JSON HTTP API under /api (OpenAPI at /openapi/v1.json)") { db, urls, token };
        cmd.SetAction(async (pr, ct) =>
        {
            var app = await WartaServer.BuildAsync(
                new WartaServerOptions(pr.GetValue(db)!, pr.GetValue(token), Composition.CreateCoder,
                    Warta.Coding.Events.CameoCodebook.Default.Codes.ToDictionary(c => c.Code, c => c.Label, StringComparer.Ordinal)),
                ["--urls", pr.GetValue(urls)!]);
            await using (app)
            {
                await app.StartAsync(ct);
                foreach (var address in app.Urls) Console.WriteLine($"listening on {address} (store {pr.GetValue(db)}); dashboard at {address}/");
                await app.WaitForShutdownAsync(ct);
            }
            return 0;
        });
        return cmd;
    }
}
