using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Okra.Cli;
using Okra.Data;

namespace Okra.Backup;

/// <summary>
/// SQLite's online backup API: copies the database page by page under a read transaction, so the copy is
/// consistent even while the app writes, and the same API restores a backup into the live file.
/// </summary>
internal static class SqliteBackup
{
    public static async Task BackupAsync(OkraDbContext db, FileInfo target, CancellationToken ct)
    {
        var partial = target.FullName + ".partial";
        File.Delete(partial);
        await using (var source = new SqliteConnection(db.Database.GetConnectionString()))
        await using (var destination = new SqliteConnection(Plain(partial, SqliteOpenMode.ReadWriteCreate)))
        {
            await source.OpenAsync(ct);
            await destination.OpenAsync(ct);
            source.BackupDatabase(destination);
            // A backup is one self-contained file: no write-ahead log beside it.
            await using var command = destination.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=DELETE;";
            await command.ExecuteNonQueryAsync(ct);
        }
        SqliteConnection.ClearAllPools();
        // Written beside the target and renamed, so a crash never leaves a half backup under the target's name.
        File.Move(partial, target.FullName, overwrite: true);
    }

    public static async Task RestoreAsync(OkraDbContext db, FileInfo source, CancellationToken ct)
    {
        await using var backup = new SqliteConnection(Plain(source.FullName, SqliteOpenMode.ReadOnly));
        try
        {
            await backup.OpenAsync(ct);
            await CheckAsync(backup, db, source.Name, ct);
        }
        catch (SqliteException e)
        {
            throw new CliException($"{source.Name}: cannot be read as a SQLite database ({e.Message}). Nothing was restored.");
        }
        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        await using var live = new SqliteConnection(db.Database.GetConnectionString());
        await live.OpenAsync(ct);
        backup.BackupDatabase(live);
    }

    /// <summary>Refuses a damaged file, a SQLite file that is not Okra's, and a backup from a newer release.</summary>
    private static async Task CheckAsync(SqliteConnection backup, OkraDbContext db, string name, CancellationToken ct)
    {
        var integrity = await ScalarAsync(backup, "PRAGMA quick_check;", ct);
        if (integrity != "ok") throw new CliException($"{name}: the file is damaged ({integrity}). Nothing was restored.");
        if (await ScalarAsync(backup, "SELECT name FROM sqlite_master WHERE name = '__EFMigrationsHistory';", ct) is null)
            throw new CliException($"{name}: a SQLite database, but not Okra's (it has no migration history). Nothing was restored.");
        await using var command = backup.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory;";
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!known.Contains(reader.GetString(0)))
                throw new CliException($"{name}: written by a newer Okra (migration {reader.GetString(0)} is unknown here); restore it with that version. Nothing was restored.");
        }
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (await command.ExecuteScalarAsync(ct))?.ToString();
    }

    private static string Plain(string path, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = path, Mode = mode, Pooling = false }.ToString();
}
