using Okra.Data;
using Okra.Hosting;

namespace Okra.Cli;

/// <summary>The services of the app without the web server, for the maintenance verbs.</summary>
internal static class CliHost
{
    /// <summary>Builds the services, applies migrations and runs <paramref name="work"/> in a scope.</summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddOkraCore(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        try
        {
            await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<OkraDbContext>(), ct);
            return await work(scope.ServiceProvider, ct);
        }
        catch (CliException e)
        {
            await Console.Error.WriteLineAsync($"okra: {e.Message}");
            return e.ExitCode;
        }
    }
}

/// <summary>An expected failure of a verb: printed to stderr as it is, with a non-zero exit code.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
