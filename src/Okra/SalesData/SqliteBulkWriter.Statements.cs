using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Okra.Data;
using Okra.Domain.Sales;
using SQLitePCL;

namespace Okra.SalesData;

/// <summary>The SQLite C API under <see cref="SqliteBulkWriter"/>: prepared statements and values bound as UTF-8.</summary>
public sealed partial class SqliteBulkWriter
{
    /// <summary>One prepared statement on the raw connection, bound by position and reset after each run.</summary>
    private sealed class Statement : IDisposable
    {
        private readonly sqlite3 handle;
        private readonly sqlite3_stmt statement;

        public Statement(sqlite3 handle, string sql)
        {
            this.handle = handle;
            Check(raw.sqlite3_prepare_v2(handle, sql, out statement));
        }

        public void Bind(int index, string value) => Check(raw.sqlite3_bind_text(statement, index, value));

        public void Bind(int index, ReadOnlySpan<byte> utf8) => Check(raw.sqlite3_bind_text(statement, index, utf8));

        public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(statement, index, value));

        public void BindNull(int index) => Check(raw.sqlite3_bind_null(statement, index));

        /// <summary>Runs a statement that answers no rows, then resets it for the next row.</summary>
        public void Run()
        {
            var rc = raw.sqlite3_step(statement);
            raw.sqlite3_reset(statement);
            if (rc != raw.SQLITE_DONE) Check(rc);
        }

