using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Okra.Data;

/// <summary>The model on SQLite, the embedded default. Its migrations are in <c>Migrations/Sqlite</c>.</summary>
public sealed class SqliteOkraDbContext(DbContextOptions<SqliteOkraDbContext> options, TimeProvider clock)
    : OkraDbContext(options, clock)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no time-zone type and cannot order by a DateTimeOffset stored as text; UTC ticks sort correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}

/// <summary>The model on PostgreSQL, for scale. Its migrations are in <c>Migrations/Postgres</c>.</summary>
public sealed class PostgresOkraDbContext(DbContextOptions<PostgresOkraDbContext> options, TimeProvider clock)
    : OkraDbContext(options, clock);

/// <summary>Lets <c>dotnet ef</c> build the SQLite model without the host.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteOkraDbContext>
{
    public SqliteOkraDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteOkraDbContext>().UseSqlite("Data Source=design.db").Options, TimeProvider.System);
}

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL model without the host or a server.</summary>
public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresOkraDbContext>
{
    public PostgresOkraDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresOkraDbContext>().UseNpgsql("Host=localhost;Database=okra").Options, TimeProvider.System);
}
