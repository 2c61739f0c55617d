using System.Text;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Cli;

/// <summary><c>backup</c> and <c>restore</c> through the real executable: an exact round trip, and refusals that change nothing.</summary>
public abstract class BackupCliTests
{
    protected abstract Task<CliRunner> NewDatabaseAsync();

    /// <summary>The first bytes of the other database's backups, which this one must refuse.</summary>
    protected abstract string OtherKindMagic { get; }

    [Fact]
    public async Task BackupThenRestore_IntoEmptyAndWithForce_ExportsIdenticallyAndKeepsAccounts()
    {
        var source = await NewDatabaseAsync();
        Assert.Equal(0, (await source.RunAsync("demo", "--lang", "en")).ExitCode);
        var file = Path.Combine(Directory.CreateTempSubdirectory("okra-backup-").FullName, "okra.backup");
        var backup = await source.RunAsync("backup", file);
        Assert.True(backup.ExitCode == 0, backup.Stderr);
        Assert.Contains("Backed up the database", backup.Stdout, StringComparison.Ordinal);
        var expected = await ExportAsync(source);

        var empty = await NewDatabaseAsync();
        var restore = await empty.RunAsync("restore", file);
        Assert.True(restore.ExitCode == 0, restore.Stderr);
        Assert.Contains("12 people", restore.Stdout, StringComparison.Ordinal);
        Assert.Equal(expected, await ExportAsync(empty));
        // Unlike an export, a backup carries the accounts.
        Assert.Contains("anna.kovacs@demo.okra.local", (await empty.RunAsync("users", "list")).Stdout, StringComparison.Ordinal);

        var busy = await NewDatabaseAsync();
        Assert.Equal(0, (await busy.RunAsync("demo", "--lang", "hu")).ExitCode);
        var before = await ExportAsync(busy);
        var refused = await busy.RunAsync("restore", file);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("already holds", refused.Stderr, StringComparison.Ordinal);
        Assert.Contains("--force", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, await ExportAsync(busy));
        var forced = await busy.RunAsync("restore", file, "--force");
        Assert.True(forced.ExitCode == 0, forced.Stderr);
        Assert.Equal(expected, await ExportAsync(busy));
    }

    [Fact]
    public async Task BackupAndRestore_BadFiles_ExitOneOnStderrAndChangeNothing()
    {
        var okra = await NewDatabaseAsync();
        var directory = Directory.CreateTempSubdirectory("okra-backup-").FullName;

        var missing = await okra.RunAsync("restore", Path.Combine(directory, "missing.backup"));
        Assert.Equal((1, ""), (missing.ExitCode, missing.Stdout));
        Assert.Contains("no such file", missing.Stderr, StringComparison.Ordinal);

        var noise = Path.Combine(directory, "noise.backup");
        await File.WriteAllBytesAsync(noise, [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251))]);
        var notBackup = await okra.RunAsync("restore", noise);
        Assert.Equal(1, notBackup.ExitCode);
        Assert.Contains("not an Okra backup", notBackup.Stderr, StringComparison.Ordinal);

        var other = Path.Combine(directory, "other.backup");
        await File.WriteAllBytesAsync(other, [.. Encoding.ASCII.GetBytes(OtherKindMagic), .. new byte[4096]]);
        var wrongKind = await okra.RunAsync("restore", other);
        Assert.Equal(1, wrongKind.ExitCode);
        Assert.Contains("but this installation runs on", wrongKind.Stderr, StringComparison.Ordinal);

        var existing = await okra.RunAsync("backup", noise);
        Assert.Equal(1, existing.ExitCode);
        Assert.Contains("exists; add --force", existing.Stderr, StringComparison.Ordinal);
        Assert.Equal(4096, new FileInfo(noise).Length);

        Assert.Contains("\"Person\": []", await ExportAsync(okra), StringComparison.Ordinal);
    }

    private static async Task<string> ExportAsync(CliRunner okra)
    {
        var export = await okra.RunAsync("export");
        Assert.True(export.ExitCode == 0, export.Stderr);
        return export.Stdout;
    }
}

public sealed class BackupCliTests_Sqlite : BackupCliTests
{
    protected override string OtherKindMagic => "PGDMP";

    protected override Task<CliRunner> NewDatabaseAsync() => Task.FromResult(CliRunner.Sqlite(out _));
}

public sealed class BackupCliTests_Postgres : BackupCliTests
{
    protected override string OtherKindMagic => "SQLite format 3\0";

    protected override Task<CliRunner> NewDatabaseAsync() => CliRunner.PostgresAsync();
}
