using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Okra.Data;

namespace Okra.Hosting;

/// <summary>Registers the database chosen by configuration and prepares it at start.</summary>
public static class DatabaseSetup
{
    /// <summary>
    /// Adds <see cref="OkraDbContext"/> for SQLite (default) or PostgreSQL, one per request (scope), taken from EF Core's
    /// pool of contexts and given back when the scope ends: building a context and its internal services was a tenth of
    /// an API request's CPU. Its options (provider, connection string, interceptors) are the same for every request; on SQLite an API request also
    /// takes a connection kept open with its compiled statements (<see cref="SqliteConnections"/>).
    /// </summary>
    public static IServiceCollection AddOkraDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OkraOptions.Section).Get<OkraOptions>() ?? new OkraOptions();
        if (options.Database.Provider == DatabaseProvider.Postgres)
        {
            var connection = configuration.GetConnectionString("Okra")
                ?? throw new InvalidOperationException("Okra:Database:Provider is Postgres but ConnectionStrings:Okra is not set.");
            services.AddPooledDbContextFactory<PostgresOkraDbContext>(o => o.UseNpgsql(connection));
            services.AddScoped<OkraDbContext>(Pooled<PostgresOkraDbContext>);
        }
        else
        {
            var connection = SqliteConnectionString(options.DataDirectory);
            IInterceptor[] interceptors = [new SqliteConnectionSettings(), new SqliteStatementCache()];
            services.AddPooledDbContextFactory<SqliteOkraDbContext>(o => o.UseSqlite(connection).AddInterceptors(interceptors));
            services.AddSingleton(_ => new SqliteConnections(connection, interceptors));
            services.AddScoped<OkraDbContext>(Pooled<SqliteOkraDbContext>);
        }
        return services;
    }

    // The scope disposes the context, which gives it back to the pool.
    private static OkraDbContext Pooled<TContext>(IServiceProvider services) where TContext : OkraDbContext =>
        services.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext().ForUnitOfWork(services.GetRequiredService<TimeProvider>());

    /// <summary>On SQLite, the background checkpoints of the app (<see cref="WalCheckpointer"/>); the CLI has none.</summary>
    public static IServiceCollection AddOkraWalCheckpoints(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OkraOptions.Section).Get<OkraOptions>() ?? new OkraOptions();
        if (options.Database.Provider != DatabaseProvider.Postgres) services.AddHostedService<WalCheckpointer>();
        return services;
    }

    /// <summary>The SQLite file under <paramref name="dataDirectory"/>, created if missing.</summary>
    public static string SqliteConnectionString(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        return new SqliteConnectionStringBuilder
        {
            DataSource = Path.Combine(Path.GetFullPath(dataDirectory), "okra.db"),
            DefaultTimeout = 30,
            Pooling = true,
        }.ToString();
    }

    /// <summary>Applies pending migrations; on SQLite also switches to write-ahead logging for concurrent readers.</summary>
    public static async Task MigrateAsync(OkraDbContext db, CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
