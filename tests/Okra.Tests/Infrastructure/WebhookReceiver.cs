using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Okra.Tests.Infrastructure;

/// <summary>One request a <see cref="WebhookReceiver"/> got.</summary>
public sealed record ReceivedWebhook(string Body, string? Timestamp, string? Signature, string? ContentType, int AnsweredWith);

/// <summary>
/// A real HTTP receiver (HttpListener) on a free local port. It answers each request with the next status of
/// <see cref="Answers"/> (200 once they run out), and keeps every request.
/// </summary>
public sealed class WebhookReceiver : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ConcurrentQueue<ReceivedWebhook> received = new();

    public WebhookReceiver()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>The statuses to answer with, in order.</summary>
    public ConcurrentQueue<int> Answers { get; } = new();

    public IReadOnlyList<ReceivedWebhook> Received => received.ToList();

    /// <summary>An address where nothing listens: a receiver that is down.</summary>
    public static string DownUrl => $"http://127.0.0.1:{FreePort()}/hook";

    public void Dispose() => listener.Close();

    private async Task LoopAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
            {
                return; // closed by Dispose
            }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var status = Answers.TryDequeue(out var next) ? next : 200;
            received.Enqueue(new ReceivedWebhook(body, context.Request.Headers["Okra-Timestamp"], context.Request.Headers["Okra-Signature"],
                context.Request.ContentType, status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
