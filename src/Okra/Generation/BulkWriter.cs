using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Okra.Data;

namespace Okra.Generation;

/// <summary>
/// Inserts entities with raw ADO.NET in the caller's transaction, using the EF model only for table names, columns and
/// each column's provider conversion. No change tracking, no audit: the generator writes millions of rows, which
/// SaveChanges would take minutes over. On PostgreSQL one binary COPY a table; on SQLite prepared multi-row INSERTs,
/// one command a table reused for every batch, so each statement is compiled once and only values are bound again.
/// </summary>
internal sealed class BulkWriter(OkraDbContext db, DbConnection connection, DbTransaction transaction)
{
    // SQLite looks a parameter up by name in a list, so a statement's binding cost grows with the square of its
    // parameters: eight rows (about 100 parameters) a statement is where fewer statements stop paying for it.
    private const int SqliteRowsPerStatement = 8;

    public long Rows { get; private set; }

    public async Task InsertAsync<T>(IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var table = Table.Of<T>(db);
        if (connection is NpgsqlConnection npgsql) await CopyAsync(npgsql, table, entities, ct);
        else await InsertBatchesAsync(table, entities, ct);
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

    private async Task InsertBatchesAsync<T>(Table table, IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        DbCommand? full = null;
        try
        {
            foreach (var chunk in entities.Chunk(SqliteRowsPerStatement))
            {
                DbCommand command;
                if (chunk.Length == SqliteRowsPerStatement) command = full ??= await PrepareAsync(table, SqliteRowsPerStatement, ct);
                else command = await PrepareAsync(table, chunk.Length, ct);
                for (var row = 0; row < chunk.Length; row++)
                    for (var column = 0; column < table.Columns.Count; column++)
                        command.Parameters[row * table.Columns.Count + column].Value = table.Columns[column].ProviderValue(chunk[row]) ?? DBNull.Value;
                await command.ExecuteNonQueryAsync(ct);
                if (command != full) await command.DisposeAsync();
                Rows += chunk.Length;
            }
        }
        finally
        {
            if (full is not null) await full.DisposeAsync();
        }
    }

    private async Task<DbCommand> PrepareAsync(Table table, int rows, CancellationToken ct)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var text = new StringBuilder($"INSERT INTO {table.Name} ({table.ColumnList}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            text.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < table.Columns.Count; column++)
            {
                var name = $"p{row}_{column}";
                command.Parameters.Add(table.Columns[column].Mapping.CreateParameter(command, name, null, table.Columns[column].Property.IsNullable));
                text.Append(column == 0 ? "" : ", ").Append(table.Placeholder(name));
            }
            text.Append(')');
        }
        command.CommandText = text.ToString();
        await command.PrepareAsync(ct);
        return command;
    }

    /// <summary>A table's name and columns as the EF model maps an entity type.</summary>
    private sealed class Table
    {
        private readonly ISqlGenerationHelper sql;

        private Table(ISqlGenerationHelper sql, string name, IReadOnlyList<Column> columns)
        {
            this.sql = sql;
            Name = name;
            Columns = columns;
            ColumnList = string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Name)));
        }

        public string Name { get; }
        public IReadOnlyList<Column> Columns { get; }
        public string ColumnList { get; }

        public string Placeholder(string name) => sql.GenerateParameterNamePlaceholder(name);

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
            return value is Enum ? Convert.ChangeType(value, Enum.GetUnderlyingType(value.GetType()), System.Globalization.CultureInfo.InvariantCulture) : value;
        }
    }
}
