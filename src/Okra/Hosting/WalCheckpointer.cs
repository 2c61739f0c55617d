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
/// <para>Under a steady stream of writes a passive checkpoint never catches up with the log's end, and SQLite starts the
/// log over only once it has: the log grew to 1.4 GB in two minutes of check-ins, each read looked its pages up through
/// ever more of the log's index, and each commit extended the file. So once the log holds <see cref="RestartFrames"/>
/// pages, a <c>RESTART</c> checkpoint follows while this process's saves wait in their queue
/// (<see cref="Data.SqliteOkraDbContext.WritersOf"/>): it copies what the passive one left and waits for the readers
/// still in the log (milliseconds), and the next commit writes the log from its start again.</para>
/// </summary>
internal sealed partial class WalCheckpointer(IOptions<OkraOptions> options, ILogger<WalCheckpointer> logger) : BackgroundService
{
    private static readonly ConcurrentDictionary<string, int> Covered = new(StringComparer.Ordinal);

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Pages in the log (4 KB each) from which the log is started over.</summary>
    public const int RestartFrames = 1000;

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
            await using (var timeout = connection.CreateCommand())
            {
                // The restart waits for readers while the saves queue behind it: at most 100 ms, else it is tried next tick.
                timeout.CommandText = "PRAGMA busy_timeout=100;";
                await timeout.ExecuteNonQueryAsync(stoppingToken);
            }
            await using var passive = connection.CreateCommand();
            passive.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
            await using var restart = connection.CreateCommand();
            restart.CommandText = "PRAGMA wal_checkpoint(RESTART);";
            var writers = Data.SqliteOkraDbContext.WritersOf(file);
            using var timer = new PeriodicTimer(Interval);
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (await LogPagesAsync(passive, stoppingToken) < RestartFrames) continue;
                    await writers.WaitAsync(stoppingToken);
                    try
                    {
                        await restart.ExecuteNonQueryAsync(stoppingToken);
                    }
                    finally
                    {
                        writers.Release();
                    }
                }
                catch (SqliteException e)
                {
                    // A checkpoint that could not run now (the file busy) runs on the next tick.
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

    /// <summary>Runs a checkpoint and answers the pages in the log (its second column: busy, log, checkpointed).</summary>
    private static async Task<long> LogPagesAsync(SqliteCommand checkpoint, CancellationToken ct)
    {
        await using var reader = await checkpoint.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? reader.GetInt64(1) : 0;
    }
}
