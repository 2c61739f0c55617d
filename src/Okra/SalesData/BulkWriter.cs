using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;

namespace Okra.SalesData;

/// <summary>What a bulk write changed: rows inserted and updated, and the owners and days the replaced rows had.</summary>
public sealed record WriteResult(int Inserted, int Updated, IReadOnlySet<Guid> OldOwners, DateOnly? OldFirstDay, DateOnly? OldLastDay);

/// <summary>
/// Upserts sales records by external id in one transaction, without EF change tracking, keeping the id of a row that
/// already exists and leaving a row that is sent again unchanged as it is: prepared statements on SQLite
/// (<see cref="SqliteBulkWriter"/>), binary COPY into a temporary table and set-based statements on PostgreSQL
/// (<see cref="PostgresBulkWriter"/>). For activities the same transaction keeps the per-person daily counts right, also
/// when an update moves an activity to another person, day or type.
/// </summary>
public abstract class BulkWriter(OkraDbContext db)
{
    protected OkraDbContext Db => db;

    public static BulkWriter For(OkraDbContext db) => db.Database.IsNpgsql() ? new PostgresBulkWriter(db) : new SqliteBulkWriter(db);

    /// <summary>
    /// Connection settings for writing <paramref name="rows"/> rows in one transaction on the open connection, undone when
    /// the result is disposed (after the commit): on SQLite a page cache that holds the batch's index pages.
    /// </summary>
    public virtual IDisposable LargeBatch(int rows) => NoSettings.Instance;

    private sealed class NoSettings : IDisposable
    {
        public static readonly NoSettings Instance = new();

        public void Dispose() { }
    }

    /// <summary>Writes <paramref name="rows"/> (the last of any duplicate external id wins) inside <paramref name="transaction"/>.</summary>
    public abstract Task<WriteResult> WriteAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, IDbContextTransaction transaction, CancellationToken ct);

    /// <summary>The positions of the rows to write, in order: of rows sharing an external id only the last.</summary>
    protected static IEnumerable<int> LastOfEachId<T>(SalesTable<T> table, IReadOnlyList<T> rows)
    {
        var last = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++) last[(string)table.Columns[1].Get(rows[i])!] = i;
        if (last.Count == rows.Count) return Enumerable.Range(0, rows.Count);
        return Enumerable.Range(0, rows.Count).Where(i => last[(string)table.Columns[1].Get(rows[i])!] == i);
    }

    protected static DbCommand Command(DbTransaction tx, string sql)
    {
        var command = tx.Connection!.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        command.CommandTimeout = 600;
        return command;
    }

    protected static async Task ExecuteAsync(DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = Command(tx, sql);
        await command.ExecuteNonQueryAsync(ct);
    }
}
