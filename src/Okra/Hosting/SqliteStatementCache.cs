using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Okra.Hosting;

/// <summary>
/// Keeps the compiled statements of a kept-open SQLite connection (<see cref="SqliteConnections"/>) from one request to
/// the next. Microsoft.Data.Sqlite compiles a command's SQL anew for every command object (dotnet/efcore#14044), and
/// EF Core makes a new command for every query: compiling was a fifth of a check-in's CPU. Here EF Core's command hands
/// its parameters to the connection's command for the same SQL, which SQLite has already compiled.
/// </summary>
internal sealed class SqliteStatementCache : DbCommandInterceptor
{
    // Statements kept per connection: the API's hot queries with room to spare. A statement holds some kilobytes.
    internal const int Capacity = 64;

    // Larger texts are the multi-row batches of imports: each shape seldom comes back, and compiling is small beside their work.
    private const int LongestCachedText = 8_000;

    private static readonly ConditionalWeakTable<SqliteConnection, Statements> Caches = new();

    /// <summary>Starts keeping statements for a connection that stays open between requests.</summary>
    public static void Keep(SqliteConnection connection) => Caches.Add(connection, new Statements(connection));

    /// <summary>How often a connection's queries found their statement compiled, for tests and benchmarks.</summary>
    public static (long Reused, long Compiled) Counts(SqliteConnection connection) =>
        Caches.TryGetValue(connection, out var statements) ? (statements.Reused, statements.Compiled) : (0, 0);

    /// <summary>Whether every command handed out on the connection has been given back, its reader closed.</summary>
    public static bool AllGivenBack(SqliteConnection connection) => !Caches.TryGetValue(connection, out var statements) || statements.Out == 0;

    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result) =>
        result is SqliteCommand { Connection: { } connection } command
        && command.CommandText.Length <= LongestCachedText
        && Caches.TryGetValue(connection, out var statements)
            ? statements.Take(command) as DbCommand
            : result;

    /// <summary>One connection's idle commands by SQL, the least recently used first to go.</summary>
    private sealed class Statements
    {
        private readonly SqliteConnection connection;
        private readonly Dictionary<string, LinkedListNode<SqliteCommand>> idle = new(StringComparer.Ordinal);
        private readonly LinkedList<SqliteCommand> recency = new();

        public Statements(SqliteConnection connection)
        {
            this.connection = connection;
            // Closing a connection disposes its commands and their statements: none may be handed out again.
            connection.StateChange += (_, e) =>
            {
                if (e.CurrentState != ConnectionState.Open) Forget();
            };
        }

        public long Reused { get; private set; }

        public long Compiled { get; private set; }

        public int Out { get; private set; }

        public ReusedCommand Take(SqliteCommand fresh)
        {
            SqliteCommand command;
            if (idle.Remove(fresh.CommandText, out var node))
            {
                recency.Remove(node);
                command = node.Value;
                Reused++;
            }
            else
            {
                command = connection.CreateCommand();
                command.CommandText = fresh.CommandText;
                Compiled++;
            }
            var parameters = fresh.Parameters.Cast<SqliteParameter>().ToArray();
            fresh.Parameters.Clear();
            command.Parameters.AddRange(parameters);
            command.Transaction = fresh.Transaction;
            command.CommandTimeout = fresh.CommandTimeout;
            fresh.Dispose();
            Out++;
            return new ReusedCommand(command, this);
        }

        public void Give(SqliteCommand command)
        {
            Out--;
            command.Parameters.Clear();
            command.Transaction = null;
            if (connection.State != ConnectionState.Open || idle.ContainsKey(command.CommandText))
            {
                command.Dispose();
                return;
            }
            idle[command.CommandText] = recency.AddLast(command);
            if (idle.Count <= Capacity) return;
            var oldest = recency.First!;
            recency.RemoveFirst();
            idle.Remove(oldest.Value.CommandText);
            oldest.Value.Dispose();
        }

        private void Forget()
        {
            idle.Clear();
            recency.Clear();
        }
    }

    /// <summary>EF Core's view of a kept command: it runs the kept one, and disposing it gives the kept one back.</summary>
    private sealed class ReusedCommand(SqliteCommand command, Statements owner) : DbCommand
    {
        private DbDataReader? reader;
        private bool given;

        [AllowNull]
        public override string CommandText
        {
            get => command.CommandText;
            set => command.CommandText = value;
        }

        public override int CommandTimeout
        {
            get => command.CommandTimeout;
            set => command.CommandTimeout = value;
        }

        public override CommandType CommandType
        {
            get => command.CommandType;
            set => command.CommandType = value;
        }

        public override bool DesignTimeVisible
        {
            get => command.DesignTimeVisible;
            set => command.DesignTimeVisible = value;
        }

        public override UpdateRowSource UpdatedRowSource
        {
            get => command.UpdatedRowSource;
            set => command.UpdatedRowSource = value;
        }

        protected override DbConnection? DbConnection
        {
            get => command.Connection;
            set => command.Connection = (SqliteConnection?)value;
        }

        protected override DbParameterCollection DbParameterCollection => command.Parameters;

        protected override DbTransaction? DbTransaction
        {
            get => command.Transaction;
            set => command.Transaction = (SqliteTransaction?)value;
        }

        public override void Cancel() => command.Cancel();

        public override int ExecuteNonQuery() => command.ExecuteNonQuery();

        public override object? ExecuteScalar() => command.ExecuteScalar();

        public override void Prepare() => command.Prepare();

        protected override DbParameter CreateDbParameter() => command.CreateParameter();

        protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior) => reader = command.ExecuteReader(behavior);

        protected override void Dispose(bool disposing)
        {
            if (disposing && !given)
            {
                given = true;
                // A reader left open would keep its statement running: close it before the command is used again.
                reader?.Dispose();
                owner.Give(command);
            }
            base.Dispose(disposing);
        }
    }
}
