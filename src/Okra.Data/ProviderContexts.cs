using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Okra.Domain.Sales;

namespace Okra.Data;

/// <summary>The model on SQLite, the embedded default. Its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOkraDbContext(DbContextOptions<SqliteOkraDbContext> options) : OkraDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // One person's activities by day: a window reads only its own days.
        builder.Entity<Activity>().HasIndex(a => new { a.OwnerPersonId, a.Date });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no time-zone type and cannot order by a DateTimeOffset stored as text; UTC ticks sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }

    // SQLite lets one writer at a time into a database file. Saves of this process queue here, in arrival order, so a
    // save that finds another one mid-commit is woken the moment it ends, instead of SQLite's busy handler putting it to
    // sleep for 1, 2, 5, 10 … ms and retrying. A save inside a transaction the caller opened skips the queue: that
    // transaction may already hold SQLite's write lock, and waiting here while holding it could stall the save ahead.
    // Writers outside this process (the CLI) still meet the busy handler.
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Writers = new(StringComparer.Ordinal);

    private SemaphoreSlim? writer;

    protected override int Write(Func<int> save)
    {
        if (Database.CurrentTransaction is not null) return save();
        var queue = WriterOfThisFile();
        queue.Wait();
        try
        {
            return save();
        }
        finally
        {
            queue.Release();
        }
    }

    protected override async Task<int> WriteAsync(Func<Task<int>> save, CancellationToken ct)
    {
        if (Database.CurrentTransaction is not null) return await save();
        var queue = WriterOfThisFile();
        await queue.WaitAsync(ct);
        try
        {
            return await save();
        }
        finally
        {
            queue.Release();
        }
    }

    private SemaphoreSlim WriterOfThisFile() => writer ??=
        WritersOf(Path.GetFullPath(new SqliteConnectionStringBuilder(Database.GetConnectionString()).DataSource));

    /// <summary>
    /// The queue of this process's saves to the SQLite file at <paramref name="fullPath"/>: whoever holds it may write with
    /// no save of the process mid-commit (the app's checkpointer holds it to restart the write-ahead log).
    /// </summary>
    public static SemaphoreSlim WritersOf(string fullPath) => Writers.GetOrAdd(fullPath, _ => new SemaphoreSlim(1, 1));
}

/// <summary>The model on PostgreSQL, for scale. Its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresOkraDbContext(DbContextOptions<PostgresOkraDbContext> options) : OkraDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // One person's activities, without the day: PostgreSQL keeps an index's equal keys as one list in the table's
        // order, so each person's entries grow at one end as activities arrive, where a (person, day) index inserts each
        // one where its day falls. A batch of a million new activities took 25–40 % less time (bench/sales.sh postgres,
        // 116,000 and 144,000 rows/s against 90,000 and 101,000); a window of one person's days reads all of that
        // person's activities and keeps those of the window.
        builder.Entity<Activity>().HasIndex(a => a.OwnerPersonId);
    }
}

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOkraDbContext>
{
    public SqliteOkraDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOkraDbContext>().UseSqlite("Data Source=design.db").Options);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without the host or a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOkraDbContext>
{
    public PostgresOkraDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOkraDbContext>().UseNpgsql("Host=localhost;Database=okra").Options);
}
