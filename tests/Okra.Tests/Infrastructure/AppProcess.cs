using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Okra.Tests.Infrastructure;

/// <summary>
/// The real app as its own process (<c>dotnet Okra.dll --urls …</c>) on the database of a <see cref="CliRunner"/>, so that
/// a test can kill it the hard way (SIGKILL) and start it again on the same data.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    private AppProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
    }

    public Uri Address { get; }

    public string Output
    {
        get { lock (output) return output.ToString(); }
    }

    public static async Task<AppProcess> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["Okra__TimeZone"] = "UTC";
        start.Environment["Okra__Demo"] = "false";
        // Load tests are one caller writing fast; the limit has its own tests.
        start.Environment["Okra__RateLimits__ApiPerMinute"] = "10000000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var app = new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."), address);
        app.process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app.process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app.process.BeginOutputReadLine();
        app.process.BeginErrorReadLine();
        await app.WaitUntilHealthyAsync();
        return app;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, as when the machine's OOM killer or an operator's kill -9 strikes.</summary>
    public async Task KillAsync()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) await KillAsync();
        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(120);
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
                // Still starting.
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The app did not answer /health within 120 s:\n{Output}");
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
