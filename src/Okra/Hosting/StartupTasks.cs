using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Okra.Accounts;
using Okra.Data;
using Okra.Security;

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
        var empty = !await db.Organisations.AnyAsync(cancellationToken) && !await db.People.AnyAsync(cancellationToken);
        var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
        if (empty && options.Value.SeedsDemo)
        {
            var demo = scope.ServiceProvider.GetRequiredService<Demo.DemoOrganisation>();
            var summary = await demo.SeedAsync(null, cancellationToken);
            await FirstRun.CreateDemoAccountsAsync(db, accounts, cancellationToken);
            LogDemo(summary, FirstRun.DemoPassword);
        }
        // The first start of an installation (demo or not), or a database restored without accounts, gets an admin.
        if (await FirstRun.EnsureAdminAsync(db, accounts, firstStart: empty, cancellationToken) is { } password)
        {
            // Shown once, on the console only: a log may be kept and shipped, the console of a first start is not.
            Console.WriteLine();
            Console.WriteLine($"  Okra created the admin account {FirstRun.AdminEmail}");
            Console.WriteLine($"  One-time password: {password}");
            Console.WriteLine("  It is not shown again; reset it with: okra users reset-password admin@okra.local");
            Console.WriteLine();
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded the demo organisation: {Summary}. Every demo person signs in with their e-mail and the password {Password}")]
    private partial void LogDemo(string summary, string password);
}
