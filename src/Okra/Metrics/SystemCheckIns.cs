using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Npgsql;
using NpgsqlTypes;
using Okra.Data;
using Okra.Domain.CheckIns;

namespace Okra.Metrics;

/// <summary>
/// Writes system check-ins in bulk (a full recompute can make hundreds of thousands). They are created through
/// <c>KeyResult.SystemCheckIn</c> and written with raw ADO.NET in EF's storage format; a new check-in is not audited, as
/// with every check-in.
/// </summary>
public static class SystemCheckIns
{
    private static readonly DateTimeOffsetToBinaryConverter SqliteInstant = new();

    public static async Task WriteAsync(OkraDbContext db, IReadOnlyList<CheckIn> checkIns, CancellationToken ct)
    {
        if (checkIns.Count == 0) return;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var tx = transaction.GetDbTransaction();
            if (db.Database.IsNpgsql()) await CopyAsync((NpgsqlConnection)tx.Connection!, checkIns, ct);
            else await InsertAsync(tx, checkIns, ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static readonly string[] Parameters = ["$id", "$kr", "$date", "$value", "$source", "$at"];

    private const string Columns = "\"Id\", \"KeyResultId\", \"Date\", \"Value\", \"Source\", \"CreatedAt\", \"IsRetracted\"";

    private static async Task InsertAsync(DbTransaction tx, IReadOnlyList<CheckIn> checkIns, CancellationToken ct)
    {
        await using var command = (SqliteCommand)tx.Connection!.CreateCommand();
        command.Transaction = (SqliteTransaction)tx;
        command.CommandText = $"INSERT INTO \"CheckIns\" ({Columns}) VALUES ($id, $kr, $date, $value, $source, $at, 0)";
        var p = Parameters.Select(n => command.Parameters.Add(new SqliteParameter(n, null))).ToArray();
        command.Prepare();
        foreach (var c in checkIns)
        {
            p[0].Value = c.Id.ToString().ToUpperInvariant();
            p[1].Value = c.KeyResultId.ToString().ToUpperInvariant();
            p[2].Value = c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            p[3].Value = c.Value.ToString("0.0###########################", CultureInfo.InvariantCulture);
            p[4].Value = c.Source.ToString();
            p[5].Value = SqliteInstant.ConvertToProvider(c.CreatedAt);
            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<CheckIn> checkIns, CancellationToken ct)
    {
        await using var import = await connection.BeginBinaryImportAsync($"COPY \"CheckIns\" ({Columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var c in checkIns)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(c.KeyResultId, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(c.Date, NpgsqlDbType.Date, ct);
            await import.WriteAsync(c.Value, NpgsqlDbType.Numeric, ct);
            await import.WriteAsync(c.Source.ToString(), NpgsqlDbType.Text, ct);
            await import.WriteAsync(c.CreatedAt, NpgsqlDbType.TimestampTz, ct);
            await import.WriteAsync(false, NpgsqlDbType.Boolean, ct);
        }
        await import.CompleteAsync(ct);
    }
}
