using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
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
public sealed class SqliteBulkWriter(OkraDbContext db) : BulkWriter(db)
{
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
        var owner = table.OwnerColumn is null ? "NULL" : $"\"{table.OwnerColumn}\"";
        var date = table.DateColumn is null ? "NULL" : $"\"{table.DateColumn}\"";
        var type = table.IsActivities ? "\"Type\"" : "NULL";
        using var old = new Statement(handle, $"SELECT {owner}, {date}, {type} FROM \"{table.Name}\" WHERE \"ExternalId\" = ?1");

        var days = table.IsActivities ? new Dictionary<(Guid, DateOnly, ActivityType), int>() : null;
        var owners = new HashSet<Guid>();
        DateOnly? first = null, last = null;
        var guids = new Dictionary<Guid, string>();
        int inserted = 0, updated = 0;
        foreach (var index in LastOfEachId(table, rows))
        {
            ct.ThrowIfCancellationRequested();
            var row = rows[index];
            for (var i = 0; i < columns.Count; i++) Bind(insert, i + 1, columns[i].Kind, columns[i].Get(row), guids);
            insert.Run();
            if (raw.sqlite3_changes(handle) == 1)
            {
                inserted++;
            }
            else
            {
                updated++;
                Bind(old, 1, ColumnKind.Text, columns[1].Get(row), guids);
                if (old.Row())
                {
                    Guid? o = old.Text(0) is { } ownerText ? Guid.Parse(ownerText) : null;
                    DateOnly? d = old.Text(1) is { } dayText ? DateOnly.ParseExact(dayText, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                    if (o is { } person) owners.Add(person);
                    if (d is { } day)
                    {
                        if (first is null || day < first) first = day;
                        if (last is null || day > last) last = day;
                    }
                    if (days is not null && o is not null && d is not null && old.Text(2) is { } t)
                        Add(days, (o.Value, d.Value, Enum.Parse<ActivityType>(t)), -1);
                }
                old.Reset();
                for (var i = 1; i < columns.Count; i++) Bind(update, i + 1, columns[i].Kind, columns[i].Get(row), guids);
                update.Run();
            }
            if (days is not null && row is Activity a) Add(days, (a.OwnerPersonId, a.Date, a.Type), 1);
        }
        if (days is not null) WriteDays(handle, days, updated > 0, guids);
        return Task.FromResult(new WriteResult(inserted, updated, owners, first, last));
    }

    protected override Task StageAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, string stage, DbTransaction tx, CancellationToken ct) =>
        throw new NotSupportedException("SQLite writes without a staging table.");

    protected override Task DropStageAsync(string stage, DbTransaction tx, CancellationToken ct) =>
        throw new NotSupportedException("SQLite writes without a staging table.");

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override Guid ReadGuid(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

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
        days[key] = days.GetValueOrDefault(key) + delta;

    private static void Bind(Statement statement, int index, ColumnKind kind, object? value, Dictionary<Guid, string> guids)
    {
        switch (value)
        {
            case null: statement.BindNull(index); break;
            case string s: statement.Bind(index, s); break;
            // Ids of people and teams repeat across rows: format each once.
            case Guid g when index > 1:
                if (!guids.TryGetValue(g, out var text)) guids[g] = text = Upper(g);
                statement.Bind(index, text);
                break;
            case int n: statement.Bind(index, (long)n); break;
            case long n: statement.Bind(index, n); break;
            default:
                var v = Value(kind, value);
                if (v is long l) statement.Bind(index, l);
                else statement.Bind(index, (string)v);
                break;
        }
    }

    private static void WriteDays(sqlite3 handle, Dictionary<(Guid, DateOnly, ActivityType), int> days, bool removeEmpty, Dictionary<Guid, string> guids)
    {
        using (var upsert = new Statement(handle, """
            INSERT INTO "ActivityDays" ("OwnerPersonId", "Date", "Type", "Count") VALUES (?1, ?2, ?3, ?4)
            ON CONFLICT ("OwnerPersonId", "Date", "Type") DO UPDATE SET "Count" = "ActivityDays"."Count" + excluded."Count"
            """))
        {
            foreach (var ((owner, day, type), count) in days)
            {
                if (count == 0) continue;
                if (!guids.TryGetValue(owner, out var text)) guids[owner] = text = Upper(owner);
                upsert.Bind(1, text);
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

    /// <summary>One prepared statement on the raw connection, bound by position and reset after each run.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly sqlite3 handle;
        private readonly sqlite3_stmt statement;

        public Statement(sqlite3 handle, string sql)
        {
            this.handle = handle;
            Check(raw.sqlite3_prepare_v2(handle, sql, out statement));
        }

        public void Bind(int index, string value) => Check(raw.sqlite3_bind_text(statement, index, value));

        public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

        public void BindNull(int index) => Check(raw.sqlite3_bind_null(statement, index));

        /// <summary>Runs a statement that answers no rows, then resets it for the next row.</summary>
        public void Run()
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }

        /// <summary>Steps a query; true when it answered a row (call <see cref="Reset"/> when done reading).</summary>
        public bool Row()
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW) return true;
            if (rc != raw.SQLITE_DONE) Check(rc);
            return false;
        }

        public string? Text(int column) =>
            raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

        public void Reset() => raw.sqlite3_reset(statement);

        public void Dispose() => statement.Dispose();

        private void Check(int rc)
        {
            if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));
        }
    }
}
