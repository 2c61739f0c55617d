using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Okra.SalesData;

/// <summary>The binary COPY of <see cref="PostgresBulkWriter"/>: rows into a table, or only their external ids.</summary>
public sealed partial class PostgresBulkWriter
{
    private static async Task CopyKeysAsync<T>(SalesTable<T> table, IEnumerable<IReadOnlyList<T>> parts, string keys, DbTransaction tx, CancellationToken ct)
    {
        var externalId = table.Columns[1];
        await using var import = await ((NpgsqlConnection)tx.Connection!).BeginBinaryImportAsync($"COPY {keys} (\"ExternalId\") FROM STDIN (FORMAT BINARY)", ct);
        foreach (var rows in parts)
        {
            foreach (var row in rows)
            {
                import.StartRow();
                import.Write((string)externalId.Get(row)!, NpgsqlDbType.Text);
            }
        }
        await import.CompleteAsync(ct);
    }

    /// <summary>The rows into <paramref name="into"/> (the table or a staging table shaped like it) by binary COPY.</summary>
    private static async Task CopyAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, string into, DbTransaction tx, CancellationToken ct)
    {
        await using var import = await BeginCopyAsync(table, into, tx, ct);
        WriteRows(table, import, rows);
        await import.CompleteAsync(ct);
    }

    private static Task<NpgsqlBinaryImporter> BeginCopyAsync<T>(SalesTable<T> table, string into, DbTransaction tx, CancellationToken ct) =>
        ((NpgsqlConnection)tx.Connection!).BeginBinaryImportAsync($"COPY {into} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) FROM STDIN (FORMAT BINARY)", ct);

    /// <summary>
    /// Typed, synchronous writes into the COPY buffer: writing each value as an object made Npgsql resolve its converter
    /// per value, and an await per value cost more than the value itself.
    /// </summary>
    private static void WriteRows<T>(SalesTable<T> table, NpgsqlBinaryImporter import, IReadOnlyList<T> rows)
    {
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
