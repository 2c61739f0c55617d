using System.Buffers.Text;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Okra.Metrics;

/// <summary>
/// A query on SQLite's C API whose columns are read as the UTF-8 bytes SQLite holds. A full recompute reads millions of
/// daily counts and over a million check-ins; through a data reader every row made two or three strings, which then
/// were parsed again — here an id is parsed only when it differs from the previous row's, and a day or a number straight
/// from its bytes.
/// </summary>
internal sealed class SqliteRows : IDisposable
{
    private readonly sqlite3 handle;
    private readonly sqlite3_stmt statement;

    /// <summary>Prepares <paramref name="sql"/> on the open connection (inside its transaction, if one is running).</summary>
    public SqliteRows(DbConnection connection, string sql)
    {
        handle = ((SqliteConnection)connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        var rc = raw.sqlite3_prepare_v2(handle, sql, out statement);
        if (rc != raw.SQLITE_OK) throw Error(rc);
    }

    public bool Read()
    {
        var rc = raw.sqlite3_step(statement);
        return rc switch
        {
            raw.SQLITE_ROW => true,
            raw.SQLITE_DONE => false,
            _ => throw Error(rc),
        };
    }

    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(statement, column);

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    /// <summary>A day stored as <c>yyyy-MM-dd</c>.</summary>
    public DateOnly Day(int column)
    {
        var t = Bytes(column);
        if (t.Length == 10 && t[4] == '-' && t[7] == '-' && Digits(t[..4]) is > 0 and var year && Digits(t[5..7]) is > 0 and var month
            && Digits(t[8..]) is > 0 and var day)
            return new DateOnly(year, month, day);
        return DateOnly.ParseExact(Encoding.UTF8.GetString(t), "yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static int Digits(ReadOnlySpan<byte> digits)
    {
        var n = 0;
        foreach (var digit in digits)
        {
            if (digit is < (byte)'0' or > (byte)'9') return -1;
            n = n * 10 + (digit - '0');
        }
        return n;
    }

    /// <summary>A decimal stored as text (EF's SQLite format, <c>0.0###…</c>).</summary>
    public decimal Decimal(int column)
    {
        var t = Bytes(column);
        return Utf8Parser.TryParse(t, out decimal value, out var used) && used == t.Length
            ? value
            : decimal.Parse(Encoding.UTF8.GetString(t), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary>An id stored as text.</summary>
    public static Guid Id(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out Guid id, out var used) && used == text.Length ? id : Guid.Parse(Encoding.UTF8.GetString(text));

    public void Dispose() => statement.Dispose();

    private SqliteException Error(int rc) =>
        new($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));
}
