using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Okra.Hosting;

/// <summary>
/// Settings SQLite keeps per connection, applied to every connection the app opens.
/// <para><c>synchronous=NORMAL</c>: in write-ahead-log mode a commit appends its pages to the log with <c>write()</c>
/// and fsyncs only at checkpoints, instead of fsyncing the log on every commit. A commit that has returned is in the
/// operating system's page cache, so killing the process — even with SIGKILL — loses nothing (the crash test proves
/// it); only a power cut or a kernel crash can take back the last commits before a checkpoint, and never corrupts
/// the file.</para>
/// <para><c>busy_timeout</c>: a writer that finds another one mid-commit waits in SQLite, which retries after 1, 2, 5,
/// 10 … ms, instead of failing back to Microsoft.Data.Sqlite, whose own retry sleeps far longer between attempts.</para>
/// <para>Both are settings of the native connection, which Microsoft.Data.Sqlite's pool keeps open between uses, so
/// they are applied once per native connection rather than on every open of a pooled one.</para>
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    // Native connections already set up; an entry goes when its handle is closed and collected.
    private static readonly ConditionalWeakTable<object, object> Applied = new();
    private static readonly object Marker = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsApplied(connection)) return;
        using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        command.ExecuteNonQuery();
        MarkApplied(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsApplied(connection)) return;
        await using var command = connection.CreateCommand();
        command.CommandText = PragmasFor(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkApplied(connection);
    }

    // wal_autocheckpoint=0: the app's WalCheckpointer copies the log back, not the commit that fills it.
    private static string PragmasFor(DbConnection connection) =>
        WalCheckpointer.Covers(connection.DataSource) ? Pragmas + " PRAGMA wal_autocheckpoint=0;" : Pragmas;

    private static bool IsApplied(DbConnection connection) =>
        connection is SqliteConnection { Handle: { } handle } && Applied.TryGetValue(handle, out _);

    private static void MarkApplied(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle }) Applied.AddOrUpdate(handle, Marker);
    }
}
