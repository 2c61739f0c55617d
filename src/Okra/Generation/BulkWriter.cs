using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;

namespace Okra.Generation;

/// <summary>
/// Inserts entities with raw ADO.NET — multi-row INSERTs, in the caller's transaction — using the EF model
/// only for table names, columns and each column's provider conversion. No change tracking, no audit: the generator
/// writes millions of rows, which SaveChanges would take minutes over.
/// </summary>
internal sealed class BulkWriter(OkraDbContext db, DbConnection connection, DbTransaction transaction)
{
    // Microsoft.Data.Sqlite finds each parameter by name, so its cost grows with the square of a statement's
    // parameters: one row per statement there (prepared once and reused, so a row costs one step), long ones for
    // PostgreSQL's round trips.
    private readonly int rowsPerStatement = db.Database.IsSqlite() ? 1 : 500;

    public long Rows { get; private set; }

    public async Task InsertAsync<T>(IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var sql = ((Microsoft.EntityFrameworkCore.Infrastructure.IInfrastructure<IServiceProvider>)db).Instance.GetRequiredService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        var getters = properties.Select(p => p.GetGetter()).ToArray();
        var converters = properties.Select(p => p.GetTypeMapping().Converter).ToArray();
        // Every full chunk runs the same statement: prepared once, then only its values change.
        DbCommand? full = null;
        try
        {
            foreach (var chunk in entities.Chunk(rowsPerStatement))
            {
                if (full is not null && chunk.Length == rowsPerStatement)
                {
                    var k = 0;
                    foreach (var entity in chunk)
                        for (var column = 0; column < properties.Count; column++)
                        {
                            var value = getters[column].GetClrValue(entity);
                            full.Parameters[k++].Value = (value is null ? null : converters[column] is { } c ? c.ConvertToProvider(value) : value) ?? DBNull.Value;
                        }
                    await full.ExecuteNonQueryAsync(ct);
                    Rows += chunk.Length;
                    continue;
                }
                var command = connection.CreateCommand();
                command.Transaction = transaction;
                var text = new StringBuilder(prefix);
                for (var row = 0; row < chunk.Length; row++)
                {
                    text.Append(row == 0 ? "(" : ", (");
                    for (var column = 0; column < properties.Count; column++)
                    {
                        var property = properties[column];
                        var name = $"p{row}_{column}";
                        var mapping = (RelationalTypeMapping)property.GetTypeMapping();
                        command.Parameters.Add(mapping.CreateParameter(command, name, getters[column].GetClrValue(chunk[row]), property.IsNullable));
                        text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                    }
                    text.Append(')');
                }
                command.CommandText = text.ToString();
                if (chunk.Length == rowsPerStatement)
                {
                    await command.PrepareAsync(ct);
                    full = command;
                }
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
}
