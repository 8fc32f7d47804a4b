using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Warta.Ingest.Tests;

/// <summary>A request as the local server saw it.</summary>
public sealed record SeenRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers);

/// <summary>What the local server answers; <see cref="Writer"/> streams a body of its own (slow, huge or cut).</summary>
public sealed record Reply(int Status, byte[] Body, string ContentType = "text/html; charset=utf-8")
{
    public Dictionary<string, string> Headers { get; init; } = new(StringComparer.OrdinalIgnoreCase);
    public Func<Stream, CancellationToken, Task>? Writer { get; init; }
    public TimeSpan Delay { get; init; }

    public Reply WithHeader(string name, string value) =>
        this with { Headers = new Dictionary<string, string>(Headers, StringComparer.OrdinalIgnoreCase) { [name] = value } };

    public static Reply Html(string html, string contentType = "text/html; charset=utf-8") => new(200, Encoding.UTF8.GetBytes(html), contentType);
    public static Reply Bytes(byte[] body, string contentType) => new(200, body, contentType);
    public static Reply Code(int status) => new(status, Encoding.UTF8.GetBytes($"status {status}"), "text/plain");
    public static Reply Redirect(string location) => new(302, [], "text/plain") { Headers = { ["Location"] = location } };
}

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 (an ephemeral port) for network tests: one request per connection,
/// answers from a handler written by the test. Nothing leaves the machine.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Func<SeenRequest, Reply> _handler;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ConcurrentQueue<SeenRequest> Requests { get; } = new();

    public LocalServer(Func<SeenRequest, Reply> handler)
    {
        _handler = handler;
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public string Base => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    public string Url(string path) => Base + path;

    public int Count(string path) => Requests.Count(r => r.Path == path);

    private async Task AcceptLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stop.Token); }
            catch (Exception) { return; }
            _ = Task.Run(() => Serve(client));
        }
    }

    private async Task Serve(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var head = await ReadHead(stream);
                if (head is null) return;
                var lines = head.Split("\r\n");
                var parts = lines[0].Split(' ');
                var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                foreach (var line in lines.Skip(1))
                {
                    var colon = line.IndexOf(':');
                    if (colon > 0) headers[line[..colon].Trim()] = line[(colon + 1)..].Trim();
                }
                var request = new SeenRequest(parts[0], parts[1], headers);
                Requests.Enqueue(request);
                var reply = _handler(request);
                if (reply.Delay > TimeSpan.Zero) await Task.Delay(reply.Delay, _stop.Token);
                var sb = new StringBuilder();
                sb.Append($"HTTP/1.1 {reply.Status} {Reason(reply.Status)}\r\n");
                sb.Append($"Content-Type: {reply.ContentType}\r\nConnection: close\r\n");
                foreach (var (k, v) in reply.Headers) sb.Append($"{k}: {v}\r\n");
                if (reply.Writer is null && !reply.Headers.ContainsKey("Content-Length")) sb.Append($"Content-Length: {reply.Body.Length}\r\n");
                sb.Append("\r\n");
                var headBytes = Encoding.ASCII.GetBytes(sb.ToString());
                await stream.WriteAsync(headBytes, _stop.Token);
                if (reply.Writer is not null) await reply.Writer(stream, _stop.Token);
                else if (request.Method != "HEAD") await stream.WriteAsync(reply.Body, _stop.Token);
                await stream.FlushAsync(_stop.Token);
            }
            catch (Exception)
            {
                // The client went away (time-out, size cap): that is what some tests want.
            }
        }
    }

    private static async Task<string?> ReadHead(NetworkStream stream)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (buffer.Count < 64 * 1024)
        {
            var n = await stream.ReadAsync(one);
            if (n == 0) return null;
            buffer.Add(one[0]);
            var c = buffer.Count;
            if (c >= 4 && buffer[c - 4] == '\r' && buffer[c - 3] == '\n' && buffer[c - 2] == '\r' && buffer[c - 1] == '\n')
                return Encoding.ASCII.GetString(buffer.ToArray(), 0, c - 4);
        }
        return null;
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK", 301 => "Moved Permanently", 302 => "Found", 304 => "Not Modified", 404 => "Not Found",
        429 => "Too Many Requests", 500 => "Internal Server Error", 503 => "Service Unavailable", _ => "Status",
    };

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try { await _loop; } catch (Exception) { }
        _stop.Dispose();
    }
}
