using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Okra.Tests.Infrastructure;

/// <summary>
/// The real app on a real database, with the clock fixed at <see cref="Start"/>. One subclass per provider;
/// tests are written once against this type and run on both.
/// </summary>
public abstract partial class OkraApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    /// <summary>Monday 15 February 2027, 09:00 UTC: 45 of the 89 days of 2027-Q1 have passed.</summary>
    public static readonly DateTimeOffset Start = new(2027, 2, 15, 9, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Clock { get; } = new(Start);

    public abstract string Provider { get; }

    /// <summary>Settings a test sets before the app first starts, e.g. a low rate limit.</summary>
    public Dictionary<string, string> Overrides { get; } = new()
    {
        // Most tests sign in many times from one address; the limit itself is tested with its own app.
        ["Okra:RateLimits:SignInPerMinute"] = "1000",
        // Tests run scheduled jobs and the outbox themselves (JobScheduler, DeliveryDispatcher), so nothing runs behind their back.
        ["Okra:Rhythm:Worker"] = "false",
    };

    protected abstract IReadOnlyDictionary<string, string> DatabaseSettings { get; }

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual Task DisposeAsync() => base.DisposeAsync().AsTask();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Okra:Demo", "false");
        builder.UseSetting("Okra:TimeZone", "UTC");
        foreach (var (key, value) in DatabaseSettings.Concat(Overrides)) builder.UseSetting(key, value);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}

public sealed class SqliteApp : OkraApp
{
    private readonly string directory = Directory.CreateTempSubdirectory("okra-test-").FullName;

    public override string Provider => "Sqlite";

    public string DataDirectory => directory;

    protected override IReadOnlyDictionary<string, string> DatabaseSettings => new Dictionary<string, string>
    {
        ["Okra:Database:Provider"] = "Sqlite",
        ["Okra:DataDirectory"] = directory,
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}

public sealed class PostgresApp : OkraApp
{
    private string connectionString = "";

    public override string Provider => "Postgres";

    public string ConnectionString => connectionString;

    protected override IReadOnlyDictionary<string, string> DatabaseSettings => new Dictionary<string, string>
    {
        ["Okra:Database:Provider"] = "Postgres",
        ["ConnectionStrings:Okra"] = connectionString,
    };

    public override async Task InitializeAsync() => connectionString = await PostgresServer.CreateDatabaseAsync();
}
