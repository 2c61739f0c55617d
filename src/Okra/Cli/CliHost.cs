using Microsoft.Extensions.Logging.Console;
using Okra.Data;
using Okra.Domain.Common;
using Okra.Hosting;

namespace Okra.Cli;

/// <summary>The services of the app without the web server, for the maintenance verbs.</summary>
internal static class CliHost
{
    /// <summary>
    /// Builds the services, applies migrations and runs <paramref name="work"/> in a scope. Expected failures — a
    /// <see cref="CliException"/> or input a domain rule refuses — go to stderr as <c>okra: …</c> with exit code 1.
    /// </summary>
    public static async Task<int> RunAsync(Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken ct)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // Standard output belongs to the verb (export writes JSON there); warnings go with the errors.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
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
        catch (DomainValidationException e)
        {
            await Console.Error.WriteLineAsync($"okra: {e.Field}: {e.Reason}");
            return 1;
        }
    }
}

/// <summary>An expected failure of a verb: printed to stderr as it is, with a non-zero exit code.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
