using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;
using Okra.Domain.Sales;
using SQLitePCL;

namespace Okra.SalesData;

/// <summary>
/// SQLite: each row goes straight into its table with one prepared <c>INSERT … ON CONFLICT ("ExternalId") DO NOTHING</c>,
/// reused for every row through SQLite's own C API (no staging copy, no per-row ADO.NET command overhead), in the
/// caller's transaction and in EF's storage format. A row whose external id exists already has its old owner and day
/// read, then is updated in place (keeping its id). For activities the per-person daily counts are summed in memory and
/// written once per (person, day, type) at the end.
/// </summary>
public sealed partial class SqliteBulkWriter(OkraDbContext db) : BulkWriter(db)
{
    /// <summary>From this many rows a batch gets the larger page cache.</summary>
    private const int LargeBatchRows = 10_000;

    /// <summary>
    /// A 256 MB page cache while a large batch is written, back to the connection's own size after the commit: with
    /// SQLite's default 2 MB the pages of the three indexes a million rows go into are written out and read back again
    /// and again within the transaction (half the import's CPU time, much of it in the kernel). The cache grows only as
    /// far as the batch needs, and giving back the old size frees it, so the pooled connection keeps nothing.
    /// </summary>
    public override IDisposable LargeBatch(int rows)
    {
        if (rows < LargeBatchRows) return base.LargeBatch(rows);
        var connection = (SqliteConnection)Db.Database.GetDbConnection();
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA cache_size";
        var size = Convert.ToInt64(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        SetCacheSize(connection, -262_144);
        return new CacheSize(connection, size);
    }

    private static void SetCacheSize(SqliteConnection connection, long size)
    {
        using var command = connection.CreateCommand();
        command.CommandText = string.Create(CultureInfo.InvariantCulture, $"PRAGMA cache_size = {size}");
        command.ExecuteNonQuery();
    }

    private sealed class CacheSize(SqliteConnection connection, long size) : IDisposable
    {
        public void Dispose()
        {
            if (connection.State == System.Data.ConnectionState.Open) SetCacheSize(connection, size);
        }
    }

    public override Task<WriteResult> WriteAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, IDbContextTransaction transaction, CancellationToken ct)
    {
        var tx = transaction.GetDbTransaction();
        var handle = ((SqliteConnection)tx.Connection!).Handle ?? throw new InvalidOperationException("The connection is not open.");
        var columns = table.Columns;
        var names = string.Join(", ", columns.Select(c => $"\"{c.Name}\""));
        using var insert = new Statement(handle,
            $"INSERT INTO \"{table.Name}\" ({names}) VALUES ({string.Join(", ", columns.Select((_, i) => $"?{i + 1}"))}) ON CONFLICT (\"ExternalId\") DO NOTHING");
        using var update = new Statement(handle,
            $"UPDATE \"{table.Name}\" SET {string.Join(", ", columns.Select((c, i) => (c, i)).Skip(2).Select(x => $"\"{x.c.Name}\" = ?{x.i + 1}"))} WHERE \"ExternalId\" = ?2");
        // Every column but the id, in the table's order from ExternalId on: old column i + 1 is read as result column i.
        using var old = new Statement(handle, $"SELECT {string.Join(", ", columns.Skip(1).Select(c => $"\"{c.Name}\""))} FROM \"{table.Name}\" WHERE \"ExternalId\" = ?1");
        int At(string? name) => name is null ? -1 : columns.Select(c => c.Name).ToList().IndexOf(name) - 1;
        var (ownerAt, dateAt, typeAt) = (At(table.OwnerColumn), At(table.DateColumn), table.IsActivities ? At("Type") : -1);

        var days = table.IsActivities ? new Dictionary<(Guid, DateOnly, ActivityType), int>() : null;
        var owners = new HashSet<Guid>();
        DateOnly? first = null, last = null;
        var values = new RowValues(columns.Count);
        int inserted = 0, updated = 0;
        foreach (var index in LastOfEachId(table, rows))
        {
            ct.ThrowIfCancellationRequested();
            var row = rows[index];
            values.Clear();
            for (var i = 0; i < columns.Count; i++) values.Add(columns[i].Kind, columns[i].Get(row));
            for (var i = 0; i < columns.Count; i++) values.Bind(insert, i, i + 1);
            insert.Run();
            if (raw.sqlite3_changes(handle) == 1)
            {
                inserted++;
                if (days is not null && row is Activity a) Add(days, (a.OwnerPersonId, a.Date, a.Type), 1);
                continue;
            }
            updated++;
            values.Bind(old, 1, 1);
            if (!old.Row())
            {
                old.Reset();
                throw new InvalidOperationException($"{table.Name}: the row with external id '{columns[1].Get(row)}' conflicted on insert but could not be read back.");
            }
            // Sending the same record again is the common update: a row whose stored values are the ones sent is left as it
            // is (no row or index write, no daily-count change), and still counts as updated.
            var changed = false;
            for (var i = 2; i < columns.Count && !changed; i++) changed = !values.Equals(i, old, i - 1);
            if (!changed)
            {
                old.Reset();
                continue;
            }
            Guid? o = ownerAt >= 0 && old.Text(ownerAt) is { } ownerText ? Guid.Parse(ownerText) : null;
            DateOnly? d = dateAt >= 0 && old.Text(dateAt) is { } dayText ? DateOnly.ParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
            if (o is { } person) owners.Add(person);
            if (d is { } day)
            {
                if (first is null || day < first) first = day;
                if (last is null || day > last) last = day;
            }
            if (days is not null && o is not null && d is not null && typeAt >= 0 && old.Text(typeAt) is { } t)
                Add(days, (o.Value, d.Value, Enum.Parse<ActivityType>(t)), -1);
            old.Reset();
            for (var i = 1; i < columns.Count; i++) values.Bind(update, i, i + 1);
            update.Run();
            if (days is not null && row is Activity changedActivity) Add(days, (changedActivity.OwnerPersonId, changedActivity.Date, changedActivity.Type), 1);
        }
        if (days is not null) WriteDays(handle, days, updated > 0);
        return Task.FromResult(new WriteResult(inserted, updated, owners, first, last));
    }

    /// <summary>The value as EF Core stores it on SQLite: upper-case GUID text, ISO dates, decimals as text.</summary>
    public static object Value(ColumnKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => Upper(g),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        _ => kind == ColumnKind.WholeNumber ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : value,
    };

    /// <summary>A GUID as EF Core stores it on SQLite, upper-case, in one allocation.</summary>
    public static string Upper(Guid g) => string.Create(36, g, static (span, id) =>
    {
        id.TryFormat(span, out _);
        for (var i = 0; i < span.Length; i++) if (span[i] is >= 'a' and <= 'f') span[i] = (char)(span[i] - 32);
    });

    private static void Add(Dictionary<(Guid, DateOnly, ActivityType), int> days, (Guid, DateOnly, ActivityType) key, int delta) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(days, key, out _) += delta;

    private static void WriteDays(sqlite3 handle, Dictionary<(Guid, DateOnly, ActivityType), int> days, bool removeEmpty)
    {
        using (var upsert = new Statement(handle, """
            INSERT INTO "ActivityDays" ("OwnerPersonId", "Date", "Type", "Count") VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT ("OwnerPersonId", "Date", "Type") DO UPDATE SET "Count" = "ActivityDays"."Count" + excluded."Count"
            """))
        {
            foreach (var ((owner, day, type), count) in days)
            {
                if (count == 0) continue;
                upsert.Bind(1, Upper(owner));
                upsert.Bind(2, day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                upsert.Bind(3, type.ToString());
                upsert.Bind(4, count);
                upsert.Run();
            }
        }
        if (!removeEmpty) return;
        using var delete = new Statement(handle, """DELETE FROM "ActivityDays" WHERE "Count" = 0""");
        delete.Run();
    }
}
