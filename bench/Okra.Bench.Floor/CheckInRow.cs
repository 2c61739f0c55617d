using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Okra.Bench.Floor;

/// <summary>
/// The row <c>POST /api/v1/key-results/{id}/check-ins</c> writes — one check-in, with nothing else to announce when no
/// webhook is subscribed — in its own transaction on a pooled connection, with the app's durability settings
/// (write-ahead log, <c>synchronous=NORMAL</c>), each column bound as EF Core binds it on SQLite.
/// </summary>
internal static class CheckInRow
{
    private const string Insert = """
        INSERT INTO CheckIns (Id, AuthorId, Blockers, Comment, Confidence, CreatedAt, Date, IsRetracted, KeyResultId, Source, Value)
        VALUES ($id, $author, NULL, 'floor', 7, $createdAt, $date, 0, $keyResult, 'Manual', $value)
        """;

    public static int Write(string connectionString, Guid keyResult, string author, int i)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var pragma = connection.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;";
            pragma.ExecuteNonQuery();
        }
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = Insert;
        var now = DateTimeOffset.UtcNow;
        command.Parameters.AddWithValue("$id", TeamTreeRows.Text(Guid.CreateVersion7()));
        command.Parameters.AddWithValue("$author", author);
        // EF Core's DateTimeOffsetToBinaryConverter, as the app's SQLite context stores every DateTimeOffset.
        command.Parameters.AddWithValue("$createdAt", ((now.Ticks / 1000) << 11) | ((long)now.Offset.TotalMinutes & 0x07FF));
        command.Parameters.AddWithValue("$date", DateOnly.FromDateTime(now.UtcDateTime).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$keyResult", TeamTreeRows.Text(keyResult));
        command.Parameters.AddWithValue("$value", (1_000_000m + i % 30 * 1000).ToString(CultureInfo.InvariantCulture) + ".0");
        var rows = command.ExecuteNonQuery();
        transaction.Commit();
        return rows;
    }
}
