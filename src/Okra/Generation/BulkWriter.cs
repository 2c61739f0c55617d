using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Okra.Data;
using SQLitePCL;

namespace Okra.Generation;

/// <summary>
/// Inserts entities with raw ADO.NET in its own transaction, using the EF model only for table names, columns and
/// each column's provider conversion. No change tracking, no audit: the generator writes millions of rows, which
/// SaveChanges would take minutes over. On PostgreSQL one binary COPY a table, all in one transaction; on SQLite one prepared
/// INSERT a table on SQLite's C API, compiled once and bound by position for every row, committed every <see cref="SqliteRowsPerCommit"/> rows so that the write-ahead log is checkpointed as it
/// goes instead of growing to gigabytes.
/// </summary>
internal sealed class BulkWriter : IAsyncDisposable
{
    private const int SqliteRowsPerCommit = 500_000;

    private readonly OkraDbContext db;
    private readonly DbConnection connection;
    private DbTransaction transaction;
    private long uncommitted;

    private BulkWriter(OkraDbContext db, DbConnection connection, DbTransaction transaction)
    {
        this.db = db;
        this.connection = connection;
        this.transaction = transaction;
    }

    public long Rows { get; private set; }

    /// <summary>Opens the context's connection and begins the writer's transaction.</summary>
    public static async Task<BulkWriter> BeginAsync(OkraDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        var connection = db.Database.GetDbConnection();
        return new BulkWriter(db, connection, await connection.BeginTransactionAsync(ct));
    }

    public Task CommitAsync(CancellationToken ct) => transaction.CommitAsync(ct);

    public ValueTask DisposeAsync() => transaction.DisposeAsync();

