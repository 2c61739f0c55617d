using System.Data.Common;
using Npgsql;
using NpgsqlTypes;
using Okra.Data;

namespace Okra.SalesData;

/// <summary>PostgreSQL: binary COPY into a temporary table that is dropped at commit.</summary>
public sealed class PostgresBulkWriter(OkraDbContext db) : BulkWriter(db)
{
    protected override async Task StageAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, string stage, DbTransaction tx, CancellationToken ct)
    {
        await ExecuteAsync(tx, $"""DROP TABLE IF EXISTS {stage}; CREATE TEMP TABLE {stage} (LIKE "{table.Name}") ON COMMIT DROP""", ct);
        var connection = (NpgsqlConnection)tx.Connection!;
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""));
        await using var import = await connection.BeginBinaryImportAsync($"COPY {stage} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await import.StartRowAsync(ct);
            foreach (var column in table.Columns)
            {
                var value = column.Get(row);
                if (value is null) await import.WriteNullAsync(ct);
                else await import.WriteAsync(value, TypeOf(column.Kind), ct);
            }
        }
        await import.CompleteAsync(ct);
    }

    protected override Task DropStageAsync(string stage, DbTransaction tx, CancellationToken ct) =>
        ExecuteAsync(tx, $"DROP TABLE IF EXISTS {stage}", ct);

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    protected override Guid ReadGuid(DbDataReader reader, int ordinal) => reader.GetGuid(ordinal);

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
