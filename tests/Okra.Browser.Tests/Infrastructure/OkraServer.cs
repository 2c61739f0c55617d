using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Okra.Browser.Tests.Infrastructure;

/// <summary>
/// The real app as its own process (<c>dotnet Okra.dll</c>) on a free port with a fresh SQLite directory, so that the demo
/// organisation is seeded on its first start.
/// </summary>
public sealed class OkraServer : IAsyncDisposable
{
    private readonly Process process;
    private readonly string dataDirectory;
    private readonly StringBuilder output = new();

    private OkraServer(Process process, string dataDirectory, Uri address)
    {
        this.process = process;
        this.dataDirectory = dataDirectory;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>
    /// A first start (migrations, demo seed) takes about 12 s on a quiet 2-core machine; while other test assemblies
    /// run beside it on the same two cores it has been seen to take over 90 s.
    /// </summary>
    private const int StartTimeoutSeconds = 240;

    /// <summary>What the app printed so far, for failure messages.</summary>
    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<OkraServer> StartAsync()
    {
        if (!File.Exists(Repository.AppDll))
            throw new InvalidOperationException($"The app is not built at {Repository.AppDll}; run dotnet build first.");
        var dataDirectory = Directory.CreateTempSubdirectory("okra-browser-").FullName;
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Repository.AppDll, "--urls", address.ToString().TrimEnd('/') },
            WorkingDirectory = Path.Combine(Repository.Root, "src", "Okra"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["Okra__DataDirectory"] = dataDirectory,
                // Every test signs in from the same address; the limit has its own tests in Okra.Tests.
                ["Okra__RateLimits__SignInPerMinute"] = "1000",
                ["DOTNET_NOLOGO"] = "1",
            },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var server = new OkraServer(process, dataDirectory, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitUntilHealthyAsync();
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        try
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the system's temp cleaning.
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(StartTimeoutSeconds);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited) throw new InvalidOperationException($"The app exited with {process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Still starting (migrations and the demo seed).
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The app did not answer /health within {StartTimeoutSeconds} s:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (output) output.AppendLine(line);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
