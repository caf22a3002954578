using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace HelseIndicators.Tests.Data.Http;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener on a free port) that answers with a handler; never the internet.</summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<HttpListenerRequest, Task<Reply>> _handler;
    private readonly Task _loop;
    private readonly CancellationTokenSource _stop = new();

    public LoopbackServer(Func<HttpListenerRequest, Task<Reply>> handler)
    {
        _handler = handler;
        for (var attempt = 0; ; attempt++)
        {
            var port = FreePort();
            BaseAddress = new Uri($"http://127.0.0.1:{port}/");
            _listener.Prefixes.Clear();
            _listener.Prefixes.Add(BaseAddress.ToString());
            try
            {
                _listener.Start();
                break;
            }
            catch (HttpListenerException) when (attempt < 5)
            {
            }
        }

        _loop = Task.Run(LoopAsync);
    }

    public LoopbackServer(Func<HttpListenerRequest, Reply> handler)
        : this(request => Task.FromResult(handler(request)))
    {
    }

    public Uri BaseAddress { get; }

    /// <summary>The path and query of every request received, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    public static Reply File(string path, int status = 200) => new(status, System.IO.File.ReadAllText(path));

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception) when (_stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        try
        {
            Requests.Enqueue(context.Request.RawUrl ?? "");
            var reply = await _handler(context.Request);
            context.Response.StatusCode = reply.Status;
            context.Response.ContentType = reply.ContentType ?? "application/json; charset=utf-8";
            foreach (var (name, value) in reply.Headers ?? [])
            {
                context.Response.Headers[name] = value;
            }

            var bytes = reply.Bytes ?? Encoding.UTF8.GetBytes(reply.Body);
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
        catch (Exception)
        {
            // The client went away (a timeout or cancellation test): nothing to answer.
            try
            {
                context.Response.Abort();
            }
            catch (Exception)
            {
            }
        }
    }

    public sealed record Reply(int Status, string Body, IReadOnlyList<(string Name, string Value)>? Headers = null)
    {
        public byte[]? Bytes { get; init; }

        public string? ContentType { get; init; }
    }
}
