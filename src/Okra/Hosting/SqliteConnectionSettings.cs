using System.Data.Common;
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
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
