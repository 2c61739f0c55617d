using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Okra.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster started once per test run from the machine's PostgreSQL binaries, or the server
/// named by <c>OKRA_TEST_POSTGRES</c>. Each test fixture gets its own database on it. PostgreSQL refuses to run as
/// root, so as root the cluster runs as the <c>postgres</c> user.
/// </summary>
public static class PostgresServer
{
    private static readonly Lazy<Task<string>> Server = new(StartAsync);

    /// <summary>A connection string for a new, empty database.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Server.Value;
        var name = "okra_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    private static async Task<string> StartAsync()
    {
        if (Environment.GetEnvironmentVariable("OKRA_TEST_POSTGRES") is { Length: > 0 } given) return given;

        var bin = FindBinaries();
        var dir = Path.Combine(Path.GetTempPath(), $"okra-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot) await RunAsync("chown", $"postgres:postgres {dir}");
        var port = FreePort();
        await RunPostgresAsync(asRoot, Path.Combine(bin, "initdb"), $"-D {dir}/data -A trust -U okra --no-sync -E UTF8 --locale=C.UTF-8");
        await RunPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            $"-D {dir}/data -l {dir}/log -w -o \"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300\" start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {dir}/data -m immediate stop").GetAwaiter().GetResult();
            Directory.Delete(dir, recursive: true);
        };
        return $"Host=127.0.0.1;Port={port};Username=okra;Database=postgres;Pooling=true;Maximum Pool Size=50";
    }

    private static string FindBinaries()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("OKRA_PG_BIN") }
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")) : []);
        return candidates.FirstOrDefault(d => d is not null && File.Exists(Path.Combine(d, "initdb")))
            ?? throw new InvalidOperationException(
                "No PostgreSQL binaries found (looked in OKRA_PG_BIN and /usr/lib/postgresql/*/bin). Run the tests with ./build.sh test, which installs them.");
    }

    private static Task RunPostgresAsync(bool asRoot, string program, string arguments) =>
        asRoot ? RunAsync("runuser", $"-u postgres -- {program} {arguments}") : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"{program} {arguments}"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{program} {arguments}' failed with exit code {process.ExitCode}: {await stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
