using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Okra.Data;

namespace Okra.SalesData;

/// <summary>SQLite: one prepared insert per row into a temporary table, in the import's transaction, values in EF's storage format.</summary>
public sealed class SqliteBulkWriter(OkraDbContext db) : BulkWriter(db)
{
    protected override async Task StageAsync<T>(SalesTable<T> table, IReadOnlyList<T> rows, string stage, DbTransaction tx, CancellationToken ct)
    {
        await ExecuteAsync(tx, $"""DROP TABLE IF EXISTS temp.{stage}; CREATE TEMP TABLE {stage} AS SELECT * FROM "{table.Name}" WHERE 0""", ct);
        await using var command = (SqliteCommand)Command(tx,
            $"INSERT INTO {stage} ({string.Join(", ", table.Columns.Select(c => $"\"{c.Name}\""))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => $"$p{i}"))})");
        var parameters = table.Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
                parameters[i].Value = Value(table.Columns[i].Kind, table.Columns[i].Get(row));
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    protected override Task DropStageAsync(string stage, DbTransaction tx, CancellationToken ct) =>
        ExecuteAsync(tx, $"DROP TABLE IF EXISTS temp.{stage}", ct);

    protected override DateOnly ReadDate(DbDataReader reader, int ordinal) => DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected override Guid ReadGuid(DbDataReader reader, int ordinal) => Guid.Parse(reader.GetString(ordinal));

    /// <summary>The value as EF Core stores it on SQLite: upper-case GUID text, ISO dates, decimals as text.</summary>
    public static object Value(ColumnKind kind, object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        _ => kind == ColumnKind.WholeNumber ? Convert.ToInt64(value, CultureInfo.InvariantCulture) : value,
    };
}
