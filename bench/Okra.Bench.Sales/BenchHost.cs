using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Hosting;

namespace Okra.Bench.Sales;

/// <summary>
/// The app's own services (the same registration the web host and the CLI use) on a SQLite directory or a PostgreSQL
/// database, with the web host's background checkpoints, which <see cref="StartAppServicesAsync"/> starts.
/// </summary>
internal static class BenchHost
{
    public static ServiceProvider Create(string target)
    {
        var postgres = target.StartsWith("Host=", StringComparison.Ordinal);
        var settings = new Dictionary<string, string?>
        {
            ["Okra:Database:Provider"] = postgres ? "Postgres" : "Sqlite",
            ["Okra:DataDirectory"] = postgres ? null : target,
            ["ConnectionStrings:Okra"] = postgres ? target : null,
        };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddOkraCore(configuration);
        services.AddOkraWalCheckpoints(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>Starts the background services the web host would run beside the requests (the WAL checkpoints).</summary>
    public static async Task StartAppServicesAsync(ServiceProvider provider)
    {
        foreach (var service in provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>()) await service.StartAsync(default);
    }

    public static async Task MigrateAsync(ServiceProvider provider)
    {
        await using var scope = provider.CreateAsyncScope();
        await DatabaseSetup.MigrateAsync(scope.ServiceProvider.GetRequiredService<OkraDbContext>());
    }
}
