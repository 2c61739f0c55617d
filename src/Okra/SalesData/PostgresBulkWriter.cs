using System.Data.Common;
using System.Runtime.InteropServices;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Okra.Data;

namespace Okra.SalesData;

/// <summary>
/// PostgreSQL, with the table locked against other writers (<c>SHARE ROW EXCLUSIVE</c>: readers go on, a second batch of
/// the same record type waits for this one's commit) so that what the statements find stays true between them:
/// <list type="number">
/// <item>a large batch whose first part is all new (the first import of a file) goes by binary COPY straight into the
/// table while the caller is still parsing the rest (see <see cref="StageKeysAsync{T}"/>); otherwise the batch's
/// external ids go by binary COPY into a temporary table, and those that exist already are looked up once;</item>
/// <item>new rows go by binary COPY straight into the table: with the lock held no other transaction can insert the same
/// external id meanwhile, so neither <c>ON CONFLICT</c> nor a staging table is needed, and turning the rows into COPY data
/// here overlaps with the server's index maintenance; their per-person daily activity counts are added up here and sent
/// in one statement;</item>
/// <item>rows that exist go by COPY into a staging table, are compared with the stored ones once, and only those that
/// differ are updated, with their daily counts moved (a re-sent unchanged row is not written, so its old version and
/// index entries stay as they are).</item>
/// </list>
/// </summary>
public sealed partial class PostgresBulkWriter(OkraDbContext db) : BulkWriter(db)
{
    /// <summary>From this many rows the batch's joins get more memory than PostgreSQL's default 4 MB (see <see cref="WriteAsync{T}"/>).</summary>
    private const int LargeBatchRows = 10_000;

