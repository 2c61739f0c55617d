using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Okra.Data;
using SQLitePCL;

namespace Okra.Hosting;

/// <summary>
/// SQLite connections that stay open between API requests, so that the statements they compiled stay compiled
/// (<see cref="SqliteStatementCache"/>). A request takes one, its context works on it, and it comes back when the answer is
/// written; the last one given back is the next one taken, its pages and statements the warmest. A connection comes back
/// only if nothing is left running on it: no transaction and no statement mid-way, which would hold an old snapshot.
/// </summary>
internal sealed class SqliteConnections(string connectionString, IInterceptor[] interceptors) : IDisposable
{
    // Kept open when idle: more than the requests that run at once on two cores; a busier moment closes the rest.
    internal const int Idle = 32;

    private readonly ConcurrentStack<SqliteConnection> idle = new();

    public SqliteConnection Take()
    {
        if (idle.TryPop(out var connection)) return connection;
        connection = new SqliteConnection(connectionString);
        // A context built on the connection gives it EF Core's SQL functions and, when it opens it, the pragmas of
        // SqliteConnectionSettings; the connection is not the context's, so disposing the context leaves it open.
        using (var setup = new SqliteOkraDbContext(new DbContextOptionsBuilder<SqliteOkraDbContext>().UseSqlite(connection).AddInterceptors(interceptors).Options))
        {
            setup.Database.OpenConnection();
        }
        SqliteStatementCache.Keep(connection);
        return connection;
    }

    public void Give(SqliteConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            connection.Dispose();
            return;
        }
        if (!Quiet(connection))
        {
            // Nor may its handle go back to Microsoft.Data.Sqlite's own pool still in a transaction: closed, SQLite rolls it back.
            SqliteConnection.ClearPool(connection);
            connection.Dispose();
            return;
        }
        if (Idle > idle.Count) idle.Push(connection);
        else connection.Dispose();
    }

    public void Dispose()
    {
        while (idle.TryPop(out var connection)) connection.Dispose();
    }

    // In autocommit mode with every statement reset: the next request starts on a fresh snapshot.
    private static bool Quiet(SqliteConnection connection) =>
        raw.sqlite3_get_autocommit(connection.Handle) != 0 && SqliteStatementCache.AllGivenBack(connection);
}
