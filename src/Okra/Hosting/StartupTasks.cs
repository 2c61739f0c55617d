using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Okra.Data;

namespace Okra.Hosting;

/// <summary>
/// Before the server takes requests: applies migrations, then on the embedded default seeds the demo
/// organisation into an empty database (setting <c>Okra:Demo</c>).
/// </summary>
internal sealed partial class StartupTasks(IServiceProvider services, IOptions<OkraOptions> options, ILogger<StartupTasks> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OkraDbContext>();
        await DatabaseSetup.MigrateAsync(db, cancellationToken);
        var empty = !await db.Organisations.AnyAsync(cancellationToken);
        if (empty && options.Value.SeedsDemo)
        {
            var demo = scope.ServiceProvider.GetRequiredService<Demo.DemoOrganisation>();
            var summary = await demo.SeedAsync(null, cancellationToken);
            LogDemo(summary);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo organisation: {Summary}")]
    private partial void LogDemo(string summary);
}