    public override async Task<WriteResult> WriteAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, IDbContextTransaction transaction, CancellationToken ct)
    {
        var keys = await StageKeysAsync(table, new[] { rows }.ToAsyncEnumerable(), rows.Count, transaction, ct);
        return await MergeAsync(table, rows, keys, transaction, ct);
    }

    /// <summary>
    /// The external ids of a batch, staged by <see cref="StageKeysAsync{T}"/> in a temporary table; or, when
    /// <paramref name="RowsWritten"/>, the batch itself already written to the table (every row new).
    /// </summary>
    public sealed record StagedKeys(string Table, bool RowsWritten = false);

    /// <summary>
    /// Locks the table and takes the rows as their parts arrive, so that the caller can parse the next part while this one
    /// is sent (about <paramref name="expected"/> rows in all). The first part's external ids are staged and looked up:
    /// <list type="bullet">
    /// <item>if none of them exists (a batch of new records, the first import of a file), every part goes by binary COPY
    /// straight into the table as it arrives, so that the server maintains the table's indexes while the rest is parsed.
    /// This is behind a savepoint: an external id that exists after all, or one the batch repeats, fails the COPY on the
    /// unique index, and the batch goes the staged way instead;</item>
    /// <item>otherwise only the external ids go to the temporary table, and <see cref="MergeAsync{T}"/> writes the rows.</item>
    /// </list>
    /// Either way nothing is committed here: a caller that finds a bad row cancels the enumeration (which cancels a COPY in
    /// progress) and rolls back.
    /// </summary>
    public async Task<StagedKeys> StageKeysAsync<T>(SalesTable<T> table, IAsyncEnumerable<IReadOnlyList<T>> parts, int expected, IDbContextTransaction transaction, CancellationToken ct)
    {
        var tx = transaction.GetDbTransaction();
        var keys = "keys_" + table.Name;
        await ExecuteAsync(tx, $"LOCK TABLE \"{table.Name}\" IN SHARE ROW EXCLUSIVE MODE", ct);
        // Hash joins of a million rows each side fit in memory instead of spilling in batches to temporary files; SET LOCAL
        // ends with the transaction.
        if (expected >= LargeBatchRows) await ExecuteAsync(tx, "SET LOCAL work_mem = '256MB'", ct);
        await ExecuteAsync(tx, $"""DROP TABLE IF EXISTS {keys}; CREATE TEMP TABLE {keys} ("ExternalId" text NOT NULL) ON COMMIT DROP""", ct);
        await using var each = parts.GetAsyncEnumerator(ct);
        var sent = new List<IReadOnlyList<T>>();
        if (await each.MoveNextAsync())
        {
            sent.Add(each.Current);
            await CopyKeysAsync(table, sent, keys, tx, ct);
            if (expected > each.Current.Count && await NoneExistAsync(table, keys, tx, ct))
            {
                await ExecuteAsync(tx, "SAVEPOINT straight_in", ct);
                try
                {
                    await using (var import = await BeginCopyAsync(table, $"\"{table.Name}\"", tx, ct))
                    {
                        WriteRows(table, import, each.Current);
                        while (await each.MoveNextAsync())
                        {
                            sent.Add(each.Current);
                            WriteRows(table, import, each.Current);
                        }
                        await import.CompleteAsync(ct);
                    }
                    await ExecuteAsync(tx, "RELEASE SAVEPOINT straight_in", ct);
                    return new StagedKeys(keys, RowsWritten: true);
                }
                catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
                {
                    await ExecuteAsync(tx, "ROLLBACK TO SAVEPOINT straight_in", ct);
                    await CopyKeysAsync(table, sent.Skip(1), keys, tx, ct);
                }
            }
        }
        // The staged way: the ids of the parts still to come.
        sent = [];
        while (await each.MoveNextAsync()) sent.Add(each.Current);
        if (sent.Count > 0) await CopyKeysAsync(table, sent, keys, tx, ct);
        // A temporary table has no statistics until analysed: without them the join on it is planned for a few rows.
        await ExecuteAsync(tx, $"ANALYZE {keys}", ct);
        return new StagedKeys(keys);
    }

    /// <summary>Whether none of the staged external ids is in the table (the ids are analysed first, for the plan).</summary>
    private static async Task<bool> NoneExistAsync<T>(SalesTable<T> table, string keys, DbTransaction tx, CancellationToken ct)
    {
        await ExecuteAsync(tx, $"ANALYZE {keys}", ct);
        await using var command = Command(tx, $"""SELECT NOT EXISTS (SELECT 1 FROM "{table.Name}" t JOIN {keys} k ON t."ExternalId" = k."ExternalId")""");
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <summary>
    /// Writes a batch whose external ids are staged (the last row of each external id wins), under the lock taken by
    /// <see cref="StageKeysAsync{T}"/>: the ids that exist already are looked up once; new rows go by binary COPY straight
    /// into the table (the process turning rows into COPY data while the server maintains the table's indexes), with the
    /// activities' daily counts added up here; rows that exist go to a staging table, and only those that differ are
    /// updated (see <see cref="UpdateAsync{T}"/>).
    /// </summary>
    public async Task<WriteResult> MergeAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, StagedKeys keys, IDbContextTransaction transaction, CancellationToken ct)
    {
        var tx = transaction.GetDbTransaction();
        if (keys.RowsWritten)
        {
            // Every row was new and went straight in (the unique index saw no id twice).
            if (table.IsActivities) await CountNewActivitiesAsync(table, rows, tx, ct);
            await ExecuteAsync(tx, $"DROP TABLE {keys.Table}", ct);
            return new WriteResult(rows.Count, 0, new HashSet<Guid>(), null, null);
        }
        var unique = LastOfEachId(table, rows).ToList();
        var (fresh, known) = (new List<T>(), new List<T>());
        var among = $"""FROM "{table.Name}" t WHERE t."ExternalId" IN (SELECT "ExternalId" FROM {keys.Table})""";
        long count;
        await using (var command = Command(tx, $"SELECT COUNT(*) {among}")) count = (long)(await command.ExecuteScalarAsync(ct))!;
        if (count == 0 || count == unique.Count)
        {
            // All new or all there already (a file sent again): no need to fetch the ids.
            (count == 0 ? fresh : known).AddRange(unique.Select(i => rows[i]));
        }
        else
        {
            var existing = new HashSet<string>(StringComparer.Ordinal);
            await using (var command = Command(tx, $"""SELECT t."ExternalId" {among}"""))
            await using (var reader = await command.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct)) existing.Add(reader.GetString(0));
            }
            foreach (var i in unique) (existing.Contains((string)table.Columns[1].Get(rows[i])!) ? known : fresh).Add(rows[i]);
        }

        var (owners, first, last) = known.Count > 0 ? await UpdateAsync(table, known, tx, ct) : ([], null, null);
        if (fresh.Count > 0)
        {
            await CopyAsync(table, fresh, $"\"{table.Name}\"", tx, ct);
            if (table.IsActivities) await CountNewActivitiesAsync(table, fresh, tx, ct);
        }
        await ExecuteAsync(tx, $"DROP TABLE {keys.Table}", ct);
        return new WriteResult(fresh.Count, known.Count, owners, first, last);
    }

    /// <summary>
    /// Rows whose external id exists: staged in a temporary table; their stored id, old owner, day and type looked up once
    /// into a second one, with whether any value sent differs from the stored one; the per-person daily activity counts
    /// moved for those that differ (one statement), and only those updated (a re-sent unchanged row is not written, so its
    /// old version and index entries stay as they are). Answers the old owners and days of the rows that changed.
    /// </summary>
    private static async Task<(HashSet<Guid> Owners, DateOnly? First, DateOnly? Last)> UpdateAsync<T>(SalesTable<T> table, List<T> rows, DbTransaction tx, CancellationToken ct)
    {
        var (target, stage, old) = ($"\"{table.Name}\"", "stage_" + table.Name, "old_" + table.Name);
        await ExecuteAsync(tx, $"""DROP TABLE IF EXISTS {stage}; CREATE TEMP TABLE {stage} (LIKE "{table.Name}") ON COMMIT DROP""", ct);
        await CopyAsync(table, rows, stage, tx, ct);
        await ExecuteAsync(tx, $"ANALYZE {stage}", ct);

        // Numbers compared as text, so that 1.50 replacing 1.5 counts as a change, as it would be stored.
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
        var (_, changes, owners, first, last) = await OldKeysAsync(old, tx, ct);

        if (changes > 0)
        {
            if (table.IsActivities) await CountActivitiesAsync(stage, old, tx, ct);
            await ExecuteAsync(tx, $"""
                UPDATE {target} t SET {string.Join(", ", compared.Select(c => $"\"{c.Name}\" = s.\"{c.Name}\""))}
                FROM {old} o JOIN {stage} s ON s."ExternalId" = o."ExternalId"
                WHERE o.changed AND t."Id" = o."Id"
                """, ct);
        }
        await ExecuteAsync(tx, $"DROP TABLE {stage}; DROP TABLE {old}", ct);
        return (owners, first, last);
    }

    /// <summary>Adds the new activities to the per-person daily counts: counted here by owner, day and type, sent as arrays in one statement.</summary>
    private static async Task CountNewActivitiesAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, DbTransaction tx, CancellationToken ct)
    {
        TableColumn<T> Column(string name) => table.Columns.Single(c => c.Name == name);
        var (owner, day, type) = (Column("OwnerPersonId"), Column("Date"), Column("Type"));
        var counts = new Dictionary<(Guid Owner, DateOnly Day, string Type), int>();
        foreach (var row in rows) CollectionsMarshal.GetValueRefOrAddDefault(counts, ((Guid)owner.Get(row)!, (DateOnly)day.Get(row)!, (string)type.Get(row)!), out _)++;
        await using var command = (NpgsqlCommand)Command(tx, """
            INSERT INTO "ActivityDays" ("OwnerPersonId", "Date", "Type", "Count")
            SELECT * FROM unnest(@owners, @days, @types, @counts)
            ON CONFLICT ("OwnerPersonId", "Date", "Type") DO UPDATE SET "Count" = "ActivityDays"."Count" + excluded."Count"
            """);
        command.Parameters.AddWithValue("owners", NpgsqlDbType.Array | NpgsqlDbType.Uuid, counts.Keys.Select(k => k.Owner).ToArray());
        command.Parameters.AddWithValue("days", NpgsqlDbType.Array | NpgsqlDbType.Date, counts.Keys.Select(k => k.Day).ToArray());
        command.Parameters.AddWithValue("types", NpgsqlDbType.Array | NpgsqlDbType.Text, counts.Keys.Select(k => k.Type).ToArray());
        command.Parameters.AddWithValue("counts", NpgsqlDbType.Array | NpgsqlDbType.Integer, counts.Values.ToArray());
        await command.ExecuteNonQueryAsync(ct);
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
    /// Moves the per-person daily activity counts in one statement: +1 for each changed row's new owner, day and type,
    /// -1 for each changed row's old ones; then drops the counts of the old keys that fell to zero.
    /// </summary>
    private static async Task CountActivitiesAsync(string stage, string old, DbTransaction tx, CancellationToken ct)
    {
        var counted = $"""
            SELECT owner, day, type, SUM(n) FROM (
              SELECT s."OwnerPersonId" AS owner, s."Date" AS day, s."Type" AS type, 1 AS n
              FROM {stage} s JOIN {old} o ON o."ExternalId" = s."ExternalId" WHERE o.changed
              UNION ALL
              SELECT owner, day, type, -1 FROM {old} WHERE changed) moved
            GROUP BY 1, 2, 3 HAVING SUM(n) <> 0
            """;
        await ExecuteAsync(tx, $"""
            INSERT INTO "ActivityDays" ("OwnerPersonId", "Date", "Type", "Count") {counted}
            ON CONFLICT ("OwnerPersonId", "Date", "Type") DO UPDATE SET "Count" = "ActivityDays"."Count" + excluded."Count"
            """, ct);
        await ExecuteAsync(tx, $"""
            DELETE FROM "ActivityDays" d USING (SELECT DISTINCT owner, day, type FROM {old} WHERE changed) k
            WHERE d."OwnerPersonId" = k.owner AND d."Date" = k.day AND d."Type" = k.type AND d."Count" = 0
            """, ct);
    }
}
