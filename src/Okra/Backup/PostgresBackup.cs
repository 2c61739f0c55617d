using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Okra.Cli;
using Okra.Data;

namespace Okra.Backup;

/// <summary>
/// <c>pg_dump</c> in its custom format (a consistent snapshot taken in one repeatable-read transaction while the app
/// writes) and <c>pg_restore</c> into the emptied schema. The binaries come from PATH, <c>OKRA_PG_BIN</c> or
/// <c>/usr/lib/postgresql/*/bin</c>; they must be at least the server's major version.
/// </summary>
internal static class PostgresBackup
{
    public static async Task BackupAsync(OkraDbContext db, FileInfo target, CancellationToken ct)
    {
        var partial = target.FullName + ".partial";
        File.Delete(partial);
        await RunAsync("pg_dump", db, ["--format=custom", "--no-owner", "--no-privileges", "--file", partial], ct);
        File.Move(partial, target.FullName, overwrite: true);
    }

    public static async Task RestoreAsync(OkraDbContext db, FileInfo source, CancellationToken ct)
    {
        // Reading the archive's table of contents first refuses a damaged file before anything is dropped.
        try
        {
            await RunAsync("pg_restore", null, ["--list", source.FullName], ct);
        }
        catch (CliException e)
        {
            throw new CliException($"{source.Name}: not a readable pg_dump archive ({e.Message}). Nothing was restored.");
        }
        await db.Database.ExecuteSqlRawAsync("DROP SCHEMA public CASCADE; CREATE SCHEMA public;", ct);
        await db.Database.CloseConnectionAsync();
        NpgsqlConnection.ClearAllPools();
        await RunAsync("pg_restore", db, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", source.FullName], ct);
    }

    private static async Task RunAsync(string tool, OkraDbContext? db, string[] arguments, CancellationToken ct)
    {
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        if (db is not null)
        {
            var connection = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
            start.ArgumentList.Add("--dbname");
            start.ArgumentList.Add(ConnInfo(connection));
            // The password travels in the environment, never on a command line others can read.
            if (!string.IsNullOrEmpty(connection.Password)) start.Environment["PGPASSWORD"] = connection.Password;
        }
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new CliException($"{tool} could not be started.");
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.StandardOutput.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        if (process.ExitCode != 0) throw new CliException($"{tool} failed: {(await stderr).Trim()}");
    }

    /// <summary>A libpq keyword/value connection string: values quoted, quotes and backslashes escaped.</summary>
    private static string ConnInfo(NpgsqlConnectionStringBuilder c)
    {
        static string Quote(string value) => "'" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'";
        var parts = new List<string> { $"host={Quote(c.Host ?? "localhost")}", $"port={c.Port}", $"dbname={Quote(c.Database ?? "")}" };
        if (!string.IsNullOrEmpty(c.Username)) parts.Add($"user={Quote(c.Username)}");
        if (c.SslMode is not SslMode.Disable and not SslMode.Prefer) parts.Add($"sslmode={c.SslMode.ToString().ToLowerInvariant()}");
        return string.Join(' ', parts);
    }

    private static string Find(string tool)
    {
        var directories = new[] { Environment.GetEnvironmentVariable("OKRA_PG_BIN") }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
            .Concat(Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql").OrderDescending().Select(d => Path.Combine(d, "bin")) : []);
        return directories.Where(d => !string.IsNullOrEmpty(d)).Select(d => Path.Combine(d!, tool)).FirstOrDefault(File.Exists)
            ?? throw new CliException($"{tool} was not found (looked in OKRA_PG_BIN, PATH and /usr/lib/postgresql/*/bin); install the PostgreSQL client tools.");
    }
}
