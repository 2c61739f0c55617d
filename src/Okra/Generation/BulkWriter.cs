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
    // parameters: short statements there, long ones for PostgreSQL's round trips.
    private readonly int rowsPerStatement = db.Database.IsSqlite() ? 16 : 500;

    public long Rows { get; private set; }

    public async Task InsertAsync<T>(IEnumerable<T> entities, CancellationToken ct) where T : class
    {
        var entityType = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());
        var properties = entityType.GetProperties().ToList();
        var sql = ((Microsoft.EntityFrameworkCore.Infrastructure.IInfrastructure<IServiceProvider>)db).Instance.GetRequiredService<ISqlGenerationHelper>();
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(p.GetColumnName(table)!)));
        var prefix = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES ";
        foreach (var chunk in entities.Chunk(rowsPerStatement))
        {
            await using var command = connection.CreateCommand();
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
                    command.Parameters.Add(mapping.CreateParameter(command, name, property.GetGetter().GetClrValue(chunk[row]), property.IsNullable));
                    text.Append(column == 0 ? "" : ", ").Append(sql.GenerateParameterNamePlaceholder(name));
                }
                text.Append(')');
            }
            command.CommandText = text.ToString();
            await command.ExecuteNonQueryAsync(ct);
            Rows += chunk.Length;
        }
    }
}
