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
        await using (var import = await connection.BeginBinaryImportAsync($"COPY {stage} ({columns}) FROM STDIN (FORMAT BINARY)", ct))
        {
            // Typed, synchronous writes into the COPY buffer: writing each value as an object made Npgsql resolve its
            // converter per value, and an await per value cost more than the value itself.
            foreach (var row in rows)
            {
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
            await import.CompleteAsync(ct);
        }
        // A temporary table has no statistics until analysed: without them the joins on it are planned for a few rows.
        await ExecuteAsync(tx, $"ANALYZE {stage}", ct);
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
