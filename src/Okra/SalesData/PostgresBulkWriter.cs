using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Okra.Data;

namespace Okra.SalesData;

/// <summary>
/// PostgreSQL: the batch goes by binary COPY into a temporary table, and set-based statements merge it, with the
/// table locked against other writers (<c>SHARE ROW EXCLUSIVE</c>: readers go on, a second batch of the same record type
/// waits for this one's commit) so that what the statements find stays true between them:
/// <list type="number">
/// <item>the rows whose external id exists already are looked up once, into a second temporary table, with whether any
/// value differs from what was sent;</item>
/// <item>the per-person daily activity counts move by what is new or changed (one statement, none for unchanged rows);</item>
/// <item>only changed rows are updated (a re-sent unchanged row is not written, so its old version and index entries
/// stay as they are), and new rows are inserted by a plain <c>INSERT … SELECT</c>: with the lock held no other
/// transaction can insert the same external id meanwhile, so the per-row speculative insertion of
/// <c>ON CONFLICT</c> is not needed.</item>
/// </list>
/// </summary>
public sealed class PostgresBulkWriter(OkraDbContext db) : BulkWriter(db)
{
    /// <summary>From this many rows the batch's joins get more memory than PostgreSQL's default 4 MB (see <see cref="WriteAsync{T}"/>).</summary>
    private const int LargeBatchRows = 10_000;

