using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Okra.Data;
using Okra.Hosting;
using Okra.Tests.Infrastructure;

namespace Okra.Tests.Health;

/// <summary>
/// API requests on SQLite run on connections kept open between requests, with the statements they compiled: a request
/// must reuse them, must see every write made since, and a connection left mid-way must never serve another request.
/// </summary>
public sealed class KeptSqliteConnectionsTests(SqliteApp app) : ApiTestBase(app), IClassFixture<SqliteApp>
{
    private SqliteConnections Connections => App.Services.GetRequiredService<SqliteConnections>();

    [Fact]
    public async Task ARepeatedRequest_RunsTheStatementsTheFirstOneCompiled()
    {
        // Two to warm up: the first also notes when the token was last used.
        await GetAsync("/api/v1/cycles");
        await GetAsync("/api/v1/cycles");
        var before = Counts();

        for (var i = 0; i < 5; i++) await GetAsync("/api/v1/cycles");

        var after = Counts();
        Assert.Equal(before.Compiled, after.Compiled);
        // Each request checks its token and lists the cycles: two statements, neither compiled again.
        Assert.True(after.Reused - before.Reused >= 10, $"reused {after.Reused - before.Reused} statements in 5 requests");
    }

    [Fact]
    public async Task AKeptConnection_SeesWhatAnotherConnectionWroteSinceItsLastRequest()
    {
        var cycle = IdOf(await PostAsync("/api/v1/cycles", new { name = "2027-Q1", kind = "quarter", startDate = "2027-01-01", endDate = "2027-03-31" }));
        Assert.Equal("2027-Q1", (string?)(await GetAsync($"/api/v1/cycles/{cycle}"))["name"]);

        await using (var outside = new SqliteConnection(DatabaseSetup.SqliteConnectionString(((SqliteApp)App).DataDirectory)))
        {
            await outside.OpenAsync();
            await using var rename = outside.CreateCommand();
            rename.CommandText = "UPDATE Cycles SET Name = 'Renamed outside' WHERE Id = $id";
            rename.Parameters.AddWithValue("$id", cycle.ToString().ToUpperInvariant());
            Assert.Equal(1, await rename.ExecuteNonQueryAsync());
        }

        Assert.Equal("Renamed outside", (string?)(await GetAsync($"/api/v1/cycles/{cycle}"))["name"]);
    }

    [Fact]
    public void AConnectionGivenBackMidTransaction_IsClosed_NotKept()
    {
        var connection = Connections.Take();
        using (var begin = connection.CreateCommand())
        {
            begin.CommandText = "BEGIN; SELECT COUNT(*) FROM Cycles;";
            begin.ExecuteNonQuery();
        }

        Connections.Give(connection);

        Assert.Equal(ConnectionState.Closed, connection.State);
        var next = Connections.Take();
        Assert.NotSame(connection, next);
        // Its native handle did not go back to Microsoft.Data.Sqlite's pool in the transaction either.
        Assert.NotEqual(0, SQLitePCL.raw.sqlite3_get_autocommit(next.Handle));
        Connections.Give(next);
    }

    [Fact]
    public async Task AConnectionGivenBackWithAQueryMidWay_IsClosed_NotKept()
    {
        var connection = Connections.Take();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var database = scope.ServiceProvider.GetRequiredService<OkraDbContext>().Database;
            var connectionString = database.GetConnectionString();
            database.SetDbConnection(connection, contextOwnsConnection: false);
            try
            {
                // The query's statement has stepped to its first row and still holds its snapshot.
                var reading = database.SqlQuery<int>($"SELECT 1 AS Value UNION ALL SELECT 2").AsAsyncEnumerable().GetAsyncEnumerator();
                Assert.True(await reading.MoveNextAsync());

                Connections.Give(connection);

                Assert.Equal(ConnectionState.Closed, connection.State);
            }
            finally
            {
                database.SetDbConnection(null, contextOwnsConnection: true);
                database.SetConnectionString(connectionString);
            }
        }
        var next = Connections.Take();
        Assert.NotSame(connection, next);
        Connections.Give(next);
    }

    // The connection given back last is the next one taken: the one the requests above ran on.
    private (long Reused, long Compiled) Counts()
    {
        var connection = Connections.Take();
        try
        {
            return SqliteStatementCache.Counts(connection);
        }
        finally
        {
            Connections.Give(connection);
        }
    }
}
