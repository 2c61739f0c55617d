using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Okra.Tests.Infrastructure;

/// <summary>
/// A real SMTP server (the SmtpServer package) on a free local port, started once per test run. Every message the app
/// sends is parsed with MimeKit and kept; tests tell theirs apart by recipient, as each test mails its own new people.
/// </summary>
public sealed class SmtpTestServer
{
    private static readonly Lazy<SmtpTestServer> Instance = new(() => new SmtpTestServer());
    private readonly ConcurrentQueue<MimeMessage> messages = new();

    private SmtpTestServer()
    {
        Port = FreePort();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(b => b.Port(Port).AllowUnsecureAuthentication()).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(messages));
        _ = new SmtpServer.SmtpServer(options, services).StartAsync(CancellationToken.None);
    }

    public static SmtpTestServer Shared => Instance.Value;

    public int Port { get; }

    /// <summary>The app settings that send through this server.</summary>
    public IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Okra:Smtp:Host"] = "127.0.0.1",
        ["Okra:Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Okra:Smtp:From"] = "Okra <okra@example.test>",
    };

    /// <summary>Messages received for <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        messages.Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase))).ToList();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(ConcurrentQueue<MimeMessage> messages) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            messages.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