    /// <summary>
    /// Runs <paramref name="load"/> with the secondary indexes of <typeparamref name="T"/>'s table dropped, then creates them
    /// again from their own <c>CREATE INDEX</c> text (so they end exactly as the migrations made them): SQLite builds an
    /// index over millions of rows by sorting them once, many times faster than inserting each row into random places of a
    /// B-tree larger than the page cache. On PostgreSQL the load runs as it is (COPY keeps up with its indexes).
    /// </summary>
    public async Task WithoutIndexesAsync<T>(Func<Task> load, CancellationToken ct) where T : class
    {
        if (connection is NpgsqlConnection)
        {
            await load();
            return;
        }
        var table = db.Model.FindEntityType(typeof(T))?.GetTableName() ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var indexes = new List<(string Name, string Sql)>();
        await using (var read = Command("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = $table AND sql IS NOT NULL ORDER BY name"))
        {
            var parameter = read.CreateParameter();
            parameter.ParameterName = "$table";
            parameter.Value = table;
            read.Parameters.Add(parameter);
            await using var reader = await read.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct)) indexes.Add((reader.GetString(0), reader.GetString(1)));
        }
        foreach (var index in indexes)
        {
            await using var drop = Command($"DROP INDEX \"{index.Name}\"");
            await drop.ExecuteNonQueryAsync(ct);
        }
        await load();
        foreach (var index in indexes)
        {
            await using var create = Command(index.Sql);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private DbCommand Command(string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    /// <summary>On SQLite, commits what was written so far once it is large, and goes on in a new transaction.</summary>
    private async Task CommitAndGoOnAsync(CancellationToken ct)
    {
        await transaction.CommitAsync(ct);
        await transaction.DisposeAsync();
        transaction = await connection.BeginTransactionAsync(ct);
        uncommitted = 0;
    }

    public async Task InsertAsync<T>(IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var table = Table.Of<T>(db);
        if (connection is NpgsqlConnection npgsql) await CopyAsync(npgsql, table, entities, ct);
        else await InsertRowsAsync((SqliteConnection)connection, table, entities, ct);
    }

    private async Task CopyAsync<T>(NpgsqlConnection npgsql, Table table, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        await using var import = await npgsql.BeginBinaryImportAsync($"COPY {table.Name} ({table.ColumnList}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var entity in entities)
        {
            await import.StartRowAsync(ct);
            foreach (var column in table.Columns)
            {
                if (column.ProviderValue(entity) is { } value) await import.WriteAsync(value, column.StoreType, ct);
                else await import.WriteNullAsync(ct);
            }
            Rows++;
        }
        await import.CompleteAsync(ct);
    }

    /// <summary>
    /// One prepared single-row INSERT on SQLite's C API, bound by position and reset after each row. Through
    /// Microsoft.Data.Sqlite two thirds of the time went to binding: it finds every parameter by name, trying each prefix
    /// in turn, in a list SQLite searches from the start — the insert itself was 5 %.
    /// </summary>
    private async Task InsertRowsAsync<T>(SqliteConnection sqlite, Table table, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var handle = sqlite.Handle ?? throw new InvalidOperationException("The connection is not open.");
        var placeholders = string.Join(", ", Enumerable.Repeat("?", table.Columns.Count));
        Check(handle, raw.sqlite3_prepare_v2(handle, $"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ({placeholders})", out var statement));
        using (statement)
        {
            foreach (var entity in entities)
            {
                for (var column = 0; column < table.Columns.Count; column++)
                    Check(handle, Bind(statement, column + 1, table.Columns[column].ProviderValue(entity)));
                var rc = raw.sqlite3_step(statement);
                raw.sqlite3_reset(statement);
                if (rc != raw.SQLITE_DONE) Check(handle, rc);
                Rows++;
                if (++uncommitted >= SqliteRowsPerCommit) await CommitAndGoOnAsync(ct);
            }
        }
    }

    /// <summary>Binds a provider value the way Microsoft.Data.Sqlite stores it for EF (so the rows read back and compare alike).</summary>
    private static int Bind(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        short number => raw.sqlite3_bind_int64(statement, index, number),
        byte number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        double real => raw.sqlite3_bind_double(statement, index, real),
        decimal amount => raw.sqlite3_bind_text(statement, index, amount.ToString("0.0###########################", CultureInfo.InvariantCulture)),
        Guid id => raw.sqlite3_bind_text(statement, index, id.ToString().ToUpperInvariant()),
        DateTime instant => raw.sqlite3_bind_text(statement, index, instant.ToString(@"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFF", CultureInfo.InvariantCulture)),
        DateOnly day => raw.sqlite3_bind_text(statement, index, day.ToString(@"yyyy\-MM\-dd", CultureInfo.InvariantCulture)),
        byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
        _ => throw new NotSupportedException($"The generator cannot write a {value.GetType().Name} to SQLite."),
    };

    private static void Check(sqlite3 handle, int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE) return;
        throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));
    }

    /// <summary>A table's name and columns as the EF model maps an entity type.</summary>
    private sealed class Table
    {
        private Table(ISqlGenerationHelper sql, string name, IReadOnlyList<Column> columns)
        {
            Name = name;
            Columns = columns;
            ColumnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        }

        public string Name { get; }
        public IReadOnlyList<Column> Columns { get; }
        public string ColumnList { get; }

        public static Table Of<T>(OkraDbContext db)
        {
            var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
            var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
            var sql = ((IInfrastructure<IServiceProvider>)db).Instance.GetRequiredService<ISqlGenerationHelper>();
            var columns = entityType.GetProperties()
                .Select(p => new Column(p, p.GetColumnName(table)!, (RelationalTypeMapping)p.GetTypeMapping()))
                .ToList();
            return new Table(sql, sql.DelimitIdentifier(table.Name, table.Schema), columns);
        }
    }

    /// <summary>A column, and how an entity's value becomes the value the provider stores.</summary>
    private sealed class Column(IProperty property, string name, RelationalTypeMapping mapping)
    {
        private readonly IClrPropertyGetter getter = property.GetGetter();

        public IProperty Property { get; } = property;
        public string Name { get; } = name;
        public RelationalTypeMapping Mapping { get; } = mapping;

        /// <summary>PostgreSQL's name of the column's type, without its size (COPY checks every value against it).</summary>
        public string StoreType { get; } = mapping.StoreTypeNameBase;

        public object? ProviderValue(object entity)
        {
            var value = getter.GetClrValue(entity);
            if (value is null) return null;
            if (Mapping.Converter is { } converter) return converter.ConvertToProvider(value);
            return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), CultureInfo.InvariantCulture) : value;
        }
    }
}
