using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Okra.Cli;
using Okra.Data;

namespace Okra.Backup;

/// <summary><c>backup FILE</c> and <c>restore FILE</c>: a consistent copy of the whole database, taken while the app runs.</summary>
internal static class BackupCommands
{
    public static Command Backup()
    {
        var file = new Argument<FileInfo>("file") { Description = "Where to write the backup (a SQLite file, or a pg_dump custom-format archive on PostgreSQL)." };
        var force = new Option<bool>("--force") { Description = "Overwrite the file if it exists." };
        var command = new Command("backup", "Write a consistent copy of the database while the app keeps running.") { file, force };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var target = parse.GetValue(file)!;
            if (target.Exists && !parse.GetValue(force)) throw new CliException($"{target.FullName} exists; add --force to overwrite it.");
            if (target.Directory is { Exists: false } directory) throw new CliException($"{directory.FullName}: no such directory.");
            var db = services.GetRequiredService<OkraDbContext>();
            var started = DateTime.UtcNow;
            if (db.Database.IsSqlite()) await SqliteBackup.BackupAsync(db, target, token);
            else await PostgresBackup.BackupAsync(db, target, token);
            target.Refresh();
            Console.WriteLine($"Backed up the database to {target.FullName} ({target.Length / 1024.0:0} KiB in {(DateTime.UtcNow - started).TotalSeconds:0.0} s).");
            return 0;
        }, ct));
        return command;
    }

    public static Command Restore()
    {
        var file = new Argument<FileInfo>("file") { Description = "A backup written by 'okra backup' on the same kind of database." };
        var force = new Option<bool>("--force") { Description = "Replace a database that already holds data." };
        var command = new Command("restore", "Replace the (empty) database with a backup, then migrate it to this version. Stop the app first.") { file, force };
        command.SetAction((parse, ct) => CliHost.RunAsync(async (services, token) =>
        {
            var source = parse.GetValue(file)!;
            if (!source.Exists) throw new CliException($"{source.FullName}: no such file.");
            var db = services.GetRequiredService<OkraDbContext>();
            var kind = BackupFile.KindOf(source);
            var expected = db.Database.IsSqlite() ? BackupKind.Sqlite : BackupKind.Postgres;
            if (kind == BackupKind.Unknown)
                throw new CliException($"{source.Name}: not an Okra backup (neither a SQLite database nor a pg_dump custom-format archive). Nothing was restored.");
            if (kind != expected)
                throw new CliException($"{source.Name} is a {kind} backup but this installation runs on {expected}; restore it on {kind}, or move the data with 'okra export' and 'okra import'. Nothing was restored.");
            if (!parse.GetValue(force) && await HoldsDataAsync(db, token))
                throw new CliException("the database already holds an organisation or people; restoring replaces everything in it. Add --force to do so. Nothing was restored.");

            if (kind == BackupKind.Sqlite) await SqliteBackup.RestoreAsync(db, source, token);
            else await PostgresBackup.RestoreAsync(db, source, token);

            // A backup of an older release is brought up to this one, as at start.
            db.ChangeTracker.Clear();
            await Hosting.DatabaseSetup.MigrateAsync(db, token);
            Console.WriteLine($"Restored {source.Name}: {await db.People.CountAsync(token)} people, {await db.Objectives.CountAsync(token)} objectives, "
                + $"{await db.KeyResults.CountAsync(token)} key results, {await db.CheckIns.CountAsync(token)} check-ins.");
            return 0;
        }, ct));
        return command;
    }

    private static async Task<bool> HoldsDataAsync(OkraDbContext db, CancellationToken ct) =>
        await db.Organisations.AnyAsync(ct) || await db.People.AnyAsync(ct) || await db.Users.AnyAsync(ct);
}
