using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Okra.Hosting;

/// <summary>
/// Copies the SQLite write-ahead log back into the database file every half second, in the background, so that no
/// request pays for it. Left to itself SQLite checkpoints inside whichever commit pushes the log past 1,000 pages: an
/// incoming batch of a thousand activities did so every other batch, which doubled its time (63 ms without, 150 ms
/// with), and a check-in now and then. While this runs, the app's connections to its file do not checkpoint on commit
/// (<see cref="SqliteConnectionSettings"/>); the CLI's, which have no such service, still do. A passive checkpoint waits
/// for no reader or writer, and a crash between two of them loses nothing: the log is the committed data.
/// </summary>
internal sealed partial class WalCheckpointer(IOptions<OkraOptions> options, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly ConcurrentDictionary<string, int> Covered = new(StringComparer.Ordinal);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Whether a running checkpointer copies the log of the SQLite file at <paramref name="dataSource"/>.</summary>
    public static bool Covers(string dataSource) => Covered.ContainsKey(Path.GetFullPath(dataSource));

    [LoggerMessage(Level = LogLevel.Warning, Message = "The write-ahead log checkpoint of {File} did not run; it is tried again.")]
    private static partial void CheckpointFailed(ILogger logger, Exception exception, string file);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connectionString = DatabaseSetup.SqliteConnectionString(options.Value.DataDirectory);
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(connectionString).DataSource);
        Covered.AddOrUpdate(file, 1, (_, count) => count + 1);
        try
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync(stoppingToken);
            await using var checkpoint = connection.CreateCommand();
            checkpoint.CommandText = "PRAGMA busy_timeout=1000; PRAGMA wal_checkpoint(PASSIVE);";
            using var timer = new PeriodicTimer(Interval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await checkpoint.ExecuteNonQueryAsync(stoppingToken);
                }
                catch (SqliteException e)
                {
                    // A checkpoint that could not run now (the file busy for a second) runs on the next tick.
                    CheckpointFailed(logger, e, file);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            Covered.AddOrUpdate(file, 0, (_, count) => count - 1);
            if (Covered.TryGetValue(file, out var left) && left <= 0) Covered.TryRemove(file, out _);
        }
    }
}
