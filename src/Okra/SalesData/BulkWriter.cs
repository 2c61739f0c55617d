using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;

namespace Okra.SalesData;

/// <summary>What a bulk write changed: rows inserted and updated, and the owners and days the replaced rows had.</summary>
public sealed record WriteResult(int Inserted, int Updated, IReadOnlySet<Guid> OldOwners, DateOnly? OldFirstDay, DateOnly? OldLastDay);

/// <summary>
/// Upserts sales records by external id in one transaction, without EF change tracking: the rows go into a staging table
/// (prepared inserts on SQLite, binary COPY on PostgreSQL) and one set-based statement merges them, keeping the id of a
/// row that already exists. For activities the same transaction keeps the per-person daily counts right, also when an
/// update moves an activity to another person, day or type.
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
    public virtual async Task<WriteResult> WriteAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, IDbContextTransaction transaction, CancellationToken ct)
    {
        var unique = LastOfEachId(table, rows).Select(i => rows[i]).ToList();
        var tx = transaction.GetDbTransaction();
        var stage = "stage_" + table.Name;
        await StageAsync(table, unique, stage, tx, ct);

        var existing = Convert.ToInt32(await ScalarAsync(tx, $"""SELECT COUNT(*) FROM {stage} s JOIN "{table.Name}" t ON t."ExternalId" = s."ExternalId" """, ct), System.Globalization.CultureInfo.InvariantCulture);
        var (owners, first, last) = existing > 0 ? await OldKeysAsync(table, stage, tx, ct) : (new HashSet<Guid>(), null, null);
        if (table.IsActivities) await CountActivitiesAsync(tx, $"""SELECT t."OwnerPersonId", t."Date", t."Type", -COUNT(*) FROM "Activities" t JOIN {stage} s ON s."ExternalId" = t."ExternalId" WHERE true GROUP BY t."OwnerPersonId", t."Date", t."Type" """, ct);

        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var updates = string.Join(", ", table.Columns.Skip(2).Select(c => $"\"{c.Name}\" = excluded.\"{c.Name}\""));
        await ExecuteAsync(tx, $"""INSERT INTO "{table.Name}" ({columns}) SELECT {columns} FROM {stage} WHERE true ON CONFLICT ("ExternalId") DO UPDATE SET {updates}""", ct);

        if (table.IsActivities)
        {
            await CountActivitiesAsync(tx, $"""SELECT "OwnerPersonId", "Date", "Type", COUNT(*) FROM {stage} WHERE true GROUP BY "OwnerPersonId", "Date", "Type" """, ct);
            if (existing > 0) await ExecuteAsync(tx, """DELETE FROM "ActivityDays" WHERE "Count" = 0""", ct);
        }
        await DropStageAsync(stage, tx, ct);
        return new WriteResult(unique.Count - existing, existing, owners, first, last);
    }

    /// <summary>The positions of the rows to write, in order: of rows sharing an external id only the last.</summary>
    protected static IEnumerable<int> LastOfEachId<T>(SalesTable<T> table, IReadOnlyList<T> rows)
    {
        var last = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++) last[(string)table.Columns[1].Get(rows[i])!] = i;
        if (last.Count == rows.Count) return Enumerable.Range(0, rows.Count);
        return Enumerable.Range(0, rows.Count).Where(i => last[(string)table.Columns[1].Get(rows[i])!] == i);
    }

    protected abstract Task StageAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, string stage, DbTransaction tx, CancellationToken ct);

    protected abstract Task DropStageAsync(string stage, DbTransaction tx, CancellationToken ct);

    protected abstract DateOnly ReadDate(DbDataReader reader, int ordinal);

    protected abstract Guid ReadGuid(DbDataReader reader, int ordinal);

    private static Task CountActivitiesAsync(DbTransaction tx, string select, CancellationToken ct) =>
        ExecuteAsync(tx, $"""
            INSERT INTO "ActivityDays" ("OwnerPersonId", "Date", "Type", "Count") {select}
            ON CONFLICT ("OwnerPersonId", "Date", "Type") DO UPDATE SET "Count" = "ActivityDays"."Count" + excluded."Count"
            """, ct);

    private async Task<(HashSet<Guid>, DateOnly?, DateOnly?)> OldKeysAsync<T>(SalesTable<T> table, string stage, DbTransaction tx, CancellationToken ct)
    {
        var owners = new HashSet<Guid>();
        DateOnly? first = null, last = null;
        if (table.OwnerColumn is null && table.DateColumn is null) return (owners, first, last);
        var owner = table.OwnerColumn is null ? "NULL" : $"t.\"{table.OwnerColumn}\"";
        var date = table.DateColumn is null ? "NULL" : $"t.\"{table.DateColumn}\"";
        await using var command = Command(tx, $"""SELECT DISTINCT {owner}, {date} FROM "{table.Name}" t JOIN {stage} s ON s."ExternalId" = t."ExternalId" """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (!reader.IsDBNull(0)) owners.Add(ReadGuid(reader, 0));
            if (reader.IsDBNull(1)) continue;
            var day = ReadDate(reader, 1);
            if (first is null || day < first) first = day;
            if (last is null || day > last) last = day;
        }
        return (owners, first, last);
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

    private static async Task<object?> ScalarAsync(DbTransaction tx, string sql, CancellationToken ct)
    {
        await using var command = Command(tx, sql);
        return await command.ExecuteScalarAsync(ct);
    }
}
