namespace Okra.Hosting;

/// <summary>Which database Okra uses.</summary>
public enum DatabaseProvider
{
    /// <summary>One file under the data directory; the embedded default.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by <c>ConnectionStrings:Okra</c>.</summary>
    Postgres,
}

/// <summary>The <c>Okra</c> configuration section.</summary>
public sealed class OkraOptions
{
    public const string Section = "Okra";

    /// <summary>Where the SQLite file lives (default <c>./data</c>).</summary>
    public string DataDirectory { get; set; } = "./data";

    /// <summary>The organisation's time zone, which decides what "today" is.</summary>
    public string TimeZone { get; set; } = "Europe/Budapest";

    /// <summary>Database settings.</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>Seed the demo organisation into an empty database at start; defaults to on for SQLite, off for PostgreSQL.</summary>
    public bool? Demo { get; set; }

    /// <summary>Whether the demo is seeded with the provider's default applied.</summary>
    public bool SeedsDemo => Demo ?? Database.Provider == DatabaseProvider.Sqlite;
}

/// <summary>The <c>Okra:Database</c> section.</summary>
public sealed class DatabaseOptions
{
    /// <summary>Sqlite (default) or Postgres.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