        /// <summary>Steps a query; true when it answered a row (call <see cref="Reset"/> when done reading).</summary>
        public bool Row()
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW) return true;
            if (rc != raw.SQLITE_DONE) Check(rc);
            return false;
        }

        public string? Text(int column) =>
            raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? null : raw.sqlite3_column_text(statement, column).utf8_to_string();

        public int Type(int column) => raw.sqlite3_column_type(statement, column);

        /// <summary>A column's value as stored (UTF-8 text), valid until the next step or reset.</summary>
        public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(statement, column);

        public long Integer(int column) => raw.sqlite3_column_int64(statement, column);

        public void Reset() => raw.sqlite3_reset(statement);

        public void Dispose() => statement.Dispose();

        private void Check(int rc)
        {
            if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW) return;
            throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(handle).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(handle));
        }
    }

    /// <summary>
    /// One row's values in EF Core's SQLite storage format (see <see cref="Value"/>), written as UTF-8 into one reused
    /// buffer instead of a string per value: bound to the statements from there, and compared with a stored row.
    /// </summary>
    private sealed class RowValues(int count)
    {
        private readonly (int Start, int Length, long Integer, int Type)[] values = new (int, int, long, int)[count];
        private readonly Dictionary<Guid, byte[]> guids = [];
        private readonly Dictionary<DateOnly, byte[]> days = [];
        private byte[] buffer = new byte[1024];
        private int used;
        private int added;

        public void Clear() => (used, added) = (0, 0);

        public void Add(ColumnKind kind, object? value)
        {
            switch (value)
            {
                case null: values[added++] = (0, 0, 0, raw.SQLITE_NULL); break;
                case string s: Text(Encoding.UTF8.GetMaxByteCount(s.Length), s, static (s, span) => Encoding.UTF8.GetBytes(s, span)); break;
                // The row's own id is new every time; ids of people and teams, and days, repeat: each is formatted once.
                case Guid g when added == 0: Text(36, g, static (g, span) => FormatUpper(g, span)); break;
                case Guid g: Copy(guids.TryGetValue(g, out var id) ? id : guids[g] = Encoding.ASCII.GetBytes(Upper(g))); break;
                case DateOnly d: Copy(days.TryGetValue(d, out var day) ? day : days[d] = Encoding.ASCII.GetBytes((string)Value(kind, d))); break;
                case DateTime t: Text(27, t, static (t, span) => FormatInstant(t, span)); break;
                case int n: values[added++] = (0, 0, n, raw.SQLITE_INTEGER); break;
                case long n: values[added++] = (0, 0, n, raw.SQLITE_INTEGER); break;
                default:
                    var v = Value(kind, value);
                    if (v is long l) values[added++] = (0, 0, l, raw.SQLITE_INTEGER);
                    else Add(kind, (string)v);
                    break;
            }
        }

        public void Bind(Statement statement, int value, int parameter)
        {
            var (start, length, integer, type) = values[value];
            if (type == raw.SQLITE_NULL) statement.BindNull(parameter);
            else if (type == raw.SQLITE_INTEGER) statement.Bind(parameter, integer);
            else statement.Bind(parameter, buffer.AsSpan(start, length));
        }

        /// <summary>Whether value <paramref name="value"/> is what column <paramref name="column"/> of the row <paramref name="stored"/> holds.</summary>
        public bool Equals(int value, Statement stored, int column)
        {
            var (start, length, integer, type) = values[value];
            var storedType = stored.Type(column);
            if (type == raw.SQLITE_NULL || storedType == raw.SQLITE_NULL) return type == storedType;
            if (type == raw.SQLITE_INTEGER) return storedType == raw.SQLITE_INTEGER && stored.Integer(column) == integer;
            return storedType == raw.SQLITE_TEXT && stored.Bytes(column).SequenceEqual(buffer.AsSpan(start, length));
        }

        private void Copy(byte[] bytes) => Text(bytes.Length, bytes, static (b, span) => { b.CopyTo(span); return b.Length; });

        private void Text<TValue>(int maxLength, TValue value, Func<TValue, Span<byte>, int> write)
        {
            if (buffer.Length - used < maxLength) Array.Resize(ref buffer, Math.Max(buffer.Length * 2, used + maxLength));
            var length = write(value, buffer.AsSpan(used));
            values[added++] = (used, length, 0, raw.SQLITE_TEXT);
            used += length;
        }
    }

    /// <summary>A GUID as <see cref="Upper"/> writes it, into 36 bytes of UTF-8.</summary>
    private static int FormatUpper(Guid g, Span<byte> utf8)
    {
        g.TryFormat(utf8, out var written);
        for (var i = 0; i < written; i++) if (utf8[i] is >= (byte)'a' and <= (byte)'f') utf8[i] -= 32;
        return written;
    }

    /// <summary>An instant as <see cref="Value"/> writes it (<c>yyyy-MM-dd HH:mm:ss.FFFFFFF</c>: the fraction without trailing zeros, and without the point when it is zero), in UTF-8.</summary>
    private static int FormatInstant(DateTime t, Span<byte> utf8)
    {
        static void Two(Span<byte> to, int at, int value) => (to[at], to[at + 1]) = ((byte)('0' + value / 10), (byte)('0' + value % 10));
        var year = t.Year;
        (utf8[0], utf8[1], utf8[2], utf8[3]) = ((byte)('0' + year / 1000), (byte)('0' + year / 100 % 10), (byte)('0' + year / 10 % 10), (byte)('0' + year % 10));
        utf8[4] = (byte)'-';
        Two(utf8, 5, t.Month);
        utf8[7] = (byte)'-';
        Two(utf8, 8, t.Day);
        utf8[10] = (byte)' ';
        Two(utf8, 11, t.Hour);
        utf8[13] = (byte)':';
        Two(utf8, 14, t.Minute);
        utf8[16] = (byte)':';
        Two(utf8, 17, t.Second);
        var fraction = (int)(t.Ticks % TimeSpan.TicksPerSecond);
        if (fraction == 0) return 19;
        utf8[19] = (byte)'.';
        var digits = 7;
        while (fraction % 10 == 0) (fraction, digits) = (fraction / 10, digits - 1);
        for (var i = 19 + digits; i > 19; i--, fraction /= 10) utf8[i] = (byte)('0' + fraction % 10);
        return 20 + digits;
    }
}