    public override async Task<WriteResult> WriteAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, IDbContextTransaction transaction, CancellationToken ct)
    {
        var staged = await StageAsync(table, new[] { rows }.ToAsyncEnumerable(), rows.Count, transaction, ct);
        return await MergeAsync(table, staged, transaction, ct);
    }

    /// <summary>A batch staged by <see cref="StageAsync{T}"/>: its temporary table and how many distinct external ids it holds.</summary>
    public sealed record Staged(string Stage, int Unique);

    /// <summary>
    /// Locks the table and copies the rows into a temporary staging table as their parts arrive, so that the caller can
    /// parse the next part while this one is sent (about <paramref name="expected"/> rows in all). Of rows sharing an
    /// external id the last one stays staged. Nothing reaches the table itself before <see cref="MergeAsync{T}"/>: a caller
    /// that finds a bad row later rolls the transaction back instead.
    /// </summary>
    public async Task<Staged> StageAsync<T>(SalesTable<T> table, IAsyncEnumerable<IReadOnlyList<T>> parts, int expected, IDbContextTransaction transaction, CancellationToken ct)
    {
        var tx = transaction.GetDbTransaction();
        var stage = "stage_" + table.Name;
        await ExecuteAsync(tx, $"LOCK TABLE \"{table.Name}\" IN SHARE ROW EXCLUSIVE MODE", ct);
        // Hash joins of a million rows each side fit in memory instead of spilling in batches to temporary files; SET LOCAL
        // ends with the transaction.
        if (expected >= LargeBatchRows) await ExecuteAsync(tx, "SET LOCAL work_mem = '256MB'", ct);
        var superseded = await CopyAsync(table, parts, expected, stage, tx, ct);
        if (superseded.Ids.Count > 0)
        {
            await using var command = (NpgsqlCommand)Command(tx, $"""DELETE FROM {stage} s USING unnest(@ids) AS d(id) WHERE s."Id" = d.id""");
            command.Parameters.AddWithValue("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid, superseded.Ids.ToArray());
            await command.ExecuteNonQueryAsync(ct);
        }
        // A temporary table has no statistics until analysed: without them the joins on it are planned for a few rows.
        await ExecuteAsync(tx, $"ANALYZE {stage}", ct);
        return new Staged(stage, superseded.Unique);
    }

    /// <summary>
    /// Merges a staged batch into its table: existing rows that differ are updated, new ones inserted, and for activities
    /// the daily counts move. The table lock taken by <see cref="StageAsync{T}"/> is still held.
    /// </summary>
    public async Task<WriteResult> MergeAsync<T>(SalesTable<T> table, Staged staged, IDbContextTransaction transaction, CancellationToken ct)
    {
        var tx = transaction.GetDbTransaction();
        var (target, stage, old) = ($"\"{table.Name}\"", staged.Stage, "old_" + table.Name);
        var unique = staged.Unique;

        // Rows that exist already: their id, old owner, day and type, and whether any value sent differs from the stored one
        // (numbers compared as text, so that 1.50 replacing 1.5 counts as a change, as it would be stored).
        string Value(TableColumn<T> c, string alias) => c.Kind == ColumnKind.Number ? $"{alias}.\"{c.Name}\"::text" : $"{alias}.\"{c.Name}\"";
        var compared = table.Columns.Skip(2).ToList();
        var changed = $"({string.Join(", ", compared.Select(c => Value(c, "t")))}) IS DISTINCT FROM ({string.Join(", ", compared.Select(c => Value(c, "s")))})";
        string Old(string? column) => column is null ? "NULL::text" : $"t.\"{column}\"";
        await ExecuteAsync(tx, $"""
            DROP TABLE IF EXISTS {old};
            CREATE TEMP TABLE {old} ON COMMIT DROP AS
            SELECT t."Id", t."ExternalId", {Old(table.OwnerColumn)} AS owner, {Old(table.DateColumn)} AS day, {(table.IsActivities ? "t.\"Type\"" : "NULL::text")} AS type, {changed} AS changed
            FROM {stage} s JOIN {target} t ON t."ExternalId" = s."ExternalId"
            """, ct);
        var (existing, changes, owners, first, last) = await OldKeysAsync(old, tx, ct);

        if (table.IsActivities && (changes > 0 || existing < unique)) await CountActivitiesAsync(stage, old, existing, changes, tx, ct);
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        if (changes > 0)
        {
            await ExecuteAsync(tx, $"""
                UPDATE {target} t SET {string.Join(", ", compared.Select(c => $"\"{c.Name}\" = s.\"{c.Name}\""))}
                FROM {old} o JOIN {stage} s ON s."ExternalId" = o."ExternalId"
                WHERE o.changed AND t."Id" = o."Id"
                """, ct);
        }
        if (existing < unique)
        {
            var fresh = existing == 0 ? "" : $"""WHERE NOT EXISTS (SELECT 1 FROM {old} o WHERE o."ExternalId" = s."ExternalId")""";
            await ExecuteAsync(tx, $"INSERT INTO {target} ({columns}) SELECT {string.Join(", ", table.Columns.Select(c => $"s.\"{c.Name}\""))} FROM {stage} s {fresh}", ct);
        }
        await ExecuteAsync(tx, $"DROP TABLE {stage}; DROP TABLE {old}", ct);
        return new WriteResult(unique - existing, existing, owners, first, last);
    }

    /// <summary>How many rows exist already and how many of them change, and the owners and days of those that change.</summary>
    private static async Task<(int Existing, int Changes, HashSet<Guid> Owners, DateOnly? First, DateOnly? Last)> OldKeysAsync(string old, DbTransaction tx, CancellationToken ct)
    {
        var owners = new HashSet<Guid>();
        DateOnly? first = null, last = null;
        int existing = 0, changes = 0;
        await using var command = Command(tx, $"""
            SELECT owner, COUNT(*), COUNT(*) FILTER (WHERE changed), MIN(day) FILTER (WHERE changed), MAX(day) FILTER (WHERE changed)
            FROM {old} GROUP BY owner
            """);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            existing += (int)reader.GetInt64(1);
            var changed = (int)reader.GetInt64(2);
            if (changed == 0) continue;
            changes += changed;
            if (!reader.IsDBNull(0)) owners.Add(reader.GetFieldValue<Guid>(0));
            if (reader.IsDBNull(3)) continue;
            var (from, to) = (reader.GetFieldValue<DateOnly>(3), reader.GetFieldValue<DateOnly>(4));
            if (first is null || from < first) first = from;
            if (last is null || to > last) last = to;
        }
        return (existing, changes, owners, first, last);
    }

    /// <summary>
    /// Moves the per-person daily activity counts in one statement: +1 for each new or changed row's owner, day and type,
    /// -1 for each changed row's old ones; then drops the counts of the old keys that fell to zero.
    /// </summary>
    private static async Task CountActivitiesAsync(string stage, string old, int existing, int changes, DbTransaction tx, CancellationToken ct)
    {
        var counted = existing == 0
            ? $"""SELECT "OwnerPersonId", "Date", "Type", COUNT(*) FROM {stage} GROUP BY 1, 2, 3"""
            : $"""
              SELECT owner, day, type, SUM(n) FROM (
                SELECT s."OwnerPersonId" AS owner, s."Date" AS day, s."Type" AS type, 1 AS n
                FROM {stage} s LEFT JOIN {old} o ON o."ExternalId" = s."ExternalId" WHERE o."ExternalId" IS NULL OR o.changed
                UNION ALL
                SELECT owner, day, type, -1 FROM {old} WHERE changed) moved
              GROUP BY 1, 2, 3 HAVING SUM(n) <> 0
              """;
        await ExecuteAsync(tx, $"""
            INSERT INTO "ActivityDays" ("OwnerPersonId", "Date", "Type", "Count") {counted}
            ON CONFLICT ("OwnerPersonId", "Date", "Type") DO UPDATE SET "Count" = "ActivityDays"."Count" + excluded."Count"
            """, ct);
        if (changes == 0) return;
        await ExecuteAsync(tx, $"""
            DELETE FROM "ActivityDays" d USING (SELECT DISTINCT owner, day, type FROM {old} WHERE changed) k
            WHERE d."OwnerPersonId" = k.owner AND d."Date" = k.day AND d."Type" = k.type AND d."Count" = 0
            """, ct);
    }

    /// <summary>
    /// The rows into a temporary table shaped like the target (no indexes), by binary COPY, part after part; answers how
    /// many distinct external ids were sent and the ids of the rows that a later row with the same external id replaces.
    /// </summary>
    private static async Task<(int Unique, List<Guid> Ids)> CopyAsync<T>(SalesTable<T> table, IAsyncEnumerable<IReadOnlyList<T>> parts, int expected, string stage, DbTransaction tx, CancellationToken ct)
    {
        await ExecuteAsync(tx, $"""DROP TABLE IF EXISTS {stage}; CREATE TEMP TABLE {stage} (LIKE "{table.Name}") ON COMMIT DROP""", ct);
        var connection = (NpgsqlConnection)tx.Connection!;
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        var last = new Dictionary<string, Guid>(expected, StringComparer.Ordinal);
        var superseded = new List<Guid>();
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {stage} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            await foreach (var rows in parts.WithCancellation(ct))
            {
                // Typed, synchronous writes into the COPY buffer: writing each value as an object made Npgsql resolve its
                // converter per value, and an await per value cost more than the value itself.
                foreach (var row in rows)
                {
                    ref var previous = ref CollectionsMarshal.GetValueRefOrAddDefault(last, (string)table.Columns[1].Get(row)!, out var seen);
                    if (seen) superseded.Add(previous);
                    previous = (Guid)table.Columns[0].Get(row)!;
                    import.StartRow();
                    foreach (var column in table.Columns)
                    {
                        switch (column.Get(row))
                        {
                            case null: import.WriteNull(); break;
                            case Guid g: import.Write(g, NpgsqlDbType.Uuid); break;
                            case string t: import.Write(t, NpgsqlDbType.Text); break;
                            case DateOnly d: import.Write(d, NpgsqlDbType.Date); break;
                            case DateTime i: import.Write(i, NpgsqlDbType.TimestampTz); break;
                            case decimal m: import.Write(m, NpgsqlDbType.Numeric); break;
                            case int n: import.Write(n, NpgsqlDbType.Integer); break;
                            case var other: import.Write(other, TypeOf(column.Kind)); break;
                        }
                    }
                }
            }
            await import.CompleteAsync(ct);
        }
        return (last.Count, superseded);
    }

    private static NpgsqlDbType TypeOf(ColumnKind kind) => kind switch
    {
        ColumnKind.Id => NpgsqlDbType.Uuid,
        ColumnKind.Date => NpgsqlDbType.Date,
        ColumnKind.Instant => NpgsqlDbType.TimestampTz,
        ColumnKind.Number => NpgsqlDbType.Numeric,
        ColumnKind.WholeNumber => NpgsqlDbType.Integer,
        _ => NpgsqlDbType.Text,
    };
}
