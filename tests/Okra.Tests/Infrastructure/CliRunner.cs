using System.Diagnostics;

namespace Okra.Tests.Infrastructure;

/// <summary>The result of one run of the okra executable.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the real okra executable as a separate process against one database.</summary>
public sealed class CliRunner(IReadOnlyDictionary<string, string> environment)
{
    /// <summary>The settings that point the executable at this runner's database.</summary>
    public IReadOnlyDictionary<string, string> Environment => environment;

    public async Task<CliResult> RunAsync(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (key, value) in environment) start.Environment[key] = value;
        start.Environment["Okra__TimeZone"] = "UTC";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>A runner on a new SQLite data directory.</summary>
    public static CliRunner Sqlite(out string dataDirectory)
    {
        dataDirectory = Directory.CreateTempSubdirectory("okra-cli-").FullName;
        return new CliRunner(new Dictionary<string, string> { ["Okra__DataDirectory"] = dataDirectory, ["Okra__Database__Provider"] = "Sqlite" });
    }

    /// <summary>A runner on a new PostgreSQL database.</summary>
    public static async Task<CliRunner> PostgresAsync() => new(new Dictionary<string, string>
    {
        ["Okra__Database__Provider"] = "Postgres",
        ["ConnectionStrings__Okra"] = await PostgresServer.CreateDatabaseAsync(),
    });
}
